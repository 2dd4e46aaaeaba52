package se.omvarldsradar.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import se.omvarldsradar.search.SearchQuery;

/**
 * Moments as people in Gävle read them: local time (CET/CEST), to the minute, for the pages
 * ({@code ${@times.minute(x)}}); the machine-readable {@code datetime} attributes keep the instant.
 */
@Component("times")
public class LocalTimes {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SearchQuery.ZONE);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SearchQuery.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(SearchQuery.ZONE);

    /** "2026-02-12 17:00" in Swedish time, or "–" for none. */
    public String minute(Instant at) {
        return at == null ? "–" : MINUTE.format(at);
    }

    /** "2026-02-12 17:00:05" in Swedish time, or "–" for none. */
    public String second(Instant at) {
        return at == null ? "–" : SECOND.format(at);
    }

    /** "2026-02-12", the day in Sweden, or "–" for none. */
    public String day(Instant at) {
        return at == null ? "–" : DAY.format(at);
    }
}
