package se.omvarldsradar.crawl;

import java.time.Instant;
import java.util.Optional;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Service;

import se.omvarldsradar.crawl.internal.AllSourcesRun;
import se.omvarldsradar.crawl.internal.CrawlSchedule;

/** The office's handle on the crawl schedule: when each source runs next, "run now" and "run all now". */
@Service
public class CrawlControl {
    private final Scheduler scheduler;
    private final Crawler crawler;
    private final AllSourcesRun all;

    CrawlControl(Scheduler scheduler, Crawler crawler, AllSourcesRun all) {
        this.scheduler = scheduler;
        this.crawler = crawler;
        this.all = all;
    }

    /** When the source is next crawled on schedule, if it is scheduled. */
    public Optional<Instant> nextRun(String sourceId) {
        try {
            Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(sourceId, CrawlSchedule.GROUP));
            return t == null || t.getNextFireTime() == null ? Optional.empty() : Optional.of(t.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    /** What "run now" did with a source. */
    public enum RunNow {
        /** The crawl has been started (or, without a schedule, has run). */
        STARTED,
        /** The source is being crawled already; that crawl's result is the one that counts. */
        BUSY,
        /** No such source is configured. */
        UNKNOWN
    }

    /**
     * Crawls the source now: through its Quartz job when scheduled, else on the caller's thread; neither while
     * another crawl of the source is running.
     */
    public RunNow runNow(String sourceId) {
        if (crawler.crawling(sourceId)) {
            return RunNow.BUSY;
        }
        JobKey key = JobKey.jobKey(sourceId, CrawlSchedule.GROUP);
        try {
            if (scheduler.isStarted() && scheduler.checkExists(key)) {
                scheduler.triggerJob(key);
                return RunNow.STARTED;
            }
        } catch (SchedulerException e) {
            // fall through to a direct run
        }
        return crawler.crawl(sourceId).map(r -> r.busy() ? RunNow.BUSY : RunNow.STARTED).orElse(RunNow.UNKNOWN);
    }

    /**
     * Starts one crawl of every enabled source in the background, unless such a run is going on already;
     * returns its progress.
     */
    public RunAllProgress runAll() {
        return all.begin();
    }

    /** How far the latest "run all now" has come. */
    public RunAllProgress runAllProgress() {
        return all.progress();
    }
}
