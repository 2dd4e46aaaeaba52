package se.omvarldsradar.extract.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.Extractor;
import se.omvarldsradar.extract.Samples;
import se.omvarldsradar.extract.Sources;

/**
 * Fuzz targets for the extractors that read what strangers serve: whatever the bytes, an extractor returns
 * items or throws its declared {@link ExtractionException}, and never runs past the parse budget. In a normal
 * test run (regression mode) the targets replay their seeds under {@code ExtractorFuzzTestsInputs/} and every
 * file of {@code shared/samples}; {@code JAZZER_FUZZ=1} fuzzes them (see docs/fuzzing.md).
 */
class ExtractorFuzzTests {
    /** What a parse may overrun the budget by, for the work after parsing and a slow, instrumented JVM. */
    static final Duration SLACK = Duration.ofSeconds(10);

    static final SourceDefinition FEED = Sources.feed();
    static final SourceDefinition LISTING = Sources.of("html", "https://www.euro-access.eu/en/calls", Map.of(
            "selectors", Map.of("item", "#calls-overview tbody tr, li.news, article", "title", "td:nth-of-type(2) a, h3",
                    "link", "a", "date", "td:nth-of-type(3), time, .date", "summary", "td.title, p"),
            "dateFormats", List.of("dd.MM.yyyy HH:mm", "d MMMM yyyy"), "dateIs", "deadline"));
    static final SourceDefinition PORTAL = Sources.of("eu-funding-tenders",
            "https://api.tech.ec.europa.eu/search-api/prod/rest/search", Map.of());
    static final SourceDefinition SITEMAP = Sources.of("sitemap", "https://example.org/sitemap.xml",
            Map.of("include", "/utlysning"));

    @FuzzTest(maxDuration = "10m")
    void feed(byte[] data) {
        extract(new FeedExtractor(), FEED, data, "application/xml");
    }

    @FuzzTest(maxDuration = "10m")
    void htmlListing(byte[] data) {
        extract(new HtmlListExtractor(), LISTING, data, "text/html");
    }

    @FuzzTest(maxDuration = "10m")
    void euFundingTenders(byte[] data) {
        extract(new EuFundingTendersExtractor(), PORTAL, data, "application/json");
    }

    @FuzzTest(maxDuration = "10m")
    void sitemap(byte[] data) {
        extract(new SitemapExtractor(), SITEMAP, data, null);
    }

    /** The targets over every third-party sample, read in place: the seeds a long run starts from. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void samplesPassEveryTarget(String name, Path file) throws Exception {
        byte[] data = Files.readAllBytes(file);
        if (name.startsWith("sedia/")) {
            euFundingTenders(data);
        } else {
            feed(data);
        }
        if (name.startsWith("html/")) {
            htmlListing(data);
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> samples() {
        Path root = Samples.root();
        return Stream.of("feeds", "html", "sedia").flatMap(d -> Samples.filesUnder(d).stream())
                .map(f -> org.junit.jupiter.params.provider.Arguments.of(root.relativize(f).toString(), f));
    }

    static void extract(Extractor extractor, SourceDefinition source, byte[] data, String contentType) {
        long start = System.nanoTime();
        try {
            extractor.extract(new Document(URI.create(source.url().toString()), contentType, data), source);
        } catch (ExtractionException expected) {
            // the one failure an extractor may report
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (took.compareTo(ParseBudget.TIME.plus(SLACK)) > 0) {
            throw new AssertionError("extraction took " + took + ", past the parse budget of " + ParseBudget.TIME);
        }
    }
}
