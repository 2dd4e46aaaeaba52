package se.omvarldsradar.item;

import java.time.Instant;
import java.util.List;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.extract.CallDetails;

/** A stored item as the rest of the application reads it. {@code status} is NEW or UPDATED. */
public record Item(String id, ItemKind kind, String sourceId, String url, String title, String summary,
        String content, String language, Instant published, Instant firstSeen, Instant lastChanged, String status,
        List<String> keywords, CallDetails call, Tags tags, long seq) {

    public List<String> sectors() {
        return tags.sectorIds();
    }

    public List<String> focus() {
        return tags.focusIds();
    }

    /** The date shown for the item: published, else first seen. */
    public Instant date() {
        return published != null ? published : firstSeen;
    }
}
