package se.omvarldsradar.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

import se.omvarldsradar.config.Contact;

/**
 * Whether an item concerns a recipient. A contact's item must be of a kind they follow, and share a sector
 * or focus area with their profile (at their minimum relevance), or be of a programme they follow, or match
 * one of their keywords: a plain word matches as a substring of title and summary, anything in search
 * syntax ({@code "phrase"}, {@code OR}, {@code -word}, {@code prefix*}, {@code field:value}) as a Lucene
 * query. A profile with no categories, programmes or keywords follows everything of its kinds. An alert's
 * item must match its saved query and filters.
 */
final class ProfileMatcher {
    private ProfileMatcher() {
    }

    /** The recipient's profile compiled once for a run; a query that does not parse never matches. */
    static Predicate<ItemText> compile(Recipient r) {
        if (r.alert()) {
            try {
                Query q = QueryFields.search(r.search().q(), r.search().filters());
                return q == null ? t -> false : t -> t.matches(q);
            } catch (ParseException | RuntimeException e) {
                return t -> false;
            }
        }
        Contact c = r.profile();
        List<String> words = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (String k : c.keywords()) {
            if (QueryFields.plain(k)) {
                words.add(k.strip().toLowerCase(Locale.ROOT));
            } else {
                try {
                    queries.add(QueryFields.parse(k));
                } catch (ParseException | RuntimeException e) {
                    // feeds.yml validation refuses these; a query that slips through matches nothing
                }
            }
        }
        boolean anyCriteria = !c.sectors().isEmpty() || !c.focus().isEmpty() || !c.programmes().isEmpty()
                || !c.keywords().isEmpty();
        return t -> {
            var item = t.item();
            if (!c.kinds().isEmpty() && !c.kinds().contains(item.kind())) {
                return false;
            }
            if (!anyCriteria) {
                return true;
            }
            if (item.tags().sectors().stream().anyMatch(g -> c.sectors().contains(g.category()) && g.score() >= c.minRelevance())
                    || item.tags().focus().stream().anyMatch(g -> c.focus().contains(g.category()) && g.score() >= c.minRelevance())) {
                return true;
            }
            if (item.call() != null && item.call().programme() != null
                    && c.programmes().stream().anyMatch(p -> p.equalsIgnoreCase(item.call().programme()))) {
                return true;
            }
            return words.stream().anyMatch(w -> t.lowerText().contains(w)) || queries.stream().anyMatch(t::matches);
        };
    }
}
