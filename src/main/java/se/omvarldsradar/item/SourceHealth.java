package se.omvarldsradar.item;

import java.time.Duration;
import java.time.Instant;

/**
 * Crawl state and health of one source as last recorded. {@code lastNonzero} is how many items it found
 * the last time it found any; {@code lastNew} when it last brought a new item.
 */
public record SourceHealth(String sourceId, Instant lastAttempt, Instant lastSuccess, Integer httpStatus, String error,
        int errorCount, int itemsFound, int itemsNew, int itemsUpdated, Long durationMs, String etag,
        String lastModified, String note, Instant lastNew, int lastNonzero, String discoveredFeed) {

    /** Consecutive failures from which a source counts as unhealthy. */
    public static final int UNHEALTHY_AFTER = 3;

    public static SourceHealth never(String sourceId) {
        return new SourceHealth(sourceId, null, null, null, null, 0, 0, 0, 0, null, null, null, null, null, 0, null);
    }

    public boolean healthy() {
        return errorCount < UNHEALTHY_AFTER;
    }

    /** The last crawl succeeded but found nothing where an earlier one found items: selectors may be broken. */
    public boolean suddenlyEmpty() {
        return error == null && lastSuccess != null && itemsFound == 0 && lastNonzero > 0 && httpStatus != null
                && httpStatus != 304;
    }

    /** Nothing new for far longer than the source's schedule makes usual (at least 30 days). */
    public boolean silent(Instant now, Duration interval) {
        if (lastSuccess == null) {
            return false;
        }
        Duration limit = interval.multipliedBy(30).compareTo(Duration.ofDays(30)) > 0 ? interval.multipliedBy(30)
                : Duration.ofDays(30);
        Instant since = lastNew != null ? lastNew : null;
        return since != null && since.plus(limit).isBefore(now);
    }

    /** One word for the health page and API: ok, failing, unhealthy, empty, silent or never. */
    public String state(Instant now, Duration interval) {
        if (lastAttempt == null) {
            return "never";
        }
        if (!healthy()) {
            return "unhealthy";
        }
        if (error != null) {
            return "failing";
        }
        if (suddenlyEmpty()) {
            return "empty";
        }
        return silent(now, interval) ? "silent" : "ok";
    }

    /** When a failing source may be tried again: exponential backoff from the last attempt, capped. */
    public Instant retryNotBefore(Duration base, Duration cap) {
        if (errorCount == 0 || lastAttempt == null) {
            return Instant.MIN;
        }
        Duration wait = base.multipliedBy(1L << Math.min(errorCount - 1, 20));
        return lastAttempt.plus(wait.compareTo(cap) > 0 ? cap : wait);
    }
}
