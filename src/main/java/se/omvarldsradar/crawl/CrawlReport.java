package se.omvarldsradar.crawl;

import java.time.Duration;

/** The outcome of crawling one source once, as printed by {@code crawl --once} and recorded as health. */
public record CrawlReport(String sourceId, String status, int httpStatus, int found, int added, int updated,
        Duration duration, String error) {

    public boolean ok() {
        return error == null;
    }

    /** One line for the terminal. */
    public String line() {
        return "%-28s %-10s found=%-4d new=%-4d updated=%-4d %6d ms%s".formatted(sourceId, status, found, added,
                updated, duration.toMillis(), error == null ? "" : "  " + error);
    }
}
