package se.omvarldsradar.digest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.ItemKind;

/**
 * The profile matcher as it was before matching by sets: one predicate per recipient, tested on every item.
 * Kept as the oracle {@link ProfileMatcher} is compared with ({@code ProfileMatcherSetsTests}); its rules, as the
 * main code stated them then:
 * <p>
 * Whether an item concerns a recipient. A contact's item must be of a kind they follow, and share a sector
 * or focus area with their profile (at their minimum relevance), or be of a programme they follow, or match
 * one of their keywords: a plain word matches as a substring of title and summary, anything in search
 * syntax ({@code "phrase"}, {@code OR}, {@code -word}, {@code prefix*}, {@code field:value}) as a Lucene
 * query. A profile with no categories, programmes or keywords follows everything of its kinds. An alert's
 * item must match its saved query and filters.
 */
final class PerItemMatcher {
    private PerItemMatcher() {
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
        List<String> queries = new ArrayList<>();
        for (String k : c.keywords()) {
            if (QueryFields.plain(k)) {
                words.add(k.strip().toLowerCase(Locale.ROOT));
            } else {
                queries.add(k);
            }
        }
        boolean anyCriteria = !c.sectors().isEmpty() || !c.focus().isEmpty() || !c.programmes().isEmpty()
                || !c.keywords().isEmpty();
        Set<ItemKind> kinds = c.kinds().isEmpty() ? EnumSet.allOf(ItemKind.class) : EnumSet.copyOf(c.kinds());
        Set<String> sectors = Set.copyOf(c.sectors());
        Set<String> focus = Set.copyOf(c.focus());
        // Each saved query parsed once per language of the items (sv, en, xx), not once per item.
        Map<String, List<Query>> parsed = new ConcurrentHashMap<>();
        // Loops, not streams: this runs for every recipient times every new item.
        return t -> {
            var item = t.item();
            if (!kinds.contains(item.kind())) {
                return false;
            }
            if (!anyCriteria) {
                return true;
            }
            for (Tags.Tag g : item.tags().sectors()) {
                if (sectors.contains(g.category()) && g.score() >= c.minRelevance()) {
                    return true;
                }
            }
            for (Tags.Tag g : item.tags().focus()) {
                if (focus.contains(g.category()) && g.score() >= c.minRelevance()) {
                    return true;
                }
            }
            if (item.call() != null && item.call().programme() != null) {
                for (String p : c.programmes()) {
                    if (p.equalsIgnoreCase(item.call().programme())) {
                        return true;
                    }
                }
            }
            for (String w : words) {
                if (t.lowerText().contains(w)) {
                    return true;
                }
            }
            if (!queries.isEmpty()) {
                for (Query query : parsed.computeIfAbsent(t.lang(), lang -> parseAll(queries, lang))) {
                    if (t.matches(query)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static List<Query> parseAll(List<String> queries, String lang) {
        List<Query> out = new ArrayList<>(queries.size());
        for (String q : queries) {
            Query query = ProfileMatcher.query(q, lang);
            if (query != null) {
                out.add(query);
            }
        }
        return out;
    }
}
