package se.omvarldsradar.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import se.omvarldsradar.crawl.Retagger;
import se.omvarldsradar.search.ItemSearch;

/** {@code retag}: re-tag every stored item with the category terms now in feeds.yml, and update the index. */
@Command(name = "retag", description = "Re-tag stored items after the category terms in feeds.yml changed.")
class RetagCommand implements Callable<Integer> {
    private final Retagger retagger;
    private final ItemSearch search;

    RetagCommand(Retagger retagger, ItemSearch search) {
        this.retagger = retagger;
        this.search = search;
    }

    @Override
    public Integer call() {
        int changed = retagger.retagAll();
        search.refresh();
        System.out.println("Re-tagged: " + changed + " items got different tags");
        return 0;
    }
}
