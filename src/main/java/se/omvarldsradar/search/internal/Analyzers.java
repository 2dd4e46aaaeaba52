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
 * Text is indexed in per-language fields ({@code title_sv}, {@code body_en}, …) each with its language's
 * analyser; facet and id fields are keywords.
 */
final class Analyzers {
    static final String[] LANGS = {"sv", "en", "xx"};
    /** {@link #perField()} shared by every search: analysers are thread-safe, and building one loads its word lists. */
    static final Analyzer SHARED = perField();

    private Analyzers() {
    }

    static Analyzer forLanguage(String lang) {
        return switch (lang) {
            case "sv" -> new SwedishAnalyzer();
            case "en" -> new EnglishAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    static String lang(String itemLanguage) {
        return "sv".equals(itemLanguage) || "en".equals(itemLanguage) ? itemLanguage : "xx";
    }

    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String l : LANGS) {
            Analyzer a = forLanguage(l);
            fields.put("title_" + l, a);
            fields.put("body_" + l, a);
        }
        fields.put(ItemDocuments.SPELL, new StandardAnalyzer());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
