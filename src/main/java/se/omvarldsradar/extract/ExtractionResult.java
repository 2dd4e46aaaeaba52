package se.omvarldsradar.extract;

import java.net.URI;
import java.util.List;

/**
 * Items read from one document. {@code warnings} note recoverable trouble (a broken feed read leniently);
 * {@code discoveredFeed} is set when an HTML page pointed to the feed that should be read instead.
 */
public record ExtractionResult(List<ExtractedItem> items, List<String> warnings, URI discoveredFeed) {
    public ExtractionResult {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    public static ExtractionResult of(List<ExtractedItem> items) {
        return new ExtractionResult(items, List.of(), null);
    }
}
