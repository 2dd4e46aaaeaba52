package se.omvarldsradar.digest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import se.omvarldsradar.extract.CallDetails.CallStatus;
import se.omvarldsradar.item.Items;

/**
 * What one run of digests reads once and shares between recipients: the items changed since the earliest
 * recipient's watermark, and the open calls whose next deadline is near. Each item is tested against each
 * distinct criterion (a sector, a keyword, a saved query) at most once per run, however many recipients share
 * it; likewise each entry is rendered once, however many digests show it. {@code closingInChanged}: where
 * each closing call is among the changed items (-1 where it is not), so a digest can tell it shows it anyway.
 */
record DigestRun(Instant now, ItemSets changed, ItemSets closing, int[] closingInChanged, SectionOrder order,
        RenderedEntries rendered) {

    /** Items stored during a run that began before the last digest commit within this margin are not lost. */
    static final Duration OVERLAP = Duration.ofMinutes(5);

    static DigestRun load(Items items, Instant since, Instant now, Duration closingSoon) {
        List<ItemText> changed = items.changedSince(since.minus(OVERLAP)).stream().map(i -> new ItemText(i, now)).toList();
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
                new RenderedEntries());
    }
}
