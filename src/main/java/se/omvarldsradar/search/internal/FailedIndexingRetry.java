package se.omvarldsradar.search.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.omvarldsradar.item.ItemsStored;

/**
 * Retries indexing that failed while the service runs (the index listener threw: a full disk, an index being
 * rebuilt), once a minute, not only at the next start. The event registry keeps each failed {@link ItemsStored}
 * publication; resubmitting it runs {@link Indexer#on} again. The catch-up cannot stand in for this: below the
 * highest sequence indexed it looks back only over the last minutes, and a failure (a full disk) may last longer.
 * With several instances the registry is shared: an instance resubmits any
 * failed indexing, which is harmless (indexing is an upsert) but fills its own index, not the other's.
 */
@Component
class FailedIndexingRetry {
    private static final Logger log = LoggerFactory.getLogger(FailedIndexingRetry.class);

    private final FailedEventPublications failed;
    private final Duration after;

    FailedIndexingRetry(FailedEventPublications failed, @Value("${radar.index.retry-failed-after:1m}") Duration after) {
        this.failed = failed;
        this.after = after;
    }

    /** Resubmits the failed indexing publications at least {@code radar.index.retry-failed-after} old. */
    @Scheduled(fixedDelayString = "${radar.index.retry-failed-every:1m}", initialDelayString = "${radar.index.retry-failed-every:1m}")
    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(after).withFilter(p -> p.getEvent() instanceof ItemsStored));
        } catch (RuntimeException e) {
            log.warn("Could not retry failed indexing; the next attempt is in a minute: {}", e.toString());
        }
    }
}
