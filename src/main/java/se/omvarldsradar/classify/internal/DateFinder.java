package se.omvarldsradar.classify.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates, with an optional time of day and time zone, written the ways Swedish and EU call
 * texts write them: "15 mars 2026", "12 February 2026 17:00:00 Brussels time", "February 12, 2026",
 * "2026-03-15", "15.03.2026", and slashed dates when the order is certain. "03/04/2026" could be the
 * 3rd of April or the 4th of March, so it gives nothing: a wrong deadline is worse than none.
 */
final class DateFinder {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
            + "|january|february|march|may|june|july|august|october"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)(?!\\p{L})\\.?";
    private static final String TIME = "(?:\\s*,?\\s*(?:at|kl\\.?|klockan)?\\s*(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?:\\s*h)?)?";
    private static final String ZONE = "(?:\\s*\\(?\\s*(Brussels(?:\\s+local)?\\s+time|CET|CEST|UTC|GMT|svensk\\s+tid|Stockholm\\s+time)\\)?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])(?:(?:T|\\s+|\\s*kl\\.?\\s*)(\\d{2})[:.](\\d{2})(?::(\\d{2}))?)?" + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.]\\d)" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])" + TIME + ZONE, Pattern.CASE_INSENSITIVE);

    private DateFinder() {
    }

    /** A date found in text: where it starts and ends, the day, the time if given, the zone if named. */
    record Found(int start, int end, LocalDate date, LocalTime time, ZoneId zone) {
    }

    /** Every unambiguous date in the text, in order of appearance. */
    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        collect(out, DAY_MONTH_YEAR.matcher(text), m -> date(m.group(3), month(m.group(2)), m.group(1)), 4);
        collect(out, MONTH_DAY_YEAR.matcher(text), m -> date(m.group(3), month(m.group(1)), m.group(2)), 4);
        collect(out, ISO.matcher(text), m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), 4);
        collect(out, DOTTED.matcher(text), m -> date(m.group(3), Integer.parseInt(m.group(2)), m.group(1)), 4);
        collect(out, SLASHED.matcher(text), DateFinder::slashed, 4);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private interface DateOf {
        LocalDate apply(Matcher m);
    }

    private static void collect(List<Found> out, Matcher m, DateOf dateOf, int timeGroup) {
        while (m.find()) {
            int start = m.start();
            if (out.stream().anyMatch(f -> start < f.end() && m.end() > f.start())) {
                continue; // already read by a more specific pattern
            }
            LocalDate date = dateOf.apply(m);
            if (date != null) {
                out.add(new Found(start, m.end(), date, time(m, timeGroup), zone(m.group(timeGroup + 3))));
            }
        }
    }

    /** Day first unless the first number cannot be a month (US order) or the second cannot (EU order). */
    private static LocalDate slashed(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a == b || (a > 12 && b <= 12)) {
            return date(m.group(3), b, String.valueOf(a));
        }
        if (b > 12 && a <= 12) {
            return date(m.group(3), a, String.valueOf(b));
        }
        return null;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31 februari" or month 13: not a date
        }
    }

    private static LocalTime time(Matcher m, int group) {
        if (m.group(group) == null) {
            return null;
        }
        int h = Integer.parseInt(m.group(group));
        int min = Integer.parseInt(m.group(group + 1));
        int s = m.group(group + 2) == null ? 0 : Integer.parseInt(m.group(group + 2));
        return h < 24 && min < 60 && s < 60 ? LocalTime.of(h, min, s) : null;
    }

    private static ZoneId zone(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("utc") || n.startsWith("gmt")) {
            return ZoneId.of("UTC");
        }
        return n.startsWith("svensk") || n.startsWith("stockholm") ? STOCKHOLM : BRUSSELS;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {{"januari", "january", "jan"}, {"februari", "february", "feb"}, {"mars", "march", "mar"},
                {"april", "apr"}, {"maj", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"},
                {"augusti", "august", "aug"}, {"september", "sept", "sep"}, {"oktober", "october", "okt", "oct"},
                {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
