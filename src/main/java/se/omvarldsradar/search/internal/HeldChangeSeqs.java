package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The change sequences the index holds within a range, read from the documents' doc values in one pass over a
 * point range query. A change sequence names one version of one item (sequences are never reused), so an item
 * is held at a sequence exactly when that sequence is among them: 20,000 recent changes cost a millisecond or two,
 * not a query each.
 */
final class HeldChangeSeqs implements CollectorManager<HeldChangeSeqs.Collector, Set<Long>> {

    private HeldChangeSeqs() {
    }

    /**
     * Of the given items (id to change sequence), those the searcher does not hold at that sequence: not at all,
     * or an older version. Everything, when there is no index yet.
     */
    static List<String> missing(IndexSearcher searcher, Map<String, Long> seqs) throws IOException {
        if (seqs.isEmpty()) {
            return List.of();
        }
        Set<Long> held = Set.of();
        if (searcher != null) {
            long min = seqs.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            long max = seqs.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            held = searcher.search(LongField.newRangeQuery(ItemDocuments.CHANGE_SEQ, min, max), new HeldChangeSeqs());
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Long> e : seqs.entrySet()) {
            if (!held.contains(e.getValue())) {
                missing.add(e.getKey());
            }
        }
        return missing;
    }

    @Override
    public Collector newCollector() {
        return new Collector();
    }

    @Override
    public Set<Long> reduce(Collection<Collector> collectors) {
        Set<Long> all = new HashSet<>();
        collectors.forEach(c -> all.addAll(c.held));
        return all;
    }

    static final class Collector extends SimpleCollector {
        private final Set<Long> held = new HashSet<>();
        private SortedNumericDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSortedNumeric(context.reader(), ItemDocuments.CHANGE_SEQ);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                held.add(values.nextValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
