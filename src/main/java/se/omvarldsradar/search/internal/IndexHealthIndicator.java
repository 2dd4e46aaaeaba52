package se.omvarldsradar.search.internal;

import java.io.IOException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import se.omvarldsradar.item.Items;

/**
 * The {@code index} part of {@code /actuator/health}, and the index gauges for Prometheus. DOWN when the index
 * cannot be read, or cannot be written because another process held its lock when the service started (the
 * service then indexes nothing new until restarted). A difference between documents and items is shown but is
 * not DOWN: the catch-up closes it within seconds, and a lasting one is repaired by the check at start.
 */
@Component
class IndexHealthIndicator implements HealthIndicator {
    private final LuceneIndex index;
    private final Items items;

    IndexHealthIndicator(LuceneIndex index, Items items, MeterRegistry metrics) {
        this.index = index;
        this.items = items;
        Gauge.builder("radar.index.documents", this, h -> h.safely(() -> (double) index.documents()))
                .description("Documents in the search index").register(metrics);
        Gauge.builder("radar.index.size", this, h -> h.safely(() -> (double) index.sizeInBytes()))
                .description("Size of the search index on disk").baseUnit("bytes").register(metrics);
    }

    @Override
    public Health health() {
        long documents;
        int segments;
        try {
            documents = index.documents();
            segments = index.segments();
        } catch (IOException | RuntimeException e) {
            return Health.down(e).withDetail("readable", false).build();
        }
        long itemCount;
        long databaseSeq;
        try {
            itemCount = items.count();
            databaseSeq = items.maxSeq();
        } catch (RuntimeException e) {
            return Health.unknown().withDetail("documents", documents).withDetail("items", "database unavailable").build();
        }
        Health.Builder health = index.writable() ? Health.up()
                : Health.down().withDetail("reason", "the index is read-only: another process held its lock when the"
                        + " service started; restart the service");
        return health.withDetail("readable", true).withDetail("writable", index.writable())
                .withDetail("documents", documents).withDetail("segments", segments).withDetail("items", itemCount)
                .withDetail("indexedSeq", index.indexedSeq()).withDetail("databaseSeq", databaseSeq).build();
    }

    private double safely(IoSupplier value) {
        try {
            return value.get();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @FunctionalInterface
    private interface IoSupplier {
        double get() throws IOException;
    }
}
