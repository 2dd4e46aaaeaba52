package se.omvarldsradar.digest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Saved queries in the search page's syntax: AND by default, facet fields as keywords, and each item's text in
 * its language's fields ({@code title_sv}, {@code body_en}, …) with its language's analyser. An item is matched
 * with the query as its own language's analyser reads it; the search page (one field for all languages) also
 * accepts another language's form of a word where an item's text happens to hold it, so in that rare case the
 * page can show an item a saved search does not mail.
 */
final class QueryFields {
    static final List<String> LANGS = List.of("sv", "en", "xx");
    private static final Map<String, Analyzer> ANALYZERS = Map.of("sv", new SwedishAnalyzer(), "en", new EnglishAnalyzer(),
            "xx", new StandardAnalyzer());
    private static final String[] TEXT_FIELDS = LANGS.stream().flatMap(l -> java.util.stream.Stream.of("title_" + l, "body_" + l))
            .toArray(String[]::new);
    private static final Analyzer PER_FIELD;
    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    static {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String l : LANGS) {
            fields.put("title_" + l, ANALYZERS.get(l));
            fields.put("body_" + l, ANALYZERS.get(l));
        }
        PER_FIELD = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    private QueryFields() {
    }

    static String lang(String itemLanguage) {
        return "sv".equals(itemLanguage) || "en".equals(itemLanguage) ? itemLanguage : "xx";
    }

    static Analyzer analyzer(String lang) {
        return ANALYZERS.get(lang);
    }

    /** The analyser of every field: each language's text fields with their language's, facets as keywords. */
    static Analyzer perField() {
        return PER_FIELD;
    }

    /** Whether a keyword is a plain word or phrase (matched as a substring) rather than a query. */
    static boolean plain(String keyword) {
        return keyword.matches("[\\p{L}\\p{N} .,'&/-]+") && !keyword.matches(".*(^|\\s)(AND|OR|NOT)(\\s|$).*")
                && !keyword.strip().startsWith("-");
    }

    /** The query, parsed once and kept (queries are immutable and shared across runs). */
    static Query parse(String text) throws ParseException {
        return parse(text, TEXT_FIELDS, text);
    }

    /**
     * The query over one language's fields only: an item's text is in its language's fields, and a query over
     * two fields instead of six is a third of the work for each of thousands of items.
     */
    static Query parse(String text, String lang) throws ParseException {
        return parse(text, new String[] {"title_" + lang, "body_" + lang}, lang + "|" + text);
    }

    private static Query parse(String text, String[] fields, String key) throws ParseException {
        Query q = CACHE.get(key);
        if (q == null) {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, PER_FIELD);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parser.setSplitOnWhitespace(true);
            parser.setAutoGeneratePhraseQueries(true);
            q = text.isBlank() ? null : parser.parse(text);
            if (q != null && CACHE.size() < 10_000) {
                CACHE.put(key, q);
            }
        }
        return q;
    }

    /** A saved search: its query (if any) and every facet filter, values of one field OR-ed, fields AND-ed. */
    static Query search(String text, Map<String, List<String>> filters) throws ParseException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query q = text == null || text.isBlank() ? null : parse(text);
        if (q != null) {
            b.add(q, Occur.MUST);
        }
        filters.forEach((field, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term(field, field.equals("kind") ? v.toLowerCase(Locale.ROOT) : v)),
                    Occur.SHOULD));
            b.add(any.build(), Occur.MUST);
        });
        BooleanQuery built = b.build();
        return built.clauses().isEmpty() ? null : built;
    }
}
