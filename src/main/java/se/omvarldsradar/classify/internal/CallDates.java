package se.omvarldsradar.classify.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.omvarldsradar.classify.internal.DateFinder.Found;

/**
 * Reads a call's deadlines and opening from its text. Only dates that follow a deadline or opening phrase
 * count (a bare date may be a publication or an event); every date up to the next such phrase belongs to it,
 * which covers "Cut-off dates: 12 February 2026, 15 September 2026". A date without a time is the end of
 * that day (deadline) or its start (opening); without a named zone it is Swedish (= Brussels) local time.
 */
final class CallDates {
    private static final Pattern DEADLINE = Pattern.compile("(?iU)\\b(deadlines?(?: date| model)?|cut-?off(?: dates?)?"
            + "|closing date|closes|submission date|apply by|applications? (?:must be submitted|are due) by|due date"
            + "|sista ansökningsdag(?:ar|en)?|sista dag(?:en)? för ansökan|sista dag att ansöka|ansök senast|ansökan ska vara inne"
            + "|ansökningstiden (?:löper ut|stänger)|stänger|senast|ansökningsomgång(?:ar)?)\\b");
    private static final Pattern OPENING = Pattern.compile("(?iU)\\b(opening date|opens?|planned opening|start date"
            + "|öppnar|öppen från|öppningsdatum|ansökan öppnar)\\b");
    /** Phrases whose dates are neither: they end the reach of an earlier deadline or opening phrase. */
    private static final Pattern OTHER = Pattern.compile("(?iU)\\b(senast (?:uppdaterad|ändrad)|publicerad|published"
            + "|(?:last )?updated|last modified|event|webinar|infodag|info day|konferens|conference)\\b");
    /** A phrase governs the dates this close after it; farther ones belong to other sentences. */
    private static final int REACH = 160;

    private CallDates() {
    }

    /** Deadlines and opening found in the text. */
    record Dates(List<Instant> deadlines, Instant opening) {
    }

    /**
     * @param swedish whether the text is Swedish, asked only when a date names no zone (detection is costly)
     */
    static Dates read(String text, BooleanSupplier swedish) {
        List<Found> dates = DateFinder.find(text);
        if (dates.isEmpty()) {
            return new Dates(List.of(), null);
        }
        List<Cue> cues = cues(text);
        List<Instant> deadlines = new ArrayList<>();
        Instant opening = null;
        for (Found d : dates) {
            Cue cue = governing(cues, d.start());
            if (cue == null || cue.kind == Kind.OTHER) {
                continue;
            }
            ZoneId zone = d.zone() != null ? d.zone() : swedish.getAsBoolean() ? DateFinder.STOCKHOLM : DateFinder.BRUSSELS;
            if (cue.kind == Kind.DEADLINE) {
                LocalTime t = d.time() != null ? d.time() : LocalTime.of(23, 59, 59);
                Instant at = d.date().atTime(t).atZone(zone).toInstant();
                if (!deadlines.contains(at)) {
                    deadlines.add(at);
                }
            } else if (opening == null) {
                LocalTime t = d.time() != null ? d.time() : LocalTime.MIDNIGHT;
                opening = d.date().atTime(t).atZone(zone).toInstant();
            }
        }
        return new Dates(deadlines, opening);
    }

    private enum Kind { DEADLINE, OPENING, OTHER }

    private record Cue(int start, int end, Kind kind) {
    }

    private static List<Cue> cues(String text) {
        List<Cue> cues = new ArrayList<>();
        add(cues, OTHER.matcher(text), Kind.OTHER);
        add(cues, DEADLINE.matcher(text), Kind.DEADLINE);
        add(cues, OPENING.matcher(text), Kind.OPENING);
        cues.sort((a, b) -> Integer.compare(a.end, b.end));
        return cues;
    }

    /** Adds the phrases found, skipping those inside a phrase already found ("senast" in "senast uppdaterad"). */
    private static void add(List<Cue> cues, Matcher m, Kind kind) {
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (cues.stream().noneMatch(c -> s < c.end && e > c.start)) {
                cues.add(new Cue(s, e, kind));
            }
        }
    }

    /** The last cue before the date, if near enough. */
    private static Cue governing(List<Cue> cues, int at) {
        Cue last = null;
        for (Cue c : cues) {
            if (c.end <= at) {
                last = c;
            }
        }
        return last != null && at - last.end <= REACH ? last : null;
    }
}
