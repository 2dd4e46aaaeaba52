package se.omvarldsradar.item;

import java.util.List;

/**
 * Items were stored new or changed in one transaction (one crawl of one source, or one page of a re-tag);
 * published inside it, consumed after commit.
 */
public record ItemsStored(List<Entry> items) {
    public ItemsStored {
        items = List.copyOf(items);
    }

    /** One stored item: its id, its change sequence after the store, and whether it was new. */
    public record Entry(String itemId, long seq, boolean isNew) {
    }

    public List<String> itemIds() {
        return items.stream().map(Entry::itemId).toList();
    }
}
