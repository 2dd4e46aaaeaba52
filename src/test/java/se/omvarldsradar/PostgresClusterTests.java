package se.omvarldsradar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import se.omvarldsradar.support.PostgresServer;
import se.omvarldsradar.support.TestFeeds;

/**
 * The {@code postgres} profile against a real PostgreSQL: the Flyway migrations apply, and two instances sharing
 * the database through Quartz's clustered job store crawl each source exactly once per trigger.
 */
class PostgresClusterTests {
    static final int SLOT_SECONDS = 3;
    static final List<String> SOURCES = List.of("pg-a", "pg-b", "pg-c");
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static PostgresServer postgres;
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresServer.start();
        SITE.start();
        SITE.stubFor(get(urlPathMatching("/pg-.*\\.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(TestFeeds.item("pg-1", "Hamnlogistik", "Intermodala transporter.")))));
        dir = Files.createTempDirectory("radar-pg-nodes");
    }

    @AfterAll
    static void stop() throws Exception {
        SITE.stop();
        if (postgres != null) {
            postgres.close();
        }
        if (dir != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Test
    void twoInstancesSharingPostgresCrawlEachSourceOncePerTrigger() throws Exception {
        StringBuilder sources = new StringBuilder();
        for (String id : SOURCES) {
            sources.append(TestFeeds.feedSource(id, SITE.baseUrl() + "/" + id + ".xml",
                    "cron: \"0/" + SLOT_SECONDS + " * * * * ?\""));
        }
        Path feeds = TestFeeds.write(dir, sources.toString(), "  - name: Ingen\n    contacts: []\n");
        try (ConfigurableApplicationContext a = node("a", feeds); ConfigurableApplicationContext b = node("b", feeds)) {
            Scheduler schedulerB = b.getBean(Scheduler.class);
            assertThat(schedulerB.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(schedulerB.getMetaData().getJobStoreClass().getSimpleName()).isEqualTo("LocalDataSourceJobStore");
            Scheduler schedulerA = a.getBean(Scheduler.class);
            SITE.resetRequests();
            // Until every source has been crawled at three triggers or more, then no new triggers, and the crawls
            // already running finish their requests.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(SLOT_SECONDS * 20L))
                    .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                        var slots = bySourceAndSlot(crawls());
                        return slots.keySet().containsAll(SOURCES) && slots.values().stream().allMatch(m -> m.size() >= 3);
                    });
            schedulerA.standby();
            schedulerB.standby();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                    schedulerA.getCurrentlyExecutingJobs().isEmpty() && schedulerB.getCurrentlyExecutingJobs().isEmpty());

            List<LoggedRequest> crawls = crawls();
            Map<String, Map<Long, List<String>>> bySourceAndSlot = bySourceAndSlot(crawls);
            assertThat(bySourceAndSlot).containsOnlyKeys(SOURCES);
            bySourceAndSlot.forEach((source, slots) -> {
                assertThat(slots.size()).as("triggers of %s seen", source).isGreaterThanOrEqualTo(3);
                slots.forEach((slot, nodes) -> assertThat(nodes).as("%s at trigger %d", source, slot).hasSize(1));
            });
            Map<String, Long> perNode = crawls.stream().collect(Collectors.groupingBy(r -> r.getHeader("User-Agent"),
                    Collectors.counting()));
            System.out.println("Crawls per node over " + bySourceAndSlot.values().iterator().next().size()
                    + " triggers of " + SOURCES.size() + " sources: " + perNode);

            JdbcClient db = a.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from item").query(Long.class).single()).isEqualTo(1L);
            assertThat(db.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(4L);
        }
    }

    private static List<LoggedRequest> crawls() {
        return SITE.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathMatching("/pg-.*\\.xml")));
    }

    /** Which node (User-Agent) fetched each source at each trigger (a SLOT_SECONDS slot of the clock). */
    private static Map<String, Map<Long, List<String>>> bySourceAndSlot(List<LoggedRequest> crawls) {
        Map<String, Map<Long, List<String>>> bySourceAndSlot = new TreeMap<>();
        for (LoggedRequest r : crawls) {
            String source = r.getUrl().substring(1, r.getUrl().indexOf(".xml"));
            long slot = r.getLoggedDate().getTime() / (SLOT_SECONDS * 1000L);
            bySourceAndSlot.computeIfAbsent(source, s -> new TreeMap<>())
                    .computeIfAbsent(slot, s -> new java.util.ArrayList<>()).add(r.getHeader("User-Agent"));
        }
        return bySourceAndSlot;
    }

    private ConfigurableApplicationContext node(String name, Path feeds) {
        return new SpringApplicationBuilder(OmvarldsradarApplication.class).web(WebApplicationType.NONE)
                .profiles("postgres")
                .run("--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=",
                        "--spring.quartz.properties.org.quartz.scheduler.instanceId=node-" + name,
                        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000",
                        "--radar.config=" + feeds, "--radar.index.path=" + dir.resolve("index-" + name),
                        "--radar.digest.outbox-dir=" + dir.resolve("outbox-" + name),
                        "--radar.fetch.allow-hosts=localhost,127.0.0.1", "--radar.fetch.min-host-delay=10ms",
                        "--radar.fetch.user-agent=Omvarldsradar-node-" + name + "/test (+http://localhost/)",
                        "--spring.jmx.enabled=false", "--logging.level.root=WARN");
    }
}
