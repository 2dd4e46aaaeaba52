package se.omvarldsradar.crawl;

import java.time.Duration;

/** The outcome of crawling one source once, as printed by {@code crawl --once} and recorded as health. */
public record CrawlReport(String sourceId, String status, int httpStatus, int found, int added, int updated,
        Duration duration, String error) {
    static final String BUSY = "busy";

    /** A crawl that did not start because another crawl of the same source is running; not a failure. */
    public static CrawlReport busy(String sourceId) {
        return new CrawlReport(sourceId, BUSY, 0, 0, 0, 0, Duration.ZERO,
                "already being crawled; the result of that crawl counts");
    }

    /** Whether the crawl ran and succeeded. */
    public boolean ok() {
        return error == null;
    }

    /** Whether the crawl did not run because another crawl of the source was running. */
    public boolean busy() {
        return BUSY.equals(status);
    }

    /** Whether the crawl ran and failed; a busy crawl has not failed. */
    public boolean failed() {
        return !ok() && !busy();
    }

    /** One line for the terminal. */
    public String line() {
        return "%-28s %-10s found=%-4d new=%-4d updated=%-4d %6d ms%s".formatted(sourceId, status, found, added,
                updated, duration.toMillis(), error == null ? "" : "  " + error);
    }
}
