package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each recipient has had: when their last digest was composed, which items it showed (and when), which
 * deadlines they were reminded of, and whether they paused their digest.
 */
@Component
class RecipientState {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RecipientState(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A deadline a digest reminds of. */
    record Reminder(String itemId, Instant deadline) {
    }

    /** A recipient's last digest: when, and the item versions its run read among the last minutes' changes. */
    record LastDigest(Instant at, SeenChanges seen) {
    }

    /** Each recipient who has had a digest, in one query (recipient key to their last digest). */
    Map<String, LastDigest> lastDigests() {
        Map<String, LastDigest> last = new HashMap<>();
        jdbc.sql("select contact_email, last_digest, seen_changes from contact_state where last_digest is not null")
                .query(rs -> {
                    last.put(rs.getString(1), new LastDigest(rs.getObject(2, OffsetDateTime.class).toInstant(),
                            SeenChanges.decode(rs.getString(3))));
                });
        return last;
    }

    boolean paused(String key) {
        return jdbc.sql("select unsubscribed from contact_state where contact_email = ?").param(key)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * The items changed at or after a time: the version of each ({@code versions}, item id to when it last changed
     * and its change sequence), and who was shown which of them before, and when last ({@code shown}, recipient key
     * to item id to time).
     */
    record Changed(Map<String, Version> versions, Map<String, Map<String, Instant>> shown) {
    }

    /** An item's current version: when it last changed, and its change sequence. */
    record Version(Instant lastChanged, long seq) {
    }

    /**
     * The items changed at or after {@code since} and who was shown them, in one pass over the item's
     * last_changed index joined to contact_item by item id: it costs what the run's items cost, however long
     * each recipient's history is.
     */
    Changed changedSince(Instant since) {
        Map<String, Version> versions = new HashMap<>();
        Map<String, Map<String, Instant>> shown = new HashMap<>();
        jdbc.sql("""
                select i.id, i.last_changed, ci.contact_email, coalesce(ci.included_at, o.created), i.seq from item i
                left join contact_item ci on ci.item_id = i.id left join outbox o on o.id = ci.digest_id
                where i.last_changed >= ?""")
                .param(ts(since))
                .query(rs -> {
                    String id = rs.getString(1);
                    versions.put(id, new Version(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(5)));
                    String recipient = rs.getString(3);
                    if (recipient != null) {
                        OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
                        shown.computeIfAbsent(recipient, k -> new HashMap<>()).put(id, at == null ? Instant.EPOCH : at.toInstant());
                    }
                });
        return new Changed(versions, shown);
    }

    /** Reminders given. */
    Set<Reminder> reminded(String key) {
        Set<Reminder> set = new HashSet<>();
        jdbc.sql("select item_id, deadline from deadline_reminder where contact_email = ?").param(key)
                .query(rs -> {
                    set.add(new Reminder(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
                });
        return set;
    }

    /**
     * Runs inside the outbox's transaction, for one or many digests: the items shown (those that may have been
     * shown before, updated and reminded ones, replace their old record), the reminders given, the new watermark.
     */
    void recordDigests(List<Outbox.Entry> digests) {
        List<Object[]> old = new ArrayList<>();
        List<Object[]> shown = new ArrayList<>();
        List<Object[]> reminders = new ArrayList<>();
        for (Outbox.Entry d : digests) {
            OffsetDateTime at = ts(d.now());
            for (String id : d.shown()) {
                if (d.shownBefore().contains(id)) {
                    old.add(new Object[] {d.recipient(), id});
                }
                shown.add(new Object[] {d.recipient(), id, d.id(), at});
            }
            d.reminders().forEach(r -> reminders.add(new Object[] {d.recipient(), r.itemId(), ts(r.deadline()), d.id()}));
        }
        if (!old.isEmpty()) {
            batch.batchUpdate("delete from contact_item where contact_email = ? and item_id = ?", old);
        }
        if (!shown.isEmpty()) {
            batch.batchUpdate("insert into contact_item (contact_email, item_id, digest_id, included_at) values (?,?,?,?)", shown);
        }
        if (!reminders.isEmpty()) {
            batch.batchUpdate("insert into deadline_reminder (contact_email, item_id, deadline, digest_id) values (?,?,?,?)",
                    reminders);
        }
        Map<SeenChanges, String> encoded = new java.util.IdentityHashMap<>(); // one per run, shared by its digests
        List<Object[]> watermarks = digests.stream().map(d -> new Object[] {ts(d.now()),
                encoded.computeIfAbsent(d.seen(), SeenChanges::encode), d.recipient()}).toList();
        int[] updated = batch.batchUpdate("update contact_state set last_digest = ?, seen_changes = ? where contact_email = ?",
                watermarks);
        List<Object[]> fresh = new ArrayList<>();
        for (int n = 0; n < updated.length; n++) {
            if (updated[n] == 0) {
                fresh.add(new Object[] {watermarks.get(n)[2], watermarks.get(n)[0], watermarks.get(n)[1]});
            }
        }
        if (!fresh.isEmpty()) {
            batch.batchUpdate("insert into contact_state (contact_email, last_digest, seen_changes) values (?, ?, ?)", fresh);
        }
    }

    void setPaused(String key, boolean paused) {
        int n = jdbc.sql("update contact_state set unsubscribed = ? where contact_email = ?").params(paused, key).update();
        if (n == 0) {
            jdbc.sql("insert into contact_state (contact_email, unsubscribed) values (?, ?)").params(key, paused).update();
        }
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
