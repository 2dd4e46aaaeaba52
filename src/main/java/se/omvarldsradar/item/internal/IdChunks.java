package se.omvarldsradar.item.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Runs a query with an IN list of ids once per chunk: an IN list of every id of a large batch would pass the bind limit. */
public final class IdChunks {
    /** Ids per query: far below PostgreSQL's limit on bind parameters, large enough for one query per crawl. */
    static final int SIZE = 1000;

    private IdChunks() {
    }

    public static void each(Collection<String> ids, Consumer<List<String>> query) {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += SIZE) {
            query.accept(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
    }
}
