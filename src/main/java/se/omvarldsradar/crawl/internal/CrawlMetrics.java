package se.omvarldsradar.crawl.internal;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import se.omvarldsradar.crawl.CrawlReport;

/**
 * Crawl counters for Prometheus: items found, new and updated per source, and failed crawls per source and
 * kind (the fetcher's error kinds, plus EXTRACT and INTERNAL), so a dashboard shows which source broke and how.
 */
@Component
public class CrawlMetrics {
    private final MeterRegistry registry;

    CrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one finished crawl of one source; {@code errorKind} is null for a successful one. */
    public void record(CrawlReport report, String errorKind) {
        String source = report.sourceId();
        count("radar.crawl.items.fetched", source, report.found());
        count("radar.crawl.items.new", source, report.added());
        count("radar.crawl.items.updated", source, report.updated());
        Timer.builder("radar.crawl.duration").description("Time to crawl one source once").tag("source", source)
                .tag("outcome", errorKind == null ? "ok" : "failed").register(registry).record(report.duration());
        if (errorKind != null) {
            Counter.builder("radar.crawl.errors").description("Failed crawls by source and kind of error")
                    .tag("source", source).tag("kind", errorKind).register(registry).increment();
        }
    }

    private void count(String name, String source, int n) {
        // Registered even at zero so a source that never yields anything still shows up as a series.
        Counter.builder(name).tag("source", source).register(registry).increment(n);
    }
}
