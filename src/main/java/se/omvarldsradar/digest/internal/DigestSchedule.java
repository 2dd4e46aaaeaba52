package se.omvarldsradar.digest.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.ConfigReloaded;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.digest.Digests;

/**
 * One Quartz job per distinct recipient frequency (Stockholm time), kept in step with feeds.yml, the
 * preferences and the alerts; and the delivery loop of the outbox (retries, abandoned claims).
 */
@Component
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true", matchIfMissing = true)
class DigestSchedule {
    static final String GROUP = "digest";
    private final Scheduler scheduler;
    private final DigestRuns runs;
    private final Digests digests;

    DigestSchedule(Scheduler scheduler, DigestRuns runs, Digests digests) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.digests = digests;
    }

    /** At start, after each reload of feeds.yml, and when a contact's preferences or alerts change. */
    @EventListener({ApplicationReadyEvent.class, ConfigReloaded.class, RecipientsChanged.class})
    synchronized void sync() throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        for (String cron : runs.crons()) {
            JobKey key = JobKey.jobKey(cron.replace(' ', '_').replace('?', 'q').replace('*', 'x'), GROUP);
            wanted.add(key);
            if (scheduler.checkExists(key)) {
                continue;
            }
            var job = JobBuilder.newJob(DigestJob.class).withIdentity(key).usingJobData("cron", cron).storeDurably().build();
            var trigger = TriggerBuilder.newTrigger().withIdentity(key.getName(), GROUP)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("Europe/Stockholm"))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(key)) {
                scheduler.deleteJob(key);
            }
        }
    }

    @Scheduled(fixedDelayString = "${radar.digest.retry-every:60s}", initialDelayString = "${radar.digest.retry-every:60s}")
    void retry() {
        digests.deliverDue();
    }
}
