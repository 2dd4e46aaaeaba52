package se.omvarldsradar.search.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of every facet value of one segment: a bitset for a common value, a sorted array of document
 * numbers for a rare one. A segment never changes once written, so this is built once per segment and shared
 * by every searcher that sees it; deleted documents are left out on the query side.
 *
 * <p>Counting a common value over a large result is then one AND-and-popcount of two bitsets, and the rare
 * values are counted from a packed per-document array, instead of decoding the facet ordinals of every
 * matching document; a small result is still counted document by document.
 */
final class SegmentFacets {
    /** A value in at least one document in this many is kept as a bitset (where a bitset is the smaller). */
    private static final int DENSE = 32;

    private final int maxDoc;
    private final BytesRef[] terms;
    private final FixedBitSet[] dense;
    private final int[][] sparse;
    /**
     * The rare values of each document as columns, counted without a branch per document: the first and second
     * rare value's ordinal plus one (0: none, counted into a slot no value uses), and those beyond the second,
     * which few documents have, per document in {@code extraDocs} (sorted) with their values in
     * {@code extra[extraStart[i] .. extraStart[i + 1])}. Null when the segment has too many values for a char.
     */
    private final char[] rare1;
    private final char[] rare2;
    private final int[] extraDocs;
    private final int[] extraStart;
    private final int[] extra;
    /** (document, value) pairs in the segment: the work of counting every document's ordinals. */
    private final long pairs;

    private SegmentFacets(int maxDoc, BytesRef[] terms, FixedBitSet[] dense, int[][] sparse, long pairs) {
        this.maxDoc = maxDoc;
        this.terms = terms;
        this.dense = dense;
        this.sparse = sparse;
        this.pairs = pairs;
        if (terms.length >= Character.MAX_VALUE) {
            rare1 = rare2 = null;
            extraDocs = extraStart = extra = null;
            return;
        }
        rare1 = new char[maxDoc];
        rare2 = new char[maxDoc];
        int[] more = new int[maxDoc];
        for (int o = 0; o < terms.length; o++) { // in ordinal order, so each document's values end up sorted
            if (sparse[o] != null) {
                for (int doc : sparse[o]) {
                    if (rare1[doc] == 0) {
                        rare1[doc] = (char) (o + 1);
                    } else if (rare2[doc] == 0) {
                        rare2[doc] = (char) (o + 1);
                    } else {
                        more[doc]++;
                    }
                }
            }
        }
        int docsWithMore = 0;
        int values = 0;
        for (int d = 0; d < maxDoc; d++) {
            if (more[d] > 0) {
                docsWithMore++;
                values += more[d];
            }
        }
        extraDocs = new int[docsWithMore];
        extraStart = new int[docsWithMore + 1];
        extra = new int[values];
        for (int d = 0, i = 0; d < maxDoc; d++) {
            if (more[d] > 0) {
                extraDocs[i] = d;
                extraStart[i + 1] = extraStart[i] + more[d];
                i++;
            }
        }
        int[] filled = new int[docsWithMore];
        for (int o = 0; o < terms.length; o++) {
            if (sparse[o] != null) {
                for (int doc : sparse[o]) {
                    if (more[doc] > 0 && rare2[doc] != 0 && rare1[doc] != o + 1 && rare2[doc] != o + 1) {
                        int i = java.util.Arrays.binarySearch(extraDocs, doc);
                        extra[extraStart[i] + filled[i]++] = o;
                    }
                }
            }
        }
    }

