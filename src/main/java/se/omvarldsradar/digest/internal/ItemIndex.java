package se.omvarldsradar.digest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A run's items in one in-memory Lucene index, for saved queries: each distinct query is one search over the
 * run, where it was a search of each item's one-document index ({@link ItemText}). The same fields and
 * analysers, and an item matches when it scores above zero, as on its own. Items are searched with the query
 * for their language, as {@code ItemText} is. Heap only: nothing to close.
 */
final class ItemIndex {
    private static final String POSITION = "position";
    private final IndexSearcher searcher;
    private final String[] langs;

    private ItemIndex(IndexSearcher searcher, String[] langs) {
        this.searcher = searcher;
        this.langs = langs;
    }

    /** Indexes the items on every core: a run's saved query waits for it, as it waited for each item's index. */
    static ItemIndex of(List<ItemText> texts) {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(QueryFields.perField()).setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                IntStream.range(0, texts.size()).parallel().forEach(n -> add(writer, n, texts.get(n)));
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setQueryCache(null);
            return new ItemIndex(searcher, texts.stream().map(ItemText::lang).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(IndexWriter writer, int n, ItemText text) {
        Document doc = new Document();
        // Segments flushed side by side need not keep the order items were added in: each says its position.
        doc.add(new NumericDocValuesField(POSITION, n));
        text.fields((field, value, analyzer) -> doc.add(new TextField(field, value, Field.Store.NO)));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether these queries mean here what they mean on one item. A term pattern (prefix*, wildcard, range) does
     * when it matches every term it covers at a constant score; one expanded to a bounded number of terms (a
     * fuzzy term: the 50 nearest; a boolean of at most 1,024) could leave some out over a run's terms, where an
     * item's own few would all be in.
     */
    static boolean sameAsPerItem(List<Query> queries) {
        boolean[] bounded = {false};
        QueryVisitor visitor = new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                visitLeaf(query);
            }

            @Override
            public void visitLeaf(Query query) {
                if (query instanceof MultiTermQuery m && m.getRewriteMethod() != MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                        && m.getRewriteMethod() != MultiTermQuery.CONSTANT_SCORE_REWRITE) {
                    bounded[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this; // MUST_NOT clauses too, which the default leaves out
            }
        };
        queries.stream().filter(Objects::nonNull).forEach(q -> q.visit(visitor));
        return !bounded[0];
    }

    /** The items the query for their language matches; a language without a query (null) matches none. */
    BitSet matching(Function<String, Query> queryFor) {
        // Languages sharing one query (an alert's is the same for all) are searched once.
        Map<Query, Set<String>> languages = new IdentityHashMap<>();
        for (String lang : QueryFields.LANGS) {
            Query q = queryFor.apply(lang);
            if (q != null) {
                languages.computeIfAbsent(q, k -> new HashSet<>()).add(lang);
            }
        }
        BitSet matching = new BitSet(langs.length);
        try {
            for (var e : languages.entrySet()) {
                searcher.search(e.getKey(), new Positions(matching, e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matching;
    }

    /** Sets the position of each item it collects whose language is one of {@code languages} and scores above 0. */
    private final class Positions extends SimpleCollector {
        private final BitSet to;
        private final Set<String> languages;
        private Scorable scorer;
        private NumericDocValues positions;

        Positions(BitSet to, Set<String> languages) {
            this.to = to;
            this.languages = languages;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            positions = DocValues.getNumeric(context.reader(), POSITION);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (positions.advanceExact(doc) && scorer.score() > 0f) {
                int n = (int) positions.longValue();
                if (languages.contains(langs[n])) {
                    to.set(n);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
