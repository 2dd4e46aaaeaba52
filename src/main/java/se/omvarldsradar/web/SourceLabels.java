package se.omvarldsradar.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.Schedule;

/**
 * A source's type and schedule as the office reads them on the sources page ({@code ${@sourceLabels.schedule(s.id,
 * #locale)}}): "RSS/Atom · var 6:e timme" rather than feeds.yml's {@code feed} and the interval's {@code PT6H}.
 */
@Component("sourceLabels")
public class SourceLabels {
    private final MessageSource messages;
    private final CurrentConfig config;

    SourceLabels(MessageSource messages, CurrentConfig config) {
        this.messages = messages;
        this.config = config;
    }

    /** "RSS/Atom", "webbsida", "webbplatskarta", "EU Funding & Tenders (API)"; an unknown type as it is. */
    public String type(String type, Locale locale) {
        return messages.getMessage("source.type." + type, null, type, locale);
    }

    /** How often the source is crawled, in words; "" for a source no longer in feeds.yml. */
    public String schedule(String sourceId, Locale locale) {
        return config.get().source(sourceId).map(s -> schedule(s.schedule(), locale)).orElse("");
    }

    static String schedule(Schedule s, MessageSource messages, Locale locale) {
        if (s.isCron()) {
            return messages.getMessage("source.schedule.cron", new Object[] {s.cron()}, locale);
        }
        Duration every = s.every();
        String unit = every.toSeconds() % 86_400 == 0 ? "days" : every.toSeconds() % 3_600 == 0 ? "hours" : "minutes";
        long n = switch (unit) {
            case "days" -> every.toDays();
            case "hours" -> every.toHours();
            default -> Math.max(1, every.toMinutes());
        };
        return messages.getMessage("source.schedule." + unit, new Object[] {n, ordinal(n)}, locale);
    }

    private String schedule(Schedule s, Locale locale) {
        return schedule(s, messages, locale);
    }

    /** Swedish ordinals as numerals: 2:a, 3:e, 21:a, 11:e. */
    static String ordinal(long n) {
        long last = n % 10;
        boolean a = (last == 1 || last == 2) && n % 100 != 11 && n % 100 != 12;
        return n + (a ? ":a" : ":e");
    }
}
