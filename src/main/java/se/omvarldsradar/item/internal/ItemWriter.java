package se.omvarldsradar.item.internal;

import static se.omvarldsradar.item.internal.ItemRows.ts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.StoreOutcome;
import se.omvarldsradar.item.StoreOutcome.Change;

/** Inserts new items and updates changed ones, recording what changed. Runs inside the caller's transaction. */
@Component
public class ItemWriter {
    private static final int MAX_TEXT = 200_000;
    private final JdbcClient jdbc;
    private final Sequences sequences;
    private final TagOverrides overrides;

    ItemWriter(JdbcClient jdbc, Sequences sequences, TagOverrides overrides) {
        this.jdbc = jdbc;
        this.sequences = sequences;
        this.overrides = overrides;
    }

    public record Written(StoreOutcome outcome, long seq) {
    }

    private record Stored(String hash, long seq) {
    }

    public Written write(SourceDefinition source, ExtractedItem x, Tags computed, Instant now) {
        String key = Identity.key(source.id(), x);
        String id = Identity.id(key);
        Tags tags = overrides.apply(id, computed);
        // Most re-crawls change nothing: compare the content hash before reading the whole row.
        Optional<Stored> stored = jdbc.sql("select content_hash, seq from item where id = ?").param(id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2))).optional();
        String hash = hash(x, tags);
        recordSource(id, source, x, now, stored.isPresent());
        if (stored.isEmpty()) {
            long seq = sequences.nextChange();
            insert(id, key, source, x, tags, hash, now, seq);
            return new Written(new StoreOutcome(id, Change.NEW), seq);
        }
        if (stored.get().hash().equals(hash)) {
            return new Written(new StoreOutcome(id, Change.UNCHANGED), stored.get().seq());
        }
        Optional<Item> existing = jdbc.sql("select * from item where id = ?").param(id).query(ItemRows.ITEM).optional();
        Map<String, String[]> changes = diff(existing.get(), x, tags);
        long seq = sequences.nextChange();
        for (var c : changes.entrySet()) {
            jdbc.sql("insert into item_change (item_id, changed_at, field, old_value, new_value) values (?,?,?,?,?)")
                    .params(id, ts(now), c.getKey(), cut(c.getValue()[0], 4000), cut(c.getValue()[1], 4000)).update();
        }
        update(id, x, tags, hash, now, seq, changes.isEmpty() ? existing.get().status() : "UPDATED");
        return new Written(new StoreOutcome(id, changes.isEmpty() ? Change.UNCHANGED : Change.UPDATED), seq);
    }

    /**
     * Gives a stored item new tags (after the category terms changed, or an override), keeping its status and
     * dates: a re-tag is not news. Returns the new change sequence, or -1 when the tags did not change.
     */
    public long retag(Item item, Tags computed) {
        Tags tags = overrides.apply(item.id(), computed);
        if (TagCodec.encode(tags).equals(TagCodec.encode(item.tags()))) {
            return -1;
        }
        ExtractedItem x = new ExtractedItem(null, item.url(), item.title(), item.summary(), item.content(),
                item.published(), item.language(), item.keywords(), item.call());
        long seq = sequences.nextChange();
        jdbc.sql("update item set sectors = ?, focus = ?, tag_explanation = ?, content_hash = ?, seq = ? where id = ?")
                .params(String.join(",", tags.sectorIds()), String.join(",", tags.focusIds()),
                        cut(TagCodec.encode(tags), 4000), hash(x, tags), seq, item.id())
                .update();
        return seq;
    }

    private void recordSource(String id, SourceDefinition source, ExtractedItem x, Instant now, boolean itemExists) {
        if (!itemExists) {
            return; // inserted with the item
        }
        int n = jdbc.sql("select count(*) from item_source where item_id = ? and source_id = ?").params(id, source.id())
                .query(Integer.class).single();
        if (n == 0) {
            jdbc.sql("insert into item_source (item_id, source_id, url, first_seen) values (?,?,?,?)")
                    .params(id, source.id(), cut(x.url(), 2048), ts(now)).update();
        }
    }

    private void insert(String id, String key, SourceDefinition source, ExtractedItem x, Tags tags, String hash,
            Instant now, long seq) {
        CallDetails c = x.call();
        jdbc.sql("""
                insert into item (id, identity_key, kind, source_id, url, guid, title, summary, content, language,
                  published, first_seen, last_changed, status, keywords, call_id, call_title, programme, action_type,
                  call_status, opening, deadlines, budget_amount, budget_currency, sectors, focus, tag_explanation,
                  content_hash, seq)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(id, cut(key, 2100), source.kind().id(), source.id(), cut(x.url(), 2048), cut(x.guid(), 2048),
                        title(x), cut(x.summary(), MAX_TEXT), cut(x.content(), MAX_TEXT), tags.language(),
                        ts(x.published()), ts(now), ts(now), "NEW", cut(String.join(",", x.keywords()), 4000),
                        c == null ? null : cut(c.callId(), 300), c == null ? null : cut(c.callTitle(), 2000),
                        c == null ? null : cut(c.programme(), 300), c == null ? null : cut(c.actionType(), 300),
                        c == null || c.status() == null ? null : c.status().name(), c == null ? null : ts(c.opening()),
                        c == null ? null : cut(ItemRows.instants(c.deadlines()), 2000),
                        c == null ? null : c.budgetAmount(), c == null ? null : c.budgetCurrency(),
                        String.join(",", tags.sectorIds()), String.join(",", tags.focusIds()), cut(TagCodec.encode(tags), 4000),
                        hash, seq)
                .update();
        jdbc.sql("insert into item_source (item_id, source_id, url, first_seen) values (?,?,?,?)")
                .params(id, source.id(), cut(x.url(), 2048), ts(now)).update();
    }

    private void update(String id, ExtractedItem x, Tags tags, String hash, Instant now, long seq, String status) {
        CallDetails c = x.call();
        jdbc.sql("""
                update item set title = ?, summary = ?, content = ?, language = ?, published = ?, last_changed = ?,
                  status = ?, keywords = ?, call_id = ?, call_title = ?, programme = ?, action_type = ?, call_status = ?,
                  opening = ?, deadlines = ?, budget_amount = ?, budget_currency = ?, sectors = ?, focus = ?,
                  tag_explanation = ?, content_hash = ?, seq = ? where id = ?""")
                .params(title(x), cut(x.summary(), MAX_TEXT), cut(x.content(), MAX_TEXT), tags.language(),
                        ts(x.published()), ts(now), status, cut(String.join(",", x.keywords()), 4000),
                        c == null ? null : cut(c.callId(), 300), c == null ? null : cut(c.callTitle(), 2000),
                        c == null ? null : cut(c.programme(), 300), c == null ? null : cut(c.actionType(), 300),
                        c == null || c.status() == null ? null : c.status().name(), c == null ? null : ts(c.opening()),
                        c == null ? null : cut(ItemRows.instants(c.deadlines()), 2000),
                        c == null ? null : c.budgetAmount(), c == null ? null : c.budgetCurrency(),
                        String.join(",", tags.sectorIds()), String.join(",", tags.focusIds()), cut(TagCodec.encode(tags), 4000),
                        hash, seq, id)
                .update();
    }

    /** The fields a reader cares about, old and new, where they differ. */
    private static Map<String, String[]> diff(Item old, ExtractedItem x, Tags tags) {
        Map<String, String[]> d = new LinkedHashMap<>();
        put(d, "title", old.title(), title(x));
        put(d, "summary", old.summary(), cut(x.summary(), MAX_TEXT));
        put(d, "content", old.content(), cut(x.content(), MAX_TEXT));
        CallDetails o = old.call();
        CallDetails n = x.call();
        put(d, "deadline", o == null ? null : ItemRows.instants(o.deadlines()), n == null ? null : ItemRows.instants(n.deadlines()));
        put(d, "status", o == null || o.status() == null ? null : o.status().name(),
                n == null || n.status() == null ? null : n.status().name());
        put(d, "budget", o == null || o.budgetAmount() == null ? null : o.budgetAmount() + " " + o.budgetCurrency(),
                n == null || n.budgetAmount() == null ? null : n.budgetAmount() + " " + n.budgetCurrency());
        put(d, "sectors", String.join(",", old.sectors()), String.join(",", tags.sectorIds()));
        put(d, "focus", String.join(",", old.focus()), String.join(",", tags.focusIds()));
        return d;
    }

    private static void put(Map<String, String[]> d, String field, String oldValue, String newValue) {
        String o = oldValue == null || oldValue.isBlank() ? null : oldValue;
        String n = newValue == null || newValue.isBlank() ? null : newValue;
        if (!Objects.equals(o, n)) {
            d.put(field, new String[] {o, n});
        }
    }

    private static String title(ExtractedItem x) {
        String t = x.title() == null || x.title().isBlank() ? "(utan rubrik)" : x.title().strip();
        return cut(t, 2000);
    }

    static String hash(ExtractedItem x, Tags tags) {
        List<String> parts = new ArrayList<>(List.of(String.valueOf(x.title()), String.valueOf(x.summary()),
                String.valueOf(x.content()), String.valueOf(x.call()), String.join(",", tags.sectorIds()),
                String.join(",", tags.focusIds())));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            parts.forEach(p -> md.update((p + "\u0000").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
