package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

import se.omvarldsradar.search.SearchPage.FacetCount;
import se.omvarldsradar.search.SearchQuery;

/** Facet counts as the search page shows them: every dimension, its top values with counts. */
final class FacetLists {
    static final int VALUES = 30;

    private FacetLists() {
    }

    static Map<String, List<FacetCount>> of(Facets facets) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : SearchQuery.FACETS) {
            FacetResult r;
            try {
                r = facets.getTopChildren(VALUES, dim);
            } catch (IllegalArgumentException e) {
                r = null; // dimension not present in the index
            }
            List<FacetCount> counts = new ArrayList<>();
            if (r != null) {
                for (var lv : r.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, List.copyOf(counts));
        }
        return out;
    }
}
