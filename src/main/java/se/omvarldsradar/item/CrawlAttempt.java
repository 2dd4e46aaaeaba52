package se.omvarldsradar.item;

import java.time.Instant;

/** What one successful crawl of a source found, to record as its health. */
public record CrawlAttempt(Instant at, int httpStatus, int found, int added, int updated, long durationMs, String etag,
        String lastModified, String note, String discoveredFeed) {
}
