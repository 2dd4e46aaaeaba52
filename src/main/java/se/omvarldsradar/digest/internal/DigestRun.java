package se.omvarldsradar.digest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.omvarldsradar.extract.CallDetails.CallStatus;
import se.omvarldsradar.item.Items;

/**
 * What one run of digests reads once and shares between recipients: the items changed since the earliest
 * recipient's watermark, and the open calls whose next deadline is near. Each item is tested against each
 * distinct criterion (a sector, a keyword, a saved query) at most once per run, however many recipients share
 * it; likewise each entry is rendered once, however many digests show it. {@code closingInChanged}: where
 * each closing call is among the changed items (-1 where it is not), so a digest can tell it shows it anyway.
 * {@code shown}: for each recipient of the run, which of the changed items they were shown before, and when last.
 * {@code last}: for each recipient, their last digest (when, or how far back a first one reaches, and the item
 * versions its run read among its last minutes' changes), read once for the run; {@code seen}: those this run
 * read, kept with the watermarks of the digests it records.
 */
record DigestRun(Instant now, ItemSets changed, ItemSets closing, int[] closingInChanged, SectionOrder order,
        RenderedEntries rendered, Map<String, Map<String, Instant>> shown, Map<String, RecipientState.LastDigest> last,
        SeenChanges seen) {

    /** Items stored during a run that began before the last digest commit within this margin are not lost. */
    static final Duration OVERLAP = Duration.ofMinutes(5);

    /**
     * Reads the items changed since {@code since} (less the overlap), but not those every one of the recipients
     * was shown at or after their last change: they are neither new nor updated for any of them. Digests sent
     * minutes apart ("send now", a test, a catch-up) would otherwise load every item of the overlap again, only
     * to find each one shown already.
     */
    static DigestRun load(Items items, RecipientState state, List<String> recipients, Duration firstLookback,
            Instant now, Duration closingSoon) {
        Map<String, RecipientState.LastDigest> stored = state.lastDigests();
        RecipientState.LastDigest first = new RecipientState.LastDigest(now.minus(firstLookback), SeenChanges.NONE);
        Map<String, RecipientState.LastDigest> last = new HashMap<>();
        recipients.forEach(r -> last.put(r, stored.getOrDefault(r, first)));
        Instant since = last.values().stream().map(RecipientState.LastDigest::at).min(Instant::compareTo).orElse(now);
        RecipientState.Changed found = state.changedSince(since.minus(OVERLAP));
        // What this read saw of the changes the next digest's look-back will see again (one statement: one snapshot)
        Instant lookedAtAgain = now.minus(OVERLAP);
        SeenChanges seen = SeenChanges.of(found.versions().values().stream()
                .filter(v -> !v.lastChanged().isBefore(lookedAtAgain)).map(RecipientState.Version::seq).toList());
        Map<String, Map<String, Instant>> shown = found.shown();
        shown.keySet().retainAll(new HashSet<>(recipients)); // a set: a run may have a thousand recipients
        Set<String> wanted = new HashSet<>();
        Instant earliest = null;
        for (Map.Entry<String, RecipientState.Version> e : found.versions().entrySet()) {
            Instant changedAt = e.getValue().lastChanged();
            boolean seenByAll = !recipients.isEmpty() && recipients.stream().allMatch(r -> {
                Instant at = shown.getOrDefault(r, Map.of()).get(e.getKey());
                return at != null && !at.isBefore(changedAt);
            });
            if (!seenByAll) {
                wanted.add(e.getKey());
                earliest = earliest == null || changedAt.isBefore(earliest) ? changedAt : earliest;
            }
        }
        // Read as one range from the oldest item wanted (what was left out is mostly older: the overlap).
        List<ItemText> changed = earliest == null ? List.of()
                : items.changedSince(earliest).stream().filter(i -> wanted.contains(i.id())).map(i -> new ItemText(i, now)).toList();
        Instant horizon = now.plus(closingSoon);
        List<ItemText> closing = items.callsWithDeadlines().stream()
                .filter(i -> {
                    Instant d = i.call().nextDeadline(now);
                    CallStatus s = i.call().statusAt(now);
                    return d != null && d.isAfter(now) && !d.isAfter(horizon) && (s == null || s == CallStatus.OPEN);
                })
                .map(i -> new ItemText(i, now)).toList();
        ItemSets changedSets = new ItemSets(changed);
        ItemSets closingSets = new ItemSets(closing);
        return new DigestRun(now, changedSets, closingSets, closingSets.positionsIn(changedSets), new SectionOrder(changedSets, now),
                new RenderedEntries(), shown, last, seen);
    }

    /** When the recipient's last digest was, or how far back their first one reaches. */
    Instant since(String recipient) {
        return lastOf(recipient).at();
    }

    /** The item versions the run of this recipient's last digest read among its last minutes' changes. */
    SeenChanges seenBefore(String recipient) {
        return lastOf(recipient).seen();
    }

    private RecipientState.LastDigest lastOf(String recipient) {
        RecipientState.LastDigest l = last.get(recipient);
        if (l == null) {
            throw new IllegalArgumentException("not a recipient of this run: " + recipient);
        }
        return l;
    }

    /** Which of the changed items this recipient was shown before, and when last. */
    Map<String, Instant> shownTo(String recipient) {
        return shown.getOrDefault(recipient, Map.of());
    }
}
