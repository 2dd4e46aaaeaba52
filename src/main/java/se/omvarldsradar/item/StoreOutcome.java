package se.omvarldsradar.item;

/** What storing one extracted item did. */
public record StoreOutcome(String itemId, Change change) {
    /** New item, changed item, or nothing to do. */
    public enum Change { NEW, UPDATED, UNCHANGED }
}
