package se.omvarldsradar.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.SearchQuery;

/**
 * The state of the search page as request parameters, and the links that change one part of it; every
 * state has a permalink, shared by the page, the API and the Atom and iCalendar exports. The language facet
 * is the parameter {@code language} ({@code lang} switches the UI); date ranges are ISO days {@code from},
 * {@code to}, {@code deadlineFrom}, {@code deadlineTo}.
 */
public record SearchParams(String q, Map<String, List<String>> filters, Dates dates, String sort, int page, int size) {

    /** Published and deadline ranges, inclusive ISO days; null when open. */
    public record Dates(LocalDate from, LocalDate to, LocalDate deadlineFrom, LocalDate deadlineTo) {
        static final Dates NONE = new Dates(null, null, null, null);

        public boolean any() {
            return from != null || to != null || deadlineFrom != null || deadlineTo != null;
        }
    }

    static SearchParams from(MultiValueMap<String, String> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : SearchQuery.FACETS) {
            List<String> values = params.getOrDefault(param(field), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).distinct().toList();
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        Dates dates = new Dates(date(params, "from"), date(params, "to"), date(params, "deadlineFrom"),
                date(params, "deadlineTo"));
        return new SearchParams(params.getFirst("q") == null ? "" : params.getFirst("q"), filters, dates,
                params.getFirst("sort"), parseInt(params.getFirst("page"), 1), parseInt(params.getFirst("size"), 20));
    }

    SearchQuery query() {
        return new SearchQuery(q, filters, dates.from(), dates.to(), dates.deadlineFrom(), dates.deadlineTo(), sort,
                page - 1, size);
    }

    static String param(String field) {
        return field.equals("lang") ? "language" : field;
    }

    public boolean selected(String field, String value) {
        return filters.getOrDefault(field, List.of()).contains(value);
    }

    public boolean filtered() {
        return !filters.isEmpty() || dates.any();
    }

    /** The link that adds or removes one facet value, back to page 1. */
    public String toggle(String field, String value) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(f.getOrDefault(field, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            f.remove(field);
        } else {
            f.put(field, values);
        }
        return url("/search", q, f, dates, sort, 1);
    }

    public String page(int n) {
        return url("/search", q, filters, dates, sort, n);
    }

    public String sortBy(String s) {
        return url("/search", q, filters, dates, s, 1);
    }

    public String clear() {
        return url("/search", q, Map.of(), Dates.NONE, sort, 1);
    }

    /** The same search with another query text (the spelling suggestion). */
    public String withQuery(String other) {
        return url("/search", other, filters, dates, sort, 1);
    }

    /** This state at another path: {@code /search.atom}, {@code /search.ics}, {@code /api/search}. */
    public String at(String path) {
        return url(path, q, filters, dates, sort, page);
    }

    private static String url(String path, String q, Map<String, List<String>> filters, Dates dates, String sort, int page) {
        StringBuilder sb = new StringBuilder(path).append("?q=").append(enc(q));
        filters.forEach((field, values) -> values.forEach(v -> sb.append('&').append(param(field)).append('=').append(enc(v))));
        append(sb, "from", dates.from());
        append(sb, "to", dates.to());
        append(sb, "deadlineFrom", dates.deadlineFrom());
        append(sb, "deadlineTo", dates.deadlineTo());
        if (sort != null && !sort.isBlank() && !sort.equals("relevance")) {
            sb.append("&sort=").append(enc(sort));
        }
        if (page > 1) {
            sb.append("&page=").append(page);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, LocalDate day) {
        if (day != null) {
            sb.append('&').append(name).append('=').append(day);
        }
    }

    private static LocalDate date(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("The date '" + name + "' must be a day like 2026-03-31.");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Math.max(1, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
