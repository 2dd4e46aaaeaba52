package se.omvarldsradar.item;

/** An item was stored new or changed; published inside the storing transaction, consumed after commit. */
public record ItemStored(String itemId, long seq, boolean isNew) {
}
