package se.omvarldsradar.classify.internal;

import java.util.ArrayList;
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
     * if so covers what it matched: a word inside a phrase that already counted ("trade" in "trade
     * agreement") or a part inside a compound that did ("handel" in "narkotikahandel") does not count again.
     * Two parts of one compound ("hamn" and "terminal" in "hamnterminal") share a position but not a
     * spelling, so they do not cover each other.
     */
    boolean matchUncovered(List<Positioned> term, Coverage covered) {
        List<Integer> starts = term.isEmpty() ? null : positions.get(term.getFirst().stem());
        if (starts == null) {
            return false;
        }
        int first = term.getFirst().position();
        boolean found = false;
        for (int start : starts) {
            if (term.size() > 1 && !followedBy(term, start)) {
                continue;
            }
            boolean fresh = false;
            for (Positioned p : term) {
                fresh |= !covered.covers(start + p.position() - first, p.stem());
            }
            if (fresh) {
                term.forEach(p -> covered.add(start + p.position() - first, p.stem()));
                found = true;
            }
        }
        return found;
    }

    /** The stems already counted, by position. */
    static final class Coverage {
        private final Map<Integer, List<String>> byPosition = new HashMap<>();

        boolean covers(int position, String stem) {
            return byPosition.getOrDefault(position, List.of()).stream().anyMatch(s -> s.contains(stem));
        }

        void add(int position, String stem) {
            byPosition.computeIfAbsent(position, k -> new ArrayList<>(2)).add(stem);
        }
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
