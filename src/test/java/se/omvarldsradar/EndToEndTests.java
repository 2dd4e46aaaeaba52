package se.omvarldsradar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.digest.Digests;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.support.TestFeeds;

/**
 * The walking skeleton end to end: a feed served over HTTP is crawled, stored and indexed, found on the
 * search page, and mailed over real SMTP to the one contact whose profile matches, exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndToEndTests {
    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final Path DIR;

    static {
        SITE.start();
        try {
            DIR = Files.createTempDirectory("radar-e2e");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        SITE.stubFor(get(urlEqualTo("/utlysningar.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(
                        TestFeeds.item("u-1", "Utlysning: järnvägsgods och hamnterminaler i Gävleborg",
                                "Stöd till intermodala transporter, logistikcentrum och hamnar."),
                        TestFeeds.item("u-2", "Evenemang &lt;script&gt;alert('xss')&lt;/script&gt; och besöksnäring",
                                "Turism, möten och värdskap för internationella besökare.")))));
    }

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, """
                  - id: regional
                    name: Regionala utlysningar
                    kind: call
                    type: feed
                    url: %s/utlysningar.xml
                    every: 6h
                """.formatted(SITE.baseUrl()), """
                  - name: Näringsliv
                    contacts:
                      - name: Logistik
                        email: logistik@example.org
                        sectors: [logistics]
                      - name: Skola
                        email: skola@example.org
                        focus: [education]
                """);
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("radar.fetch.allow-hosts", () -> "localhost,127.0.0.1");
        registry.add("radar.fetch.min-host-delay", () -> "10ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SITE.stop();
    }

    @LocalServerPort
    int port;

    final Crawler crawler;
    final ItemSearch search;
    final Digests digests;

    @Autowired
    EndToEndTests(Crawler crawler, ItemSearch search, Digests digests) {
        this.crawler = crawler;
        this.search = search;
        this.digests = digests;
    }

    @Test
    void oneFeedToOneDigestEndToEnd() throws Exception {
        var reports = crawler.crawlAll(r -> { });
        search.refresh();
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.added()).isEqualTo(2);
        });

        RestClient web = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("staff", "secret")).build();
        String page = web.get().uri("/search?q=hamnterminaler").retrieve().body(String.class);
        assertThat(page).contains("järnvägsgods och hamnterminaler").contains("Regionala utlysningar");
        String hostile = web.get().uri("/search?q=evenemang").retrieve().body(String.class);
        assertThat(hostile).contains("besöksnäring").doesNotContain("<script>alert");
        String json = web.get().uri("/api/search?q=hamnterminaler").retrieve().body(String.class);
        assertThat(json).contains("\"total\":1").contains("\"sectors\":[\"logistics\"]");

        var first = digests.sendNow(Optional.empty());
        assertThat(first).anySatisfy(r -> assertThat(r.outcome()).isEqualTo("sent"));
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("logistik@example.org");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("hamnterminaler").doesNotContain("Evenemang");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        crawler.crawlAll(r -> { });
        var second = digests.sendNow(Optional.empty());
        assertThat(second).allSatisfy(r -> assertThat(r.outcome()).isNotEqualTo("sent"));
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }
}
