package se.omvarldsradar.digest.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import se.omvarldsradar.digest.Digests;

/** Sends the digests of every contact with one frequency; the cron expression is in the job data. */
@DisallowConcurrentExecution
public class DigestJob implements Job {
    private final Digests digests;

    public DigestJob(Digests digests) {
        this.digests = digests;
    }

    @Override
    public void execute(JobExecutionContext context) {
        digests.runDue(context.getMergedJobDataMap().getString("cron"));
    }
}
