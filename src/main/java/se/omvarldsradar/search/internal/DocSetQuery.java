package se.omvarldsradar.search.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents already found, one bitset per segment of the searcher that found them, as a filter: ranking
 * the page then scores the query text within them instead of evaluating facet filters and date ranges again.
 * Valid only on that same searcher; never cached.
 */
final class DocSetQuery extends Query {
    private final FixedBitSet[] bits;
    private final int[] sizes;

    DocSetQuery(FixedBitSet[] bits, int[] sizes) {
        this.bits = bits;
        this.sizes = sizes;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                if (context.ord >= bits.length || bits[context.ord].length() != context.reader().maxDoc()) {
                    throw new IllegalStateException("a document set used on another searcher");
                }
                if (sizes[context.ord] == 0) {
                    return null;
                }
                var iterator = new BitSetIterator(bits[context.ord], sizes[context.ord]);
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
