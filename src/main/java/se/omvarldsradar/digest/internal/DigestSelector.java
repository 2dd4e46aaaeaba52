package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.ItemChange;
import se.omvarldsradar.item.Items;

/**
 * Chooses what a recipient's digest says: items new to them since their last digest, items they were
 * shown before that changed since (with what changed), and open calls closing soon they were not reminded of.
 */
@Component
class DigestSelector {
    /** Changes a reader cares about; re-tagging alone is no news. */
    static final Set<String> NEWS_FIELDS = Set.of("title", "summary", "content", "deadline", "status", "budget");

    private final Items items;
    private final RecipientState state;

    DigestSelector(Items items, RecipientState state) {
        this.items = items;
        this.state = state;
    }

    /** An item shown before, and what changed in it since. */
    record Updated(Item item, List<ItemChange> changes) {
    }

    /**
     * The digest's content before rendering, and the deadline reminders it gives; {@code freshAt}: the new
     * items' positions among the run's changed items.
     */
    record Selection(BitSet freshAt, List<Updated> updated, List<Item> closing, List<RecipientState.Reminder> reminders) {
        /** How many new items there are. */
        int fresh() {
            return freshAt.cardinality();
        }

        /** How many items the digest has: new, updated and closing. */
        int count() {
            return fresh() + updated.size() + closing.size();
        }

        /** Items that may have been shown before (new ones never were): their record is replaced. */
        Set<String> shownBefore() {
            Set<String> ids = new HashSet<>();
            updated.forEach(u -> ids.add(u.item().id()));
            closing.forEach(i -> ids.add(i.id()));
            return ids;
        }

        boolean isEmpty() {
            return freshAt.isEmpty() && updated.isEmpty() && closing.isEmpty();
        }
    }

    /**
     * Every matching item is new to the recipient but those they were shown before: only those are looked at,
     * in the run's order, not each of the ~3,000 matching ones.
     */
    Selection select(Recipient r, DigestRun run) {
        Instant since = run.since(r.key()).minus(DigestRun.OVERLAP);
        Map<String, Instant> shown = run.shownTo(r.key());
        List<Updated> updated = new ArrayList<>();
        BitSet freshAt = ProfileMatcher.matching(r, run.changed());
        freshAt.and(run.changed().changedSince(since));
        // The look-back overlaps the last digest's last minutes for changes committed after its run read; what that
        // run read (shown, or counted but cut from a full section) is not new again unless it changed since.
        SeenChanges seenBefore = run.seenBefore(r.key());
        if (!seenBefore.seqs().isEmpty()) {
            for (int n = freshAt.nextSetBit(0); n >= 0; n = freshAt.nextSetBit(n + 1)) {
                if (seenBefore.contains(run.changed().item(n).seq())) {
                    freshAt.clear(n);
                }
            }
        }
        int[] before = shown.keySet().stream().mapToInt(run.changed()::position).filter(n -> n >= 0 && freshAt.get(n))
                .sorted().toArray();
        BitSet updatedAt = new BitSet(run.changed().size());
        for (int n : before) {
            freshAt.clear(n);
            Item i = run.changed().item(n);
            Instant shownAt = shown.get(i.id());
            if (shownAt.isBefore(i.lastChanged())) {
                List<ItemChange> changes = items.changes(i.id()).stream()
                        .filter(c -> c.changedAt().isAfter(shownAt) && NEWS_FIELDS.contains(c.field())).toList();
                if (!changes.isEmpty()) {
                    updated.add(new Updated(i, changes));
                    updatedAt.set(n);
                }
            }
        }
        BitSet inDigest = (BitSet) freshAt.clone();
        inDigest.or(updatedAt);
        return withReminders(r, run, freshAt, updated, inDigest);
    }

    /** {@code inDigest}: the positions in the run's changed items of those the digest has as new or updated. */
    private Selection withReminders(Recipient r, DigestRun run, BitSet freshAt, List<Updated> updated, BitSet inDigest) {
        Set<RecipientState.Reminder> reminded = run.closing().isEmpty() ? Set.of() : state.reminded(r.key());
        List<Item> closing = new ArrayList<>();
        List<RecipientState.Reminder> reminders = new ArrayList<>();
        BitSet matching = ProfileMatcher.matching(r, run.closing());
        for (int n = 0; n < run.closing().size(); n++) {
            Item i = run.closing().item(n);
            var reminder = new RecipientState.Reminder(i.id(), i.call().nextDeadline(run.now()));
            if (reminded.contains(reminder)) {
                continue;
            }
            // A call in the digest anyway shows its deadline: that counts as the reminder.
            int changed = run.closingInChanged()[n];
            if (changed >= 0 && inDigest.get(changed)) {
                reminders.add(reminder);
            } else if (matching.get(n)) {
                closing.add(i);
                reminders.add(reminder);
            }
        }
        closing.sort(java.util.Comparator.comparing(i -> i.call().nextDeadline(run.now())));
        return new Selection(freshAt, updated, closing, reminders);
    }
}
