package se.omvarldsradar.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.micrometer.core.instrument.MeterRegistry;
import se.omvarldsradar.item.SourceHealth;
import se.omvarldsradar.item.SourceStates;
import se.omvarldsradar.support.HeldResponses;
import se.omvarldsradar.support.TestFeeds;

/**
 * One source, one crawl at a time: a crawl that finds its source being crawled fetches nothing and says so,
 * without counting as a failure; the running crawl's result is what the source's health shows.
 */
@SpringBootTest
class OneCrawlPerSourceTests {
    static final HeldResponses HELD = new HeldResponses("/slow.xml");
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(HELD));
    static final Path DIR = TestFeeds.tempDir("radar-one-crawl");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SITE.start();
        String loopback = SITE.baseUrl().replace("localhost", "127.0.0.1");
        String sources = """
                  - {id: slow, name: Långsam, kind: news, type: feed, url: '%s/slow.xml', every: 6h}
                  - {id: other, name: Annan, kind: news, type: feed, url: '%s/other.xml', every: 6h}
                """.formatted(SITE.baseUrl(), loopback);
        Path feeds = TestFeeds.write(DIR, sources, "  - name: Ingen\n    contacts: []\n");
        TestFeeds.localCrawl(registry, DIR, feeds, "onecrawl", Duration.ofMillis(5));
    }

    @AfterAll
    static void stop() {
        HELD.release();
        SITE.stop();
    }

    final Crawler crawler;
    final SourceStates states;
    final MeterRegistry metrics;

    @Autowired
    OneCrawlPerSourceTests(Crawler crawler, SourceStates states, MeterRegistry metrics) {
        this.crawler = crawler;
        this.states = states;
        this.metrics = metrics;
    }

    @Test
    void aSecondCrawlOfASourceInFlightIsBusyFetchesNothingAndLeavesItsHealthToTheFirst() throws Exception {
        stub("/slow.xml", TestFeeds.rss(TestFeeds.item("s-1", "Hamn", "Om hamnen")));
        stub("/other.xml", TestFeeds.rss(TestFeeds.item("o-1", "Järnväg", "Om spåren")));
        // Released on the way out too, so a failing assertion does not leave the first crawl held.
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor(); AutoCloseable _ = HELD::release) {
            Future<CrawlReport> first = pool.submit(() -> crawler.crawl("slow").orElseThrow());
            HELD.awaitRequest();
            assertThat(crawler.crawling("slow")).isTrue();

            CrawlReport second = crawler.crawl("slow").orElseThrow();
            assertThat(second.status()).isEqualTo("busy");
            assertThat(second.busy()).isTrue();
            assertThat(second.failed()).isFalse();
            assertThat(second.error()).contains("already being crawled");
            assertThat(crawler.crawlScheduled("slow")).hasValueSatisfying(r -> assertThat(r.busy()).isTrue());
            assertThat(states.get("slow").lastAttempt()).as("the busy crawls record nothing").isNull();

            // Another source is crawled meanwhile, while the first crawl's response is still held.
            CrawlReport other = crawler.crawl("other").orElseThrow();
            assertThat(other.status()).isEqualTo("ok");
            assertThat(other.added()).isEqualTo(1);
            assertThat(first.isDone()).isFalse();

            HELD.release();
            CrawlReport result = first.get(30, TimeUnit.SECONDS);
            assertThat(result.status()).isEqualTo("ok");
            assertThat(result.added()).isEqualTo(1);
        }
        SITE.verify(1, getRequestedFor(urlEqualTo("/slow.xml")));
        SourceHealth health = states.get("slow");
        assertThat(health.error()).isNull();
        assertThat(health.errorCount()).isZero();
        assertThat(health.httpStatus()).isEqualTo(200);
        assertThat(health.itemsNew()).isEqualTo(1);
        assertThat(metrics.find("radar.crawl.errors").tag("source", "slow").counter()).isNull();
        assertThat(metrics.get("radar.crawl.duration").tag("source", "slow").timer().count()).isEqualTo(1);

        assertThat(crawler.crawling("slow")).isFalse();
        CrawlReport again = crawler.crawl("slow").orElseThrow();
        assertThat(again.busy()).isFalse();
        assertThat(again.ok()).isTrue();
        SITE.verify(2, getRequestedFor(urlEqualTo("/slow.xml")));
    }

    private static void stub(String path, String body) {
        SITE.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(body)));
    }
}
