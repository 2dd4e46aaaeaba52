package se.omvarldsradar.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.item.SourceHealth;
import se.omvarldsradar.item.SourceStates;
import se.omvarldsradar.support.TestFeeds;

/**
 * A crawl cycle over good and misbehaving sources on one server: every bad source ends with health saying
 * what happened, and the good ones are unaffected.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(false));
    static final Path DIR;

    static {
        SITE.start();
        try {
            DIR = Files.createTempDirectory("radar-crawl");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        StringBuilder sources = new StringBuilder();
        for (String id : List.of("good", "reset", "gone", "broken-server", "busy", "html-page", "discovering", "empty",
                "xxe", "to-private", "conditional", "changing")) {
            sources.append("""
                      - id: %s
                        name: Source %s
                        kind: news
                        type: feed
                        url: %s/%s.xml
                        every: 6h
                    """.formatted(id, id, SITE.baseUrl(), id));
        }
        Path feeds = TestFeeds.write(DIR, sources.toString(), "  - name: Ingen\n    contacts: []\n");
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("radar.fetch.allow-hosts", () -> "localhost,127.0.0.1");
        registry.add("radar.fetch.min-host-delay", () -> "5ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crawl;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    Map<String, CrawlReport> first;

    final Crawler crawler;
    final SourceStates states;
    final Items items;

    @Autowired
    CrawlerTests(Crawler crawler, SourceStates states, Items items) {
        this.crawler = crawler;
        this.states = states;
        this.items = items;
    }

    @BeforeAll
    void crawlOnce() {
        stub("/good.xml", TestFeeds.rss(TestFeeds.item("g-1", "Hamnar i Gävle", "Godstransport."),
                TestFeeds.item("g-2", "Besöksnäring", "Turism.")));
        SITE.stubFor(get(urlEqualTo("/reset.xml")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SITE.stubFor(get(urlEqualTo("/gone.xml")).willReturn(aResponse().withStatus(410)));
        SITE.stubFor(get(urlEqualTo("/broken-server.xml")).willReturn(aResponse().withStatus(500)));
        SITE.stubFor(get(urlEqualTo("/busy.xml")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        SITE.stubFor(get(urlEqualTo("/html-page.xml")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>Nyheter</title></head><body><p>Inga flöden här.</p></body></html>")));
        SITE.stubFor(get(urlEqualTo("/discovering.xml")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/real-feed.xml\"></head><body>x</body></html>")));
        stub("/real-feed.xml", TestFeeds.rss(TestFeeds.item("d-1", "Upptäckt flöde", "Via autodiscovery.")));
        stub("/empty.xml", TestFeeds.rss());
        stub("/xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        SITE.stubFor(get(urlEqualTo("/to-private.xml")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://10.0.0.1/feed.xml")));
        SITE.stubFor(get(urlEqualTo("/conditional.xml")).willReturn(aResponse().withHeader("ETag", "\"v1\"")
                .withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(TestFeeds.item("c-1", "Villkorad hämtning", "ETag.")))));
        stub("/changing.xml", TestFeeds.rss(TestFeeds.item("ch-1", "Utlysning som ändras", "Sista ansökningsdag: 15 mars 2027.")));
        first = crawler.crawlAll(r -> { }).stream().collect(Collectors.toMap(CrawlReport::sourceId, Function.identity()));
    }

    @AfterAll
    void stop() {
        SITE.stop();
    }

    @Test
    void goodSourcesAreUnaffectedByBrokenOnes() {
        assertThat(first.get("good").ok()).isTrue();
        assertThat(first.get("good").added()).isEqualTo(2);
        assertThat(states.get("good").error()).isNull();
    }

    @Test
    void everyBrokenSourceSaysWhatHappened() {
        assertThat(error("reset")).isNotBlank();
        assertThat(error("gone")).contains("410");
        assertThat(error("broken-server")).contains("500");
        assertThat(error("busy")).contains("503");
        assertThat(error("html-page")).containsIgnoringCase("html");
        assertThat(error("xxe")).isNotBlank();
        assertThat(error("to-private")).contains("10.0.0.1");
        assertThat(states.get("gone").errorCount()).isEqualTo(1);
    }

    @Test
    void anEmptyFeedIsNotAnError() {
        SourceHealth empty = states.get("empty");
        assertThat(empty.error()).isNull();
        assertThat(empty.itemsFound()).isZero();
    }

    @Test
    void aPageWithAFeedLinkIsReadThroughThatFeedAndSaysSo() {
        SourceHealth h = states.get("discovering");
        assertThat(h.error()).isNull();
        assertThat(h.itemsNew()).isEqualTo(1);
        assertThat(h.discoveredFeed()).endsWith("/real-feed.xml");
        assertThat(h.note()).contains("real-feed.xml");
    }

    @Test
    void aSecondCrawlIsConditionalAndChangesOnlyWhatChanged() {
        SITE.stubFor(get(urlEqualTo("/conditional.xml")).withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        stub("/changing.xml", TestFeeds.rss(TestFeeds.item("ch-1", "Utlysning som ändras", "Sista ansökningsdag: 5 april 2027.")));
        CrawlReport conditional = crawler.crawl("conditional").orElseThrow();
        assertThat(conditional.status()).isEqualTo("unchanged");
        SITE.verify(getRequestedFor(urlEqualTo("/conditional.xml")).withHeader("If-None-Match",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\"")));

        CrawlReport changed = crawler.crawl("changing").orElseThrow();
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.added()).isZero();
        Item item = items.changedSince(java.time.Instant.EPOCH).stream().filter(i -> i.title().equals("Utlysning som ändras"))
                .findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo("UPDATED");
        assertThat(items.changes(item.id())).anySatisfy(c -> {
            assertThat(c.oldValue()).contains("15 mars");
            assertThat(c.newValue()).contains("5 april");
        });

        CrawlReport again = crawler.crawl("good").orElseThrow();
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
    }

    private String error(String id) {
        assertThat(first.get(id).ok()).as(id + " should have failed").isFalse();
        return states.get(id).error();
    }

    private static void stub(String path, String body) {
        SITE.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(body)));
    }
}
