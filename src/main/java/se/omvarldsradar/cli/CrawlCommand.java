package se.omvarldsradar.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.crawl.CrawlReport;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.search.ItemSearch;

/**
 * {@code crawl --once}: every enabled source once. One line per source as it finishes (with a progress bar
 * on an interactive terminal), then a per-source table. Exit 0 even when sources fail: their failures are
 * recorded in their health; one broken source never stops the others.
 */
@Command(name = "crawl", description = "Fetch every enabled source once, store and index, and exit.")
class CrawlCommand implements Callable<Integer> {
    private final Crawler crawler;
    private final ItemSearch search;
    private final CurrentConfig config;

    @Option(names = "--once", description = "Crawl each enabled source once (the only mode from the command line).")
    boolean once;

    CrawlCommand(Crawler crawler, ItemSearch search, CurrentConfig config) {
        this.crawler = crawler;
        this.search = search;
        this.config = config;
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Console console = System.console();
        int total = config.get().enabledSources().size();
        AtomicInteger done = new AtomicInteger();
        List<CrawlReport> reports = crawler.crawlAll(r -> {
            int n = done.incrementAndGet();
            if (console != null) {
                out.print("\r\033[K");
            }
            out.println(r.line());
            if (console != null) {
                out.print(bar(n, total));
                out.flush();
            }
        });
        if (console != null) {
            out.print("\r\033[K");
        }
        search.refresh();
        out.println();
        out.print(table(reports));
        long failed = reports.stream().filter(CrawlReport::failed).count();
        out.printf("%s crawled, %d failed, %d new, %d updated%n", Counted.of(reports.size(), "source", "sources"), failed,
                reports.stream().mapToInt(CrawlReport::added).sum(), reports.stream().mapToInt(CrawlReport::updated).sum());
        return 0;
    }

    static String bar(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total;
    }

    static String table(List<CrawlReport> reports) {
        StringBuilder sb = new StringBuilder(String.format("%-28s %-9s %5s %6s %5s %8s %8s  %s%n", "SOURCE", "STATUS", "HTTP",
                "FOUND", "NEW", "UPDATED", "MS", "ERROR"));
        for (CrawlReport r : reports) {
            sb.append(String.format("%-28s %-9s %5s %6d %5d %8d %8d  %s%n", r.sourceId(), r.status(),
                    r.httpStatus() == 0 ? "-" : Integer.toString(r.httpStatus()), r.found(), r.added(), r.updated(),
                    r.duration().toMillis(), r.error() == null ? "" : r.error()));
        }
        return sb.toString();
    }
}
