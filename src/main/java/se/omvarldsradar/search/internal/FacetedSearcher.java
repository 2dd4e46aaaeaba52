package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;

import se.omvarldsradar.search.SearchPage.FacetCount;

/**
 * A searcher that carries the facet ordinal state of its reader. Building that state walks every facet
 * value of the index, so it is built once when a reader is opened (on the reopen thread), never per search.
 */
final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facets;
    private final FacetValues values;
    private final Map<CountKey, SidewaysCounts.Result> counted;
    private volatile Map<String, List<FacetCount>> allCounts;
    private volatile FieldInfos fieldInfos;

    private record CountKey(Query base, Map<String, List<String>> filters) {
    }

    private FacetedSearcher(IndexReader reader, FacetValues.SegmentSource segments, int countCache) throws IOException {
        super(reader);
        this.facets = stateOf(reader);
        this.values = new FacetValues(reader, segments);
        this.counted = countCache <= 0 ? null : Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CountKey, SidewaysCounts.Result> eldest) {
                return size() > countCache;
            }
        });
    }

    /**
     * The total and facet counts of a search, remembered for this reader (a reader never changes, so neither do
     * they): the pages of a search, its sort orders, and its Atom and iCalendar forms count once.
     */
    SidewaysCounts.Result counts(Query base, Map<String, List<String>> filters) throws IOException {
        if (counted == null) {
            return SidewaysCounts.count(this, base, filters);
        }
        CountKey key = new CountKey(base, filters);
        SidewaysCounts.Result known = counted.get(key);
        if (known == null) {
            known = SidewaysCounts.count(this, base, filters);
            counted.put(key, known);
        }
        return known;
    }

    /** Every facet value's documents, per segment: what {@link SidewaysCounts} counts with. */
    FacetValues values() {
        return values;
    }

    /** The fields of every segment merged, as the highlighter needs them: merged once per reader, not per search. */
    FieldInfos fieldInfos() {
        FieldInfos infos = fieldInfos;
        if (infos == null) {
            infos = FieldInfos.getMergedFieldInfos(getIndexReader());
            fieldInfos = infos;
        }
        return infos;
    }

    /** The facet state, or null while the index holds no facet values. */
    SortedSetDocValuesReaderState facets() {
        return facets;
    }

    /**
     * The facet counts of the whole index, counted once per reader: what browsing without a query shows, and
     * the drill-sideways counts of the one facet selected when browsing.
     */
    Map<String, List<FacetCount>> allCounts() throws IOException {
        Map<String, List<FacetCount>> counts = allCounts;
        if (counts == null) {
            counts = facets == null ? Map.of() : FacetLists.of(new SortedSetDocValuesFacetCounts(facets));
            allCounts = counts;
        }
        return counts;
    }

    private static SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, ItemDocuments.FACETS);
        } catch (IllegalArgumentException e) {
            return null; // no document with facets yet
        }
    }

    /**
     * Opens {@link FacetedSearcher}s for the searcher manager. The facet documents of a segment are built when
     * a searcher first sees it (on the reopen thread, not in a search) and kept until the segment is closed.
     */
    static final class Factory extends SearcherFactory {
        private final Map<IndexReader.CacheKey, SegmentFacets> segments = new ConcurrentHashMap<>();
        private final int countCache;

        /** @param countCache how many searches' counts each searcher remembers (0: none) */
        Factory(int countCache) {
            this.countCache = countCache;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader, this::segment, countCache);
        }

        private SegmentFacets segment(LeafReader segment) throws IOException {
            IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
            if (helper == null) {
                return SegmentFacets.build(segment, ItemDocuments.FACETS_FIELD);
            }
            SegmentFacets known = segments.get(helper.getKey());
            if (known != null) {
                return known;
            }
            SegmentFacets built = SegmentFacets.build(segment, ItemDocuments.FACETS_FIELD);
            if (segments.putIfAbsent(helper.getKey(), built) == null) {
                helper.addClosedListener(segments::remove);
            }
            return built;
        }

        /** Segments whose facet documents are held (for tests). */
        int heldSegments() {
            return segments.size();
        }
    }
}
