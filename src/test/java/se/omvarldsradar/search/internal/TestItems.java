package se.omvarldsradar.search.internal;

import java.time.Instant;
import java.util.List;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

/** Items for index-level tests, built without a database. */
final class TestItems {
    private TestItems() {
    }

    static Item news(String id, String lang, String title, String body, Instant published, String... sectors) {
        return item(id, ItemKind.NEWS, lang, title, body, published, null, sectors);
    }

    static Item call(String id, String title, String body, Instant published, List<Instant> deadlines, String... sectors) {
        CallDetails call = new CallDetails(id.toUpperCase(), title, "Interreg Aurora", null, null, null, deadlines, null, null);
        return item(id, ItemKind.CALL, "sv", title, body, published, call, sectors);
    }

    private static Item item(String id, ItemKind kind, String lang, String title, String body, Instant published,
            CallDetails call, String... sectors) {
        List<Tags.Tag> tags = java.util.Arrays.stream(sectors).map(s -> new Tags.Tag(s, 1.0, List.of("test"))).toList();
        return new Item(id, kind, "src", "https://example.org/" + id, title, body, null, lang, published, published,
                published, "NEW", List.of(), call, new Tags(lang, tags, List.of()), 1);
    }
}
