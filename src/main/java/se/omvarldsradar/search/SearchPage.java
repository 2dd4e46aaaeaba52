package se.omvarldsradar.search;

import java.util.List;
import java.util.Map;

/** One page of results, the facet counts of the whole result set, and a spelling suggestion when nothing matched. */
public record SearchPage(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, int page, int size,
        String suggestion) {

    /** A facet value and how many results have it. */
    public record FacetCount(String value, long count) {
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
