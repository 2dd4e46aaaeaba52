import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.OmvarldsradarApplication;
import se.omvarldsradar.crawl.Crawler;

/**
 * Crawl-cycle benchmark: SOURCES feeds spread over HOSTS loopback addresses (127.0.0.1 … 127.0.0.HOSTS),
 * every answer delayed LATENCY ms, per-host delay DELAY ms. Prints cycle time against the politeness bound
 * (busiest host's requests × delay) and the heap after a full GC following each cycle.
 */
public class CrawlBench {
    public static void main(String[] args) throws Exception {
        int sources = Integer.getInteger("sources", 500);
        int hosts = Integer.getInteger("hosts", 50);
        int latency = Integer.getInteger("latency", 100);
        int delayMs = Integer.getInteger("delay", 1000);
        int cycles = Integer.getInteger("cycles", 10);

        WireMockServer site = new WireMockServer(WireMockConfiguration.options().port(0).bindAddress("0.0.0.0")
                .containerThreads(200).jettyAcceptors(4).disableRequestJournal());
        site.start();
        site.stubFor(get(urlPathMatching("/robots.txt")).willReturn(aResponse().withStatus(404).withFixedDelay(latency)));
        for (int i = 0; i < sources; i++) {
            site.stubFor(get(urlPathMatching("/feed/" + i + ".xml")).willReturn(aResponse().withFixedDelay(latency)
                    .withHeader("Content-Type", "application/rss+xml").withBody(rss(i))));
        }
        int port = site.port();

        Path dir = Files.createTempDirectory("crawl-bench");
        StringBuilder yaml = new StringBuilder("sources:\n");
        List<String> allow = new ArrayList<>();
        for (int h = 1; h <= hosts; h++) {
            allow.add("127.0.0." + h);
        }
        for (int i = 0; i < sources; i++) {
            int h = 1 + i % hosts;
            yaml.append("  - id: s").append(i).append("\n    name: Source ").append(i)
                    .append("\n    kind: news\n    type: feed\n    url: http://127.0.0.").append(h).append(':').append(port)
                    .append("/feed/").append(i).append(".xml\n    every: 6h\n");
        }
        Path feeds = dir.resolve("feeds.yml");
        Files.writeString(feeds, yaml);

        var context = new SpringApplicationBuilder(OmvarldsradarApplication.class).web(WebApplicationType.NONE)
                .run("--radar.config=" + feeds, "--radar.index.path=" + dir.resolve("index"),
                        "--radar.fetch.allow-hosts=" + String.join(",", allow), "--radar.fetch.min-host-delay=" + delayMs + "ms",
                        "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--spring.quartz.auto-startup=false",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        Crawler crawler = context.getBean(Crawler.class);
        int perHost = (sources + hosts - 1) / hosts;
        // Per host: robots.txt once, then each feed; the delay applies between consecutive requests to a host.
        double bound = perHost * (delayMs / 1000.0);
        System.out.printf("sources=%d hosts=%d latency=%dms delay=%dms cores=%d%n", sources, hosts, latency, delayMs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("politeness bound (busiest host %d requests x %.1f s) = %.1f s%n", perHost, delayMs / 1000.0, bound);
        for (int c = 1; c <= cycles; c++) {
            long start = System.nanoTime();
            var reports = crawler.crawlAll(r -> { });
            double secs = (System.nanoTime() - start) / 1e9;
            long failed = reports.stream().filter(r -> !r.ok()).count();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.printf("cycle %2d: %6.2f s  (%.2f x bound)  failed=%d  heap after GC=%d MiB%n", c, secs, secs / bound,
                    failed, heap);
        }
        context.close();
        site.stop();
    }

    static String rss(int source) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench</title>"
                + "<link>http://example.org/</link><description>b</description>");
        for (int i = 0; i < 20; i++) {
            sb.append("<item><title>Utlysning ").append(i).append(" om hamnar och logistik</title><link>http://example.org/")
                    .append(source).append("/item/").append(i).append("</link><description>Stöd till intermodala transporter och godsflöden i regionen.</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }
}
