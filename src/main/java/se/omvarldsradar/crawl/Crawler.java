package se.omvarldsradar.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.crawl.internal.CrawlMetrics;
import se.omvarldsradar.crawl.internal.HostLanes;
import se.omvarldsradar.crawl.internal.ItemPipeline;
import se.omvarldsradar.crawl.internal.SourceClaims;
import se.omvarldsradar.crawl.internal.SourceRun;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.Extractors;
import se.omvarldsradar.fetch.Fetcher;
import se.omvarldsradar.item.CrawlAttempt;
import se.omvarldsradar.item.SourceHealth;
import se.omvarldsradar.item.SourceStates;
import se.omvarldsradar.item.StoreOutcome;

/**
 * The crawl pipeline for one source: fetch, extract, tag, store, record health. Never throws for a bad
 * source; one broken source never stops the others.
 */
@Service
@EnableConfigurationProperties(CrawlSettings.class)
public class Crawler {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);
    /** How long a shutdown waits for crawls in progress; within spring.lifecycle.timeout-per-shutdown-phase. */
    static final Duration STOP_WAIT = Duration.ofSeconds(40);

    private final CurrentConfig config;
    private final Fetcher fetcher;
    private final Extractors extractors;
    private final ItemPipeline pipeline;
    private final SourceStates states;
    private final CrawlSettings settings;
    private final CrawlMetrics metrics;
    private final Clock clock;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final SourceClaims claims = new SourceClaims();

    Crawler(CurrentConfig config, Fetcher fetcher, Extractors extractors, ItemPipeline pipeline, SourceStates states,
            CrawlSettings settings, CrawlMetrics metrics, Optional<Clock> clock) {
        this.metrics = metrics;
        this.config = config;
        this.fetcher = fetcher;
        this.extractors = extractors;
        this.pipeline = pipeline;
        this.states = states;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Crawls every enabled source once and reports each as it finishes; the reports come back in
     * configuration order. Sources are crawled in {@linkplain HostLanes lanes by host}, side by side.
     */
    public List<CrawlReport> crawlAll(Consumer<CrawlReport> progress) {
        return HostLanes.crawl(config.get().enabledSources(), settings.concurrency(), stopping::get, this::crawl, progress);
    }

    /** Crawls the source with this id, if it is configured. */
    public Optional<CrawlReport> crawl(String sourceId) {
        return config.get().source(sourceId).map(this::crawl);
    }

    /**
     * Called when the application shuts down, before anything is stopped or closed: a crawl in progress
     * finishes the request in flight, stores and indexes what it read and stops; no new scheduled crawl starts.
     * Waits for them here, up to {@link #STOP_WAIT}, because nothing else orders a running Quartz job before the
     * index: Quartz waits for its jobs only when its scheduler bean is destroyed, and the index may be closed by
     * then. The rest is picked up by the next scheduled run.
     */
    @EventListener(ContextClosedEvent.class)
    public void stop() {
        if (!stopping.getAndSet(true)) {
            log.info("Shutting down: crawls in progress stop after their current request");
        }
        try {
            if (!claims.awaitNone(STOP_WAIT)) {
                log.warn("Crawls still running after {} s of shutdown; what they have not stored is fetched next time",
                        STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A scheduled crawl: skipped while a failing source is backing off. */
    public Optional<CrawlReport> crawlScheduled(String sourceId) {
        Optional<SourceDefinition> source = config.get().source(sourceId).filter(SourceDefinition::enabled);
        if (source.isEmpty() || stopping.get()) {
            return Optional.empty();
        }
        Instant notBefore = states.get(sourceId).retryNotBefore(settings.backoffBase(), settings.backoffCap());
        if (clock.instant().isBefore(notBefore)) {
            log.info("Source {} is backing off until {}", sourceId, notBefore);
            return Optional.empty();
        }
        return Optional.of(crawl(source.get()));
    }

    /**
     * Crawls the source once, unless another crawl of it is running in this process: then it fetches nothing
     * and returns at once a {@linkplain CrawlReport#busy() busy} report, recorded neither in the source's health
     * nor its metrics, since the running crawl's result is the one that counts.
     */
    public CrawlReport crawl(SourceDefinition source) {
        Optional<SourceClaims.Claim> claim = claims.claim(source.id());
        if (claim.isEmpty()) {
            log.info("Source {} is being crawled already; not fetching it a second time", source.id());
            return CrawlReport.busy(source.id());
        }
        try (var _ = claim.get()) {
            return crawlClaimed(source);
        }
    }

    /** Whether a crawl of the source is running right now in this process. */
    public boolean crawling(String sourceId) {
        return claims.held(sourceId);
    }

    private CrawlReport crawlClaimed(SourceDefinition source) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        try {
            SourceHealth state = states.get(source.id());
            var extractor = extractors.forType(source.type());
            SourceRun.Outcome run = new SourceRun(fetcher, settings.maxPages(), stopping::get).run(source, extractor, state);
            var first = run.first();
            if (!first.ok()) {
                return failed(source, now, first.status(), first.error(), first.errorKind().name(), start);
            }
            String discovered = run.discoveredFeed() == null ? null : run.discoveredFeed().toString();
            if (run.notModified()) {
                states.success(source.id(), new CrawlAttempt(now, 304, 0, 0, 0, millis(start), null, null,
                        "not modified", discovered));
                return ok(report(source, "unchanged", 304, 0, 0, 0, start, null));
            }
            List<String> notes = new ArrayList<>(run.warnings());
            if (discovered != null && notes.stream().noneMatch(n -> n.contains(discovered))) {
                notes.add(0, "reading the feed found behind the page: " + discovered);
            }
            List<StoreOutcome> outcomes = pipeline.store(source, run.items(), settings.followLimit(),
                    stored -> new CrawlAttempt(now, first.status(), stored.size(), count(stored, StoreOutcome.Change.NEW),
                            count(stored, StoreOutcome.Change.UPDATED), millis(start), first.etag(), first.lastModified(),
                            notes.isEmpty() ? null : String.join("; ", notes), discovered));
            int added = count(outcomes, StoreOutcome.Change.NEW);
            int updated = count(outcomes, StoreOutcome.Change.UPDATED);
            return ok(report(source, "ok", first.status(), outcomes.size(), added, updated, start, null));
        } catch (ExtractionException e) {
            return failed(source, now, 200, e.getMessage(), "EXTRACT", start);
        } catch (RuntimeException e) {
            log.warn("Crawling {} failed", source.id(), e);
            return failed(source, now, null, e.getClass().getSimpleName() + ": " + e.getMessage(), "INTERNAL", start);
        }
    }

    private CrawlReport ok(CrawlReport report) {
        metrics.record(report, null);
        return report;
    }

    private CrawlReport failed(SourceDefinition source, Instant now, Integer status, String error, String kind,
            long start) {
        states.failure(source.id(), now, status, error, millis(start));
        CrawlReport report = report(source, "failed", status == null ? 0 : status, 0, 0, 0, start, error);
        metrics.record(report, kind);
        return report;
    }

    private static CrawlReport report(SourceDefinition s, String status, int http, int found, int added, int updated,
            long start, String error) {
        return new CrawlReport(s.id(), status, http, found, added, updated, Duration.ofNanos(System.nanoTime() - start), error);
    }

    private static int count(List<StoreOutcome> outcomes, StoreOutcome.Change change) {
        return (int) outcomes.stream().filter(o -> o.change() == change).count();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
