package se.omvarldsradar.search.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.SearchQuery;

/**
 * Turns a {@link SearchQuery} into Lucene queries: the text and date ranges as the base query, the facet
 * filters as drill-down dimensions (values of one facet OR-ed, facets AND-ed) so drill-sideways can count
 * the other values of a selected facet.
 */
final class SearchQueries {
    static final int MAX_VALUES_PER_FACET = 20;

    private SearchQueries() {
    }

    /** The parsed text alone, what the highlighter marks. */
    static Query text(SearchQuery q) {
        return q.q().isBlank() ? new MatchAllDocsQuery() : SafeQueryParser.parse(q.q());
    }

    static DrillDownQuery drillDown(SearchQuery q, Query text) {
        DrillDownQuery dd = new DrillDownQuery(ItemDocuments.FACETS, base(q, text));
        q.filters().forEach((field, values) -> {
            if (!SearchQuery.FACETS.contains(field)) {
                throw new InvalidQueryException("Unknown filter '" + field + "'.");
            }
            if (values.size() > MAX_VALUES_PER_FACET) {
                throw new InvalidQueryException("Too many values for '" + field + "' (at most " + MAX_VALUES_PER_FACET + ").");
            }
            values.forEach(v -> dd.add(field, v));
        });
        return dd;
    }

    private static Query base(SearchQuery q, Query text) {
        Query published = range(ItemDocuments.PUBLISHED, q.from(), q.to(), "from", "to");
        Query deadline = range(ItemDocuments.DEADLINE, q.deadlineFrom(), q.deadlineTo(), "deadlineFrom", "deadlineTo");
        if (published == null && deadline == null) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        for (Query f : List.of(published == null ? new MatchAllDocsQuery() : published,
                deadline == null ? new MatchAllDocsQuery() : deadline)) {
            b.add(f, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Documents with a value of {@code field} within the days, both inclusive; null when both are open. */
    static Query range(String field, LocalDate from, LocalDate to, String fromName, String toName) {
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("The date '" + fromName + "' is after '" + toName + "'.");
        }
        long lo = from == null ? Long.MIN_VALUE : from.atStartOfDay(SearchQuery.ZONE).toInstant().toEpochMilli();
        long hi = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(SearchQuery.ZONE).toInstant().toEpochMilli() - 1;
        return LongField.newRangeQuery(field, lo, hi);
    }
}
