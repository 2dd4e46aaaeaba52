package se.omvarldsradar.digest.internal;

import java.util.List;
import java.util.Map;

import se.omvarldsradar.config.Contact;

/**
 * Someone a digest goes to: a contact from feeds.yml with their preferences applied (key = the e-mail
 * address) or a confirmed alert (key = {@code alert:ID}, profile = the owner with the alert's frequency).
 * The key is what the outbox, the sent items and the reminders are recorded under.
 */
record Recipient(String key, Contact profile, SavedSearch search) {

    static final String ALERT = "alert:";

    /** The query and facet filters of an alert, as saved from the search page. */
    record SavedSearch(String alertId, String q, Map<String, List<String>> filters) {
    }

    /** The subject of a signed link to an owner's list of alerts. */
    static String owner(String email) {
        return "owner:" + email.toLowerCase(java.util.Locale.ROOT);
    }

    static Recipient contact(Contact c) {
        return new Recipient(c.email().toLowerCase(java.util.Locale.ROOT), c, null);
    }

    boolean alert() {
        return search != null;
    }

    String email() {
        return profile.email();
    }
}
