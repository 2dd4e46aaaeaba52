package se.omvarldsradar.digest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivers due outbox rows. A row is marked sent only after the server accepted it; transient failures
 * (no connection, 4xx) are retried with growing delays, permanent ones (5xx) are marked failed.
 */
@Component
public class DigestSender {
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
    private static final Duration GIVE_UP = Duration.ofHours(24);

    private final Outbox outbox;
    private final MailTransport transport;
    private final Clock clock;
    private final Counter sentCount;
    private final Counter failedCount;
    private final Counter retryCount;

    DigestSender(Outbox outbox, MailTransport transport, MeterRegistry metrics, Optional<Clock> clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.sentCount = Counter.builder("radar.digests.sent").description("Digests accepted by SMTP or written as .eml")
                .register(metrics);
        this.failedCount = Counter.builder("radar.digests.failed").description("Digests given up on (refused or too many tries)")
                .register(metrics);
        this.retryCount = Counter.builder("radar.digests.retries").description("Delivery attempts that will be retried")
                .register(metrics);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Delivers every due row; returns how many were accepted. */
    public synchronized int deliverDue() {
        int sent = 0;
        for (Outbox.Row row : outbox.due(clock.instant())) {
            try {
                transport.deliver(DigestMessage.parse(row.mime(), row.messageId()), row.id());
                outbox.markSent(row.id(), clock.instant());
                sentCount.increment();
                sent++;
            } catch (Exception e) {
                handle(row, e);
            }
        }
        return sent;
    }

    private void handle(Outbox.Row row, Exception e) {
        String error = describe(e);
        Integer code = smtpCode(e);
        if (code != null && code >= 500) {
            log.warn("Digest {} to {} refused permanently: {}", row.id(), row.contactEmail(), error);
            outbox.markFailed(row.id(), error);
            failedCount.increment();
            return;
        }
        Duration delay = Duration.ofMinutes(Math.min(240, 1L << Math.min(row.attempts(), 8)));
        Instant next = clock.instant().plus(delay);
        if (row.attempts() > 0 && delay.multipliedBy(2).compareTo(GIVE_UP) > 0 && row.attempts() > 12) {
            outbox.markFailed(row.id(), "gave up after " + (row.attempts() + 1) + " attempts: " + error);
            failedCount.increment();
            return;
        }
        log.info("Digest {} to {} not delivered ({}); next try at {}", row.id(), row.contactEmail(), error, next);
        outbox.markRetry(row.id(), next, error);
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
