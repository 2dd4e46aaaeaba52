package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.util.Comparator;
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
    private final Map<List<String>, String[]> sections = new ConcurrentHashMap<>();

    SectionOrder(ItemSets items, Instant now) {
        this.items = items;
        this.newestFirst = IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparing((Integer n) -> items.item(n).date()).reversed())
                .mapToInt(Integer::intValue).toArray();
        this.callsByDeadline = IntStream.range(0, items.size()).filter(n -> items.item(n).kind() == ItemKind.CALL).boxed()
                .sorted(Comparator.comparing((Integer n) -> deadline(items.item(n), now)))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Positions of all items, newest first. */
    int[] newestFirst() {
        return newestFirst;
    }

    /** Positions of the calls, the soonest next deadline first, calls without one last. */
    int[] callsByDeadline() {
        return callsByDeadline;
    }

    /** Each item's section for a recipient following these sectors (by position; shared, not to be changed). */
    String[] sections(List<String> followed) {
        return sections.computeIfAbsent(followed, f -> {
            String[] s = new String[items.size()];
            for (int n = 0; n < s.length; n++) {
                s[n] = sectorFor(items.item(n), f);
            }
            return s;
        });
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
