package se.omvarldsradar.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import se.omvarldsradar.item.ItemChange;

/**
 * Dates and change notes as a reader in Sweden expects them: "5 mars 2026", "Sista ansökningsdag flyttad från … till …".
 * The digests' updated entries and the item page's history say the same.
 */
public final class ReaderText {
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final String[] SV = {"jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"};
    private static final String[] EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private ReaderText() {
    }

    public static String day(Instant instant, String lang) {
        if (instant == null) {
            return null;
        }
        LocalDate d = LocalDate.ofInstant(instant, ZONE);
        return d.getDayOfMonth() + " " + ("en".equals(lang) ? EN : SV)[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** One line per change a reader cares about; text edits are one line however many fields changed. */
    public static List<String> changes(List<ItemChange> changes, String lang, MessageSource messages) {
        Locale locale = Locale.forLanguageTag(lang);
        List<String> lines = new ArrayList<>();
        boolean text = false;
        for (ItemChange c : changes) {
            String line = switch (c.field()) {
                case "deadline" -> c.oldValue() == null
                        ? messages.getMessage("mail.change.deadline.set", new Object[] {dates(c.newValue(), lang)}, locale)
                        : c.newValue() == null
                                ? messages.getMessage("mail.change.deadline.removed", null, locale)
                                : messages.getMessage("mail.change.deadline", new Object[] {dates(c.oldValue(), lang),
                                        dates(c.newValue(), lang)}, locale);
                case "status" -> messages.getMessage("mail.change.status", new Object[] {status(c.oldValue(), locale, messages),
                        status(c.newValue(), locale, messages)}, locale);
                case "budget" -> messages.getMessage("mail.change.budget", new Object[] {dash(c.oldValue()), dash(c.newValue())}, locale);
                case "title" -> messages.getMessage("mail.change.title", new Object[] {dash(c.oldValue())}, locale);
                default -> {
                    if (text) {
                        yield null;
                    }
                    text = true;
                    yield messages.getMessage("mail.change.text", null, locale);
                }
            };
            if (line != null && !lines.contains(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String dates(String csv, String lang) {
        return String.join(", ", Arrays.stream(csv.split(",")).map(s -> day(Instant.parse(s.strip()), lang)).toList());
    }

    private static String status(String s, Locale locale, MessageSource messages) {
        return s == null ? "–" : messages.getMessage("mail.status." + s.toLowerCase(Locale.ROOT), null, s, locale);
    }

    private static String dash(String s) {
        return s == null ? "–" : s;
    }
}
