package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

import se.omvarldsradar.search.SearchPage.FacetCount;
import se.omvarldsradar.search.SearchQuery;

/**
 * The total and the drill-sideways facet counts of a search, counted on bitsets: the base query's matches are
 * collected once per segment, each selected facet becomes the union of its values' documents, and every count
 * is an intersection. A selected facet's own values are counted without that facet's filter (so its other
 * values stay clickable), every other facet with all filters, exactly as Lucene's {@code DrillSideways} does,
 * without scoring or re-reading the ordinals of every match.
 */
final class SidewaysCounts {
    private SidewaysCounts() {
    }

    /** The total, the counts, and the documents found (null when that is every document). */
    record Result(long total, Map<String, List<FacetCount>> facets, DocSetQuery found) {
    }

    static Result count(FacetedSearcher s, Query base, Map<String, List<String>> filters) throws IOException {
        boolean everything = base instanceof MatchAllDocsQuery;
        if (everything && filters.isEmpty()) {
            return new Result(s.getIndexReader().numDocs(), s.allCounts(), null);
        }
        FacetValues values = s.values();
        FixedBitSet[] matches = everything ? values.live() : matches(s, base);
        Map<String, FixedBitSet[]> selected = new LinkedHashMap<>();
        for (String dim : SearchQuery.FACETS) {
            List<String> wanted = filters.get(dim);
            if (wanted != null && !wanted.isEmpty()) {
                selected.put(dim, values.docsWithAny(dim, wanted));
            }
        }
        FixedBitSet[] drilled = and(matches, selected, null);
        int[] sizes = sizes(drilled);
        long total = 0;
        for (int n : sizes) {
            total += n;
        }
        int[] counts = new int[values.size()];
        values.count(drilled, sizes, counts, 0, values.size());
        Map<String, List<FacetCount>> whole = everything && selected.size() == 1 ? s.allCounts() : null;
        Map<String, List<FacetCount>> sideways = new LinkedHashMap<>();
        for (String dim : selected.keySet()) {
            int[] range = values.range(dim);
            if (whole != null) {
                sideways.put(dim, whole.getOrDefault(dim, List.of()));
                continue;
            }
            Arrays.fill(counts, range[0], range[1], 0);
            FixedBitSet[] without = and(matches, selected, dim);
            values.count(without, sizes(without), counts, range[0], range[1]);
        }
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : SearchQuery.FACETS) {
            out.put(dim, sideways.containsKey(dim) ? sideways.get(dim) : top(values, counts, dim));
        }
        return new Result(total, out, new DocSetQuery(drilled, sizes));
    }

    /** The base query's matches per segment, deleted documents left out. */
    private static FixedBitSet[] matches(FacetedSearcher s, Query base) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        FixedBitSet[] out = new FixedBitSet[leaves.size()];
        Query rewritten = s.rewrite(base);
        Weight weight = s.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        boolean anyWord = disjunction(rewritten);
        FixedBitSet[] live = anyWord ? s.values().live() : null;
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            out[leaf.ord] = bits;
            if (anyWord) {
                // Each word's postings straight into the bitset, block by block, then the deleted ones taken out.
                Scorer scorer = weight.scorer(leaf);
                if (scorer != null) {
                    DocIdSetIterator it = scorer.iterator();
                    it.nextDoc(); // intoBitSet starts at the current document
                    it.intoBitSet(DocIdSetIterator.NO_MORE_DOCS, bits, 0);
                    bits.and(live[leaf.ord]);
                }
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                scorer.score(new Into(bits), leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
            }
        }
        return out;
    }

    /** Whether the query matches a document having any one of its terms: a term, or terms OR-ed. */
    private static boolean disjunction(Query q) {
        if (q instanceof BoostQuery b) {
            return disjunction(b.getQuery());
        }
        if (q instanceof BooleanQuery b) {
            return b.getMinimumNumberShouldMatch() == 0 && !b.clauses().isEmpty()
                    && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD && disjunction(c.query()));
        }
        return q instanceof TermQuery;
    }

    /** The matches AND every selected facet except {@code skip} (null: all of them). */
    private static FixedBitSet[] and(FixedBitSet[] matches, Map<String, FixedBitSet[]> selected, String skip) {
        if (selected.isEmpty() || selected.size() == 1 && selected.containsKey(skip)) {
            return matches; // nothing to AND: the matches themselves, never modified after this
        }
        FixedBitSet[] out = new FixedBitSet[matches.length];
        for (int i = 0; i < matches.length; i++) {
            FixedBitSet bits = matches[i].clone();
            for (var e : selected.entrySet()) {
                if (!e.getKey().equals(skip)) {
                    bits.and(e.getValue()[i]);
                }
            }
            out[i] = bits;
        }
        return out;
    }

    private static int[] sizes(FixedBitSet[] bits) {
        int[] sizes = new int[bits.length];
        for (int i = 0; i < bits.length; i++) {
            sizes[i] = bits[i].cardinality();
        }
        return sizes;
    }

    /** A dimension's most common values, as Lucene orders them: by count, then by value. */
    private static List<FacetCount> top(FacetValues values, int[] counts, String dim) {
        int[] range = values.range(dim);
        List<Integer> present = new ArrayList<>();
        for (int g = range[0]; g < range[1]; g++) {
            if (counts[g] > 0 && values.label(g) != null) {
                present.add(g);
            }
        }
        present.sort(Comparator.<Integer>comparingInt(g -> -counts[g]).thenComparingInt(g -> g));
        List<FacetCount> out = new ArrayList<>(Math.min(present.size(), FacetLists.VALUES));
        for (int g : present.subList(0, Math.min(present.size(), FacetLists.VALUES))) {
            out.add(new FacetCount(values.label(g), counts[g]));
        }
        return List.copyOf(out);
    }

    /** Sets the bit of every collected document. */
    private record Into(FixedBitSet bits) implements LeafCollector {
        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public void collect(int doc) {
            bits.set(doc);
        }

        @Override
        public void collectRange(int min, int max) {
            bits.set(min, max);
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
            stream.forEach(bits::set);
        }
    }
}
