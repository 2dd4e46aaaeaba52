package se.omvarldsradar.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import se.omvarldsradar.search.ItemSearch;

/** {@code reindex}: rebuild the Lucene index from the database. */
@Command(name = "reindex", description = "Rebuild the search index from the database.")
class ReindexCommand implements Callable<Integer> {
    private final ItemSearch search;

    ReindexCommand(ItemSearch search) {
        this.search = search;
    }

    @Override
    public Integer call() {
        int n = search.reindex();
        System.out.println("Reindexed " + n + " items");
        return 0;
    }
}
