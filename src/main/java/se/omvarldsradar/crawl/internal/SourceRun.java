package se.omvarldsradar.crawl.internal;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractor;
import se.omvarldsradar.extract.SourceRequest;
import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.Fetcher;
import se.omvarldsradar.item.SourceHealth;

/**
 * Fetches and extracts everything one crawl of one source covers: the first request (conditional on the
 * stored validators), further pages and child documents the extractor asks for, and the feed an HTML page
 * points to. Stops at the page limit; a failure after the first page keeps what was read and warns.
 */
public final class SourceRun {
    private final Fetcher fetcher;
    private final int maxPages;
    private final BooleanSupplier stopping;

    public SourceRun(Fetcher fetcher, int maxPages) {
        this(fetcher, maxPages, () -> false);
    }

    /** {@code stopping} turns true when the application shuts down: the run then ends after the current request. */
    public SourceRun(Fetcher fetcher, int maxPages, BooleanSupplier stopping) {
        this.fetcher = fetcher;
        this.maxPages = maxPages;
        this.stopping = stopping;
    }

    /** What the run read. {@code first} is the first response; {@code notModified} when it was a 304. */
    public record Outcome(FetchResult first, List<ExtractedItem> items, List<String> warnings, URI discoveredFeed,
            boolean notModified) {
    }

    public Outcome run(SourceDefinition source, Extractor extractor, SourceHealth state) {
        SourceRequest start = extractor.firstRequest(source);
        URI discovered = null;
        if (source.type().equals("feed") && state.discoveredFeed() != null) {
            start = SourceRequest.get(URI.create(state.discoveredFeed()));
            discovered = start.url();
        }
        Deque<SourceRequest> queue = new ArrayDeque<>(List.of(start));
        Set<SourceRequest> seen = new HashSet<>();
        List<ExtractedItem> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        FetchResult first = null;
        int pages = 0;
        while (!queue.isEmpty() && pages < maxPages) {
            if (first != null && stopping.getAsBoolean()) {
                warnings.add("stopped: the application is shutting down; the rest waits for the next crawl");
                queue.clear();
                break;
            }
            SourceRequest request = queue.poll();
            if (!seen.add(request)) {
                continue;
            }
            FetchRequest fetch = toFetch(request);
            if (first == null && !request.isPost()) {
                fetch = fetch.conditional(state.etag(), state.lastModified());
            }
            FetchResult fetched = fetcher.fetch(fetch);
            if (first == null) {
                first = fetched;
                if (!fetched.ok() || fetched.notModified()) {
                    return new Outcome(fetched, List.of(), List.of(), discovered, fetched.notModified());
                }
            } else if (!fetched.ok()) {
                warnings.add("stopped at " + request.url() + ": " + fetched.error());
                break;
            }
            pages++;
            ExtractionResult result = extractor.extract(new Document(fetched.finalUrl(), fetched.contentType(),
                    fetched.body()), source);
            if (result.discoveredFeed() != null && discovered == null && source.type().equals("feed")) {
                discovered = result.discoveredFeed();
                warnings.add("the address is an HTML page; reading the feed it links to: " + discovered);
                queue.addFirst(SourceRequest.get(discovered));
                continue;
            }
            items.addAll(result.items());
            warnings.addAll(result.warnings());
            if (result.next() != null) {
                queue.add(result.next());
            }
            queue.addAll(result.children());
        }
        if (!queue.isEmpty()) {
            warnings.add("stopped after " + maxPages + " requests; the rest waits for the next crawl");
        }
        return new Outcome(first, items, warnings, discovered, false);
    }

    private static FetchRequest toFetch(SourceRequest r) {
        return r.isPost() ? FetchRequest.post(r.url(), r.body(), r.contentType()) : FetchRequest.get(r.url());
    }
}
