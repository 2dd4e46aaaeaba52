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

    /**
     * Crawls the source now: through its Quartz job when scheduled (so it never runs twice at once), else on a
     * background thread. Returns false for an unknown source.
     */
    public boolean runNow(String sourceId) {
        JobKey key = JobKey.jobKey(sourceId, CrawlSchedule.GROUP);
        try {
            if (scheduler.isStarted() && scheduler.checkExists(key)) {
                scheduler.triggerJob(key);
                return true;
            }
        } catch (SchedulerException e) {
            // fall through to a direct run
        }
        if (crawler.crawl(sourceId).isEmpty()) {
            return false;
        }
        return true;
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
