package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table and the per-contact delivery state. A digest is recorded here, with the items it
 * carries marked as sent to the contact, in one transaction before any SMTP conversation starts.
 */
@Component
class Outbox {
    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A digest waiting for delivery (or delivered). */
    record Row(String id, String contactEmail, String messageId, String mime, int attempts, String status) {
    }

    /** Delivery status of one digest. */
    record Status(String status, String error) {
    }

    Optional<Status> status(String id) {
        return jdbc.sql("select status, error from outbox where id = ?").param(id)
                .query((rs, n) -> new Status(rs.getString(1), rs.getString(2))).optional();
    }

    boolean exists(String contactEmail, String periodKey) {
        return jdbc.sql("select count(*) from outbox where contact_email = ? and period_key = ?")
                .params(contactEmail, periodKey).query(Integer.class).single() > 0;
    }

    Optional<Instant> lastDigest(String contactEmail) {
        return jdbc.sql("select last_digest from contact_state where contact_email = ?").param(contactEmail)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .optional().flatMap(o -> o);
    }

    boolean unsubscribed(String contactEmail) {
        return jdbc.sql("select unsubscribed from contact_state where contact_email = ?").param(contactEmail)
                .query(Boolean.class).optional().orElse(false);
    }

    Set<String> sentItems(String contactEmail) {
        return Set.copyOf(jdbc.sql("select item_id from contact_item where contact_email = ?").param(contactEmail)
                .query(String.class).list());
    }

    @Transactional
    void record(String id, String contactEmail, String periodKey, String messageId, String subject, String mime,
            List<String> itemIds, Instant now) {
        jdbc.sql("""
                insert into outbox (id, contact_email, period_key, message_id, subject, mime, created, status, attempts, next_attempt)
                values (?,?,?,?,?,?,?,'PENDING',0,?)""")
                .params(id, contactEmail, periodKey, messageId, subject, mime, ts(now), ts(now)).update();
        for (String itemId : itemIds) {
            jdbc.sql("insert into contact_item (contact_email, item_id, digest_id) values (?,?,?)")
                    .params(contactEmail, itemId, id).update();
        }
        touch(contactEmail, now);
    }

    @Transactional
    void touch(String contactEmail, Instant now) {
        int n = jdbc.sql("update contact_state set last_digest = ? where contact_email = ?").params(ts(now), contactEmail).update();
        if (n == 0) {
            jdbc.sql("insert into contact_state (contact_email, last_digest) values (?, ?)").params(contactEmail, ts(now)).update();
        }
    }

    @Transactional
    void unsubscribe(String contactEmail, boolean unsubscribed) {
        int n = jdbc.sql("update contact_state set unsubscribed = ? where contact_email = ?").params(unsubscribed, contactEmail).update();
        if (n == 0) {
            jdbc.sql("insert into contact_state (contact_email, unsubscribed) values (?, ?)").params(contactEmail, unsubscribed).update();
        }
    }

    List<Row> due(Instant now) {
        return jdbc.sql("select id, contact_email, message_id, mime, attempts, status from outbox "
                + "where status = 'PENDING' and next_attempt <= ? order by created")
                .param(ts(now))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6)))
                .list();
    }

    void markSent(String id, Instant now) {
        jdbc.sql("update outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, error = null where id = ?")
                .params(ts(now), id).update();
    }

    void markRetry(String id, Instant next, String error) {
        jdbc.sql("update outbox set attempts = attempts + 1, next_attempt = ?, error = ? where id = ?")
                .params(ts(next), cut(error), id).update();
    }

    void markFailed(String id, String error) {
        jdbc.sql("update outbox set status = 'FAILED', attempts = attempts + 1, error = ? where id = ?").params(cut(error), id).update();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
