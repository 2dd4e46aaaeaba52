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
    private static final int[] PASSAGES = {2, 2, 2};
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

    /** One snippet per document, in the order given; one highlighter pass for all of them. */
    String[] of(int[] docs) throws IOException {
        String[] out = new String[docs.length];
        Map<String, String[]> h = query instanceof MatchAllDocsQuery || docs.length == 0 ? Map.of()
                : highlighter.highlightFields(FIELDS, query, docs, PASSAGES);
        for (int i = 0; i < docs.length; i++) {
            out[i] = highlighted(h, i);
            if (out[i] == null) {
                out[i] = plain(docs[i]);
            }
        }
        return out;
    }

    private static String highlighted(Map<String, String[]> h, int i) {
        for (String f : FIELDS) {
            String[] v = h.get(f);
            if (v != null && v[i] != null && !v[i].isBlank()) {
                return safe(v[i]);
            }
        }
        return null;
    }

    /**
     * The formatter escapes the text already, so a snippet holds no markup but its own {@code <mark>} tags; that
     * is checked, and anything else goes through the Safelist, which lets only {@code <mark>} survive.
     */
    static String safe(String formatted) {
        String text = formatted.replace("<mark>", "").replace("</mark>", "");
        return text.indexOf('<') < 0 && text.indexOf('>') < 0 ? formatted : Jsoup.clean(formatted, MARK_ONLY);
    }

    private String plain(int doc) throws IOException {
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
