package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.ItemsStored;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.search.IndexSettings;

/**
 * Keeps the index in step with the database: the items of each {@link ItemsStored} are indexed after their
 * transaction commits (the fast path); a catch-up by change sequence (at start by {@link IndexStartupCheck}, then
 * periodically) picks up anything stored by another process or missed.
 */
@Component
public class Indexer {
    private static final Logger log = LoggerFactory.getLogger(Indexer.class);
    private static final int BATCH = 500;
    /** Longer than any store transaction lasts: a change commits at most this long after it was stamped. */
    static final Duration SETTLE = Duration.ofMinutes(1);
    /**
     * At most this many recent changes are checked per catch-up, the latest ones: only transactions open at the
     * same time commit out of order, and after a bulk change (a retag, a first crawl) the first pass indexed them.
     */
    static final int LOOK_BACK_ITEMS = 20_000;

    private final LuceneIndex index;
    private final Items items;
    private final CurrentConfig config;
    private final Clock clock;
    private final int maxSegments;
    private final Duration lookBack;

    Indexer(LuceneIndex index, Items items, CurrentConfig config, IndexSettings settings, Optional<Clock> clock,
            @Value("${radar.index.catch-up-every:15s}") Duration catchUpEvery) {
        this.index = index;
        this.items = items;
        this.config = config;
        this.maxSegments = settings.maxSegments();
        this.clock = clock.orElse(Clock.systemUTC());
        this.lookBack = SETTLE.plus(catchUpEvery.multipliedBy(2));
    }

    /** Indexes what one transaction stored, read back in one query. */
    @TransactionalEventListener
    public void on(ItemsStored event) throws IOException {
        for (Item item : items.findAll(event.itemIds())) {
            index(item);
        }
    }

    /**
     * Indexes every item changed after the index's sequence, then every recent change the index does not hold
     * although its sequence is below: transactions commit out of sequence order (crawls side by side, a
     * {@code crawl --once} beside the server), so a change may become visible after later ones were indexed. A
     * change is stamped (last_changed) before it commits, at most {@link #SETTLE} before, and each catch-up looks
     * back over that and two catch-up intervals, so one of them sees it. Returns how many items it indexed.
     */
    @Scheduled(fixedDelayString = "${radar.index.catch-up-every:15s}", initialDelayString = "${radar.index.catch-up-every:15s}")
    public synchronized int catchUp() {
        if (!index.writable()) {
            return 0;
        }
        int n = 0;
        try {
            List<Item> batch;
            while (!(batch = items.changedAfter(index.indexedSeq(), BATCH)).isEmpty()) {
                for (Item item : batch) {
                    index(item);
                }
                n += batch.size();
            }
            Map<String, Long> recent = items.changeSeqsSince(clock.instant().minus(lookBack), index.indexedSeq(),
                    LOOK_BACK_ITEMS);
            if (!recent.isEmpty()) {
                index.refresh(); // what was written a moment ago counts as held
                for (Item item : items.findAll(index.read(s -> HeldChangeSeqs.missing(s, recent)))) {
                    index(item);
                    n++;
                }
            }
            if (n > 0) {
                index.commit();
                log.info("Indexed {} items from the database", n);
            }
        } catch (IOException e) {
            log.error("Index catch-up failed", e);
        }
        return n;
    }

    /** Rebuilds the whole index from the database, then merges it as the nightly maintenance would. */
    public synchronized int reindex() throws IOException {
        index.deleteAll();
        index.commit();
        int n = catchUp();
        merge();
        return n;
    }

    /**
     * The nightly maintenance: merges the index down to {@code radar.index.max-segments} segments. Every search
     * visits every segment, so a search over one segment of 1M items costs 10-23 % less CPU than over the 9-14
     * that bulk writing leaves (docs/benchmarks.md). Crawls go on meanwhile; their items are indexed when it is done.
     * Returns the segments after it.
     */
    @Scheduled(cron = "${radar.index.merge-at:0 30 3 * * *}", zone = "Europe/Stockholm")
    public synchronized int merge() {
        try {
            long start = System.nanoTime();
            int before = index.merge(maxSegments);
            int after = index.segments();
            if (after < before) {
                log.info("Merged the index from {} to {} segments in {} s", before, after,
                        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            }
            return after;
        } catch (IOException | RuntimeException e) {
            log.error("Index merge failed; searches go on over the segments as they were", e);
            return -1;
        }
    }

    /**
     * Re-indexes the calls whose status the passing of time has changed (open past its last deadline,
     * forthcoming past its opening), so the status facet stays true without a full reindex.
     */
    @Scheduled(fixedDelayString = "${radar.index.status-every:1h}", initialDelayString = "${radar.index.status-every:1h}")
    public synchronized int refreshStatuses() {
        if (!index.writable()) {
            return 0;
        }
        long now = clock.millis();
        Query stale = new BooleanQuery.Builder()
                .add(both(new TermQuery(new Term("status", "open")), LongPoint.newRangeQuery(ItemDocuments.DEADLINE_LAST, Long.MIN_VALUE, now - 1)), BooleanClause.Occur.SHOULD)
                .add(both(new TermQuery(new Term("status", "forthcoming")), LongPoint.newRangeQuery(ItemDocuments.OPENING, Long.MIN_VALUE, now)), BooleanClause.Occur.SHOULD)
                .build();
        try {
            List<String> ids = index.read(s -> s == null ? List.<String>of() : ids(s, stale));
            int n = 0;
            for (Item item : items.findAll(ids)) {
                index(item);
                n++;
            }
            if (n > 0) {
                index.commit();
                log.info("Re-indexed {} calls whose status changed", n);
            }
            return n;
        } catch (IOException e) {
            log.error("Status refresh failed", e);
            return 0;
        }
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
    }

    private static List<String> ids(IndexSearcher s, Query q) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        for (ScoreDoc d : s.search(q, 10_000).scoreDocs) {
            ids.add(s.storedFields().document(d.doc).get("id"));
        }
        return ids;
    }

    @Scheduled(fixedDelayString = "${radar.index.commit-every:30s}")
    public void commit() {
        index.commit();
    }

    private void index(Item item) throws IOException {
        String sourceName = config.get().source(item.sourceId()).map(SourceDefinition::name).orElse(item.sourceId());
        index.upsert(item.id(), ItemDocuments.toDocument(item, sourceName, clock.instant()), item.seq());
    }
}
