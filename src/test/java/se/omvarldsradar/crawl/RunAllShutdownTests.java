package se.omvarldsradar.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.OmvarldsradarApplication;
import se.omvarldsradar.support.TestFeeds;

/** Shutting down during "run all now": the request in flight is finished, stored and indexed; no further source starts. */
class RunAllShutdownTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final Path DIR = TestFeeds.tempDir("radar-run-all-stop");

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    @Test
    void aShutdownLetsTheCrawlInFlightStoreItsItemsAndStartsNoOther() throws Exception {
        SITE.start();
        SITE.stubFor(get(urlEqualTo("/slow.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withFixedDelay(1500).withBody(TestFeeds.rss(TestFeeds.item("slow-1", "Hamn", "Om hamnen")))));
        SITE.stubFor(get(urlEqualTo("/next.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(TestFeeds.item("next-1", "Järnväg", "Om spåren")))));
        StringBuilder sources = new StringBuilder();
        for (String id : new String[] {"slow", "next"}) { // one host: one lane, the slow source first
            sources.append("  - {id: %s, name: %s, kind: news, type: feed, url: '%s/%s.xml', every: 6h}\n"
                    .formatted(id, id, SITE.baseUrl(), id));
        }
        Path feeds = TestFeeds.write(DIR, sources.toString(), "  - name: Ingen\n    contacts: []\n");
        String db = "jdbc:h2:file:" + DIR.resolve("data/radar");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(OmvarldsradarApplication.class)
                .web(WebApplicationType.NONE)
                .run("--radar.config=" + feeds, "--radar.index.path=" + DIR.resolve("index"),
                        "--spring.datasource.url=" + db, "--spring.quartz.auto-startup=false",
                        "--radar.fetch.allow-hosts=localhost,127.0.0.1", "--radar.fetch.min-host-delay=10ms",
                        "--spring.jmx.enabled=false", "--logging.level.root=WARN");
        app.getBean(CrawlControl.class).runAll();
        await().atMost(Duration.ofSeconds(30)).until(() -> !SITE.findAll(getRequestedFor(urlEqualTo("/slow.xml"))).isEmpty());
        app.close();

        SITE.verify(0, getRequestedFor(urlEqualTo("/next.xml")));
        try (Connection c = DriverManager.getConnection(db, "sa", "");
                ResultSet rs = c.createStatement().executeQuery("select title from item")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Hamn");
            assertThat(rs.next()).isFalse();
        }
        try (var index = DirectoryReader.open(FSDirectory.open(DIR.resolve("index")))) {
            assertThat(index.numDocs()).as("indexed before the index closed").isEqualTo(1);
        }
    }
}
