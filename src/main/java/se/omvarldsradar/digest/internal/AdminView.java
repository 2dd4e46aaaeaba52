package se.omvarldsradar.digest.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.omvarldsradar.digest.OutboxEntry;

/** What the admin page shows and does with the outbox. */
@Component
public class AdminView {
    private final Outbox outbox;
    private final Clock clock;

    AdminView(Outbox outbox, Optional<Clock> clock) {
        this.outbox = outbox;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<OutboxEntry> recent(int limit) {
        return outbox.recent(Math.max(1, Math.min(limit, 500)));
    }

    public boolean retry(String id) {
        return outbox.requeue(id, clock.instant());
    }
}
