package se.omvarldsradar.digest.internal;

import java.util.Base64;
import java.util.BitSet;
import java.util.Collection;

/**
 * The item versions (change sequences) a digest run read among the items changed in its last minutes: the
 * next digest's look-back overlaps those minutes, to catch a change committed after the run read, and leaves out
 * of "new" what this run already read. Without it, an item a digest counted but cut from a full section ("N till")
 * would come again as new in the next one. A bit set from the lowest sequence: a few hundred bytes for the changes
 * of a few minutes. Stored with the recipient's watermark as {@code from:base64}.
 */
record SeenChanges(long from, BitSet seqs) {
    static final SeenChanges NONE = new SeenChanges(0, new BitSet());
    /** Larger ones (a bulk change of millions of items just before a digest) are not kept: the look-back then reads as before. */
    static final int MAX_TEXT = 900_000;

    static SeenChanges of(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return NONE;
        }
        long from = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
        long to = seqs.stream().mapToLong(Long::longValue).max().orElseThrow();
        if (to - from >= Integer.MAX_VALUE) {
            return NONE;
        }
        BitSet bits = new BitSet((int) (to - from + 1));
        seqs.forEach(s -> bits.set((int) (s - from)));
        return new SeenChanges(from, bits);
    }

    boolean contains(long seq) {
        long at = seq - from;
        return at >= 0 && at < Integer.MAX_VALUE && seqs.get((int) at);
    }

    /** {@code from:base64}, or null when there is nothing to keep or too much. */
    String encode() {
        if (seqs.isEmpty()) {
            return null;
        }
        String text = from + ":" + Base64.getEncoder().encodeToString(seqs.toByteArray());
        return text.length() > MAX_TEXT ? null : text;
    }

    static SeenChanges decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        int colon = text.indexOf(':');
        return new SeenChanges(Long.parseLong(text.substring(0, colon)),
                BitSet.valueOf(Base64.getDecoder().decode(text.substring(colon + 1))));
    }
}
