package se.omvarldsradar.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import se.omvarldsradar.item.Items;
import se.omvarldsradar.support.TestFeeds;

/**
 * "Run all now" on the sources page: one press crawls every enabled source in the background, side by side
 * across hosts and with the per-host delay within one, and the page and its progress say when it is done.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourcesRunAllTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final Duration HOST_DELAY = Duration.ofMillis(300);
    static final Path DIR = TestFeeds.tempDir("radar-run-all");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SITE.start();
        String local = SITE.baseUrl();
        String loopback = local.replace("localhost", "127.0.0.1");
        StringBuilder sources = new StringBuilder();
        for (String[] s : List.of(new String[] {"a", local, "true"}, new String[] {"b", local, "true"},
                new String[] {"c", loopback, "true"}, new String[] {"broken", loopback, "true"},
                new String[] {"off", local, "false"})) {
            sources.append("  - {id: %s, name: Källa %s, kind: news, type: feed, url: '%s/%s.xml', every: 6h, enabled: %s}\n"
                    .formatted(s[0], s[0], s[1], s[0], s[2]));
        }
        Path feeds = TestFeeds.write(DIR, sources.toString(), "  - name: Ingen\n    contacts: []\n");
        TestFeeds.localCrawl(registry, DIR, feeds, "runall", HOST_DELAY);
    }

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    final MockMvc mvc;
    final Items items;

    @Autowired
    SourcesRunAllTests(MockMvc mvc, Items items) {
        this.mvc = mvc;
        this.items = items;
    }

    @Test
    void onePressCrawlsEveryEnabledSourcePolitelyAndThePageSaysWhenItIsDone() throws Exception {
        for (String id : List.of("a", "b", "c", "off")) {
            SITE.stubFor(get(urlEqualTo("/" + id + ".xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                    .withFixedDelay(id.equals("c") ? 1500 : 0)
                    .withBody(TestFeeds.rss(TestFeeds.item(id + "-1", "Hamn " + id, "Om hamnen"),
                            TestFeeds.item(id + "-2", "Järnväg " + id, "Om spåren")))));
        }
        SITE.stubFor(get(urlEqualTo("/broken.xml")).willReturn(aResponse().withStatus(500)));

        mvc.perform(post("/admin/sources/run").with(csrf()).with(httpBasic("admin", "secret")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/sources"));
        // Pressed again while it runs (source c answers slowly): no second run, only its progress.
        mvc.perform(post("/admin/sources/run").with(csrf()).with(httpBasic("admin", "secret")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("sv")).contains("Alla källor hämtas:").contains("av 4 klara");
        String progress = awaitDone();

        assertThat(progress).contains("\"total\":4", "\"done\":4", "\"failed\":1", "\"newItems\":6");
        assertThat(items.count()).isEqualTo(6);
        for (String id : List.of("a", "b", "c")) {
            SITE.verify(1, getRequestedFor(urlEqualTo("/" + id + ".xml")));
        }
        SITE.verify(0, getRequestedFor(urlEqualTo("/off.xml")));
        // One host's sources one after another with the delay between; the other host's slow source beside them.
        List<LoggedRequest> local = SITE.findAll(getRequestedFor(urlPathMatching("/[ab]\\.xml")));
        local.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        assertThat(local.get(1).getLoggedDate().getTime() - local.get(0).getLoggedDate().getTime())
                .isGreaterThanOrEqualTo(HOST_DELAY.toMillis());
        LoggedRequest slow = SITE.findAll(getRequestedFor(urlEqualTo("/c.xml"))).getFirst();
        assertThat(slow.getLoggedDate().getTime()).isLessThan(local.get(1).getLoggedDate().getTime() + 1000);

        assertThat(page("sv")).contains("Senaste &quot;Kör alla nu&quot;", "4 källor hämtade, 1 med fel, 6 nya poster", "Kör alla nu");
        // When it finished, in Swedish time as the office reads it, not the server's UTC.
        java.time.Instant finished = java.time.Instant.parse(awaitDone().replaceAll(".*\"finished\":\"([^\"]+)\".*", "$1"));
        assertThat(page("sv")).contains("(klar " + new LocalTimes().minute(finished) + ")");
        assertThat(page("en")).contains("Last &quot;Run all now&quot;", "4 sources fetched, 1 failed, 6 new items", "Run all now");
    }

    @Test
    void theButtonIsAFormThatNeedsTheAdminAndACsrfToken() throws Exception {
        assertThat(page("sv")).containsPattern("<form method=\"post\" action=\"/admin/sources/run\">\\s*<input type=\"hidden\" name=\"_csrf\"");
        mvc.perform(post("/admin/sources/run").with(httpBasic("admin", "secret"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sources/run").with(csrf()).with(httpBasic("staff", "secret"))).andExpect(status().isForbidden());
    }

    private String awaitDone() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
                () -> mvc.perform(MockMvcRequestBuilders.get("/admin/sources/run").with(httpBasic("admin", "secret")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                json -> json.contains("\"running\":false"));
    }

    private String page(String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/admin/sources").param("lang", language)
                .with(httpBasic("admin", "secret"))).andReturn().getResponse().getContentAsString();
    }
}
