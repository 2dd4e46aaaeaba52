package se.omvarldsradar.fetch.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
final class RetryAfter {
    /**
     * Longer requests are cut to this: a misconfigured server ("Retry-After: 99999999") must not silence a
     * source for years; past a day the crawler's own error backoff is the better judge.
     */
    static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {
    }

    /** The instant before which the host should not be contacted again, or null when the value is absent or bad. */
    static Instant parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant at;
        if (v.chars().allMatch(Character::isDigit)) {
            at = v.length() > 9 ? now.plus(MAX) : now.plusSeconds(Long.parseLong(v));
        } else {
            try {
                at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (!at.isAfter(now)) {
            return null;
        }
        Instant cap = now.plus(MAX);
        at = at.isAfter(cap) ? cap : at;
        // Whole seconds read better on the health page; rounding up never comes back early.
        return at.getNano() == 0 ? at : at.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }
}
