package se.omvarldsradar.extract.internal;

import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;

/**
 * Dates as web pages write them, read with the source's {@code dateFormats} (java.time patterns) in Swedish
 * and English ("15 mars 2026", "15 March 2026", "27.01.2026 17:00"). The date may sit inside other words
 * ("Sista ansökningsdag: 15 mars 2026"). Times without a zone are local to the source's zone.
 */
public final class Dates {
    /** Swedish sources, and the EU calls they list, give times in Central European time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

    private Dates() {
    }

    /**
     * The first date in the text that one of the patterns reads, or null. {@code timeIfNone} is used when the
     * pattern has no time of day (start of day for publication dates, end of day for deadlines).
     */
    public static Instant parse(String raw, List<String> patterns, ZoneId zone, LocalTime timeIfNone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        Instant iso = iso(text, zone, timeIfNone);
        if (iso != null) {
            return iso;
        }
        for (String pattern : patterns) {
            for (Locale locale : LOCALES) {
                DateTimeFormatter f = formatter(pattern, locale);
                if (f == null) {
                    break;
                }
                for (int start = 0; start < text.length(); start++) {
                    if (startsToken(text, start)) {
                        Instant found = at(text, start, f, zone, timeIfNone);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Instant at(String text, int start, DateTimeFormatter f, ZoneId zone, LocalTime timeIfNone) {
        try {
            TemporalAccessor t = f.parse(text, new ParsePosition(start));
            LocalDate date = t.query(TemporalQueries.localDate());
            if (date == null) {
                return null;
            }
            LocalTime time = t.query(TemporalQueries.localTime());
            return LocalDateTime.of(date, time == null ? timeIfNone : time).atZone(zone).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Machine dates, as in {@code <time datetime>}: 2026-03-15, 2026-03-15T17:00, with or without offset. */
    private static Instant iso(String text, ZoneId zone, LocalTime timeIfNone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(text).atTime(timeIfNone).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean startsToken(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
