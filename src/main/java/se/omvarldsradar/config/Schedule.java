package se.omvarldsradar.config;

import java.time.Duration;

/** When a source is crawled: a fixed interval ({@code every: 6h}) or a Quartz cron expression. */
public record Schedule(Duration every, String cron) {

    public static Schedule every(Duration interval) {
        return new Schedule(interval, null);
    }

    public static Schedule cron(String expression) {
        return new Schedule(null, expression);
    }

    public boolean isCron() {
        return cron != null;
    }

    /** The usual time between two runs, for judging a source silent: the interval, or a day for a cron schedule. */
    public Duration typicalInterval() {
        return isCron() ? Duration.ofDays(1) : every;
    }

    @Override
    public String toString() {
        return isCron() ? "cron " + cron : "every " + every;
    }
}
