package se.omvarldsradar.digest.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.ItemKind;

/**
 * Which items concern a recipient. A contact's item must be of a kind they follow, and share a sector
 * or focus area with their profile (at their minimum relevance), or be of a programme they follow, or match
 * one of their keywords: a plain word matches as a substring of title and summary, anything in search
 * syntax ({@code "phrase"}, {@code OR}, {@code -word}, {@code prefix*}, {@code field:value}) as a Lucene
 * query. A profile with no categories, programmes or keywords follows everything of its kinds. An alert's
 * item must match its saved query and filters.
 * <p>
 * Each criterion is a set of the run's items, computed once per run ({@link ItemSets}); a recipient's
 * items are those sets combined, so no item is tested once per recipient.
 */
final class ProfileMatcher {
    private ProfileMatcher() {
    }

    /** A question asked of an item; equal criteria are the same question, answered once per run. */
    private sealed interface Criterion extends Predicate<ItemText> {
    }

    private record Kind(ItemKind kind) implements Criterion {
        @Override
        public boolean test(ItemText t) {
            return t.item().kind() == kind;
        }
    }

    private record Sector(String category, double min) implements Criterion {
        @Override
        public boolean test(ItemText t) {
            return tagged(t.item().tags().sectors(), category, min);
        }
    }

    private record Focus(String category, double min) implements Criterion {
        @Override
        public boolean test(ItemText t) {
            return tagged(t.item().tags().focus(), category, min);
        }
    }

    private record Programme(String name) implements Criterion {
        @Override
        public boolean test(ItemText t) {
            var call = t.item().call();
            return call != null && call.programme() != null && name.equalsIgnoreCase(call.programme());
        }
    }

    /** A plain keyword, lower case: a substring of title and summary (hamn → hamnterminal). */
    private record Word(String lower) implements Criterion {
        @Override
        public boolean test(ItemText t) {
            return t.lowerText().contains(lower);
        }
    }

    /** A criterion that is a query: the query for items in a language, null when it matches none of them. */
    private sealed interface Searched {
        Query query(String lang);
    }

    /** A keyword in search syntax, parsed for the item's language; one that does not parse never matches. */
    private record SavedQuery(String text) implements Searched {
        @Override
        public Query query(String lang) {
            return ProfileMatcher.query(text, lang);
        }
    }

    private record Alert(Query query) implements Searched {
        @Override
        public Query query(String lang) {
            return query;
        }
    }

    /** The recipient's items among {@code items}, as a set the caller owns. */
    static BitSet matching(Recipient r, ItemSets items) {
        if (r.alert()) {
            Query q = alertQuery(r);
            return q == null ? new BitSet() : (BitSet) searched(items, new Alert(q)).clone();
        }
        Contact c = r.profile();
        BitSet kinds = new BitSet(items.size());
        for (ItemKind k : c.kinds().isEmpty() ? List.of(ItemKind.values()) : c.kinds()) {
            kinds.or(set(items, new Kind(k)));
        }
        if (c.sectors().isEmpty() && c.focus().isEmpty() && c.programmes().isEmpty() && c.keywords().isEmpty()) {
            return kinds;
        }
        BitSet any = new BitSet(items.size());
        c.sectors().forEach(s -> any.or(set(items, new Sector(s, c.minRelevance()))));
        c.focus().forEach(f -> any.or(set(items, new Focus(f, c.minRelevance()))));
        c.programmes().forEach(p -> any.or(set(items, new Programme(p))));
        for (String k : c.keywords()) {
            any.or(QueryFields.plain(k) ? set(items, new Word(k.strip().toLowerCase(Locale.ROOT))) : searched(items, new SavedQuery(k)));
        }
        any.and(kinds);
        return any;
    }

    private static BitSet set(ItemSets items, Criterion c) {
        return items.where(c, c);
    }

    /** Searched over the run's index: one search per query and run instead of one per item. */
    private static BitSet searched(ItemSets items, Searched s) {
        return items.searched(s, s::query);
    }

    private static boolean tagged(List<Tags.Tag> tags, String category, double min) {
        for (Tags.Tag g : tags) {
            if (category.equals(g.category()) && g.score() >= min) {
                return true;
            }
        }
        return false;
    }

    /** The alert's query and filters; null when it does not parse or says nothing (then it matches nothing). */
    private static Query alertQuery(Recipient r) {
        try {
            return QueryFields.search(r.search().q(), r.search().filters());
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    /** The query over the item's language fields; one that does not parse (feeds.yml refuses those) is null. */
    static Query query(String text, String lang) {
        try {
            return QueryFields.parse(text, lang);
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }
}
