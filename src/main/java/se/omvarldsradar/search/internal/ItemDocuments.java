package se.omvarldsradar.search.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

/** Maps a stored item to its Lucene document: text analysed in its language, keyword facets, dates as points. */
final class ItemDocuments {
    /** The item's change sequence: the catch-up checks by it that the index holds each recent change. */
    static final String CHANGE_SEQ = "change_seq";
    static final String DEADLINE = "deadline";
    static final String DEADLINE_LAST = "deadline_last";
    static final String OPENING = "opening";
    static final String PUBLISHED = "published";
    /** Unstemmed words of title and body, only for spelling suggestions. */
    static final String SPELL = "spell";
    static final FacetsConfig FACETS = facetsConfig();
    /** The doc-values field holding every facet value ("dim\u001flabel"). */
    static final String FACETS_FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private static final FieldType SPELL_TYPE = spellType();
    /** Offsets in the postings let the highlighter find matches without analysing the text again. */
    private static final FieldType BODY_TYPE = bodyType();
    private static final int MAX_BODY = 20_000;

    private ItemDocuments() {
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FieldType spellType() {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS);
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.freeze();
        return t;
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
        d.add(new LongField(CHANGE_SEQ, item.seq(), Field.Store.NO));
        d.add(new LanguageField(Analyzers.TITLE, item.title(), TextField.TYPE_STORED, lang));
        String full = join(item.summary(), item.content());
        String body = full.length() > MAX_BODY ? full.substring(0, MAX_BODY) : full;
        d.add(new LanguageField(Analyzers.BODY, body, BODY_TYPE, lang));
        d.add(new Field(SPELL, item.title() + "\n" + body, SPELL_TYPE));
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
        d.add(new LongField(PUBLISHED, date.toEpochMilli(), Field.Store.YES));
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
            // Every cut-off is indexed: which one is "next", and whether the call is still open, is decided
            // at query time, so an index built last month still sorts and labels today's deadlines right.
            for (Instant deadline : call.deadlines()) {
                d.add(new LongField(DEADLINE, deadline.toEpochMilli(), Field.Store.YES));
            }
            if (!call.deadlines().isEmpty()) {
                d.add(new LongPoint(DEADLINE_LAST, call.deadlines().getLast().toEpochMilli()));
            }
            if (call.opening() != null) {
                d.add(new LongPoint(OPENING, call.opening().toEpochMilli()));
            }
        }
        return FACETS.build(d);
    }

    /**
     * Text analysed with its item's language's analyser, whatever the writer's analyser for the field: all
     * languages share one title and one body field, so each word needs one postings list, not one per language,
     * and every document has norms for them.
     */
    private static final class LanguageField extends Field {
        private final String lang;

        LanguageField(String name, String value, FieldType type, String lang) {
            super(name, value, type);
            this.lang = lang;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return Analyzers.forLanguage(lang).tokenStream(name(), stringValue());
        }
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
