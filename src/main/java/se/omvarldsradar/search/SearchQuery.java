package se.omvarldsradar.search;

import java.util.List;
import java.util.Map;

/**
 * A search: the query text in the syntax people know (words, "phrases", OR, -exclude, prefix*, field:value),
 * facet filters by field ({@code sector}, {@code focus}, {@code kind}, {@code source}, {@code status},
 * {@code programme}, {@code lang}, {@code year}), sort ({@code relevance}, {@code newest}, {@code deadline}),
 * and the page (0-based).
 */
public record SearchQuery(String q, Map<String, List<String>> filters, String sort, int page, int size) {
    public static final List<String> FACETS = List.of("sector", "focus", "kind", "source", "status", "programme", "lang", "year");
    public static final int MAX_SIZE = 100;

    public SearchQuery {
        q = q == null ? "" : q;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null || sort.isBlank() ? "relevance" : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, Map.of(), null, 0, 20);
    }
}
