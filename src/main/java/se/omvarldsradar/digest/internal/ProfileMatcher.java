package se.omvarldsradar.digest.internal;

import java.util.Locale;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.item.Item;

/**
 * Whether an item concerns a contact: it must be of a kind they follow, and share a sector or focus area
 * with their profile, or be of a programme they follow, or contain one of their keywords. A profile with
 * no categories, programmes or keywords follows everything of its kinds.
 */
final class ProfileMatcher {
    private ProfileMatcher() {
    }

    static boolean matches(Contact c, Item item) {
        if (!c.kinds().isEmpty() && !c.kinds().contains(item.kind())) {
            return false;
        }
        boolean anyCriteria = !c.sectors().isEmpty() || !c.focus().isEmpty() || !c.programmes().isEmpty()
                || !c.keywords().isEmpty();
        if (!anyCriteria) {
            return true;
        }
        if (item.tags().sectors().stream().anyMatch(t -> c.sectors().contains(t.category()) && t.score() >= c.minRelevance())) {
            return true;
        }
        if (item.tags().focus().stream().anyMatch(t -> c.focus().contains(t.category()) && t.score() >= c.minRelevance())) {
            return true;
        }
        if (item.call() != null && item.call().programme() != null
                && c.programmes().stream().anyMatch(p -> p.equalsIgnoreCase(item.call().programme()))) {
            return true;
        }
        String text = (item.title() + " " + (item.summary() == null ? "" : item.summary())).toLowerCase(Locale.ROOT);
        return c.keywords().stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT)));
    }
}
