package se.omvarldsradar.search;

import java.util.List;

/** Searching the index, and rebuilding it from the database. */
public interface ItemSearch {

    /**
     * Runs a search.
     *
     * @throws InvalidQueryException when the query cannot be run, with a message for the user
     */
    SearchPage search(SearchQuery query);

    /** Items most like the given one (shared distinctive words), best first; empty when it is not indexed. */
    List<SearchHit> similar(String id, int max);

    /** Items per sector for each of the last {@code weeks} weeks, and open calls' cut-offs in the next {@code days} days. */
    Overview overview(int weeks, int days);

    /** Drops the index and rebuilds it from the database; returns the number of items indexed. */
    int reindex();

    /** Makes everything stored so far searchable (catch-up and refresh); returns the number of items caught up. */
    int refresh();

    /** Number of documents in the index. */
    long size();
}
