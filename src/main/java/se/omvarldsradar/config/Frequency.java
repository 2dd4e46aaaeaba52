package se.omvarldsradar.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/** How often a contact gets a digest: {@code daily 07:00} or {@code weekly mon 07:00}. */
public record Frequency(DayOfWeek weekday, LocalTime time) {
    private static final Pattern FORM = Pattern.compile(
            "(daily|weekly\\s+(mon|tue|wed|thu|fri|sat|sun))\\s+([01]?\\d|2[0-3]):([0-5]\\d)");

    /** The frequency written {@code daily HH:mm} or {@code weekly mon|tue|…|sun HH:mm}, if it is one. */
    public static Optional<Frequency> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        return Optional.of(m.group(2) == null ? daily(time) : new Frequency(Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(m.group(2))).findFirst().orElseThrow(), time));
    }

    public static Frequency daily(LocalTime time) {
        return new Frequency(null, time);
    }

    public boolean weekly() {
        return weekday != null;
    }

    /** The Quartz cron expression that fires at this frequency. */
    public String cron() {
        String day = weekly() ? weekday.name().substring(0, 3) : "*";
        return "0 %d %d %s * %s".formatted(time.getMinute(), time.getHour(), weekly() ? "?" : "*",
                weekly() ? day : "?");
    }

    /** The time of day as written here, {@code 07:00}. */
    public String timeOfDay() {
        return "%02d:%02d".formatted(time.getHour(), time.getMinute());
    }

    /**
     * In words for people, from the messages {@code freq.daily} and {@code freq.weekly}: "Varje måndag kl. 07:00",
     * "Every Monday at 07:00"; a text that is no frequency as it is.
     */
    public static String inWords(String text, MessageSource messages, Locale locale) {
        return parse(text).map(f -> f.weekly()
                ? messages.getMessage("freq.weekly", new Object[] {f.weekday.getDisplayName(TextStyle.FULL, locale),
                        f.timeOfDay()}, locale)
                : messages.getMessage("freq.daily", new Object[] {f.timeOfDay()}, locale)).orElse(text);
    }

    /** A weekday as written here, {@code mon}. */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return weekly() ? "weekly " + code(weekday) + " " + timeOfDay() : "daily " + timeOfDay();
    }
}
