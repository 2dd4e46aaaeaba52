package se.omvarldsradar.crawl.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import se.omvarldsradar.crawl.Crawler;

/** Crawls one source; thin by design. The source id is the job's name. */
@DisallowConcurrentExecution
public class CrawlJob implements Job {
    private final Crawler crawler;

    public CrawlJob(Crawler crawler) {
        this.crawler = crawler;
    }

    @Override
    public void execute(JobExecutionContext context) {
        crawler.crawlScheduled(context.getJobDetail().getKey().getName());
    }
}
