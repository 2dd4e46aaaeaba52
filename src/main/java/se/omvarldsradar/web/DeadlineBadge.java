package se.omvarldsradar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.omvarldsradar.search.SearchQuery;

/** Days left to a deadline as people in Gävle count them ("closes in 12 days"), as of one moment. */
public record DeadlineBadge(Instant now) {

    public boolean closed(Instant deadline) {
        return deadline.isBefore(now);
    }

    /** Calendar days from today to the deadline's day: 0 today, 1 tomorrow. */
    public long days(Instant deadline) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(now, SearchQuery.ZONE), LocalDate.ofInstant(deadline, SearchQuery.ZONE));
    }

    /** Soon enough to stand out (two weeks). */
    public boolean soon(Instant deadline) {
        return !closed(deadline) && days(deadline) <= 14;
    }

    /** The deadline's day in Gävle, for display. */
    public LocalDate day(Instant deadline) {
        return LocalDate.ofInstant(deadline, SearchQuery.ZONE);
    }
}
