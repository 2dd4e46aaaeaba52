package se.omvarldsradar.digest;

import java.time.Instant;

/**
 * One digest in the outbox as the admin page lists it: PENDING, SENDING, SENT, FAILED or CANCELLED. The recipient
 * is an address; for a saved search's mail it is the owner's, with {@code alert} the search ("hamn"), else null
 * (the alert's internal key only when the alert has since been deleted).
 */
public record OutboxEntry(String id, String recipient, String alert, String periodKey, String subject, String status,
        int attempts, String error, Instant created, Instant nextAttempt, Instant sentAt) {
}
