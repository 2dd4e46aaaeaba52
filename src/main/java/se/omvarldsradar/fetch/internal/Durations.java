package se.omvarldsradar.fetch.internal;

import java.time.Duration;

/** Durations in the words of a health page: "30 s", "1.5 s", "250 ms". */
final class Durations {
    private Durations() {
    }

    static String words(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
