package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import se.omvarldsradar.search.SearchHit;

/** Stored documents as {@link SearchHit}s, with the next deadline and the call status as of now. */
final class Hits {
    private Hits() {
    }

    /** The hits of these documents, in this order, each loaded once, with snippets highlighting {@code text}. */
    static List<SearchHit> of(IndexSearcher s, int[] ids, Query text, Instant now) throws IOException {
        Document[] stored = new Document[ids.length];
        StoredFields fields = s.storedFields();
        for (int i = 0; i < ids.length; i++) {
            stored[i] = fields.document(ids[i]);
        }
        String[] snippets = new Snippets(s, text).of(ids, stored);
        List<SearchHit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            hits.add(of(stored[i], snippets[i], now));
        }
        return hits;
    }

    static SearchHit of(Document d, String snippet, Instant now) {
        long[] deadlines = Arrays.stream(d.getFields(ItemDocuments.DEADLINE)).map(IndexableField::numericValue)
                .mapToLong(Number::longValue).sorted().toArray();
        Long next = DeadlineOrder.next(deadlines, now.toEpochMilli());
        return new SearchHit(d.get("id"), d.get("title"), d.get("url"), d.get("source_name"), d.get("kind"),
                instant(d, ItemDocuments.PUBLISHED), next == null ? null : Instant.ofEpochMilli(next),
                status(d.get("status"), deadlines, now.toEpochMilli()), d.get("programme"), values(d, "sector"),
                values(d, "focus"), snippet);
    }

    /** The indexed status, corrected when every deadline has passed since the item was indexed. */
    private static String status(String indexed, long[] deadlines, long now) {
        if ("open".equals(indexed) && deadlines.length > 0 && deadlines[deadlines.length - 1] < now) {
            return "closed";
        }
        return indexed;
    }

    private static Instant instant(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
    }

    private static List<String> values(Document d, String field) {
        return List.of(d.getValues(field));
    }
}
