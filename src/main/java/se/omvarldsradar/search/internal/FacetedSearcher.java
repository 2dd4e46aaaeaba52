package se.omvarldsradar.search.internal;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet ordinal state of its reader. Building that state walks every facet
 * value of the index, so it is built once when a reader is opened (on the reopen thread), never per search.
 */
final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facets;

    FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facets = stateOf(reader);
    }

    /** The facet state, or null while the index holds no facet values. */
    SortedSetDocValuesReaderState facets() {
        return facets;
    }

    private static SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, ItemDocuments.FACETS);
        } catch (IllegalArgumentException e) {
            return null; // no document with facets yet
        }
    }

    /** Opens {@link FacetedSearcher}s for the searcher manager. */
    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    }
}
