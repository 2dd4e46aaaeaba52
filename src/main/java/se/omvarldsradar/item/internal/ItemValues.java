package se.omvarldsradar.item.internal;

import static se.omvarldsradar.item.internal.ItemRows.ts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;

/** The column values of an item row, as the insert and update statements take them. */
final class ItemValues {
    static final int MAX_TEXT = 200_000;

    static final String INSERT = """
            insert into item (id, identity_key, kind, source_id, url, guid, title, summary, content, language,
              published, first_seen, last_changed, status, keywords, call_id, call_title, programme, action_type,
              call_status, opening, deadlines, budget_amount, budget_currency, sectors, focus, tag_explanation,
              content_hash, seq)
            values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";

    static final String UPDATE = """
            update item set title = ?, summary = ?, content = ?, language = ?, published = ?, last_changed = ?,
              status = ?, keywords = ?, call_id = ?, call_title = ?, programme = ?, action_type = ?, call_status = ?,
              opening = ?, deadlines = ?, budget_amount = ?, budget_currency = ?, sectors = ?, focus = ?,
              tag_explanation = ?, content_hash = ?, seq = ? where id = ?""";

    private ItemValues() {
    }

    static Object[] insert(String id, String key, SourceDefinition source, ExtractedItem x, Tags tags, String hash,
            Instant now, long seq) {
        List<Object> v = new ArrayList<>(List.of(id, cut(key, 2100), source.kind().id(), source.id()));
        v.add(cut(x.url(), 2048));
        v.add(cut(x.guid(), 2048));
        content(v, x, tags, now, "NEW");
        v.add(11, ts(now)); // first_seen, between published and last_changed
        v.add(hash);
        v.add(seq);
        return v.toArray();
    }

    static Object[] update(String id, ExtractedItem x, Tags tags, String hash, Instant now, long seq, String status) {
        List<Object> v = new ArrayList<>();
        content(v, x, tags, now, status);
        v.add(hash);
        v.add(seq);
        v.add(id);
        return v.toArray();
    }

    /** From title to tag_explanation: the columns an insert and an update share, in that order. */
    private static void content(List<Object> v, ExtractedItem x, Tags tags, Instant now, String status) {
        CallDetails c = x.call();
        v.add(title(x));
        v.add(cut(x.summary(), MAX_TEXT));
        v.add(cut(x.content(), MAX_TEXT));
        v.add(tags.language());
        v.add(ts(x.published()));
        v.add(ts(now));
        v.add(status);
        v.add(cut(String.join(",", x.keywords()), 4000));
        v.add(c == null ? null : cut(c.callId(), 300));
        v.add(c == null ? null : cut(c.callTitle(), 2000));
        v.add(c == null ? null : cut(c.programme(), 300));
        v.add(c == null ? null : cut(c.actionType(), 300));
        v.add(c == null || c.status() == null ? null : c.status().name());
        v.add(c == null ? null : ts(c.opening()));
        v.add(c == null ? null : cut(ItemRows.instants(c.deadlines()), 2000));
        v.add(c == null ? null : c.budgetAmount());
        v.add(c == null ? null : c.budgetCurrency());
        v.add(String.join(",", tags.sectorIds()));
        v.add(String.join(",", tags.focusIds()));
        v.add(cut(TagCodec.encode(tags), 4000));
    }

    static String title(ExtractedItem x) {
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
