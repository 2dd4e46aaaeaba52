package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.web.util.HtmlUtils;

/** Highlighted snippets as safe HTML: the text escaped, matches in {@code <mark>}. */
final class Snippets {
    private static final String[] FIELDS = {Analyzers.BODY};
    private static final int[] PASSAGES = {2};
    private static final int LENGTH = 240;
    /** Terms a query's prefixes may match for their offsets to come from the postings. */
    static final int MAX_EXPANDED = 64;
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
     * analyse the text again instead (a prefix matching too many terms to add them one by one, see
     * {@link #expandPrefixes}), it must analyse it as the item's language did at indexing. {@code patterns}: whether
     * the query's prefixes are left to it (false once they are expanded).
     */
    private UnifiedHighlighter highlighter(String lang, boolean patterns) {
        return new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, Analyzers.forLanguage(lang))
                .withHandleMultiTermQuery(patterns)
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
        Query marked = query;
        boolean reanalyses = hasPatterns(query);
        if (reanalyses) {
            Query expanded = expandPrefixes(searcher, query);
            if (expanded != null) {
                marked = expanded;
                reanalyses = false;
            }
        }
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
                String[] h = highlighter(group.getKey(), reanalyses).highlightFields(FIELDS, marked, ids, PASSAGES)
                        .get(FIELDS[0]);
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

    /**
     * The query with the body terms its prefixes match in the index added as plain terms, for the highlighter to
     * find in the postings; null when a prefix matches more than {@value #MAX_EXPANDED} terms (the text is then
     * analysed again instead). "logist*" is two terms at 1M items, and finding their offsets in the postings of 20
     * hits costs a fraction of analysing the 20 texts again.
     */
    static Query expandPrefixes(IndexSearcher searcher, Query query) throws IOException {
        List<MultiTermQuery> prefixes = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery m && Analyzers.BODY.equals(field)) {
                    prefixes.add(m);
                }
            }
        });
        Set<BytesRef> terms = new LinkedHashSet<>();
        for (MultiTermQuery prefix : prefixes) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms indexed = leaf.reader().terms(Analyzers.BODY);
                if (indexed == null) {
                    continue;
                }
                TermsEnum matching = prefix.getTermsEnum(indexed);
                for (BytesRef t = matching.next(); t != null; t = matching.next()) {
                    if (terms.add(BytesRef.deepCopyOf(t)) && terms.size() > MAX_EXPANDED) {
                        return null;
                    }
                }
            }
        }
        BooleanQuery.Builder expanded = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        terms.forEach(t -> expanded.add(new TermQuery(new Term(Analyzers.BODY, t)), BooleanClause.Occur.SHOULD));
        return expanded.build();
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
