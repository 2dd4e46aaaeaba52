package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.lucene.search.Query;

import se.omvarldsradar.item.Item;

/**
 * One list of a run's items, and the sets of them (bit n = the list's item n) that meet a criterion, each
 * computed on first use and then shared by every recipient of the run. A thousand recipients mostly ask the
 * same few dozen questions (a sector at a relevance, a keyword, a saved query), so each item is asked each
 * question once per run instead of once per recipient.
 */
final class ItemSets {
    private final List<ItemText> texts;
    private final Map<Object, BitSet> sets = new ConcurrentHashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private volatile ItemIndex index;

    ItemSets(List<ItemText> texts) {
        this.texts = List.copyOf(texts);
        for (int n = 0; n < this.texts.size(); n++) {
            positions.putIfAbsent(this.texts.get(n).item().id(), n);
        }
    }

    /** For each of these items, its position in {@code other}, or -1 where {@code other} does not have it. */
    int[] positionsIn(ItemSets other) {
        int[] in = new int[texts.size()];
        for (int n = 0; n < in.length; n++) {
            in[n] = other.positions.getOrDefault(item(n).id(), -1);
        }
        return in;
    }

    /** The position of the item with this id, or -1 where there is none. */
    int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    /** The items changed at or after {@code since}: recipients mostly share a watermark, so one set serves many. */
    BitSet changedSince(Instant since) {
        return where(new ChangedSince(since), t -> !t.item().lastChanged().isBefore(since));
    }

    private record ChangedSince(Instant since) {
    }

    int size() {
        return texts.size();
    }

    Item item(int n) {
        return texts.get(n).item();
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    /**
     * The items a query matches, each item searched with the query for its language (null: none), shared as
     * {@link #where} shares. One search over the run's index when the query means there what it means on one
     * item ({@link ItemIndex#sameAsPerItem}), else the query on each item's own index.
     */
    BitSet searched(Object key, Function<String, Query> queryFor) {
        if (!ItemIndex.sameAsPerItem(QueryFields.LANGS.stream().map(queryFor).toList())) {
            return where(key, t -> {
                Query q = queryFor.apply(t.lang());
                return q != null && t.matches(q);
            });
        }
        return sets.computeIfAbsent(key, k -> index().matching(queryFor));
    }

    private ItemIndex index() {
        ItemIndex built = index;
        if (built == null) {
            synchronized (this) {
                if (index == null) {
                    index = ItemIndex.of(texts);
                }
                built = index;
            }
        }
        return built;
    }

    /**
     * The items the rule holds for, shared: callers copy before changing it. Equal keys must mean equal rules.
     * Computed under the map's lock for that key, so two threads asking at once test the items only once; and
     * on every core, since the threads that need the set wait for it (a saved query builds each item's
     * one-document index: seconds for a run).
     */
    BitSet where(Object key, Predicate<ItemText> rule) {
        return sets.computeIfAbsent(key, k -> {
            boolean[] holds = new boolean[texts.size()];
            IntStream.range(0, texts.size()).parallel().forEach(n -> holds[n] = rule.test(texts.get(n)));
            BitSet set = new BitSet(texts.size());
            for (int n = 0; n < holds.length; n++) {
                if (holds[n]) {
                    set.set(n);
                }
            }
            return set;
        });
    }
}
