package se.omvarldsradar.crawl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.config.ConfigLoader;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractor;
import se.omvarldsradar.extract.SourceRequest;
import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.item.SourceHealth;
import se.omvarldsradar.support.TestFeeds;

/** A crawl in progress when the application shuts down keeps what it read and makes no further request. */
class SourceRunTests {

    @Test
    void stopsAfterTheRequestInFlightWhenShuttingDown() throws IOException {
        AtomicBoolean stopping = new AtomicBoolean();
        List<URI> fetched = new ArrayList<>();
        SourceRun run = new SourceRun(request -> {
            fetched.add(request.url());
            stopping.set(true); // shutdown begins while the first page is being fetched
            return ok(request);
        }, 100, stopping::get);

        SourceRun.Outcome outcome = run.run(source(), new PagingExtractor(), SourceHealth.never("paged"));

        assertThat(fetched).containsExactly(URI.create("http://example.org/page/1"));
        assertThat(outcome.items()).hasSize(1);
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).contains("shutting down"));
    }

    @Test
    void followsEveryPageWhenNotShuttingDown() throws IOException {
        List<URI> fetched = new ArrayList<>();
        SourceRun run = new SourceRun(request -> {
            fetched.add(request.url());
            return ok(request);
        }, 100, () -> false);

        assertThat(run.run(source(), new PagingExtractor(), SourceHealth.never("paged")).items()).hasSize(3);
        assertThat(fetched).hasSize(3);
    }

    private static FetchResult ok(FetchRequest request) {
        return new FetchResult(request.url(), request.url(), 200, "text/plain", "x".getBytes(StandardCharsets.UTF_8),
                null, null, Duration.ZERO, FetchResult.ErrorKind.NONE, null);
    }

    private static SourceDefinition source() throws IOException {
        Path dir = Files.createTempDirectory("radar-run");
        return ConfigLoader.load(TestFeeds.write(dir, """
                  - id: paged
                    name: Paged
                    kind: news
                    type: html
                    url: http://example.org/page/1
                    every: 6h
                    selectors: {item: li}
                """, "  - name: Ingen\n    contacts: []\n")).sources().getFirst();
    }

    /** Three pages, one item each, each pointing to the next. */
    private static final class PagingExtractor implements Extractor {
        @Override
        public String type() {
            return "html";
        }

        @Override
        public ExtractionResult extract(Document document, SourceDefinition source) {
            int page = Integer.parseInt(document.url().getPath().replaceAll("\\D", ""));
            ExtractionResult result = ExtractionResult.of(List.of(new ExtractedItem(document.url().toString(),
                    document.url().toString(), "Page " + page, null, null, null, "sv", List.of(), null)));
            return page < 3 ? result.withNext(SourceRequest.get(URI.create("http://example.org/page/" + (page + 1))))
                    : result;
        }
    }
}
