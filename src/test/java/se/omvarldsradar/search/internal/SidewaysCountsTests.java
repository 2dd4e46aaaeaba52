package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.omvarldsradar.search.SearchPage.FacetCount;

/**
 * Bitset facet counting against Lucene's own DrillSideways, on a random index of several segments with
 * deleted documents: every total and every count must be the same, for small results (counted document by
 * document) and large ones (counted by intersection), with and without selected facets.
 */
class SidewaysCountsTests {
    static final String[] SECTORS = {"logistics", "industry", "trade", "hospitality", "radio-electronics-gis"};
    static final String[] WORDS = {"hamn", "logistik", "turism", "handel", "industri", "energi", "skola", "klimat"};
    final Random rnd = new Random(7);
    final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    final FacetedSearcher.Factory factory = new FacetedSearcher.Factory(0);
    IndexWriter writer;

    @BeforeEach
    void index() throws IOException {
        writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(300));
        for (int i = 0; i < 4000; i++) {
            writer.updateDocument(new Term("id", "d" + i), doc(i));
            if (i % 7 == 0 && i > 0) {
                writer.updateDocument(new Term("id", "d" + rnd.nextInt(i)), doc(rnd.nextInt(i))); // leaves deletions
            }
        }
        writer.commit();
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
    }

    Document doc(int i) throws IOException {
        Document d = new Document();
        d.add(new KeywordField("id", "d" + i, Field.Store.NO));
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 6; w++) {
            // Skewed: the first words are common, the last rare.
            text.append(WORDS[Math.min(WORDS.length - 1, (int) Math.abs(rnd.nextGaussian() * 2.5))]).append(' ');
        }
        if (rnd.nextInt(200) == 0) {
            text.append("sällsynt");
        }
        d.add(new TextField("body", text.toString(), Field.Store.NO));
        d.add(new LongField("published", 1_000L * rnd.nextInt(1000), Field.Store.NO));
        int sectors = rnd.nextInt(3);
        for (int s = 0; s < sectors; s++) {
            d.add(new SortedSetDocValuesFacetField("sector", SECTORS[rnd.nextInt(SECTORS.length)]));
        }
        // 80 sources, a few big and many small: some values are kept as bitsets, most as document lists.
        d.add(new SortedSetDocValuesFacetField("source", "s" + Math.min(79, (int) Math.abs(rnd.nextGaussian() * 20))));
        d.add(new SortedSetDocValuesFacetField("kind", rnd.nextInt(10) < 3 ? "call" : "news"));
        // A few documents with several rare values besides their source: the ones past the second are kept apart.
        if (rnd.nextInt(8) == 0) {
            for (int f = 0, n = 1 + rnd.nextInt(4); f < n; f++) {
                d.add(new SortedSetDocValuesFacetField("focus", "f" + rnd.nextInt(60)));
            }
        }
        if (rnd.nextBoolean()) {
            d.add(new SortedSetDocValuesFacetField("year", Integer.toString(2020 + rnd.nextInt(6))));
        }
        return ItemDocuments.FACETS.build(d);
    }

    @Test
    void theSameTotalsAndCountsAsDrillSideways() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(3);
            assertThat(reader.numDeletedDocs()).isPositive();
            FacetedSearcher s = (FacetedSearcher) factory.newSearcher(reader, null);
            List<Query> bases = List.of(new MatchAllDocsQuery(), term("hamn"), term("sällsynt"), term("energi"),
                    new BooleanQuery.Builder().add(term("logistik"), BooleanClause.Occur.MUST)
                            .add(LongField.newRangeQuery("published", 100_000, 600_000), BooleanClause.Occur.FILTER).build(),
                    term("saknas"));
            List<Map<String, List<String>>> filters = List.of(Map.of(), Map.of("sector", List.of("logistics")),
                    Map.of("sector", List.of("trade", "industry"), "kind", List.of("call")),
                    Map.of("source", List.of("s3"), "year", List.of("2021", "2024")), Map.of("source", List.of("s77")), Map.of("focus", List.of("f3", "f9")),
                    Map.of("kind", List.of("nothing-like-this")));
            for (Query base : bases) {
                for (Map<String, List<String>> f : filters) {
                    SidewaysCounts.Result mine = SidewaysCounts.count(s, base, f);
                    DrillDownQuery dd = new DrillDownQuery(ItemDocuments.FACETS, base);
                    f.forEach((dim, values) -> values.forEach(v -> dd.add(dim, v)));
                    DrillSideways.DrillSidewaysResult lucene = new DrillSideways(s, ItemDocuments.FACETS, s.facets()).search(dd, 10);
                    long total = lucene.drillDownFacetsCollector == null ? lucene.hits.totalHits.value()
                            : lucene.drillDownFacetsCollector.getMatchingDocs().stream()
                                    .mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
                    assertThat(mine.total()).as("total of %s %s", base, f).isEqualTo(total);
                    assertThat(nonEmpty(mine.facets())).as("counts of %s %s", base, f)
                            .isEqualTo(nonEmpty(FacetLists.of(lucene.facets)));
                }
            }
        }
    }

    @Test
    void segmentsAreBuiltOnceAndLetGoWhenClosed() throws IOException {
        DirectoryReader first = DirectoryReader.open(writer);
        factory.newSearcher(first, null);
        int segments = first.leaves().size();
        assertThat(factory.heldSegments()).isEqualTo(segments);
        writer.forceMerge(1);
        DirectoryReader merged = DirectoryReader.openIfChanged(first, writer);
        factory.newSearcher(merged, first);
        assertThat(factory.heldSegments()).isEqualTo(segments + 1);
        first.close();
        assertThat(factory.heldSegments()).isEqualTo(1);
        merged.close();
        writer.close(); // the writer's pool held the merged segment too
        assertThat(factory.heldSegments()).isZero();
    }

    @Test
    void aSearcherRemembersTheCountsOfItsRecentSearches() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            FacetedSearcher s = (FacetedSearcher) new FacetedSearcher.Factory(2).newSearcher(reader, null);
            var first = s.counts(term("hamn"), Map.of("kind", List.of("call")));
            assertThat(s.counts(term("hamn"), Map.of("kind", List.of("call")))).isSameAs(first);
            s.counts(term("energi"), Map.of());
            s.counts(term("turism"), Map.of());
            var again = s.counts(term("hamn"), Map.of("kind", List.of("call")));
            assertThat(again).isNotSameAs(first); // only the two most recent are kept
            assertThat(again.total()).isEqualTo(first.total());
            assertThat(again.facets()).isEqualTo(first.facets());
        }
    }

    static Query term(String word) {
        return new TermQuery(new Term("body", word));
    }

    /** Lucene leaves out a dimension it has no counts for; compare only dimensions with values. */
    static Map<String, List<FacetCount>> nonEmpty(Map<String, List<FacetCount>> facets) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        facets.forEach((dim, counts) -> {
            if (!counts.isEmpty()) {
                out.put(dim, new ArrayList<>(counts));
            }
        });
        return out;
    }
}
