package se.omvarldsradar.search.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.OmvarldsradarApplication;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchQuery;
import se.omvarldsradar.support.TestFeeds;

/**
 * Stopping commits the index, and starting checks it against the database: a normal restart keeps it, an
 * unreadable index or one ahead of a restored database is rebuilt.
 */
class IndexStartupCheckTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    @Test
    void restartsKeepAGoodIndexAndRebuildOneThatDisagreesWithTheDatabase() throws Exception {
        if (!SITE.isRunning()) {
            SITE.start();
        }
        SITE.stubFor(get(urlEqualTo("/start.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(TestFeeds.item("s-1", "Ett", "a"), TestFeeds.item("s-2", "Två", "b"),
                        TestFeeds.item("s-3", "Tre", "c")))));
        Path dir = Files.createTempDirectory("radar-restart");
        Path feeds = TestFeeds.write(dir, """
                  - id: start
                    name: Start
                    kind: news
                    type: feed
                    url: %s/start.xml
                    every: 6h
                """.formatted(SITE.baseUrl()), "  - name: Ingen\n    contacts: []\n");

        try (var first = start(dir, feeds)) {
            first.getBean(Crawler.class).crawlAll(r -> { });
            first.getBean(ItemSearch.class).refresh();
            assertThat(first.getBean(ItemSearch.class).size()).isEqualTo(3);
        }
        try (var normal = start(dir, feeds)) {
            assertThat(normal.getBean(IndexStartupCheck.class).rebuiltBecause()).isEmpty();
            assertThat(normal.getBean(ItemSearch.class).size()).as("committed when the first one stopped").isEqualTo(3);
        }

        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (var corrupt = start(dir, feeds)) {
            assertThat(corrupt.getBean(IndexStartupCheck.class).rebuiltBecause()).hasValueSatisfying(
                    r -> assertThat(r).contains("could not be read"));
            assertThat(corrupt.getBean(ItemSearch.class).size()).isEqualTo(3);
            // A database restored from a backup taken before the last item was stored.
            corrupt.getBean(JdbcClient.class).sql("delete from item where seq = (select max(seq) from item)").update();
        }
        try (var restored = start(dir, feeds)) {
            assertThat(restored.getBean(IndexStartupCheck.class).rebuiltBecause()).hasValueSatisfying(
                    r -> assertThat(r).contains("restored from a backup"));
            assertThat(restored.getBean(ItemSearch.class).size()).isEqualTo(2);
        }
    }

    @Test
    void theNightlyMaintenanceMergesTheSegmentsOfSeveralCrawls() throws Exception {
        if (!SITE.isRunning()) {
            SITE.start();
        }
        for (String feed : List.of("a", "b", "c")) {
            SITE.stubFor(get(urlEqualTo("/" + feed + ".xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                    .withBody(TestFeeds.rss(TestFeeds.item(feed + "-1", "Hamn " + feed, "Gods i hamnen"),
                            TestFeeds.item(feed + "-2", "Järnväg " + feed, "Gods på järnväg")))));
        }
        Path dir = Files.createTempDirectory("radar-merge");
        StringBuilder sources = new StringBuilder();
        for (String feed : List.of("a", "b", "c")) {
            sources.append(TestFeeds.feedSource(feed, SITE.baseUrl() + "/" + feed + ".xml", "every: 6h"));
        }
        Path feeds = TestFeeds.write(dir, sources.toString(), "  - name: Ingen\n    contacts: []\n");
        try (var app = new SpringApplicationBuilder(OmvarldsradarApplication.class).web(WebApplicationType.NONE)
                .run(args(dir, feeds, "merge"))) {
            ItemSearch search = app.getBean(ItemSearch.class);
            for (String feed : List.of("a", "b", "c")) { // each crawl's items made visible: a segment each
                app.getBean(Crawler.class).crawl(feed);
                search.refresh();
            }
            LuceneIndex index = app.getBean(LuceneIndex.class);
            assertThat(index.segments()).isGreaterThanOrEqualTo(3);

            assertThat(app.getBean(ScheduledTaskHolder.class).getScheduledTasks()).as("every night at 03:30")
                    .anySatisfy(t -> assertThat(t.getTask()).isInstanceOfSatisfying(CronTask.class,
                            c -> assertThat(c.getExpression()).isEqualTo("0 30 3 * * *")));
            assertThat(app.getBean(Indexer.class).merge()).isEqualTo(1);
            assertThat(index.segments()).isEqualTo(1);
            assertThat(search.search(SearchQuery.of("gods")).total()).isEqualTo(6);
            assertThat(search.search(SearchQuery.of("järnväg")).total()).isEqualTo(3);
        }
    }

    private static ConfigurableApplicationContext start(Path dir, Path feeds) {
        return new SpringApplicationBuilder(OmvarldsradarApplication.class).web(WebApplicationType.NONE)
                .run(args(dir, feeds, "restart"));
    }

    private static String[] args(Path dir, Path feeds, String db) {
        return new String[] {"--spring.datasource.url=jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1", "--radar.config=" + feeds,
                        "--radar.index.path=" + dir.resolve("index"), "--radar.digest.outbox-dir=" + dir.resolve("outbox"),
                        "--radar.fetch.allow-hosts=localhost,127.0.0.1", "--radar.fetch.min-host-delay=10ms",
                        "--spring.quartz.auto-startup=false", "--spring.jmx.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off"};
    }
}
