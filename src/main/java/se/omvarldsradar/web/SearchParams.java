package se.omvarldsradar.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import se.omvarldsradar.search.SearchQuery;

/**
 * The state of the search page as request parameters, and the links that change one part of it; every
 * state has a permalink. The language facet is the parameter {@code language} ({@code lang} switches the UI).
 */
public record SearchParams(String q, Map<String, List<String>> filters, String sort, int page, int size) {
    private static final Map<String, String> PARAM_TO_FIELD = Map.of("sector", "sector", "focus", "focus", "kind", "kind",
            "source", "source", "status", "status", "programme", "programme", "language", "lang", "year", "year");

    static SearchParams from(MultiValueMap<String, String> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : SearchQuery.FACETS) {
            String param = param(field);
            List<String> values = params.getOrDefault(param, List.of()).stream().filter(v -> v != null && !v.isBlank())
                    .distinct().toList();
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        return new SearchParams(params.getFirst("q") == null ? "" : params.getFirst("q"), filters,
                params.getFirst("sort"), parseInt(params.getFirst("page"), 1), parseInt(params.getFirst("size"), 20));
    }

    SearchQuery query() {
        return new SearchQuery(q, filters, sort, page - 1, size);
    }

    static String param(String field) {
        return field.equals("lang") ? "language" : field;
    }

    public boolean selected(String field, String value) {
        return filters.getOrDefault(field, List.of()).contains(value);
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
        return url(q, f, sort, 1);
    }

    public String page(int n) {
        return url(q, filters, sort, n);
    }

    public String sortBy(String s) {
        return url(q, filters, s, 1);
    }

    public String clear() {
        return url(q, Map.of(), sort, 1);
    }

    public String self(String path) {
        return path + url(q, filters, sort, page).substring("/search".length());
    }

    private static String url(String q, Map<String, List<String>> filters, String sort, int page) {
        StringBuilder sb = new StringBuilder("/search?q=").append(enc(q));
        filters.forEach((field, values) -> values.forEach(v -> sb.append('&').append(param(field)).append('=').append(enc(v))));
        if (sort != null && !sort.isBlank() && !sort.equals("relevance")) {
            sb.append("&sort=").append(enc(sort));
        }
        if (page > 1) {
            sb.append("&page=").append(page);
        }
        return sb.toString();
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

    static Map<String, String> paramNames() {
        return PARAM_TO_FIELD;
    }
}
