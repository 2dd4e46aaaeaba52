package se.omvarldsradar.extract;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.config.Schedule;
import se.omvarldsradar.config.SourceDefinition;

/** Source definitions for tests. */
public final class Sources {
    private Sources() {
    }

    public static SourceDefinition of(String type, String url, Map<String, Object> options) {
        return new SourceDefinition("test-" + type, "Test " + type, ItemKind.CALL, type, URI.create(url),
                Schedule.every(Duration.ofHours(6)), true, null, List.of(), List.of(), options);
    }

    public static SourceDefinition feed() {
        return of("feed", "https://example.org/feed.xml", Map.of());
    }
}
