package se.omvarldsradar.classify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.omvarldsradar.classify.internal.Analysis.Positioned;

/** One analysed field (title or body) as an inverted list stem → positions, to count term and phrase hits. */
final class AnalysedText {
    private final Map<String, List<Integer>> positions = new HashMap<>();

    AnalysedText(List<Positioned> tokens) {
        for (Positioned p : tokens) {
            positions.computeIfAbsent(p.stem(), k -> new ArrayList<>(2)).add(p.position());
        }
    }

    /** How often the term (one or more stems at fixed relative positions) occurs. */
    int count(List<Positioned> term) {
        if (term.isEmpty()) {
            return 0;
        }
        List<Integer> starts = positions.get(term.getFirst().stem());
        if (starts == null) {
            return 0;
        }
        if (term.size() == 1) {
            return starts.size();
        }
        int n = 0;
        for (int start : starts) {
            if (followedBy(term, start)) {
                n++;
            }
        }
        return n;
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
