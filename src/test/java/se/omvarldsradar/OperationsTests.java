package se.omvarldsradar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchQuery;
import se.omvarldsradar.support.TestFeeds;

/**
 * What the operators rely on: health UP with embedded defaults and its parts, Prometheus metrics from the
 * modules that own the events, and feeds.yml reloaded without a restart, a bad file keeping the old one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final Path DIR;
    static final String DEPARTMENTS = """
              - name: Näringsliv
                contacts:
                  - name: Logistik
                    email: logistik@example.org
                    sectors: [logistics]
                    frequency: %s
            """;

    static {
        SITE.start();
        try {
            DIR = Files.createTempDirectory("radar-ops");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        SITE.stubFor(get(urlEqualTo("/ops.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(TestFeeds.item("o-1", "Hamnlogistik i Gävle", "Intermodala transporter."),
                        TestFeeds.item("o-2", "Besöksnäring", "Turism och möten.")))));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, sources("ops-feed"), DEPARTMENTS.formatted("weekly mon 07:00"));
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("radar.digest.outbox-dir", () -> DIR.resolve("outbox").toString());
        registry.add("radar.fetch.allow-hosts", () -> "localhost,127.0.0.1");
        registry.add("radar.fetch.min-host-delay", () -> "10ms");
        registry.add("radar.crawl.startup-spread", () -> "24h"); // no scheduled crawl during the test
        registry.add("radar.config-check-every", () -> "200ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:ops;DB_CLOSE_DELAY=-1");
    }

    static String sources(String... ids) {
        StringBuilder yaml = new StringBuilder();
        for (String id : ids) {
            yaml.append("""
                      - id: %s
                        name: Källa %s
                        kind: news
                        type: feed
                        url: %s/ops.xml
                        every: 6h
                    """.formatted(id, id, SITE.baseUrl()));
        }
        return yaml.toString();
    }

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    @LocalServerPort
    int port;

    RestClient web() {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(h -> h.setBasicAuth("admin", "secret"))
                .build();
    }

    final Crawler crawler;
    final ItemSearch search;
    final CurrentConfig config;
    final Scheduler scheduler;

    @Autowired
    OperationsTests(Crawler crawler, ItemSearch search, CurrentConfig config, Scheduler scheduler) {
        this.crawler = crawler;
        this.search = search;
        this.config = config;
        this.scheduler = scheduler;
    }

    @Test
    @Order(1)
    void healthIsUpWithDatabaseIndexAndSourcesAndNoMailWithoutSmtp() {
        String health = web().get().uri("/actuator/health").retrieve().body(String.class);
        assertThat(health).endsWith("\"status\":\"UP\"}").contains("\"db\":").contains("\"index\":")
                .contains("\"sources\":").doesNotContain("\"mail\":");
        assertThat(health).contains("\"writable\":true").contains("\"never\":1");
    }

    @Test
    @Order(2)
    void prometheusShowsCrawlSearchDigestAndIndexMetrics() {
        crawler.crawlAll(r -> { });
        search.refresh();
        search.search(new SearchQuery("hamnlogistik", java.util.Map.of(), "relevance", 0, 10));
        String metrics = web().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics)
                .contains("radar_crawl_items_fetched_total{application=\"omvarldsradar\",source=\"ops-feed\"} 2.0")
                .contains("radar_crawl_items_new_total{application=\"omvarldsradar\",source=\"ops-feed\"} 2.0")
                .contains("radar_crawl_items_updated_total{")
                .contains("radar_search_latency_seconds_bucket{")
                .contains("radar_digests_sent_total")
                .contains("radar_index_documents{application=\"omvarldsradar\"} 2.0")
                .contains("radar_index_size_bytes{");
        String health = web().get().uri("/actuator/health").retrieve().body(String.class);
        assertThat(health).contains("\"documents\":2").contains("\"items\":2").contains("\"ok\":1");
    }

    @Test
    @Order(3)
    void aGoodChangeIsAppliedAndTheSchedulesFollow() throws Exception {
        TestFeeds.write(DIR, sources("ops-feed", "ops-second"), DEPARTMENTS.formatted("daily 06:30"));
        String answer = se.omvarldsradar.support.Http.post("http://localhost:" + port + "/admin/reload", "", "application/json").body();
        assertThat(answer).contains("\"ok\":true");
        assertThat(config.get().source("ops-second")).isPresent();
        assertThat(jobs("crawl")).containsExactlyInAnyOrder("ops-feed", "ops-second");
        assertThat(jobs("digest")).singleElement().asString().startsWith("0_30_6_");
    }

    @Test
    @Order(3)
    void anErrorPageForAClientWithoutCookiesIsStyledAndCarriesNoSessionId() {
        String page = web().get().uri("/items/nosuch").accept(org.springframework.http.MediaType.TEXT_HTML)
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(404);
                    return new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                });
        assertThat(page).contains("Sidan finns inte", "href=\"/css/radar.css\"").doesNotContain("jsessionid");
    }

    @Test
    @Order(4)
    void aBadChangeKeepsTheOldConfigurationAndShowsTheProblemsWithLines() {
        Path feeds = TestFeeds.write(DIR, sources("ops-feed") + "    every: often\n", DEPARTMENTS.formatted("daily 06:30"));
        String answer = se.omvarldsradar.support.Http.post("http://localhost:" + port + "/admin/reload", "", "application/json").body();
        assertThat(answer).contains("\"ok\":false").contains(feeds + ":");
        assertThat(config.get().source("ops-second")).as("the last good configuration stays").isPresent();
        assertThat(config.status().problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        String page = web().get().uri("/admin/config").retrieve().body(String.class);
        assertThat(page).contains(config.status().problems().getFirst().message().replace("'", "&#39;"))
                .contains(":" + config.status().problems().getFirst().line());
        // Every office page says so, with a way to the errors, not only the configuration page.
        assertThat(web().get().uri("/admin/sources").retrieve().body(String.class))
                .contains("feeds.yml har " + config.status().problems().size() + " fel: ändringen gäller inte",
                        "href=\"/admin/config\">Visa felen");
    }

    @Test
    @Order(5)
    void anEditedFileIsPickedUpWithoutAReload() throws Exception {
        TestFeeds.write(DIR, sources("ops-feed", "ops-third"), DEPARTMENTS.formatted("daily 06:30"));
        // The schedule adds the new source's job before it drops the removed one's: wait for both.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobs("crawl").equals(Set.of("ops-feed", "ops-third")));
        assertThat(config.get().source("ops-third")).isPresent();
        assertThat(config.status().ok()).isTrue();
        assertThat(web().get().uri("/admin/sources").retrieve().body(String.class)).doesNotContain("Visa felen");
    }

    private Set<String> jobs(String group) throws Exception {
        return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group)).stream().map(JobKey::getName)
                .collect(Collectors.toSet());
    }
}
