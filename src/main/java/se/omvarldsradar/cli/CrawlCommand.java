package se.omvarldsradar.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.omvarldsradar.crawl.CrawlReport;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.search.ItemSearch;

/** {@code crawl --once}: every enabled source once, one line per source; exit 0 even when sources fail. */
@Command(name = "crawl", description = "Fetch every enabled source once, store and index, and exit.")
class CrawlCommand implements Callable<Integer> {
    private final Crawler crawler;
    private final ItemSearch search;

    @Option(names = "--once", description = "Crawl each enabled source once (the only mode from the command line).")
    boolean once;

    CrawlCommand(Crawler crawler, ItemSearch search) {
        this.crawler = crawler;
        this.search = search;
    }

    @Override
    public Integer call() {
        var reports = crawler.crawlAll(r -> System.out.println(r.line()));
        search.refresh();
        long failed = reports.stream().filter(r -> !r.ok()).count();
        System.out.printf("%d sources crawled, %d failed, %d new, %d updated%n", reports.size(), failed,
                reports.stream().mapToInt(CrawlReport::added).sum(), reports.stream().mapToInt(CrawlReport::updated).sum());
        return 0;
    }
}
