package se.omvarldsradar.crawl.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.crawl.CrawlReport;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.crawl.RunAllProgress;

/**
 * "Run all now": one crawl of every enabled source on a background thread, through the crawler's host lanes
 * (bounded, one host's sources after one another, the fetcher's per-host delay and robots rules as always).
 * At most one runs at a time; pressing the button again while it runs only shows how far it has come.
 */
@Component
public class AllSourcesRun implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AllSourcesRun.class);
    private final Crawler crawler;
    private final CurrentConfig config;
    private final Clock clock;
    private final AtomicReference<RunAllProgress> progress = new AtomicReference<>(new RunAllProgress(null, null, 0, 0, 0, 0));
    private volatile Thread worker;
    private volatile boolean active;

    AllSourcesRun(Crawler crawler, CurrentConfig config, Optional<Clock> clock) {
        this.crawler = crawler;
        this.config = config;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public RunAllProgress progress() {
        return progress.get();
    }

    /** Starts a run unless one is running; returns the progress either way. */
    public RunAllProgress begin() {
        RunAllProgress now = progress.get();
        if (now.running()) {
            return now;
        }
        RunAllProgress started = new RunAllProgress(clock.instant(), null, config.get().enabledSources().size(), 0, 0, 0);
        if (!progress.compareAndSet(now, started)) {
            return progress.get();
        }
        worker = Thread.ofVirtual().name("run-all-now").start(this::run);
        return started;
    }

    /**
     * On shutdown the crawler has already told its lanes to stop after their current request; wait for them
     * to store and index what they read while the database and the index are still open.
     */
    @Override
    public void stop() {
        Thread t = worker;
        try {
            if (t != null && !t.join(Duration.ofSeconds(40))) {
                log.warn("Run all now did not stop within 40 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        active = false;
    }

    @Override
    public void start() {
        active = true;
    }

    @Override
    public boolean isRunning() {
        return active;
    }

    private void run() {
        try {
            crawler.crawlAll(this::count);
        } catch (RuntimeException e) {
            log.warn("Run all now stopped", e);
        } finally {
            Instant end = clock.instant();
            progress.updateAndGet(
                    p -> new RunAllProgress(p.started(), end, p.total(), p.done(), p.failed(), p.newItems()));
        }
    }

    private void count(CrawlReport r) {
        progress.updateAndGet(p -> new RunAllProgress(p.started(), null, p.total(), p.done() + 1,
                p.failed() + (r.failed() ? 1 : 0), p.newItems() + r.added()));
    }
}
