package se.omvarldsradar.crawl.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
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

import se.omvarldsradar.config.ConfigReloaded;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.crawl.CrawlSettings;
import se.omvarldsradar.item.SourceStates;

/**
 * Keeps one Quartz job per enabled source in the JDBC job store, in step with feeds.yml: adds new sources,
 * reschedules changed ones, removes dropped ones. An interval source's next run follows its last attempt;
 * sources overdue after downtime run once each, spread over a window, not all at once.
 */
@Component
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true", matchIfMissing = true)
public class CrawlSchedule {
    public static final String GROUP = "crawl";
    private static final Logger log = LoggerFactory.getLogger(CrawlSchedule.class);

    private final Scheduler scheduler;
    private final CurrentConfig config;
    private final SourceStates states;
    private final CrawlSettings settings;
    private final Clock clock;

    CrawlSchedule(Scheduler scheduler, CurrentConfig config, SourceStates states, CrawlSettings settings,
            Optional<Clock> clock) {
        this.scheduler = scheduler;
        this.config = config;
        this.states = states;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** At start, and after each reload of feeds.yml that changed it. */
    @EventListener({ApplicationReadyEvent.class, ConfigReloaded.class})
    public synchronized void sync() throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        for (SourceDefinition source : config.get().enabledSources()) {
            JobKey key = JobKey.jobKey(source.id(), GROUP);
            wanted.add(key);
            String schedule = source.schedule().toString();
            Trigger existing = scheduler.getTrigger(TriggerKey.triggerKey(source.id(), GROUP));
            if (existing != null && schedule.equals(existing.getDescription()) && existing.getNextFireTime() != null) {
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

    private Trigger trigger(SourceDefinition source, String description) {
        var builder = TriggerBuilder.newTrigger().withIdentity(source.id(), GROUP).withDescription(description);
        Instant first = firstRun(source);
        if (source.schedule().isCron()) {
            return builder.startAt(Date.from(first)).withSchedule(CronScheduleBuilder.cronSchedule(source.schedule().cron())
                    .withMisfireHandlingInstructionDoNothing()).build();
        }
        return builder.startAt(Date.from(first))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(source.schedule().every().toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** Due or overdue: soon, at a random point of the spread window; else one interval after the last attempt. */
    Instant firstRun(SourceDefinition source) {
        Instant now = clock.instant();
        Instant last = states.get(source.id()).lastAttempt();
        Duration spread = settings.startupSpread();
        Instant soon = now.plusMillis(1000 + ThreadLocalRandom.current().nextLong(Math.max(1, spread.toMillis())));
        if (last == null || source.schedule().isCron()) {
            return source.schedule().isCron() ? now : soon;
        }
        Instant due = last.plus(source.schedule().every());
        return due.isAfter(soon) ? due : soon;
    }
}
