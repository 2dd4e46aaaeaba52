package se.omvarldsradar.item;

import java.time.Instant;

/** Crawl state and health of one source as last recorded. */
public record SourceHealth(String sourceId, Instant lastAttempt, Instant lastSuccess, Integer httpStatus, String error,
        int errorCount, int itemsFound, int itemsNew, int itemsUpdated, Long durationMs, String etag,
        String lastModified, String note) {

    public static SourceHealth never(String sourceId) {
        return new SourceHealth(sourceId, null, null, null, null, 0, 0, 0, 0, null, null, null, null);
    }

    public boolean healthy() {
        return error == null;
    }
}
