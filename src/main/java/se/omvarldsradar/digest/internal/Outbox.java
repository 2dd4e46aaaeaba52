package se.omvarldsradar.digest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.omvarldsradar.digest.OutboxEntry;

/**
 * The outbox table. A digest is recorded here, with what it shows marked as had by the recipient, in one
 * transaction before any SMTP conversation starts. Delivery claims a row (SENDING, with a timestamp) before
 * talking to the server and marks it SENT after the server accepted it; a claim older than the lease is a
 * sender that died, and the row is due again.
 */
@Component
class Outbox {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RecipientState state;

    Outbox(JdbcClient jdbc, JdbcTemplate batch, RecipientState state) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.state = state;
    }

    /** A digest waiting for delivery (or delivered). */
    record Row(String id, String recipient, String messageId, String mime, int attempts, Instant created) {
    }

    /** Delivery status of one digest. */
    record Status(String status, String error) {
    }

    Optional<Status> status(String id) {
        return jdbc.sql("select status, error from outbox where id = ?").param(id)
                .query((rs, n) -> new Status(rs.getString(1), rs.getString(2))).optional();
    }

    boolean exists(String recipient, String periodKey) {
        return jdbc.sql("select count(*) from outbox where contact_email = ? and period_key = ?")
                .params(recipient, periodKey).query(Integer.class).single() > 0;
    }

    /**
     * One digest to record: its row, and what it shows and reminds of, marked as had by the recipient;
     * {@code seen}: the item versions its run read among the last minutes' changes, kept with the new watermark.
     */
    record Entry(String id, String recipient, String periodKey, String messageId, String subject, String mime,
            List<String> shown, Set<String> shownBefore, List<RecipientState.Reminder> reminders, Instant now,
            SeenChanges seen) {
    }

    @Transactional
    void record(String id, String recipient, String periodKey, String messageId, String subject, String mime,
            List<String> shown, Set<String> shownBefore, List<RecipientState.Reminder> reminders, Instant now) {
        insert(List.of(new Entry(id, recipient, periodKey, messageId, subject, mime, shown, shownBefore, reminders, now,
                SeenChanges.NONE)));
    }

    /**
     * Several digests in one transaction: each row still commits together with its recipient's state, and one
     * commit (a file write with {@code WRITE_DELAY=0}) serves them all. All or none: a caller that gets an
     * exception may record them one by one to find the one at fault.
     */
    @Transactional
    void recordAll(List<Entry> entries) {
        insert(entries);
    }

    private void insert(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into outbox (id, contact_email, period_key, message_id, subject, mime, created, status, attempts, next_attempt)
                values (?,?,?,?,?,?,?,'PENDING',0,?)""", entries.stream().map(e -> new Object[] {e.id(), e.recipient(),
                e.periodKey(), e.messageId(), e.subject(), e.mime(), ts(e.now()), ts(e.now())}).toList());
        state.recordDigests(entries);
    }

    /** Pauses or resumes; pausing also cancels what is still waiting, so it takes effect before the next attempt. */
    @Transactional
    void setPaused(String recipient, boolean paused) {
        state.setPaused(recipient, paused);
        if (paused) {
            jdbc.sql("update outbox set status = 'CANCELLED', error = 'unsubscribed' where contact_email = ? and status = 'PENDING'")
                    .param(recipient).update();
        }
    }

    /** Rows to deliver now: pending and due, or claimed by a sender that has not finished within the lease. */
    List<Row> due(Instant now, Instant staleBefore) {
        return jdbc.sql("select id, contact_email, message_id, mime, attempts, created from outbox "
                + "where (status = 'PENDING' and next_attempt <= ?) or (status = 'SENDING' and sending_since < ?) order by created")
                .params(ts(now), ts(staleBefore)).query(Outbox::row).list();
    }

    /** Takes a row for delivery; false when another sender (a CLI run beside the server) took it first. */
    boolean claim(String id, Instant now, Instant staleBefore) {
        return jdbc.sql("update outbox set status = 'SENDING', sending_since = ?, attempts = attempts + 1 where id = ? and "
                + "((status = 'PENDING' and next_attempt <= ?) or (status = 'SENDING' and sending_since < ?))")
                .params(ts(now), id, ts(now), ts(staleBefore)).update() == 1;
    }

    void markSent(String id, Instant now) {
        jdbc.sql("update outbox set status = 'SENT', sent_at = ?, error = null where id = ?").params(ts(now), id).update();
    }

    void markRetry(String id, Instant next, String error) {
        jdbc.sql("update outbox set status = 'PENDING', next_attempt = ?, error = ? where id = ? and status = 'SENDING'")
                .params(ts(next), cut(error), id).update();
    }

    void markFailed(String id, String error) {
        jdbc.sql("update outbox set status = 'FAILED', error = ? where id = ?").params(cut(error), id).update();
    }

    /** Puts a failed digest back in the queue (admin "retry"). */
    boolean requeue(String id, Instant now) {
        return jdbc.sql("update outbox set status = 'PENDING', next_attempt = ?, created = ? where id = ? and status = 'FAILED'")
                .params(ts(now), ts(now), id).update() == 1;
    }

    /** The newest digests, failed ones first; a saved search's mail under its owner's address. */
    List<OutboxEntry> recent(int limit) {
        return jdbc.sql("select o.id, coalesce(a.owner_email, o.contact_email), a.query, o.period_key, o.subject, o.status, "
                + "o.attempts, o.error, o.created, o.next_attempt, o.sent_at from (select * from outbox "
                + "order by case when status = 'FAILED' then 0 else 1 end, created desc limit ?) o "
                + "left join alert a on o.contact_email like '" + Recipient.ALERT + "%' and a.id = substring(o.contact_email, "
                + (Recipient.ALERT.length() + 1) + ") order by case when o.status = 'FAILED' then 0 else 1 end, o.created desc")
                .param(limit).query((rs, n) -> new OutboxEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), instant(rs, 9),
                        instant(rs, 10), instant(rs, 11)))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), instant(rs, 6));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
