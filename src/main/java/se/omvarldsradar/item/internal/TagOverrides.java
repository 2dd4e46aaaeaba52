package se.omvarldsradar.item.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.classify.Tags.Tag;
import se.omvarldsradar.item.TagOverride;

/** Tags the office set by hand on an item; they replace computed tags whenever the item is stored or re-tagged. */
@Component
public class TagOverrides {
    static final String BECAUSE = "set by the office";
    private final JdbcClient jdbc;

    TagOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TagOverride> find(String itemId) {
        return jdbc.sql("select sectors, focus, set_by, set_at from item_tag_override where item_id = ?").param(itemId)
                .query((rs, n) -> override(rs)).optional();
    }

    /** The overrides of those of the given items that have one. */
    Map<String, TagOverride> findAll(Collection<String> itemIds) {
        Map<String, TagOverride> found = new HashMap<>();
        IdChunks.each(itemIds, chunk -> jdbc
                .sql("select sectors, focus, set_by, set_at, item_id from item_tag_override where item_id in (:ids)")
                .param("ids", chunk).query(rs -> {
                    found.put(rs.getString(5), override(rs));
                }));
        return found;
    }

    private static TagOverride override(ResultSet rs) throws SQLException {
        return new TagOverride(TagCodec.split(rs.getString(1)), TagCodec.split(rs.getString(2)), rs.getString(3),
                rs.getObject(4, java.time.OffsetDateTime.class).toInstant());
    }

    public void set(String itemId, List<String> sectors, List<String> focus, String by, Instant at) {
        jdbc.sql("delete from item_tag_override where item_id = ?").param(itemId).update();
        jdbc.sql("insert into item_tag_override (item_id, sectors, focus, set_by, set_at) values (?,?,?,?,?)")
                .params(itemId, String.join(",", sectors), String.join(",", focus), by, at.atOffset(ZoneOffset.UTC)).update();
    }

    public boolean clear(String itemId) {
        return jdbc.sql("delete from item_tag_override where item_id = ?").param(itemId).update() > 0;
    }

    /** The tags with the item's override applied, if it has one. */
    public Tags apply(String itemId, Tags computed) {
        return apply(find(itemId).orElse(null), computed);
    }

    /** The tags with the given override applied; the computed ones when it is null. */
    static Tags apply(TagOverride o, Tags computed) {
        return o == null ? computed : new Tags(computed.language(),
                o.sectors().stream().map(c -> new Tag(c, 1.0, List.of(BECAUSE))).toList(),
                o.focus().stream().map(c -> new Tag(c, 1.0, List.of(BECAUSE))).toList());
    }
}
