package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of one searcher's segments under one numbering (sorted like the terms, so each dimension's
 * values are one range), with each segment's {@link SegmentFacets} and its mapping to that numbering.
 */
final class FacetValues {
    /** Builds or finds the facets of one segment. */
    interface SegmentSource {
        SegmentFacets of(LeafReader segment) throws IOException;
    }

    private final List<LeafReaderContext> leaves;
    private final SegmentFacets[] segments;
    private final int[][] toGlobal;
    private final String[] labels;
    private final Map<String, int[]> ranges = new HashMap<>();
    private volatile FixedBitSet[] live;

    FacetValues(IndexReader reader, SegmentSource source) throws IOException {
        this.leaves = reader.leaves();
        this.segments = new SegmentFacets[leaves.size()];
        TreeSet<BytesRef> all = new TreeSet<>();
        for (LeafReaderContext leaf : leaves) {
            segments[leaf.ord] = source.of(leaf.reader());
            all.addAll(Arrays.asList(segments[leaf.ord].terms()));
        }
        BytesRef[] sorted = all.toArray(BytesRef[]::new);
        labels = new String[sorted.length];
        Map<BytesRef, Integer> index = new HashMap<>(); // only to number each segment's values
        for (int g = 0; g < sorted.length; g++) {
            index.put(sorted[g], g);
            String term = sorted[g].utf8ToString();
            int cut = term.indexOf(FacetsConfig.DELIM_CHAR);
            String dim = cut < 0 ? term : term.substring(0, cut);
            labels[g] = cut < 0 ? null : term.substring(cut + 1);
            int[] range = ranges.computeIfAbsent(dim, d -> new int[] {Integer.MAX_VALUE, 0});
            range[0] = Math.min(range[0], g);
            range[1] = Math.max(range[1], g + 1);
        }
        toGlobal = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            BytesRef[] terms = segments[leaf.ord].terms();
            int[] map = new int[terms.length];
            for (int o = 0; o < terms.length; o++) {
                map[o] = index.get(terms[o]);
            }
            toGlobal[leaf.ord] = map;
        }
    }

    /** Per segment, the documents not deleted: what a search without text or dates matches. Shared; never modify. */
    FixedBitSet[] live() {
        FixedBitSet[] bits = live;
        if (bits == null) {
            bits = new FixedBitSet[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                int maxDoc = leaf.reader().maxDoc();
                FixedBitSet b = new FixedBitSet(maxDoc);
                b.set(0, maxDoc);
                Bits liveDocs = leaf.reader().getLiveDocs();
                if (liveDocs != null) {
                    for (int doc = 0; doc < maxDoc; doc++) {
                        if (!liveDocs.get(doc)) {
                            b.clear(doc);
                        }
                    }
                }
                bits[leaf.ord] = b;
            }
            live = bits;
        }
        return bits;
    }

    int size() {
        return labels.length;
    }


    /** The value's label, or null for an entry naming only the dimension. */
    String label(int g) {
        return labels[g];
    }

    /** The numbers of a dimension's values, [from, to); empty when no document has the dimension. */
    int[] range(String dim) {
        return ranges.getOrDefault(dim, new int[] {0, 0});
    }

    /** Per segment, the documents having any of the values of {@code dim} (deleted ones included). */
    FixedBitSet[] docsWithAny(String dim, List<String> values) {
        FixedBitSet[] out = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            out[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
        }
        for (String value : values) {
            // Each segment's values are sorted like its ordinals: the value is found by binary search.
            BytesRef term = new BytesRef(FacetsConfig.pathToString(dim, new String[] {value}));
            for (LeafReaderContext leaf : leaves) {
                int o = Arrays.binarySearch(segments[leaf.ord].terms(), term);
                if (o >= 0) {
                    segments[leaf.ord].or(o, out[leaf.ord]);
                }
            }
        }
        return out;
    }

    /** Adds to {@code counts} how many of the documents (per segment) have each value numbered in [lo, hi). */
    void count(FixedBitSet[] docs, int[] sizes, int[] counts, int lo, int hi) throws IOException {
        for (LeafReaderContext leaf : leaves) {
            segments[leaf.ord].count(docs[leaf.ord], sizes[leaf.ord], leaf.reader(), ItemDocuments.FACETS_FIELD,
                    toGlobal[leaf.ord], counts, lo, hi);
        }
    }
}
