package se.omvarldsradar.classify.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.omvarldsradar.classify.internal.Analysis.Positioned;

/** One analysed field (title or body) as an inverted list stem → positions, to find term and phrase hits. */
final class AnalysedText {
    private final Map<String, List<Integer>> positions = new HashMap<>();

    AnalysedText(List<Positioned> tokens) {
        for (Positioned p : tokens) {
            positions.computeIfAbsent(p.stem(), k -> new ArrayList<>(2)).add(p.position());
        }
    }

    /**
     * Whether the term (one or more stems at fixed relative positions) occurs anywhere not yet covered, and
     * if so marks the positions it spans as covered: a word inside a phrase that already counted ("trade" in
     * "trade agreement") does not count again.
     */
    boolean matchUncovered(List<Positioned> term, BitSet covered) {
        List<Integer> starts = term.isEmpty() ? null : positions.get(term.getFirst().stem());
        if (starts == null) {
            return false;
        }
        int span = term.getLast().position() - term.getFirst().position() + 1;
        boolean found = false;
        for (int start : starts) {
            if ((term.size() == 1 || followedBy(term, start)) && covered.nextClearBit(start) < start + span) {
                covered.set(start, start + span);
                found = true;
            }
        }
        return found;
    }

    private boolean followedBy(List<Positioned> term, int start) {
        int first = term.getFirst().position();
        for (int i = 1; i < term.size(); i++) {
            List<Integer> at = positions.get(term.get(i).stem());
            if (at == null || !at.contains(start + term.get(i).position() - first)) {
                return false;
            }
        }
        return true;
    }
}