    static SegmentFacets build(LeafReader reader, String field) throws IOException {
        int maxDoc = reader.maxDoc();
        SortedSetDocValues dv = reader.getSortedSetDocValues(field);
        if (dv == null) {
            return new SegmentFacets(maxDoc, new BytesRef[0], new FixedBitSet[0], new int[0][], 0);
        }
        int n = Math.toIntExact(dv.getValueCount());
        BytesRef[] terms = new BytesRef[n];
        for (int o = 0; o < n; o++) {
            terms[o] = BytesRef.deepCopyOf(dv.lookupOrd(o));
        }
        int[] freq = new int[n];
        long pairs = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            for (int i = 0, c = dv.docValueCount(); i < c; i++) {
                freq[(int) dv.nextOrd()]++;
                pairs++;
            }
        }
        FixedBitSet[] dense = new FixedBitSet[n];
        int[][] sparse = new int[n][];
        for (int o = 0; o < n; o++) {
            if ((long) freq[o] * DENSE >= maxDoc) {
                dense[o] = new FixedBitSet(maxDoc);
            } else {
                sparse[o] = new int[freq[o]];
            }
        }
        int[] filled = new int[n];
        dv = reader.getSortedSetDocValues(field);
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            for (int i = 0, c = dv.docValueCount(); i < c; i++) {
                int o = (int) dv.nextOrd();
                if (dense[o] != null) {
                    dense[o].set(doc);
                } else {
                    sparse[o][filled[o]++] = doc;
                }
            }
        }
        return new SegmentFacets(maxDoc, terms, dense, sparse, pairs);
    }

    /** The facet values (FacetsConfig's "dim\u001flabel" terms) by segment ordinal. */
    BytesRef[] terms() {
        return terms;
    }

    /** Adds the documents of a value to {@code into}. */
    void or(int ord, FixedBitSet into) {
        if (dense[ord] != null) {
            into.or(dense[ord]);
        } else {
            for (int doc : sparse[ord]) {
                into.set(doc);
            }
        }
    }

    /**
     * Adds to {@code counts} (indexed by {@code toGlobal[ord]}) how many documents of {@code docs} have each value
     * whose global index lies in [lo, hi). {@code size} is the number of documents in {@code docs}.
     */
    void count(FixedBitSet docs, int size, LeafReader reader, String field, int[] toGlobal, int[] counts, int lo, int hi)
            throws IOException {
        if (size == 0) {
            return;
        }
        long denseWords = 0;
        boolean rareInRange = false;
        for (int o = 0; o < terms.length; o++) {
            if (toGlobal[o] >= lo && toGlobal[o] < hi) {
                if (dense[o] != null) {
                    denseWords += FixedBitSet.bits2words(maxDoc);
                } else {
                    rareInRange = true;
                }
            }
        }
        // A small result: reading its documents' ordinals is cheaper than any bitset pass. Decoding one (document,
        // value) pair from the doc values costs some 30 times what one word of a bitset intersection does (measured
        // with bench/search CpuPerSearch at 1M items: 12 and 32 beat the 4 used before by 5 %).
        if ((long) size * pairs / Math.max(1, maxDoc) * 32 < denseWords || rare1 == null) {
            countByDocument(docs, size, reader, field, toGlobal, counts, lo, hi);
            return;
        }
        for (int o = 0; o < terms.length; o++) {
            int g = toGlobal[o];
            if (dense[o] != null && g >= lo && g < hi) {
                counts[g] += (int) FixedBitSet.intersectionCount(docs, dense[o]);
            }
        }
        if (rareInRange) {
            countRare(docs, toGlobal, counts, lo, hi);
        }
    }

    /** The rare values of the documents, from the columns: one pass over the set bits, in segment ordinals. */
    private void countRare(FixedBitSet docs, int[] toGlobal, int[] counts, int lo, int hi) {
        int[] local = new int[terms.length + 1]; // slot 0 counts "no value"
        long[] words = docs.getBits();
        char[] first = rare1;
        char[] second = rare2;
        for (int i = 0, numWords = FixedBitSet.bits2words(maxDoc); i < numWords; i++) {
            long word = words[i];
            while (word != 0) {
                int doc = (i << 6) | Long.numberOfTrailingZeros(word);
                word &= word - 1;
                local[first[doc]]++;
                local[second[doc]]++;
            }
        }
        for (int i = 0; i < extraDocs.length; i++) {
            if (docs.get(extraDocs[i])) {
                for (int k = extraStart[i]; k < extraStart[i + 1]; k++) {
                    local[extra[k] + 1]++;
                }
            }
        }
        for (int o = 0; o < terms.length; o++) {
            int g = toGlobal[o];
            if (local[o + 1] > 0 && g >= lo && g < hi) {
                counts[g] += local[o + 1];
            }
        }
    }

    private static void countByDocument(FixedBitSet docs, int size, LeafReader reader, String field, int[] toGlobal,
            int[] counts, int lo, int hi) throws IOException {
        SortedSetDocValues dv = reader.getSortedSetDocValues(field);
        if (dv == null) {
            return;
        }
        BitSetIterator it = new BitSetIterator(docs, size);
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (dv.advanceExact(doc)) {
                for (int i = 0, c = dv.docValueCount(); i < c; i++) {
                    int g = toGlobal[(int) dv.nextOrd()];
                    if (g >= lo && g < hi) {
                        counts[g]++;
                    }
                }
            }
        }
    }
}
