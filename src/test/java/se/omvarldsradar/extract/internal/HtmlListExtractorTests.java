package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Samples;
import se.omvarldsradar.extract.Sources;

class HtmlListExtractorTests {
    private static final String EURO_ACCESS = "https://www.euro-access.eu/en/calls";

    private final HtmlListExtractor extractor = new HtmlListExtractor();

    private static SourceDefinition euroAccess() {
        return Sources.of("html", EURO_ACCESS, Map.of(
                "selectors", Map.of("item", "#calls-overview tbody tr", "title", "td:nth-of-type(2) a",
                        "link", "td:nth-of-type(2) a", "date", "td:nth-of-type(3)", "summary", "td.title"),
                "dateFormats", List.of("dd.MM.yyyy HH:mm"), "dateIs", "deadline"));
    }

    @Test
    void readsTheCallsOfAServerRenderedTableWithTheirDeadlines() {
        byte[] page = Samples.bytes("html/euro-access.eu/search_for_funding_listing_142_calls.html");

        ExtractionResult r = extractor.extract(new Document(URI.create(EURO_ACCESS), "text/html", page), euroAccess());

        assertThat(r.items()).hasSize(142);
        assertThat(r.warnings()).isEmpty();
        ExtractedItem first = r.items().getFirst();
        assertThat(first.title()).isEqualTo("Erasmus Charter for Higher Education - 5th cut-off date");
        assertThat(first.url()).isEqualTo(
                "https://www.euro-access.eu/en/calls/135/Erasmus-Charter-for-Higher-Education-5th-cut-off-date");
        assertThat(first.summary()).isEqualTo("Erasmus+");
        assertThat(first.published()).isNull();
        assertThat(first.call().deadlines()).containsExactly(Instant.parse("2026-01-27T16:00:00Z"));
        assertThat(r.items()).filteredOn(i -> i.title().equals("KAVA Call 13: Call for Innovation & Education Projects"))
                .singleElement().satisfies(i -> assertThat(i.call().deadlines())
                        .containsExactly(Instant.parse("2025-11-28T12:00:00Z")));
        assertThat(r.items()).allSatisfy(i -> {
            assertThat(i.url()).startsWith("https://www.euro-access.eu/en/calls/");
            assertThat(i.call().deadlines()).hasSize(1);
        });
    }

    @Test
    void resolvesRelativeLinksAndReadsSwedishPublicationDates() {
        String html = """
                <html><body><ul>
                <li class="news"><h3>Ny utlysning för landsbygden</h3><a href="/utlysningar/1?x=1">Läs mer</a>
                  <span class="date">15 mars 2026</span><p>Stöd till lokala projekt.</p></li>
                <li class="news"><a href="javascript:void(0)">Bara ett skript</a></li>
                <li class="news"><h3>Utan länk</h3><time datetime="2026-02-01">1 februari</time></li>
                </ul></body></html>""";
        SourceDefinition source = Sources.of("html", "https://www.esf.se/utlysningar/", Map.of(
                "selectors", Map.of("item", "li.news", "title", "h3", "link", "a", "date", ".date, time", "summary", "p"),
                "dateFormats", List.of("d MMMM yyyy")));

        ExtractionResult r = extractor.extract(new Document(source.url(), "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8)), source);

        assertThat(r.items()).extracting(ExtractedItem::title)
                .containsExactly("Ny utlysning för landsbygden", "Bara ett skript", "Utan länk");
        assertThat(r.items()).extracting(ExtractedItem::url)
                .containsExactly("https://www.esf.se/utlysningar/1?x=1", null, null);
        assertThat(r.items().getFirst().published()).isEqualTo(Instant.parse("2026-03-14T23:00:00Z"));
        assertThat(r.items().getFirst().summary()).isEqualTo("Stöd till lokala projekt.");
        assertThat(r.items().get(2).published()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
    }

    @Test
    void warnsWhenTheItemSelectorMatchesNothing() {
        SourceDefinition source = Sources.of("html", EURO_ACCESS, Map.of("selectors", Map.of("item", ".gone")));

        ExtractionResult r = extractor.extract(new Document(source.url(), "text/html",
                "<html><body><p>Sidan har flyttat</p></body></html>".getBytes(StandardCharsets.UTF_8)), source);

        assertThat(r.items()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().contains("matched nothing");
    }

    @Test
    void failsClearlyOnAnAngularShell() {
        SourceDefinition source = Sources.of("html", EURO_ACCESS, Map.of("selectors", Map.of("item", "tr")));
        byte[] shell = Samples.bytes("html/ec_funding-tenders_portal/portal_SPA_shell_v2.html");

        assertThatThrownBy(() -> extractor.extract(new Document(source.url(), "text/html", shell), source))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("JavaScript application shell");
    }

    @Test
    void failsClearlyWithoutAnItemSelector() {
        SourceDefinition source = Sources.of("html", EURO_ACCESS, Map.of());

        assertThatThrownBy(() -> extractor.extract(new Document(source.url(), "text/html", new byte[0]), source))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("selectors");
    }
}
