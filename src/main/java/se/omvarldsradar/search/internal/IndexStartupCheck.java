package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.omvarldsradar.item.Items;

/**
 * Checks at start that the index agrees with the database and rebuilds it (as {@code reindex} does) when not:
 * when it was unreadable and begun afresh, when it holds changes the database does not (a database restored
 * from an older backup), or when, caught up, it holds another number of documents than there are items.
 */
@Component
class IndexStartupCheck {
    private static final Logger log = LoggerFactory.getLogger(IndexStartupCheck.class);

    private final LuceneIndex index;
    private final Indexer indexer;
    private final Items items;
    private final boolean enabled;
    private volatile Optional<String> rebuiltBecause = Optional.empty();

    IndexStartupCheck(LuceneIndex index, Indexer indexer, Items items,
            @Value("${radar.index.check-at-start:true}") boolean enabled) {
        this.index = index;
        this.indexer = indexer;
        this.items = items;
        this.enabled = enabled;
    }

    @EventListener(ContextRefreshedEvent.class)
    public void check() throws IOException {
        if (!index.writable() || !enabled) {
            return; // the process holding the index keeps it in step; or the operator turned the check off
        }
        Optional<String> reason = disagreement();
        if (reason.isPresent()) {
            log.warn("Rebuilding the search index from the database: {}", reason.get());
            int n = indexer.reindex();
            log.info("Search index rebuilt: {} items", n);
        }
        rebuiltBecause = reason;
    }

    /** Why the index was rebuilt at start, if it was. */
    public Optional<String> rebuiltBecause() {
        return rebuiltBecause;
    }

    private Optional<String> disagreement() throws IOException {
        if (index.wasReset()) {
            return Optional.of("the index was begun afresh (it could not be read, or had an older layout)");
        }
        long databaseSeq = items.maxSeq();
        if (index.indexedSeq() > databaseSeq) {
            return Optional.of("the index holds changes up to " + index.indexedSeq() + " but the database only up to "
                    + databaseSeq + " (was the database restored from a backup?)");
        }
        indexer.catchUp();
        index.refresh();
        long documents = index.documents();
        long count = items.count();
        return documents == count ? Optional.empty()
                : Optional.of("the index holds " + documents + " documents but the database " + count + " items");
    }
}
