package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.SourceRequest;
import se.omvarldsradar.extract.Sources;

class SitemapExtractorTests {
    private static final String SITEMAP = "https://www.region.example.se/sitemap.xml";

    private final SitemapExtractor extractor = new SitemapExtractor();

    private ExtractionResult extract(String xml, Map<String, Object> options) {
        SourceDefinition source = Sources.of("sitemap", SITEMAP, options);
        return extractor.extract(new Document(source.url(), "application/xml", xml.getBytes(StandardCharsets.UTF_8)),
                source);
    }

    @Test
    void givesOneItemPerIncludedUrlTitledFromTheUrl() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://www.region.example.se/utlysningar/stod-till-%C3%A4ldreomsorg</loc>
                       <lastmod>2026-03-01</lastmod></url>
                  <url><loc>https://www.region.example.se/om-oss/kontakt</loc></url>
                  <url><loc>https://www.region.example.se/utlysningar/ny_utlysning-life.html</loc></url>
                </urlset>""";

        ExtractionResult r = extract(xml, Map.of("include", "/utlysningar/"));

        assertThat(r.items()).extracting(ExtractedItem::title).containsExactly("Stod till äldreomsorg", "Ny utlysning life");
        assertThat(r.items().getFirst().url()).isEqualTo("https://www.region.example.se/utlysningar/stod-till-%C3%A4ldreomsorg");
        assertThat(r.items().getFirst().published()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void turnsASitemapIndexIntoChildRequests() {
        String xml = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://www.region.example.se/sitemap-news.xml</loc></sitemap>
                  <sitemap><loc>https://www.region.example.se/sitemap-pages.xml.gz</loc></sitemap>
                </sitemapindex>""";

        ExtractionResult r = extract(xml, Map.of());

        assertThat(r.items()).isEmpty();
        assertThat(r.next()).isNull();
        assertThat(r.children()).containsExactly(
                SourceRequest.get(URI.create("https://www.region.example.se/sitemap-news.xml")),
                SourceRequest.get(URI.create("https://www.region.example.se/sitemap-pages.xml.gz")));
    }

    @Test
    void refusesEntityTricksQuickly() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://www.region.example.se/&xxe;</loc></url></urlset>";

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                assertThat(extract(xxe, Map.of()).items()).noneMatch(i -> i.url().contains("root"));
            } catch (ExtractionException expected) {
                // refusing is as good as not expanding
            }
        });
    }

    @Test
    void failsClearlyOnSomethingElse() {
        assertThatThrownBy(() -> extract("<html><body>Not found</body></html>", Map.of()))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("sitemap");
    }

    @ParameterizedTest
    @CsvSource({
            "https://e.se/nyheter/ny-utlysning-inom-life.html, Ny utlysning inom life",
            "https://e.se/a/b/%C3%B6ppna_data/, Öppna data",
            "https://e.se/, e.se"})
    void titlesComeFromTheLastPathSegment(String url, String title) {
        assertThat(SitemapExtractor.titleFromUrl(URI.create(url))).isEqualTo(title);
    }
}
