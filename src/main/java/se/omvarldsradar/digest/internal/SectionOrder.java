package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.item.Item;

/**
 * The order of a digest's sections, worked out once per run over the run's changed items instead of once per
 * digest: their positions newest first, the calls' positions by next deadline, and each item's sector section
 * for each distinct list of followed sectors. Both orders are stable (ties in list order), so the new items
 * of a digest, taken in one of these orders, are in the order sorting them would give.
 */
final class SectionOrder {
    private final ItemSets items;
    private final int[] newestFirst;
    private final int[] callsByDeadline;
    private final BitSet calls = new BitSet();
    private final Map<List<String>, Sectors> sections = new ConcurrentHashMap<>();

    SectionOrder(ItemSets items, Instant now) {
        this.items = items;
        this.newestFirst = IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparing((Integer n) -> items.item(n).date()).reversed())
                .mapToInt(Integer::intValue).toArray();
        this.callsByDeadline = IntStream.range(0, items.size()).filter(n -> items.item(n).kind() == ItemKind.CALL).boxed()
                .sorted(Comparator.comparing((Integer n) -> deadline(items.item(n), now)))
                .mapToInt(Integer::intValue).toArray();
        for (int n : callsByDeadline) {
            calls.set(n);
        }
    }

    /** Positions of all items, newest first. */
    int[] newestFirst() {
        return newestFirst;
    }

    /** Positions of the calls, the soonest next deadline first, calls without one last. */
    int[] callsByDeadline() {
        return callsByDeadline;
    }

    /**
     * Each item's sector section for one list of followed sectors, as a small number per position: a digest
     * groups its items by these numbers in arrays instead of by name in a map.
     */
    record Sectors(int[] code, List<String> names) {
        /** The section of the item at position n: a sector, or "" for none. */
        String of(int n) {
            return names.get(code[n]);
        }
    }

    /** Each item's section for a recipient following these sectors (by position; shared, not to be changed). */
    Sectors sections(List<String> followed) {
        return sections.computeIfAbsent(followed, f -> {
            int[] code = new int[items.size()];
            Map<String, Integer> codes = new LinkedHashMap<>();
            for (int n = 0; n < code.length; n++) {
                code[n] = codes.computeIfAbsent(sectorFor(items.item(n), f), k -> codes.size());
            }
            return new Sectors(code, List.copyOf(codes.keySet()));
        });
    }

    /** A section's first items in its order (at most the number a section shows), and how many it has in all. */
    record Part(String sector, List<Item> first, int total) {
    }

    /** The new calls (bit n = position n), the soonest next deadline first. */
    Part calls(BitSet fresh, int max) {
        List<Item> first = new ArrayList<>();
        int total = 0;
        for (int n : callsByDeadline) {
            if (fresh.get(n) && total++ < max) {
                first.add(items.item(n));
            }
        }
        return new Part("", first, total);
    }

    /**
     * The new news and bulletins by sector section, newest first: the sections in the order their first item
     * comes among the new items, the one without a sector last. Each section keeps its first {@code max}
     * items and counts the rest: a digest's ~2,300 new items are walked, not collected.
     */
    List<Part> newsBySector(BitSet fresh, List<String> followed, int max) {
        Sectors sectors = sections(followed);
        int[] rank = new int[sectors.names().size()];
        Arrays.fill(rank, -1);
        List<Integer> order = new ArrayList<>();
        for (int n = fresh.nextSetBit(0); n >= 0; n = fresh.nextSetBit(n + 1)) {
            int c = sectors.code()[n];
            if (!calls.get(n) && rank[c] < 0) {
                rank[c] = order.size();
                order.add(c);
            }
        }
        List<List<Item>> first = new ArrayList<>();
        order.forEach(c -> first.add(new ArrayList<>()));
        int[] total = new int[order.size()];
        for (int n : newestFirst) {
            if (fresh.get(n) && !calls.get(n)) {
                int r = rank[sectors.code()[n]];
                if (total[r]++ < max) {
                    first.get(r).add(items.item(n));
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        Part none = null;
        for (int r = 0; r < order.size(); r++) {
            Part p = new Part(sectors.names().get(order.get(r)), first.get(r), total[r]);
            if (p.sector().isEmpty()) {
                none = p;
            } else {
                parts.add(p);
            }
        }
        if (none != null) {
            parts.add(none);
        }
        return parts;
    }

    /** The section an item goes in: its first sector the recipient follows, else its first sector, else none (""). */
    private static String sectorFor(Item i, List<String> followed) {
        String first = "";
        for (Tags.Tag t : i.tags().sectors()) {
            if (followed.contains(t.category())) {
                return t.category();
            }
            if (first.isEmpty()) {
                first = t.category();
            }
        }
        return first;
    }

    private static Instant deadline(Item i, Instant now) {
        return i.call() == null || i.call().nextDeadline(now) == null ? Instant.MAX : i.call().nextDeadline(now);
    }
}
