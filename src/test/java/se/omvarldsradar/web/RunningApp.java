package se.omvarldsradar.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.crawl.Crawler;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.support.TestFeeds;

/**
 * One running application shared by the web tests (same properties, so Spring's context cache reuses it):
 * feeds served by WireMock, including hostile ones and the feedparser sanitize samples read in place, crawled
 * once; plus calls with known deadlines and tags stored directly, so the pages' behaviour does not depend on
 * how the extractor and tagger of the day read text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RunningApp {
    /** HTTP Basic credentials of the development staff user: every staff page needs a login. */
    /** The development admin's: the browser tests see every page, the office's included. */
    static final String ADMIN_AUTH = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static final String STAFF_AUTH = "Basic " + java.util.Base64.getEncoder().encodeToString("staff:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final Path DIR;
    static final Path SANITIZE = samples().resolve("feeds/feedparser/wellformed/sanitize");
    static final String MARKER = "XSS-MARKER";
    private static boolean prepared;

    static {
        SITE.start();
        try {
            DIR = Files.createTempDirectory("radar-web");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        serve("/utlysningar.xml", TestFeeds.rss(
                TestFeeds.item("u-1", "Utlysning: järnvägsgods och hamnterminaler i Gävleborg",
                        "Stöd till intermodala transporter, logistikcentrum och hamnar."),
                TestFeeds.item("u-2", "Evenemang och besöksnäring", "Turism, möten och värdskap för internationella besökare.")));
        // One feed per hostile item, so a source the extractor rejects whole does not hide the others.
        String[] hostile = HostilePayloads.feedItems();
        for (int i = 0; i < hostile.length; i++) {
            serve("/hostile-" + i + ".xml", TestFeeds.rss(hostile[i]));
        }
        for (Path sample : sanitizeSamples()) {
            serve("/sanitize/" + sample.getFileName(), read(sample));
        }
    }

    static Path samples() {
        Path configured = Path.of(System.getProperty("radar.samples", "/work/shared/samples"));
        // A git worktree sits deeper than the main checkout, so ../shared may not be beside it.
        for (Path p : List.of(configured, Path.of("/work/shared/samples"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("The shared samples are missing at " + configured + " (system property radar.samples)");
    }

    static List<Path> sanitizeSamples() {
        try (Stream<Path> files = Files.list(SANITIZE)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + SANITIZE, e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(String path, String body) {
        SITE.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(body)));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        StringBuilder sources = new StringBuilder();
        source(sources, "regional", "Regionala utlysningar", "call", "/utlysningar.xml");
        source(sources, "hostile", "Fientligt flöde", "news", "/hostile-0.xml");
        for (int i = 1; i < HostilePayloads.feedItems().length; i++) {
            source(sources, "hostile-" + i, "Fientligt flöde " + i, "news", "/hostile-" + i + ".xml");
        }
        for (Path sample : sanitizeSamples()) {
            String name = sample.getFileName().toString().replace(".xml", "");
            source(sources, "s-" + name.replace('_', '-'), "Sanitize " + name, "news", "/sanitize/" + sample.getFileName());
        }
        Path feeds = TestFeeds.write(DIR, sources.toString(), """
                  - name: Näringsliv
                    contacts:
                      - name: Logistik
                        email: logistik@example.org
                        sectors: [logistics]
                  - name: Internationella kontoret
                    contacts:
                      - name: Alla
                        email: alla@example.org
                """);
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("radar.fetch.allow-hosts", () -> "localhost,127.0.0.1");
        registry.add("radar.fetch.min-host-delay", () -> "1ms");
        registry.add("radar.digest.outbox-dir", () -> DIR.resolve("outbox").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:web;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    private static void source(StringBuilder sb, String id, String name, String kind, String path) {
        sb.append("""
                  - id: %s
                    name: "%s"
                    kind: %s
                    type: feed
                    url: %s%s
                    every: 6h
                """.formatted(id, name, kind, SITE.baseUrl(), path));
    }

    @LocalServerPort
    int port;
    @Autowired
    Crawler crawler;
    @Autowired
    Items items;
    @Autowired
    ItemSearch search;
    @Autowired
    CurrentConfig config;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** call-soon's deadline after its change (first stored at 12 days and 2 hours from now). */
    static final java.util.function.UnaryOperator<Instant> CALL_SOON_DEADLINE = now -> now.plus(10, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS);

    @BeforeEach
    void prepareOnce() {
        synchronized (RunningApp.class) {
            if (prepared) {
                return;
            }
            crawler.crawlAll(r -> { });
            Instant now = Instant.now();
            var regional = config.get().source("regional").orElseThrow();
            items.store(regional, List.of(
                    call("call-soon", "Gröna korridorer för hamn och intermodal transport",
                            "Stöd till hamnar, intermodal transport och järnvägsgods i Östersjöregionen.", now,
                            List.of(now.plus(12, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS)), "logistics", List.of("hamn", "intermodal transport")),
                    call("call-later", "Utlysning om digitala tvillingar för hamnlogistik",
                            "Intermodal transport och järnvägsgods i hamnar: digitala tvillingar, radioteknik och GIS.", now,
                            List.of(now.minus(3, ChronoUnit.DAYS), now.plus(40, ChronoUnit.DAYS)), "logistics", List.of("hamnlogistik")),
                    call("call-closed", "Stängd utlysning om besöksnäring och evenemang", "Turism och evenemang.",
                            now.minus(60, ChronoUnit.DAYS), List.of(now.minus(20, ChronoUnit.DAYS)), "hospitality", List.of("turism"))));
            // The next crawl finds call-soon's deadline moved two days earlier: its page shows the change.
            items.store(regional, List.of(call("call-soon", "Gröna korridorer för hamn och intermodal transport",
                    "Stöd till hamnar, intermodal transport och järnvägsgods i Östersjöregionen.", now,
                    List.of(CALL_SOON_DEADLINE.apply(now)), "logistics", List.of("hamn", "intermodal transport"))));
            var hostile = config.get().source("hostile").orElseThrow();
            items.store(hostile, HostilePayloads.storedItems(now));
            search.refresh();
            prepared = true;
        }
    }

    private static Items.TaggedItem call(String guid, String title, String text, Instant published, List<Instant> deadlines,
            String sector, List<String> because) {
        CallDetails call = new CallDetails("INTERREG-" + guid.toUpperCase(), title, "Interreg Aurora", null,
                null, null, deadlines, 1_500_000L, "EUR");
        ExtractedItem item = new ExtractedItem(guid, "https://example.org/calls/" + guid, title, text, null, published,
                "sv", List.of(), call);
        return new Items.TaggedItem(item, new Tags("sv", List.of(new Tags.Tag(sector, 2.0, because)), List.of()));
    }
}
