package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import se.omvarldsradar.search.Overview;
import se.omvarldsradar.search.SearchQuery;

/** Reads the overview from the index: facet counts per week, and the open calls' cut-offs ahead. */
final class OverviewReader {
    private static final int MAX_CALLS = 500;

    private OverviewReader() {
    }

    static Overview read(FacetedSearcher s, int weeks, int days, Instant now) throws IOException {
        LocalDate today = LocalDate.ofInstant(now, SearchQuery.ZONE);
        return new Overview(weeks(s, weeks, today), deadlines(s, today, days, now), today, days);
    }

    private static List<Overview.Week> weeks(FacetedSearcher s, int weeks, LocalDate today) throws IOException {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Overview.Week> out = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            LocalDate start = monday.minusWeeks(i);
            Query week = SearchQueries.range(ItemDocuments.PUBLISHED, start, start.plusDays(6), "from", "to");
            FacetsCollector fc = s.search(week, new FacetsCollectorManager());
            Map<String, Long> perSector = new LinkedHashMap<>();
            long total = fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            if (s.facets() != null && total > 0) {
                FacetResult r = topChildren(new SortedSetDocValuesFacetCounts(s.facets(), fc));
                if (r != null) {
                    for (var lv : r.labelValues) {
                        perSector.put(lv.label, lv.value.longValue());
                    }
                }
            }
            out.add(new Overview.Week(start, perSector, total));
        }
        return out;
    }

    private static FacetResult topChildren(SortedSetDocValuesFacetCounts counts) throws IOException {
        try {
            return counts.getTopChildren(50, "sector");
        } catch (IllegalArgumentException e) {
            return null; // no item has a sector yet
        }
    }

    private static List<Overview.UpcomingDeadline> deadlines(FacetedSearcher s, LocalDate today, int days, Instant now)
            throws IOException {
        long lo = now.toEpochMilli();
        long hi = today.plusDays(days + 1L).atStartOfDay(SearchQuery.ZONE).toInstant().toEpochMilli() - 1;
        Query query = new BooleanQuery.Builder()
                .add(org.apache.lucene.document.LongField.newRangeQuery(ItemDocuments.DEADLINE, lo, hi), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("status", "closed")), BooleanClause.Occur.MUST_NOT).build();
        List<Overview.UpcomingDeadline> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(query, MAX_CALLS, DeadlineOrder.sort(now)).scoreDocs) {
            Document d = s.storedFields().document(sd.doc);
            for (IndexableField f : d.getFields(ItemDocuments.DEADLINE)) {
                long t = f.numericValue().longValue();
                if (t >= lo && t <= hi) {
                    out.add(new Overview.UpcomingDeadline(d.get("id"), d.get("title"), Instant.ofEpochMilli(t), d.get("programme")));
                }
            }
        }
        out.sort(Comparator.comparing(Overview.UpcomingDeadline::deadline));
        return out;
    }
}
