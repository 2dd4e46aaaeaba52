package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.Sources;

/** Parsing untrusted documents is bounded in size and in time, and no XML parser expands entities. */
class ParseBudgetTests {

    @Test
    void aParseThatOverrunsItsDeadlineStopsOnItsOwnThread() {
        String page = "<div><p>x</p>".repeat(400_000);
        ParseBudget budget = ParseBudget.start(Duration.ofMillis(5));
        long start = System.nanoTime();

        assertThatThrownBy(() -> budget.html(page, "https://example.org/")).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("longer than");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aStreamRunsIntoTheDeadlineToo() throws Exception {
        ParseBudget budget = ParseBudget.start(Duration.ZERO);
        while (!budget.exceeded()) {
            Thread.onSpinWait(); // a zero budget is exceeded as soon as the clock moves on
        }
        InputStream in = budget.stream(new ByteArrayInputStream(new byte[10]));

        assertThatThrownBy(() -> in.read(new byte[4], 0, 4)).isInstanceOf(IOException.class);
    }

    @Test
    void refusesADocumentOverTheSizeLimit() {
        String huge = "a".repeat(ParseBudget.MAX_CHARS + 1);

        assertThatThrownBy(() -> ParseBudget.start().html(huge, "")).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("characters");
    }

    @Test
    void aSitemapWithEntityExpansionIsRefusedNotExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.se/&e;&e;&e;</loc></url></urlset>";
        var source = Sources.of("sitemap", "https://x.se/sitemap.xml", Map.of());
        var document = new Document(URI.create("https://x.se/sitemap.xml"), "application/xml",
                laughs.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new SitemapExtractor().extract(document, source)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
