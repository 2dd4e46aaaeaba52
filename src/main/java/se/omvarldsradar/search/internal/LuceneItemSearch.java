package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchHit;
import se.omvarldsradar.search.SearchPage;
import se.omvarldsradar.search.SearchPage.FacetCount;
import se.omvarldsradar.search.SearchQuery;

/** {@link ItemSearch} over the one {@link LuceneIndex}. */
@Service
class LuceneItemSearch implements ItemSearch {
    private static final int MAX_WINDOW = 10_000;
    private final LuceneIndex index;
    private final Indexer indexer;
    private final Clock clock;
    private final MeterRegistry metrics;

    LuceneItemSearch(LuceneIndex index, Indexer indexer, MeterRegistry metrics, Optional<Clock> clock) {
        this.index = index;
        this.indexer = indexer;
        this.metrics = metrics;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public SearchPage search(SearchQuery q) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "ok";
        try {
            return searchUntimed(q);
        } catch (InvalidQueryException e) {
            outcome = "invalid";
            throw e;
        } catch (RuntimeException e) {
            outcome = "error";
            throw e;
        } finally {
            sample.stop(Timer.builder("radar.search.latency").description("Time to answer a search")
                    .tag("outcome", outcome).publishPercentileHistogram().register(metrics));
        }
    }

    private SearchPage searchUntimed(SearchQuery q) {
        Query text = q.q().isBlank() ? new MatchAllDocsQuery() : SafeQueryParser.parse(q.q());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        q.filters().forEach((field, values) -> {
            if (!SearchQuery.FACETS.contains(field)) {
                throw new InvalidQueryException("Unknown filter '" + field + "'.");
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.stream().limit(20).forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
            b.add(any.build(), BooleanClause.Occur.FILTER);
        });
        Query query = b.build();
        int from = q.page() * q.size();
        if (from + q.size() > MAX_WINDOW) {
            throw new InvalidQueryException("Only the first " + MAX_WINDOW + " results can be paged through; narrow the search.");
        }
        try {
            return index.read(s -> s == null ? empty(q) : run(s, q, query, from, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchPage run(IndexSearcher s, SearchQuery q, Query query, int from, Query text) throws IOException {
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(s, query, from + q.size(),
                sort(q.sort()), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        Snippets snippets = new Snippets(s, text);
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = from; i < docs.length; i++) {
            hits.add(hit(s.storedFields().document(docs[i].doc), snippets.of(docs[i].doc)));
        }
        return new SearchPage(top.totalHits.value(), hits, facets(s, result.facetsCollector()), q.page(), q.size(), null);
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher s, FacetsCollector fc) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), ItemDocuments.FACETS);
        } catch (IllegalArgumentException e) {
            return out; // no facet values indexed yet
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : SearchQuery.FACETS) {
            FacetResult r;
            try {
                r = facets.getTopChildren(30, dim);
            } catch (IllegalArgumentException e) {
                r = null; // dimension not present in the index
            }
            List<FacetCount> counts = new ArrayList<>();
            if (r != null) {
                for (var lv : r.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    private static Sort sort(String sort) {
        return switch (sort) {
            case "newest" -> new Sort(new SortedNumericSortField("published", SortField.Type.LONG, true));
            case "deadline" -> {
                SortField deadline = new SortedNumericSortField("deadline", SortField.Type.LONG);
                deadline.setMissingValue(Long.MAX_VALUE);
                yield new Sort(deadline, new SortedNumericSortField("published", SortField.Type.LONG, true));
            }
            case "relevance" -> Sort.RELEVANCE;
            default -> throw new InvalidQueryException("Unknown sort '" + sort + "' (relevance, newest or deadline).");
        };
    }

    private static SearchHit hit(Document d, String snippet) {
        return new SearchHit(d.get("id"), d.get("title"), d.get("url"), d.get("source_name"), d.get("kind"),
                instant(d, "published"), instant(d, "deadline"), d.get("status"), d.get("programme"),
                values(d, "sector"), values(d, "focus"), snippet);
    }

    private static Instant instant(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
    }

    private static List<String> values(Document d, String field) {
        return List.of(d.getValues(field));
    }

    private static SearchPage empty(SearchQuery q) {
        return new SearchPage(0, List.of(), Map.of(), q.page(), q.size(), null);
    }

    @Override
    public int reindex() {
        try {
            return indexer.reindex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int refresh() {
        int n = indexer.catchUp();
        try {
            index.commit();
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    @Override
    public long size() {
        try {
            return index.read(s -> s == null ? 0L : (long) s.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
