package se.omvarldsradar.digest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.omvarldsradar.digest.DigestSettings;

/**
 * Delivers due outbox rows. Each row is claimed (SENDING) before the SMTP conversation and marked SENT only
 * after the server accepted it; transient failures (no connection, 4xx) are retried with doubling delays
 * (1 min up to 1 h) for {@code radar.digest.retry-for}, permanent ones (5xx) are marked failed at once. A stop
 * (SIGTERM) lets the message being sent finish and be marked; the rest stay due for the next run.
 */
@Component
public class DigestSender {
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
    private static final Duration MAX_DELAY = Duration.ofHours(1);
    /** How long a stop waits for the message being sent; a server that never answers is left like a crash. */
    static final Duration STOP_WAIT = Duration.ofSeconds(40);

    private final Outbox outbox;
    private final MailTransport transport;
    private final DigestSettings settings;
    private final Clock clock;
    private final Counter sentCount;
    private final Counter failedCount;
    private final Counter retryCount;
    private final ReentrantLock delivering = new ReentrantLock();
    private volatile boolean stopping;

    DigestSender(Outbox outbox, MailTransport transport, DigestSettings settings, MeterRegistry metrics,
            Optional<Clock> clock) {
        this.sentCount = Counter.builder("radar.digests.sent").description("Digests accepted by SMTP or written as .eml")
                .register(metrics);
        this.failedCount = Counter.builder("radar.digests.failed").description("Digests given up on (refused or too many tries)")
                .register(metrics);
        this.retryCount = Counter.builder("radar.digests.retries").description("Delivery attempts that will be retried")
                .register(metrics);
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Delivers every due row; returns how many were accepted. */
    public int deliverDue() {
        delivering.lock();
        try {
            return deliverDueNow();
        } finally {
            delivering.unlock();
        }
    }

    /**
     * On shutdown, before anything closes (the command line's context is closed by Spring's shutdown hook while
     * its main thread sends): no further message is begun, and the one being sent is waited for, so that its
     * "sent" mark is written while the database is open. Otherwise that digest would stay SENDING and go out a
     * second time after the lease.
     */
    @EventListener(ContextClosedEvent.class)
    public void stop() {
        stopping = true;
        if (delivering.isLocked()) {
            log.info("Shutting down: waiting for the digest being sent");
        }
        try {
            if (delivering.tryLock(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                delivering.unlock();
            } else {
                log.warn("A digest was still being sent after {} s of shutdown; it is sent again after the lease",
                        STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int deliverDueNow() {
        int sent = 0;
        Instant now = clock.instant();
        for (Outbox.Row row : outbox.due(now, now.minus(settings.sendingLease()))) {
            if (stopping) {
                break; // due rows stay PENDING for the next run
            }
            Instant at = clock.instant();
            if (!outbox.claim(row.id(), at, at.minus(settings.sendingLease()))) {
                continue;
            }
            try {
                transport.deliver(DigestMessage.parse(row.mime(), row.messageId()), row.id());
            } catch (Exception e) {
                handle(row, e);
                continue;
            }
            // The one window left: a crash here, after the server's 250 and before this update, sends the
            // digest again after the lease, with the same Message-ID (see docs/digests.md).
            outbox.markSent(row.id(), clock.instant());
            sentCount.increment();
            sent++;
        }
        return sent;
    }

    private void handle(Outbox.Row row, Exception e) {
        String error = describe(e);
        Integer code = smtpCode(e);
        if (code != null && code >= 500) {
            log.warn("Digest {} to {} refused permanently: {}", row.id(), row.recipient(), error);
            outbox.markFailed(row.id(), code + " " + error);
            failedCount.increment();
            return;
        }
        Instant now = clock.instant();
        Duration delay = Duration.ofMinutes(1L << Math.min(row.attempts(), 10));
        delay = delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
        Instant next = now.plus(delay);
        if (next.isAfter(row.created().plus(settings.retryFor()))) {
            log.warn("Digest {} to {} given up after {} attempts: {}", row.id(), row.recipient(), row.attempts() + 1, error);
            outbox.markFailed(row.id(), "gave up after " + (row.attempts() + 1) + " attempts in "
                    + settings.retryFor().toHours() + " h: " + (code == null ? "" : code + " ") + error);
            failedCount.increment();
            return;
        }
        log.info("Digest {} to {} not delivered ({}); next try at {}", row.id(), row.recipient(), error, next);
        outbox.markRetry(row.id(), next, (code == null ? "" : code + " ") + error);
        retryCount.increment();
    }

    static Integer smtpCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null && m.getNextException() != t) {
                Integer c = smtpCode(m.getNextException());
                if (c != null) {
                    return c;
                }
            }
            if (t instanceof org.springframework.mail.MailSendException mse) {
                for (Exception f : mse.getFailedMessages().values()) {
                    Integer c = smtpCode(f);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + ": " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }
}
