package se.omvarldsradar.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Items read from one document. {@code warnings} note recoverable trouble (a broken feed read leniently);
 * {@code discoveredFeed} is set when an HTML page pointed to the feed that should be read instead;
 * {@code next} is the next page of the same listing (null on the last page); {@code children} are further
 * documents of the same source this one points to (the sitemaps of a sitemap index). Both are to be fetched
 * and given to the same extractor.
 */
public record ExtractionResult(List<ExtractedItem> items, List<String> warnings, URI discoveredFeed,
        SourceRequest next, List<SourceRequest> children) {

    public ExtractionResult {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static ExtractionResult of(List<ExtractedItem> items) {
        return new ExtractionResult(items, List.of(), null, null, List.of());
    }

    /** No items: an HTML page that names the feed to read instead. */
    public static ExtractionResult discovered(URI feed) {
        return new ExtractionResult(List.of(), List.of(), feed, null, List.of());
    }

    public ExtractionResult withWarning(String warning) {
        List<String> w = new ArrayList<>(warnings);
        w.add(warning);
        return new ExtractionResult(items, w, discoveredFeed, next, children);
    }

    public ExtractionResult withNext(SourceRequest request) {
        return new ExtractionResult(items, warnings, discoveredFeed, request, children);
    }

    public ExtractionResult withChildren(List<SourceRequest> requests) {
        return new ExtractionResult(items, warnings, discoveredFeed, next, requests);
    }
}
