package se.omvarldsradar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Builds feeds.yml files for tests: the shipped categories with the test's own sources and contacts. */
public final class TestFeeds {
    private TestFeeds() {
    }

    /** A new temporary directory, for a test class's feeds.yml, index and outbox. */
    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an application under test that crawls a local site needs: its feeds.yml, an index in {@code dir}, an
     * in-memory database of its own, loopback let through the address guard, and no schedule.
     */
    public static void localCrawl(DynamicPropertyRegistry registry, Path dir, Path feeds, String database,
            Duration hostDelay) {
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> dir.resolve("index").toString());
        registry.add("radar.fetch.allow-hosts", () -> "localhost,127.0.0.1");
        registry.add("radar.fetch.min-host-delay", () -> hostDelay.toMillis() + "ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
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

    /** One news feed source, as an entry of feeds.yml's sources; {@code schedule} is its line, e.g. {@code every: 6h}. */
    public static String feedSource(String id, String url, String schedule) {
        return """
                  - id: %s
                    name: Källa %s
                    kind: news
                    type: feed
                    url: %s
                    %s
                """.formatted(id, id, url, schedule);
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
