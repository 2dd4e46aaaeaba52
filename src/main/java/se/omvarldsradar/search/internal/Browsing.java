package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

import se.omvarldsradar.search.SearchPage.FacetCount;
import se.omvarldsradar.search.SearchQuery;

/**
 * Browsing without query text or dates, with at most one facet selected: the most common way in, and the
 * most expensive for drill-sideways (it walks every document). Here the whole index's counts, cached per
 * reader, stand in for the selected facet's sideways counts, and only the selected documents are visited.
 */
final class Browsing {
    private Browsing() {
    }

    /** Hits (the first {@code n}), the total, and the facet counts of a browse. */
    record Result(TopDocs top, long total, Map<String, List<FacetCount>> facets) {
    }

    static boolean applies(SearchQuery q) {
        return q.q().isBlank() && q.from() == null && q.to() == null && q.deadlineFrom() == null && q.deadlineTo() == null
                && q.filters().size() <= 1;
    }

    static Result run(FacetedSearcher s, SearchQuery q, Sort sort, int n) throws IOException {
        if (q.filters().isEmpty()) {
            MatchAllDocsQuery all = new MatchAllDocsQuery();
            TopDocs top = sort == null ? s.search(all, n) : s.search(all, n, sort);
            return new Result(top, s.getIndexReader().numDocs(), s.allCounts());
        }
        var selected = q.filters().entrySet().iterator().next();
        DrillDownQuery only = SearchQueries.drillDown(q, new MatchAllDocsQuery());
        FacetsCollectorManager.FacetsResult r = sort == null
                ? FacetsCollectorManager.search(s, only, n, new FacetsCollectorManager())
                : FacetsCollectorManager.search(s, only, n, sort, new FacetsCollectorManager());
        FacetsCollector fc = r.facetsCollector();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>(FacetLists.of(new SortedSetDocValuesFacetCounts(s.facets(), fc)));
        facets.put(selected.getKey(), s.allCounts().getOrDefault(selected.getKey(), List.of()));
        long total = fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        return new Result(r.topDocs(), total, facets);
    }
}
