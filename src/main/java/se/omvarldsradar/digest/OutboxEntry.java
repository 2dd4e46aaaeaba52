package se.omvarldsradar.digest;

import java.time.Instant;

/** One digest in the outbox as the admin page lists it: PENDING, SENDING, SENT, FAILED or CANCELLED. */
public record OutboxEntry(String id, String recipient, String periodKey, String subject, String status, int attempts,
        String error, Instant created, Instant nextAttempt, Instant sentAt) {
}
