package se.omvarldsradar.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

/** How often a contact gets a digest: {@code daily 07:00} or {@code weekly mon 07:00}. */
public record Frequency(DayOfWeek weekday, LocalTime time) {

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

    @Override
    public String toString() {
        String t = "%02d:%02d".formatted(time.getHour(), time.getMinute());
        return weekly() ? "weekly " + weekday.name().substring(0, 3).toLowerCase(Locale.ROOT) + " " + t : "daily " + t;
    }
}
