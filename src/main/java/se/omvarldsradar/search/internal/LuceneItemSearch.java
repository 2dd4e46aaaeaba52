package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.Overview;
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
    private final Suggestions suggestions = new Suggestions();
    private final MeterRegistry metrics;
    /**
     * Searches are CPU-bound: more at once than there are cores only slices the cores between them (and their
     * caches). The rest wait their turn, first come first served.
     */
    private final Semaphore running;

    LuceneItemSearch(LuceneIndex index, Indexer indexer, MeterRegistry metrics, Optional<Clock> clock) {
        this.index = index;
        this.indexer = indexer;
        this.metrics = metrics;
        this.running = new Semaphore(index.concurrentSearches(), true);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public SearchPage search(SearchQuery q) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "ok";
        try {
            running.acquireUninterruptibly();
            try {
                return searchUntimed(q);
            } finally {
                running.release();
            }
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
        Query text = SearchQueries.text(q);
        DrillDownQuery query = SearchQueries.drillDown(q, text);
        Instant now = clock.instant();
        Sort sort = sort(q.sort(), now);
        int from = q.page() * q.size();
        if (from + q.size() > MAX_WINDOW) {
            throw new InvalidQueryException("Only the first " + MAX_WINDOW + " results can be paged through; narrow the search.");
        }
        return read(s -> s == null || s.facets() == null ? empty(q) : run(s, q, query, sort, from, text, now));
    }

    private SearchPage run(FacetedSearcher s, SearchQuery q, DrillDownQuery query, Sort sort, int from, Query text,
            Instant now) throws IOException {
        // Counts first, on bitsets (see SidewaysCounts); then only the page of hits is ranked, and since the total
        // is known, the ranking may skip documents that cannot reach the page.
        SidewaysCounts.Result counted = s.counts(query.getBaseQuery(), q.filters());
        long total = counted.total();
        Map<String, List<FacetCount>> facets = counted.facets();
        int n = from + q.size();
        boolean narrowed = !q.filters().isEmpty() || query.getBaseQuery() != text;
        Query ranked;
        if (counted.found() == null) {
            ranked = text;
        } else if (sort != null) {
            ranked = counted.found(); // sorted by a field, not scored: the documents found are all it needs
        } else if (!narrowed && !foundLeadsBetter(text)) {
            ranked = text;
        } else {
            ranked = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST).add(counted.found(), BooleanClause.Occur.FILTER).build();
        }
        TopDocs top = sort == null ? s.search(ranked, new TopScoreDocCollectorManager(n, null, n))
                : s.search(ranked, new TopFieldCollectorManager(sort, n, null, n));
        ScoreDoc[] docs = top.scoreDocs;
        int shown = Math.max(0, docs.length - from);
        int[] ids = new int[shown];
        for (int i = 0; i < shown; i++) {
            ids[i] = docs[from + i].doc;
        }
        List<SearchHit> hits = Hits.of(s, ids, text, now);
        String suggestion = total == 0 && !q.q().isBlank() ? suggestion(s, q) : null;
        return new SearchPage(total, hits, facets, q.page(), q.size(), suggestion);
    }

    /**
     * Whether the documents found make a better lead for ranking the text than its own postings, when they are
     * just the text's matches (nothing else narrowed them): for several required words (the bitset spares
     * checking each word's postings in turn) and for prefixes (many terms' postings). A single word, words OR-ed,
     * a phrase or an exclusion rank faster alone, skipping what cannot reach the page. Measured with
     * bench/search CpuPerSearch at 1M items: with the found documents as a filter everywhere, two-word AND
     * queries took 30 % less CPU and the others 3-22 % more.
     */
    static boolean foundLeadsBetter(Query text) {
        long required = text instanceof BooleanQuery b ? b.clauses().stream()
                .filter(c -> c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER).count() : 0;
        return required >= 2 || Snippets.hasPatterns(text);
    }

    /** A corrected query, offered only when it finds something. */
    private String suggestion(FacetedSearcher s, SearchQuery q) throws IOException {
        String better = suggestions.suggest(s.getIndexReader(), q.q());
        if (better == null) {
            return null;
        }
        try {
            return s.count(SearchQueries.drillDown(q, SafeQueryParser.parse(better))) > 0 ? better : null;
        } catch (InvalidQueryException e) {
            return null;
        }
    }

    /** The sort, or null for relevance (drill-sideways scores then). */
    private static Sort sort(String sort, Instant now) {
        return switch (sort) {
            case "newest" -> new Sort(new SortedNumericSortField(ItemDocuments.PUBLISHED, SortField.Type.LONG, true));
            case "deadline" -> DeadlineOrder.sort(now);
            case "relevance" -> null;
            default -> throw new InvalidQueryException("Unknown sort '" + sort + "' (relevance, newest or deadline).");
        };
    }

    private static SearchPage empty(SearchQuery q) {
        return new SearchPage(0, List.of(), Map.of(), q.page(), q.size(), null);
    }

    @Override
    public List<SearchHit> similar(String id, int max) {
        return read(s -> s == null ? List.of() : SimilarItems.of(s, id, Math.min(max, 50), clock.instant()));
    }

    @Override
    public Overview overview(int weeks, int days) {
        return read(s -> s == null ? new Overview(List.of(), List.of(), java.time.LocalDate.now(clock), days)
                : OverviewReader.read(s, Math.min(weeks, 104), Math.min(days, 366), clock.instant()));
    }

    private <T> T read(LuceneIndex.SearchFunction<T> fn) {
        try {
            return index.read(fn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return read(s -> s == null ? 0L : (long) s.getIndexReader().numDocs());
    }
}
