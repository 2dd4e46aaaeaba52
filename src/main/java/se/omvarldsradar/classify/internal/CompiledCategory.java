package se.omvarldsradar.classify.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.omvarldsradar.classify.internal.Analysis.Positioned;
import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.CategoryDefinition.WeightedTerm;

/** A category with its terms analysed once, per language, ready to be matched against analysed items. */
record CompiledCategory(String id, double threshold, double titleWeight, Set<String> programmes,
        Map<String, List<Term>> terms) {

    /** One configured term as written in feeds.yml, its weight, and its stems. */
    record Term(String text, double weight, List<Positioned> stems) {
    }

    static CompiledCategory of(CategoryDefinition c, Map<String, Analysis> analyses) {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        c.terms().forEach((lang, list) -> {
            Analysis analysis = analyses.get(lang);
            if (analysis != null) {
                terms.put(lang, dedupe(list, analysis));
            }
        });
        Set<String> programmes = c.programmes().stream().map(CompiledCategory::programmeKey).collect(Collectors.toSet());
        return new CompiledCategory(c.id(), c.threshold(), c.titleWeight(), programmes, terms);
    }

    /** Programme names compare without case, spaces and punctuation: "Erasmus+" = "erasmus plus" = "ERASMUS". */
    static String programmeKey(String programme) {
        return programme.toLowerCase(Locale.ROOT).replace("+", "plus").replaceAll("[^\\p{L}\\p{N}]", "")
                .replaceAll("plus$", "");
    }

    /**
     * Inflections of one word stem alike ("hamn", "hamnar"); counting both would double a single hit, so
     * the strongest of them is kept. Terms that analyse to nothing (only stop words) are dropped.
     */
    private static List<Term> dedupe(List<WeightedTerm> list, Analysis analysis) {
        Map<List<Positioned>, Term> byStems = new LinkedHashMap<>();
        for (WeightedTerm w : list) {
            List<Positioned> stems = analysis.term(w.text());
            if (stems.isEmpty()) {
                continue;
            }
            Term t = new Term(w.text(), w.weight(), stems);
            byStems.merge(stems, t, (a, b) -> Math.abs(b.weight()) > Math.abs(a.weight()) ? b : a);
        }
        List<Term> terms = new ArrayList<>(byStems.values());
        // longest first, so that a phrase covers its words, and a compound ("narkotikahandel") its parts,
        // before the shorter terms are tried
        terms.sort(Comparator.comparingInt((Term t) -> t.stems().size())
                .thenComparingInt(t -> t.stems().stream().mapToInt(p -> p.stem().length()).sum()).reversed());
        return terms;
    }
}
