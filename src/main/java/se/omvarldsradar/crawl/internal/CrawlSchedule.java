package se.omvarldsradar.crawl.internal;

import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;

/**
 * Keeps one Quartz job per enabled source in the JDBC job store, in step with feeds.yml: adds new sources,
 * reschedules changed ones, removes dropped ones. First runs are spread with jitter so that a start-up
 * does not hit every source at once.
 */
@Component
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true", matchIfMissing = true)
class CrawlSchedule {
    static final String GROUP = "crawl";
    private static final Logger log = LoggerFactory.getLogger(CrawlSchedule.class);

    private final Scheduler scheduler;
    private final CurrentConfig config;

    CrawlSchedule(Scheduler scheduler, CurrentConfig config) {
        this.scheduler = scheduler;
        this.config = config;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sync() throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        for (SourceDefinition source : config.get().enabledSources()) {
            JobKey key = JobKey.jobKey(source.id(), GROUP);
            wanted.add(key);
            String schedule = source.schedule().toString();
            Trigger existing = scheduler.getTrigger(TriggerKey.triggerKey(source.id(), GROUP));
            if (existing != null && schedule.equals(existing.getDescription())) {
                continue;
            }
            JobDetail job = JobBuilder.newJob(CrawlJob.class).withIdentity(key).storeDurably()
                    .withDescription("crawl " + source.name()).build();
            scheduler.scheduleJob(job, Set.of(trigger(source, schedule)), true);
            log.info("Scheduled crawl of {} ({})", source.id(), schedule);
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(key)) {
                scheduler.deleteJob(key);
                log.info("Unscheduled crawl of {}", key.getName());
            }
        }
    }

    private static Trigger trigger(SourceDefinition source, String description) {
        var builder = TriggerBuilder.newTrigger().withIdentity(source.id(), GROUP).withDescription(description);
        if (source.schedule().isCron()) {
            return builder.withSchedule(CronScheduleBuilder.cronSchedule(source.schedule().cron())
                    .withMisfireHandlingInstructionFireAndProceed()).build();
        }
        Duration every = source.schedule().every();
        long jitterMs = ThreadLocalRandom.current().nextLong(Math.max(1, Math.min(every.toMillis(), 300_000)));
        return builder.startAt(new Date(System.currentTimeMillis() + jitterMs))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
