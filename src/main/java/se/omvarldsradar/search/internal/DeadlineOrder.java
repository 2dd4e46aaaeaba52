package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.time.Instant;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;

/**
 * The deadline sort key, decided at query time: calls with a cut-off still ahead come first, soonest first;
 * then closed calls, most recently closed first; then everything without a deadline.
 */
final class DeadlineOrder extends LongValuesSource {
    /** Above every epoch millisecond until the year 33658, below {@link #NONE}. */
    private static final long CLOSED = 1L << 50;
    private static final long NONE = Long.MAX_VALUE;
    private final long now;

    private DeadlineOrder(long now) {
        this.now = now;
    }

    /** Deadline order at {@code now}, newest first among equal keys. */
    static Sort sort(Instant now) {
        return new Sort(new DeadlineOrder(now.toEpochMilli()).getSortField(false),
                new SortedNumericSortField(ItemDocuments.PUBLISHED, SortField.Type.LONG, true));
    }

    /** The next cut-off at {@code now} among sorted deadlines: the first ahead, else the last, else null. */
    static Long next(long[] sortedDeadlines, long now) {
        for (long d : sortedDeadlines) {
            if (d >= now) {
                return d;
            }
        }
        return sortedDeadlines.length == 0 ? null : sortedDeadlines[sortedDeadlines.length - 1];
    }

    @Override
    public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedNumericDocValues dv = DocValues.getSortedNumeric(ctx.reader(), ItemDocuments.DEADLINE);
        return new LongValues() {
            private long value;

            @Override
            public long longValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = NONE;
                if (dv.advanceExact(doc)) {
                    long last = 0;
                    for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                        last = dv.nextValue(); // ascending
                        if (last >= now) {
                            value = last;
                            return true;
                        }
                    }
                    value = CLOSED + (CLOSED - 1 - Math.max(0, last));
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(now);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineOrder other && other.now == now;
    }

    @Override
    public String toString() {
        return "deadline-order(now=" + now + ")";
    }
}
