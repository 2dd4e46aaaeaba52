package se.omvarldsradar.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Lucene index ({@code radar.index.*}).
 *
 * @param path        where the index lives (default {@code ./index}); derived data, rebuilt by {@code reindex}
 * @param commitEvery how often pending changes are committed to disk
 * @param countCache  how many searches' totals and facet counts are remembered until the index next changes
 *                    (paging, re-sorting, the same search as page, Atom and iCalendar); 0 turns it off
 * @param concurrentSearches how many searches run at once (the others wait their turn); 0: one per core
 * @param maxSegments how many segments the nightly maintenance (and a rebuild) merges the index down to; 0 never
 *                    merges beyond what Lucene does while writing. Every search visits every segment, so fewer
 *                    segments are cheaper to search
 */
@ConfigurationProperties("radar.index")
public record IndexSettings(@DefaultValue("./index") Path path, @DefaultValue("30s") Duration commitEvery,
        @DefaultValue("64") int countCache, @DefaultValue("0") int concurrentSearches,
        @DefaultValue("1") int maxSegments) {
    /** The searches that run at once: as configured, or one per core. */
    public int searchPermits() {
        return concurrentSearches > 0 ? concurrentSearches : Runtime.getRuntime().availableProcessors();
    }
}
