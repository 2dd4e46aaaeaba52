package se.omvarldsradar.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.item.SourceStates;
import se.omvarldsradar.support.TestFeeds;

/** Per-source Quartz jobs in the JDBC job store: scheduled from feeds.yml, run on their own, health recorded. */
@SpringBootTest
class SchedulingTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final Path DIR;

    static {
        SITE.start();
        try {
            DIR = Files.createTempDirectory("radar-schedule");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        SITE.stubFor(get(urlEqualTo("/a.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(TestFeeds.item("a-1", "Schemalagd hämtning", "Quartz.")))));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, """
                  - id: scheduled
                    name: Scheduled
                    kind: news
                    type: feed
                    url: %s/a.xml
                    every: 6h
                  - id: switched-off
                    name: Off
                    kind: news
                    type: feed
                    url: %s/off.xml
                    every: 1m
                    enabled: false
                """.formatted(SITE.baseUrl(), SITE.baseUrl()), "  - name: Ingen\n    contacts: []\n");
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("radar.fetch.allow-hosts", () -> "localhost,127.0.0.1");
        registry.add("radar.crawl.startup-spread", () -> "500ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:schedule;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "true");
    }

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    final Scheduler scheduler;
    final SourceStates states;
    final CrawlControl control;

    @Autowired
    SchedulingTests(Scheduler scheduler, SourceStates states, CrawlControl control) {
        this.scheduler = scheduler;
        this.states = states;
        this.control = control;
    }

    @Test
    void eachEnabledSourceHasAJobThatRunsOnItsOwn() throws Exception {
        assertThat(scheduler.getJobKeys(GroupMatcher.jobGroupEquals("crawl")))
                .containsExactly(JobKey.jobKey("scheduled", "crawl"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(states.get("scheduled").lastSuccess()).isNotNull());
        SITE.verify(1, getRequestedFor(urlEqualTo("/a.xml")));
        assertThat(control.nextRun("scheduled")).hasValueSatisfying(next ->
                assertThat(next).isAfter(java.time.Instant.now().plus(Duration.ofHours(5))));
        assertThat(control.nextRun("switched-off")).isEmpty();
    }
}
