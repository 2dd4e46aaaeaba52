package se.omvarldsradar.extract;

import java.time.Instant;
import java.util.List;

/**
 * Funding-call details: identifier, programme, deadlines (every cut-off, earliest first), budget and status.
 * Any field may be null or empty when unknown; unknown is better than guessed.
 */
public record CallDetails(String callId, String callTitle, String programme, String actionType, CallStatus status,
        Instant opening, List<Instant> deadlines, Long budgetAmount, String budgetCurrency) {

    public CallDetails {
        deadlines = deadlines == null ? List.of() : deadlines.stream().sorted().toList();
    }

    /** Open, forthcoming or closed. */
    public enum CallStatus { FORTHCOMING, OPEN, CLOSED }

    /** The first deadline not yet passed, else the last one, else null. */
    public Instant nextDeadline(Instant now) {
        // A loop: a digest run asks this for every call of every digest.
        for (Instant d : deadlines) {
            if (d.isAfter(now)) {
                return d;
            }
        }
        return deadlines.isEmpty() ? null : deadlines.getLast();
    }

    /** The status as given, or computed from the dates when not given. */
    public CallStatus statusAt(Instant now) {
        if (status != null) {
            return status;
        }
        if (opening != null && opening.isAfter(now)) {
            return CallStatus.FORTHCOMING;
        }
        if (deadlines.isEmpty()) {
            return null;
        }
        return deadlines.getLast().isAfter(now) ? CallStatus.OPEN : CallStatus.CLOSED;
    }
}
