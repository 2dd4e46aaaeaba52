package se.omvarldsradar.search;

/** Searching the index, and rebuilding it from the database. */
public interface ItemSearch {

    /**
     * Runs a search.
     *
     * @throws InvalidQueryException when the query cannot be run, with a message for the user
     */
    SearchPage search(SearchQuery query);

    /** Drops the index and rebuilds it from the database; returns the number of items indexed. */
    int reindex();

    /** Makes everything stored so far searchable (catch-up and refresh); returns the number of items caught up. */
    int refresh();

    /** Number of documents in the index. */
    long size();
}
