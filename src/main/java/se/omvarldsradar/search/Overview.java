package se.omvarldsradar.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The overview page's data: items per sector per week, and the cut-offs of open calls in the days ahead. */
public record Overview(List<Week> weeks, List<UpcomingDeadline> deadlines, LocalDate today, int days) {
    public Overview {
        weeks = List.copyOf(weeks);
        deadlines = List.copyOf(deadlines);
    }

    /** One week (Monday first): items published, per sector and in all. */
    public record Week(LocalDate start, Map<String, Long> perSector, long total) {
        public Week {
            perSector = Map.copyOf(perSector);
        }
    }

    /** One cut-off of one open call. */
    public record UpcomingDeadline(String itemId, String title, Instant deadline, String programme) {
    }
}
