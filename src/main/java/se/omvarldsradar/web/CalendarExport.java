package se.omvarldsradar.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import se.omvarldsradar.item.Item;

/**
 * The deadlines of the calls in a search as an iCalendar: one event per cut-off. The UID is the item and the
 * cut-off's position, not its date, so a moved deadline updates the event a subscriber already has (SEQUENCE
 * and LAST-MODIFIED follow the item's change sequence) instead of adding a second one.
 */
final class CalendarExport {
    private CalendarExport() {
    }

    static String of(List<Item> calls, String title, String baseUrl, MessageSource messages, Locale locale, Instant now) {
        ICalendar cal = new ICalendar().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0")
                .raw("PRODID", "-//Gavle kommun//Omvarldsradar//SV").raw("CALSCALE", "GREGORIAN").raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", title).raw("X-WR-TIMEZONE", "Europe/Stockholm");
        String prefix = messages.getMessage("item.deadline", null, locale);
        for (Item item : calls) {
            if (item.call() == null) {
                continue;
            }
            List<Instant> deadlines = item.call().deadlines();
            Instant changed = item.lastChanged() == null ? now : item.lastChanged();
            for (int n = 0; n < deadlines.size(); n++) {
                String page = baseUrl + "/items/" + java.net.URLEncoder.encode(item.id(), java.nio.charset.StandardCharsets.UTF_8);
                cal.raw("BEGIN", "VEVENT")
                        .text("UID", item.id() + "-" + n + "@omvarldsradar")
                        .time("DTSTAMP", changed)
                        .time("LAST-MODIFIED", changed)
                        .raw("SEQUENCE", Long.toString(Math.min(Integer.MAX_VALUE, Math.max(0, item.seq()))))
                        .time("DTSTART", deadlines.get(n))
                        .text("SUMMARY", prefix + ": " + item.title())
                        .text("DESCRIPTION", description(item, page))
                        .raw("URL", page)
                        .raw("TRANSP", "TRANSPARENT")
                        .raw("END", "VEVENT");
            }
        }
        return cal.raw("END", "VCALENDAR").toString();
    }

    private static String description(Item item, String page) {
        StringBuilder d = new StringBuilder(item.title());
        if (item.call().programme() != null) {
            d.append('\n').append(item.call().programme());
        }
        if (item.call().callId() != null) {
            d.append('\n').append(item.call().callId());
        }
        String source = Links.httpOnly(item.url());
        if (source != null) {
            d.append('\n').append(source);
        }
        return d.append('\n').append(page).toString();
    }
}
