package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.web.util.HtmlUtils;

/** Highlighted snippets as safe HTML: the text escaped, matches in {@code <mark>}. */
final class Snippets {
    private static final String[] FIELDS = {"body_sv", "body_en", "body_xx"};
    private static final int LENGTH = 240;
    private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");

    private final IndexSearcher searcher;
    private final Query query;
    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher, Query query) {
        this.searcher = searcher;
        this.query = query;
        this.highlighter = UnifiedHighlighter.builder(searcher, Analyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
    }

    String of(int doc) throws IOException {
        if (!(query instanceof MatchAllDocsQuery)) {
            Map<String, String[]> h = highlighter.highlightFields(FIELDS, query, new int[] {doc}, new int[] {2, 2, 2});
            for (String f : FIELDS) {
                String[] v = h.get(f);
                if (v != null && v[0] != null && !v[0].isBlank()) {
                    // The formatter escapes the text already; the Safelist pass guarantees only <mark> survives.
                    return Jsoup.clean(v[0], MARK_ONLY);
                }
            }
        }
        var d = searcher.storedFields().document(doc);
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
