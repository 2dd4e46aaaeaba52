package se.omvarldsradar.item.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Item;

/** What a reader would see change between a stored item and the same item met again. */
final class ItemDiff {
    private ItemDiff() {
    }

    /** The fields a diff looks at, as stored (or as about to be stored, for an item met twice in one crawl). */
    record Snapshot(String title, String summary, String content, CallDetails call, String sectors, String focus,
            String status) {
        static Snapshot of(Item item) {
            return new Snapshot(item.title(), item.summary(), item.content(), item.call(),
                    String.join(",", item.sectors()), String.join(",", item.focus()), item.status());
        }

        static Snapshot of(ExtractedItem x, Tags tags, String status) {
            return new Snapshot(ItemValues.title(x), ItemValues.cut(x.summary(), ItemValues.MAX_TEXT),
                    ItemValues.cut(x.content(), ItemValues.MAX_TEXT), x.call(), String.join(",", tags.sectorIds()),
                    String.join(",", tags.focusIds()), status);
        }
    }

    /** The fields a reader cares about, old and new, where they differ. */
    static Map<String, String[]> of(Snapshot old, ExtractedItem x, Tags tags) {
        Snapshot now = Snapshot.of(x, tags, old.status());
        Map<String, String[]> d = new LinkedHashMap<>();
        put(d, "title", old.title(), now.title());
        put(d, "summary", old.summary(), now.summary());
        put(d, "content", old.content(), now.content());
        CallDetails o = old.call();
        CallDetails n = now.call();
        put(d, "deadline", o == null ? null : ItemRows.instants(o.deadlines()), n == null ? null : ItemRows.instants(n.deadlines()));
        put(d, "status", o == null || o.status() == null ? null : o.status().name(),
                n == null || n.status() == null ? null : n.status().name());
        put(d, "budget", o == null || o.budgetAmount() == null ? null : o.budgetAmount() + " " + o.budgetCurrency(),
                n == null || n.budgetAmount() == null ? null : n.budgetAmount() + " " + n.budgetCurrency());
        put(d, "sectors", old.sectors(), now.sectors());
        put(d, "focus", old.focus(), now.focus());
        return d;
    }

    private static void put(Map<String, String[]> d, String field, String oldValue, String newValue) {
        String o = oldValue == null || oldValue.isBlank() ? null : oldValue;
        String n = newValue == null || newValue.isBlank() ? null : newValue;
        if (!Objects.equals(o, n)) {
            d.put(field, new String[] {o, n});
        }
    }
}
