package se.omvarldsradar.item.internal;

import static se.omvarldsradar.item.internal.ItemRows.ts;
import static se.omvarldsradar.item.internal.ItemValues.cut;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.Items.TaggedItem;
import se.omvarldsradar.item.StoreOutcome;
import se.omvarldsradar.item.StoreOutcome.Change;
import se.omvarldsradar.item.internal.ItemDiff.Snapshot;

/**
 * Inserts new items and updates changed ones, recording what changed. Runs inside the caller's transaction.
 * A crawl's items are written as one batch: what is stored of them is read in a few queries, the items are
 * then replayed in order against that (so an item met twice in one crawl is new once, then unchanged or
 * updated), and the resulting rows go out as JDBC batches.
 */
@Component
public class ItemWriter {
    private static final String INSERT_SOURCE = "insert into item_source (item_id, source_id, url, first_seen) values (?,?,?,?)";
    private static final String INSERT_CHANGE =
            "insert into item_change (item_id, changed_at, field, old_value, new_value) values (?,?,?,?,?)";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Sequences sequences;
    private final TagOverrides overrides;
    private final StoredItems stored;

    ItemWriter(JdbcClient jdbc, JdbcTemplate batch, Sequences sequences, TagOverrides overrides, StoredItems stored) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sequences = sequences;
        this.overrides = overrides;
        this.stored = stored;
    }

    /** What storing one item did, and its change sequence after it. */
    public record Written(StoreOutcome outcome, long seq) {
    }

    /** One identity as this batch has left it so far; {@code seq} below zero is a value still to be drawn. */
    private static final class Current {
        String hash;
        long seq;
        Snapshot row;
        boolean metInSource;

        Current(String hash, long seq) {
            this.hash = hash;
            this.seq = seq;
        }
    }

    private enum Op { INSERT, UPDATE, NONE }

    private record Step(int index, String id, Change change, Op op, long seq, Map<String, String[]> changes,
            String status, boolean meetsSource) {
    }

    /** Writes the items of one crawl of one source, in order; one outcome per item. */
    public List<Written> writeAll(SourceDefinition source, List<TaggedItem> items, Instant now) {
        int n = items.size();
        String[] keys = new String[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Identity.key(source.id(), items.get(i).item());
            ids[i] = Identity.id(keys[i]);
        }
        Set<String> distinct = new LinkedHashSet<>(List.of(ids));
        var overridden = overrides.findAll(distinct);
        Tags[] tags = new Tags[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = TagOverrides.apply(overridden.get(ids[i]), items.get(i).tags());
            hashes[i] = ItemValues.hash(items.get(i).item(), tags[i]);
        }
        Map<String, Current> current = new HashMap<>();
        stored.hashes(distinct).forEach((id, s) -> current.put(id, new Current(s.hash(), s.seq())));
        // Most re-crawls change nothing: whole rows are read only for items met with other content.
        Set<String> differing = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (current.containsKey(ids[i]) && !current.get(ids[i]).hash.equals(hashes[i])) {
                differing.add(ids[i]);
            }
        }
        stored.rows(differing).forEach((id, item) -> current.get(id).row = Snapshot.of(item));
        stored.metIn(source.id(), current.keySet()).forEach(id -> current.get(id).metInSource = true);

        List<Step> steps = new ArrayList<>(n);
        int draws = 0;
        for (int i = 0; i < n; i++) {
            ExtractedItem x = items.get(i).item();
            Current c = current.get(ids[i]);
            if (c == null) {
                c = new Current(hashes[i], -(++draws));
                c.row = Snapshot.of(x, tags[i], "NEW");
                c.metInSource = true;
                current.put(ids[i], c);
                steps.add(new Step(i, ids[i], Change.NEW, Op.INSERT, c.seq, Map.of(), "NEW", false));
                continue;
            }
            boolean meets = !c.metInSource;
            c.metInSource = true;
            if (c.hash.equals(hashes[i])) {
                steps.add(new Step(i, ids[i], Change.UNCHANGED, Op.NONE, c.seq, Map.of(), null, meets));
                continue;
            }
            Map<String, String[]> changes = ItemDiff.of(c.row, x, tags[i]);
            String status = changes.isEmpty() ? c.row.status() : "UPDATED";
            c.hash = hashes[i];
            c.seq = -(++draws);
            c.row = Snapshot.of(x, tags[i], status);
            steps.add(new Step(i, ids[i], changes.isEmpty() ? Change.UNCHANGED : Change.UPDATED, Op.UPDATE, c.seq,
                    changes, status, meets));
        }
        return write(source, items, keys, tags, hashes, steps, sequences.nextChanges(draws), now);
    }

    private List<Written> write(SourceDefinition source, List<TaggedItem> items, String[] keys, Tags[] tags,
            String[] hashes, List<Step> steps, long[] drawn, Instant now) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Written> written = new ArrayList<>(steps.size());
        for (Step s : steps) {
            ExtractedItem x = items.get(s.index()).item();
            long seq = s.seq() < 0 ? drawn[(int) -s.seq() - 1] : s.seq();
            if (s.op() == Op.INSERT) {
                inserts.add(ItemValues.insert(s.id(), keys[s.index()], source, x, tags[s.index()], hashes[s.index()], now, seq));
            }
            if (s.op() == Op.INSERT || s.meetsSource()) {
                sources.add(new Object[] {s.id(), source.id(), cut(x.url(), 2048), ts(now)});
            }
            if (s.op() == Op.UPDATE) {
                for (var c : s.changes().entrySet()) {
                    changes.add(new Object[] {s.id(), ts(now), c.getKey(), cut(c.getValue()[0], 4000), cut(c.getValue()[1], 4000)});
                }
                updates.add(ItemValues.update(s.id(), x, tags[s.index()], hashes[s.index()], now, seq, s.status()));
            }
            written.add(new Written(new StoreOutcome(s.id(), s.change()), seq));
        }
        // Rows before the rows that refer to them; an item inserted and then updated in one batch, in that order.
        for (var b : List.of(Map.entry(ItemValues.INSERT, inserts), Map.entry(INSERT_SOURCE, sources),
                Map.entry(INSERT_CHANGE, changes), Map.entry(ItemValues.UPDATE, updates))) {
            if (!b.getValue().isEmpty()) {
                batch.batchUpdate(b.getKey(), b.getValue());
            }
        }
        return written;
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
                        cut(TagCodec.encode(tags), 4000), ItemValues.hash(x, tags), seq, item.id())
                .update();
        return seq;
    }
}
