package se.omvarldsradar.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.FlashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.crawl.CrawlReport;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.support.HeldResponses;
import se.omvarldsradar.support.TestFeeds;

/**
 * "Run now" and "run all now" while a source is being crawled already: neither fetches it again; the page says
 * it is being fetched, and "run all now" counts it as done, not failed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourcesBusyTests {
    static final HeldResponses HELD = new HeldResponses("/a.xml");
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(HELD));
    static final Path DIR = TestFeeds.tempDir("radar-sources-busy");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SITE.start();
        String loopback = SITE.baseUrl().replace("localhost", "127.0.0.1");
        String sources = """
                  - {id: a, name: Källa a, kind: news, type: feed, url: '%s/a.xml', every: 6h}
                  - {id: b, name: Källa b, kind: news, type: feed, url: '%s/b.xml', every: 6h}
                """.formatted(SITE.baseUrl(), loopback);
        Path feeds = TestFeeds.write(DIR, sources, "  - name: Ingen\n    contacts: []\n");
        TestFeeds.localCrawl(registry, DIR, feeds, "sourcesbusy", Duration.ofMillis(5));
    }

    @AfterAll
    static void stop() {
        HELD.release();
        SITE.stop();
    }

    final MockMvc mvc;
    final Crawler crawler;

    @Autowired
    SourcesBusyTests(MockMvc mvc, Crawler crawler) {
        this.mvc = mvc;
        this.crawler = crawler;
    }

    @Test
    void runNowAndRunAllLeaveASourceInFlightToItsCrawlAndSaySo() throws Exception {
        for (String id : new String[] {"a", "b"}) {
            SITE.stubFor(get(urlEqualTo("/" + id + ".xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                    .withBody(TestFeeds.rss(TestFeeds.item(id + "-1", "Hamn " + id, "Om hamnen")))));
        }
        // Released on the way out too, so a failing assertion does not leave the first crawl held.
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor(); AutoCloseable _ = HELD::release) {
            Future<CrawlReport> first = pool.submit(() -> crawler.crawl("a").orElseThrow());
            HELD.awaitRequest();

            FlashMap flash = mvc.perform(post("/admin/sources/a/run").with(csrf()).with(httpBasic("admin", "secret")))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/sources"))
                    .andExpect(flash().attribute("busy", "a")).andReturn().getFlashMap();
            assertThat(page("sv", flash)).contains("Källan a hämtas redan; resultatet syns när den hämtningen är klar.");
            assertThat(page("en", flash)).contains("Source a is already being fetched; its result shows when that fetch is done.");

            mvc.perform(post("/admin/sources/run").with(csrf()).with(httpBasic("admin", "secret")))
                    .andExpect(status().is3xxRedirection());
            String progress = awaitRunAllDone();
            assertThat(progress).contains("\"total\":2", "\"done\":2", "\"failed\":0", "\"newItems\":1");
            assertThat(page("sv", new FlashMap())).contains("2 källor hämtade, 0 med fel, 1 ny post");
            assertThat(first.isDone()).as("the first crawl was in flight throughout").isFalse();

            HELD.release();
            assertThat(first.get(30, TimeUnit.SECONDS).added()).isEqualTo(1);
        }
        SITE.verify(1, getRequestedFor(urlEqualTo("/a.xml")));
        SITE.verify(1, getRequestedFor(urlEqualTo("/b.xml")));
        mvc.perform(post("/admin/sources/nosuch/run").with(csrf()).with(httpBasic("admin", "secret")))
                .andExpect(status().isNotFound());
    }

    @Test
    void saysEachSourcesTypeAndScheduleInWords() throws Exception {
        assertThat(page("sv", new FlashMap())).contains("RSS/Atom · var 6:e timme").doesNotContain("PT6H", "feed ·");
        assertThat(page("en", new FlashMap())).contains("RSS/Atom · every 6 hours");
    }

    private String awaitRunAllDone() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
                () -> mvc.perform(MockMvcRequestBuilders.get("/admin/sources/run").with(httpBasic("admin", "secret")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                json -> json.contains("\"running\":false"));
    }

    private String page(String language, FlashMap flash) throws Exception {
        var request = MockMvcRequestBuilders.get("/admin/sources").param("lang", language).with(httpBasic("admin", "secret"));
        return mvc.perform(flash.isEmpty() ? request : request.flashAttrs(flash)).andReturn().getResponse()
                .getContentAsString();
    }
}
