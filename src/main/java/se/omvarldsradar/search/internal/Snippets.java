package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.web.util.HtmlUtils;

/** Highlighted snippets as safe HTML: the text escaped, matches in {@code <mark>}. */
final class Snippets {
    private static final String[] FIELDS = {Analyzers.BODY};
    private static final int[] PASSAGES = {2};
    private static final int LENGTH = 240;
    private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");

    private final IndexSearcher searcher;
    private final Query query;
    /** The stored documents of this page, loaded once for the hits and handed to the highlighter. */
    private final Map<Integer, Document> loaded = new HashMap<>();

    Snippets(IndexSearcher searcher, Query query) {
        this.searcher = searcher;
        this.query = query;
    }

    /**
     * A highlighter for the items of one language. Matches come from the offsets in the postings; where it must
     * analyse the text again instead (a prefix, or a phrase it cannot check on the postings), it must analyse
     * it as the item's language did at indexing.
     */
    private UnifiedHighlighter highlighter(String lang) {
        return new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, Analyzers.forLanguage(lang))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .withBreakIterator(SentenceBreaks::new)
                // Term offsets from the postings, not a Weight built and matched per document: several times cheaper
                // per hit; phrases are still marked only where the phrase occurs.
                .withWeightMatches(false)) {
            @Override
            protected FieldInfo getFieldInfo(String field) {
                // The highlighter would merge every segment's field infos anew for each search.
                return searcher instanceof FacetedSearcher s ? s.fieldInfos().fieldInfo(field) : super.getFieldInfo(field);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document d = loaded.get(doc);
                    if (d == null) {
                        return super.loadFieldValues(fields, docs, cacheCharsThreshold); // never happens: all are loaded
                    }
                    CharSequence[] v = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = d.get(fields[f]);
                        v[f] = text == null ? "" : text;
                    }
                    values.add(v);
                }
                return values;
            }
        };
    }

    /**
     * One snippet per document (given with its stored fields), in the order given: one highlighter pass, or one
     * per language when the query has prefixes (the highlighter then analyses the text again).
     */
    String[] of(int[] docs, Document[] stored) throws IOException {
        boolean reanalyses = hasPatterns(query);
        Map<String, List<Integer>> byLang = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            loaded.put(docs[i], stored[i]);
            String lang = reanalyses ? stored[i].get("lang") : "sv";
            byLang.computeIfAbsent(lang == null ? "xx" : lang, l -> new ArrayList<>()).add(i);
        }
        String[] out = new String[docs.length];
        if (!(query instanceof MatchAllDocsQuery)) {
            for (var group : byLang.entrySet()) {
                int[] positions = group.getValue().stream().mapToInt(Integer::intValue).toArray();
                int[] ids = java.util.Arrays.stream(positions).map(i -> docs[i]).toArray();
                String[] h = highlighter(group.getKey()).highlightFields(FIELDS, query, ids, PASSAGES).get(FIELDS[0]);
                for (int k = 0; k < positions.length; k++) {
                    out[positions[k]] = h == null || h[k] == null || h[k].isBlank() ? null : safe(h[k]);
                }
            }
        }
        for (int i = 0; i < docs.length; i++) {
            if (out[i] == null) {
                out[i] = plain(stored[i]);
            }
        }
        return out;
    }

    /** Whether the query matches terms by a pattern (a prefix): then the highlighter cannot use the postings alone. */
    static boolean hasPatterns(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /**
     * The formatter escapes the text already, so a snippet holds no markup but its own {@code <mark>} tags; that
     * is checked, and anything else goes through the Safelist, which lets only {@code <mark>} survive.
     */
    static String safe(String formatted) {
        String text = formatted.replace("<mark>", "").replace("</mark>", "");
        return text.indexOf('<') < 0 && text.indexOf('>') < 0 ? formatted : Jsoup.clean(formatted, MARK_ONLY);
    }

    private static String plain(Document d) {
        for (String f : FIELDS) {
            String body = d.get(f);
            if (body != null && !body.isBlank()) {
                String cut = body.length() > LENGTH ? body.substring(0, LENGTH) + " …" : body;
                return HtmlUtils.htmlEscape(cut);
            }
        }
        return "";
    }
}
