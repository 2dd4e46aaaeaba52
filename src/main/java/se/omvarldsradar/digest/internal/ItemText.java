package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;

import se.omvarldsradar.item.Item;

/**
 * One item as a one-document Lucene index, built on first use and then frozen (recipients are composed in
 * parallel: a frozen MemoryIndex may be searched from several threads), so saved queries are evaluated with
 * the same fields and analysers as the search page without touching the server's index (the CLI runs beside
 * it). Nothing here takes a lock once the index is built.
 */
final class ItemText {
    private static final int MAX_BODY = 20_000;
    private static final KeywordAnalyzer KEYWORD = new KeywordAnalyzer();
    private final Item item;
    private final Instant now;
    private volatile MemoryIndex index;
    private final String lower;

    ItemText(Item item, Instant now) {
        this.item = item;
        this.now = now;
        this.lower = (item.title() + " " + (item.summary() == null ? "" : item.summary())).toLowerCase(Locale.ROOT);
    }

    Item item() {
        return item;
    }

    /** Title and summary in lower case, for plain keywords (substring match keeps Swedish compounds: hamn → hamnterminal). */
    String lowerText() {
        return lower;
    }

    /** Whether the query matches (asked once per run and query: see {@link ItemSets}). */
    boolean matches(Query query) {
        return index().search(query) > 0f;
    }

    /** The item's language as the text fields name it: sv, en or xx. */
    String lang() {
        return QueryFields.lang(item.language());
    }

    private MemoryIndex index() {
        MemoryIndex built = index;
        return built != null ? built : build();
    }

    private synchronized MemoryIndex build() {
        if (index == null) {
            MemoryIndex m = new MemoryIndex();
            fields(m::addField);
            m.freeze();
            index = m;
        }
        return index;
    }

    /** Where an item's fields go: its one-document index here, or the run's index ({@link ItemIndex}). */
    interface Fields {
        void add(String field, String text, Analyzer analyzer);
    }

    /**
     * The item's fields as the search page indexes them: title and body (cut at {@value #MAX_BODY} characters)
     * in its language's fields with that language's analyser, facets as keywords (the analysers
     * {@link QueryFields#perField()} names for those fields).
     */
    void fields(Fields to) {
        String lang = lang();
        to.add("title_" + lang, item.title(), QueryFields.analyzer(lang));
        String body = join(item.summary(), item.content());
        to.add("body_" + lang, body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body, QueryFields.analyzer(lang));
        keyword(to, "id", item.id());
        keyword(to, "source", item.sourceId());
        keyword(to, "kind", item.kind().id());
        keyword(to, "lang", lang);
        keyword(to, "year", Integer.toString(item.date().atZone(ZoneOffset.UTC).getYear()));
        item.sectors().forEach(s -> keyword(to, "sector", s));
        item.focus().forEach(f -> keyword(to, "focus", f));
        if (item.call() != null) {
            keyword(to, "programme", item.call().programme());
            var status = item.call().statusAt(now);
            keyword(to, "status", status == null ? null : status.name().toLowerCase(Locale.ROOT));
        }
    }

    private static void keyword(Fields to, String field, String value) {
        if (value != null && !value.isBlank()) {
            to.add(field, value, KEYWORD);
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() || b.equals(a) ? a : a + "\n" + b;
    }
}
