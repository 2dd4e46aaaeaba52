package se.omvarldsradar.classify.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.omvarldsradar.classify.Tags.Tag;
import se.omvarldsradar.classify.internal.CompiledCategory.Term;

/**
 * Scores one category on an analysed item: each configured term counts its weight once (times the
 * category's title weight when the title has it), so a long text repeating a word does not outweigh a
 * short one naming it. Longer phrases are matched first and the words they cover do not count again.
 * Hints from the source or the programme add the threshold, so they tag on their own.
 */
final class CategoryScorer {
    static final String SOURCE_HINT = "source";
    static final String PROGRAMME_HINT = "programme ";

    private CategoryScorer() {
    }

    /** The analysed title and body of an item in one language. */
    record Fields(AnalysedText title, AnalysedText body) {
    }

    /**
     * The tag, or null when the score stays under the threshold.
     *
     * @param fields    the item analysed per language whose terms are to be used
     * @param byDefault whether the item's source gives every item this category
     * @param programme the item's programme as named in its call details, may be null
     */
    static Tag score(CompiledCategory c, Map<String, Fields> fields, boolean byDefault, String programme) {
        Scored best = null;
        for (var e : fields.entrySet()) {
            Scored s = termScore(c, c.terms().getOrDefault(e.getKey(), List.of()), e.getValue());
            if (best == null || s.score > best.score) {
                best = s;
            }
        }
        double score = best == null ? 0 : best.score;
        List<String> because = best == null ? new ArrayList<>() : best.because;
        if (byDefault) {
            score += c.threshold();
            because.add(SOURCE_HINT);
        }
        if (programme != null && c.programmes().contains(CompiledCategory.programmeKey(programme))) {
            score += c.threshold();
            because.add(PROGRAMME_HINT + programme);
        }
        return score >= c.threshold() ? new Tag(c.id(), Math.round(score * 100) / 100.0, because) : null;
    }

    private record Scored(double score, List<String> because) {
    }

    private record Hit(String text, double value) {
    }

    private static Scored termScore(CompiledCategory c, List<Term> terms, Fields f) {
        double score = 0;
        List<Hit> hits = new ArrayList<>();
        var titleCovered = new AnalysedText.Coverage();
        var bodyCovered = new AnalysedText.Coverage();
        for (Term t : terms) {
            boolean inTitle = f.title().matchUncovered(t.stems(), titleCovered);
            boolean inBody = f.body().matchUncovered(t.stems(), bodyCovered);
            if (!inTitle && !inBody) {
                continue;
            }
            // negative terms argue against the category; a title mention argues harder either way
            double value = t.weight() * (inTitle ? c.titleWeight() : 1);
            score += value;
            if (value > 0) {
                hits.add(new Hit(t.text(), value));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::value).reversed());
        return new Scored(score, new ArrayList<>(hits.stream().map(Hit::text).toList()));
    }
}
