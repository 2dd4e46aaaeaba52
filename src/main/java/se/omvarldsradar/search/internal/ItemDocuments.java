package se.omvarldsradar.search.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

/** Maps a stored item to its Lucene document: per-language text, keyword facets, dates as points. */
final class ItemDocuments {
    static final String NO_DEADLINE_SORT = Long.toString(Long.MAX_VALUE);
    static final FacetsConfig FACETS = facetsConfig();
    private static final int MAX_BODY = 20_000;

    private ItemDocuments() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("sector", true);
        c.setMultiValued("focus", true);
        return c;
    }

    static Document toDocument(Item item, String sourceName, Instant now) throws java.io.IOException {
        Document d = new Document();
        String lang = Analyzers.lang(item.language());
        d.add(new KeywordField("id", item.id(), Field.Store.YES));
        d.add(new TextField("title_" + lang, item.title(), Field.Store.YES));
        String body = join(item.summary(), item.content());
        d.add(new TextField("body_" + lang, body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body, Field.Store.YES));
        d.add(new StoredField("title", item.title()));
        d.add(new StoredField("lang", lang));
        if (item.url() != null) {
            d.add(new StoredField("url", item.url()));
        }
        d.add(new StoredField("source_name", sourceName));
        facet(d, "source", item.sourceId());
        facet(d, "kind", item.kind().id());
        facet(d, "lang", lang);
        item.sectors().forEach(s -> facet(d, "sector", s));
        item.focus().forEach(f -> facet(d, "focus", f));
        Instant date = item.date();
        d.add(new LongField("published", date.toEpochMilli(), Field.Store.YES));
        facet(d, "year", Integer.toString(date.atZone(ZoneOffset.UTC).getYear()));
        CallDetails call = item.call();
        if (call != null) {
            if (call.programme() != null) {
                facet(d, "programme", call.programme());
            }
            var status = call.statusAt(now);
            if (status != null) {
                facet(d, "status", status.name().toLowerCase(Locale.ROOT));
            }
            Instant next = call.nextDeadline(now);
            if (next != null) {
                d.add(new LongField("deadline", next.toEpochMilli(), Field.Store.YES));
            }
        }
        return FACETS.build(d);
    }

    private static void facet(Document d, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.add(new KeywordField(field, value, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() || b.equals(a) ? a : a + "\n" + b;
    }
}
