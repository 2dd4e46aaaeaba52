package se.omvarldsradar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds feeds.yml files for tests: the shipped categories with the test's own sources and contacts. */
public final class TestFeeds {
    private TestFeeds() {
    }

    /** The shipped feeds.yml with its sources and departments replaced. */
    public static Path write(Path dir, String sourcesYaml, String departmentsYaml) {
        try {
            String shipped = Files.readString(Path.of("feeds.yml"));
            int sectors = shipped.indexOf("\nsectors:");
            int departments = shipped.indexOf("\ndepartments:");
            String yaml = "sources:\n" + sourcesYaml + shipped.substring(sectors, departments) + "\ndepartments:\n"
                    + departmentsYaml;
            Path file = dir.resolve("feeds.yml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One RSS 2.0 document. */
    public static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Test</title><link>http://example.org/</link><description>t</description>
                """ + String.join("\n", items) + "\n</channel></rss>\n";
    }

    public static String item(String guid, String title, String description) {
        return "<item><title>" + title + "</title><link>http://example.org/" + guid + "</link><guid>" + guid
                + "</guid><pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC))
                + "</pubDate><description>" + description + "</description></item>";
    }
}
