package se.omvarldsradar.support;

import java.time.Instant;
import java.util.List;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.classify.Tags.Tag;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Items;

/** Stores items as the crawler would, with the tags and call details a test wants, without crawling. */
public final class DigestFixtures {
    /** Sources and contacts shared by the digest tests: two sources and three contacts. */
    public static final String SOURCES = """
              - id: calls
                name: Regionala utlysningar
                kind: call
                type: feed
                url: http://localhost:1/calls.xml
                every: 6h
              - id: news
                name: Nyheter från EU
                kind: news
                type: feed
                url: http://localhost:1/news.xml
                every: 6h
            """;
    public static final String DEPARTMENTS = """
              - name: Näringsliv
                contacts:
                  - name: Logistik
                    email: logistik@example.org
                    sectors: [logistics]
                  - name: Turism
                    email: turism@example.org
                    language: en
                    sectors: [hospitality]
                  - name: Vätgas
                    email: vatgas@example.org
                    keywords: ['"grön vätgas" OR vätgasdalen', 'elektrolys*']
                    kinds: [news]
            """;

    private DigestFixtures() {
    }

    /** Forgets every item, digest, alert and preference: each test starts from an empty database. */
    public static void clean(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        for (String t : List.of("deadline_reminder", "contact_item", "outbox", "contact_state", "contact_preference", "alert",
                "item_change", "item_source", "item")) {
            jdbc.sql("delete from " + t).update();
        }
    }

    /** A temporary folder for a test class's files (feeds.yml, index). */
    public static java.nio.file.Path tempDir(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ExtractedItem item(String guid, String title, String summary, CallDetails call) {
        return new ExtractedItem(guid, "https://example.org/" + guid, title, summary, null, null, "sv", List.of(), call);
    }

    public static CallDetails call(Instant... deadlines) {
        return new CallDetails(null, null, null, null, null, null, List.of(deadlines), null, null);
    }

    public static Tags sectors(String... ids) {
        return new Tags("sv", java.util.Arrays.stream(ids).map(s -> new Tag(s, 2.0, List.of("test"))).toList(), List.of());
    }

    /** Stores one item from the given source; returns its id. */
    public static String store(Items items, CurrentConfig config, String sourceId, ExtractedItem x, Tags tags) {
        var source = config.get().source(sourceId).orElseThrow();
        return items.store(source, List.of(new Items.TaggedItem(x, tags))).getFirst().itemId();
    }
}
