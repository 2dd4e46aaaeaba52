package se.omvarldsradar.search.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Every item's text is in the same two fields, {@code title} and {@code body}, each analysed with the item's own
 * language's analyser (see {@link ItemDocuments}); a query word is analysed in every language (see
 * {@link SafeQueryParser}). Facet and id fields are keywords.
 */
final class Analyzers {
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String[] LANGS = {"sv", "en", "xx"};
    private static final Map<String, Analyzer> BY_LANG = Map.of("sv", new SwedishAnalyzer(), "en", new EnglishAnalyzer(),
            "xx", new StandardAnalyzer());
    /** {@link #perField()} shared by every search: analysers are thread-safe, and building one loads its word lists. */
    static final Analyzer SHARED = perField();

    private Analyzers() {
    }

    /** The analyser of one of {@link #LANGS}, shared: analysers are thread-safe. */
    static Analyzer forLanguage(String lang) {
        return BY_LANG.get(lang(lang));
    }

    static String lang(String itemLanguage) {
        return "sv".equals(itemLanguage) || "en".equals(itemLanguage) ? itemLanguage : "xx";
    }

    /**
     * The writer's analysers by field. Title and body never reach it (their fields bring their own language's
     * tokens); the Swedish analyser stands for them where some code path analyses them without a language.
     */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(TITLE, BY_LANG.get("sv"));
        fields.put(BODY, BY_LANG.get("sv"));
        fields.put(ItemDocuments.SPELL, new StandardAnalyzer());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
