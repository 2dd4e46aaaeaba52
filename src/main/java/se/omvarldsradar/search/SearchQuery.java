package se.omvarldsradar.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A search: the query text in the syntax people know (words, "phrases", OR, -exclude, prefix*, field:value),
 * facet filters by field ({@code sector}, {@code focus}, {@code kind}, {@code source}, {@code status},
 * {@code programme}, {@code lang}, {@code year}), date ranges (published {@code from}/{@code to}, any deadline
 * in {@code deadlineFrom}/{@code deadlineTo}; inclusive days, null when open), sort ({@code relevance},
 * {@code newest}, {@code deadline}), and the page (0-based).
 */
public record SearchQuery(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to,
        LocalDate deadlineFrom, LocalDate deadlineTo, String sort, int page, int size) {
    public static final List<String> FACETS = List.of("sector", "focus", "kind", "source", "status", "programme", "lang", "year");
    public static final List<String> SORTS = List.of("relevance", "newest", "deadline");
    public static final int MAX_SIZE = 100;
    /** The days of the date ranges are days in Gävle. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public SearchQuery {
        q = q == null ? "" : q;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null || sort.isBlank() ? "relevance" : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    /** A search without date ranges. */
    public SearchQuery(String q, Map<String, List<String>> filters, String sort, int page, int size) {
        this(q, filters, null, null, null, null, sort, page, size);
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, Map.of(), null, 0, 20);
    }

    /** The same search on another page with another page size. */
    public SearchQuery withPage(int page, int size) {
        return new SearchQuery(q, filters, from, to, deadlineFrom, deadlineTo, sort, page, size);
    }

    /** The same search sorted otherwise. */
    public SearchQuery withSort(String sort) {
        return new SearchQuery(q, filters, from, to, deadlineFrom, deadlineTo, sort, page, size);
    }
}
