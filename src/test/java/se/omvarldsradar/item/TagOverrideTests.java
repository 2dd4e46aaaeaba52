package se.omvarldsradar.item;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.crawl.Retagger;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchQuery;
import se.omvarldsradar.support.TestFeeds;

/** The office's tag overrides survive re-crawls and re-tagging; re-tagging reaches the index. */
@SpringBootTest
@AutoConfigureMockMvc
class TagOverrideTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final Path DIR;

    static {
        SITE.start();
        try {
            DIR = Files.createTempDirectory("radar-tags");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, """
                  - id: hamnen
                    name: Hamnen
                    kind: news
                    type: feed
                    url: %s/hamn.xml
                    every: 6h
                """.formatted(SITE.baseUrl()), "  - name: Ingen\n    contacts: []\n");
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("radar.fetch.allow-hosts", () -> "localhost,127.0.0.1");
        registry.add("radar.fetch.min-host-delay", () -> "5ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tags;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    final MockMvc mvc;
    final Crawler crawler;
    final Items items;
    final Retagger retagger;
    final ItemSearch search;

    @Autowired
    TagOverrideTests(MockMvc mvc, Crawler crawler, Items items, Retagger retagger, ItemSearch search) {
        this.mvc = mvc;
        this.crawler = crawler;
        this.items = items;
        this.retagger = retagger;
        this.search = search;
    }

    @Test
    void anOverrideSurvivesRecrawlsAndRetaggingUntilCleared() throws Exception {
        serve("Ny containerterminal i Gävle hamn", "Godstransporter och intermodala flöden till hamnen.");
        crawler.crawl("hamnen");
        Item item = only();
        assertThat(item.sectors()).contains("logistics");

        mvc.perform(post("/admin/items/{id}/tags", item.id()).param("sector", "trade").param("focus", "business")
                .with(csrf()).with(httpBasic("admin", "secret"))).andExpect(status().is3xxRedirection());
        assertThat(only().sectors()).containsExactly("trade");
        assertThat(only().tags().sectors().getFirst().because()).containsExactly("set by the office");

        serve("Ny containerterminal i Gävle hamn", "Godstransporter, intermodala flöden och nya kranar i hamnen.");
        crawler.crawl("hamnen");
        assertThat(only().summary()).contains("kranar");
        assertThat(only().sectors()).containsExactly("trade");
        assertThat(only().focus()).containsExactly("business");

        retagger.retagAll();
        assertThat(only().sectors()).containsExactly("trade");

        assertThat(retagger.clearOverride(item.id())).isTrue();
        assertThat(only().sectors()).contains("logistics").doesNotContain("trade");
        assertThat(items.override(item.id())).isEmpty();
    }

    @Test
    void retaggingUpdatesTheStoredTagsAndTheIndex() {
        serve("Ny containerterminal i Gävle hamn", "Godstransporter och intermodala flöden till hamnen.");
        crawler.crawl("hamnen");
        Item before = only();
        int changed = items.retagAll(i -> new Tags(i.language(), List.of(new Tags.Tag("industry", 5, List.of("test"))), List.of()));
        assertThat(changed).isEqualTo(1);
        assertThat(only().sectors()).containsExactly("industry");
        assertThat(only().status()).isEqualTo(before.status());
        assertThat(only().lastChanged()).isEqualTo(before.lastChanged());
        assertThat(only().seq()).isGreaterThan(before.seq());
        search.refresh();
        var page = search.search(new SearchQuery("", java.util.Map.of("sector", List.of("industry")), null, 0, 10));
        assertThat(page.total()).isEqualTo(1);
        assertThat(items.retagAll(i -> i.tags())).isZero();
        retagger.retagAll();
    }

    private Item only() {
        List<Item> all = items.changedAfter(0, 10);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private static void serve(String title, String text) {
        SITE.stubFor(get(urlEqualTo("/hamn.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(TestFeeds.item("h-1", title, text)))));
    }
}
