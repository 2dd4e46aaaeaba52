package se.omvarldsradar.digest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.omvarldsradar.digest.internal.AlertBook;

/**
 * Saved searches mailed as digests ("Bevaka sökningen"). Without a login the owner is an e-mail address
 * proven by a signed confirmation link; {@link #ownerOf(String)} is the seam where a login's principal goes.
 */
@Service
public class Alerts {
    private final AlertBook book;

    Alerts(AlertBook book) {
        this.book = book;
    }

    /**
     * Saves the search as a pending alert and mails the owner a confirmation link. Throws
     * IllegalArgumentException whose message names the bad input: email, query, frequency or pending.
     */
    public Alert request(String owner, String query, Map<String, List<String>> filters, String frequency, String language) {
        Alert a = book.request(owner, query, filters, frequency, language);
        book.deliverSoon();
        return a;
    }

    /** The pending alert a confirmation link was made for. */
    public Optional<Alert> toConfirm(String token) {
        return book.toConfirm(token);
    }

    /** Activates the alert the link was made for. */
    public Optional<Alert> confirm(String token) {
        return book.confirm(token);
    }

    /** The owner a signed "my alerts" link was made for. */
    public Optional<String> ownerOf(String token) {
        return book.ownerOf(token);
    }

    /**
     * Whose a digest report's recipient is when it is a saved search: reports name it by its key ({@code alert:ID}),
     * which says nothing to the office.
     */
    public Optional<Alert> ofRecipient(String recipientKey) {
        return book.ofRecipient(recipientKey);
    }

    /** The owner's alerts, pending and active. */
    public List<Alert> owned(String owner) {
        return book.owned(owner);
    }

    /** A signed token for the owner's list of alerts. */
    public String manageToken(String owner) {
        return book.manageToken(owner);
    }

    /** Deletes one of the owner's alerts; false if it is not theirs or does not exist. */
    public boolean delete(String owner, String id) {
        return book.delete(owner, id);
    }
}
