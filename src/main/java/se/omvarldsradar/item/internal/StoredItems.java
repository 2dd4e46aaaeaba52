package se.omvarldsradar.item.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.omvarldsradar.item.Item;

/** What is stored already of a crawl's items, read for the whole batch in a few queries. */
@Component
class StoredItems {
    private final JdbcClient jdbc;

    StoredItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The content hash and change sequence of a stored item. */
    record Stored(String hash, long seq) {
    }

    Map<String, Stored> hashes(Collection<String> ids) {
        Map<String, Stored> found = new HashMap<>();
        IdChunks.each(ids, chunk -> jdbc.sql("select id, content_hash, seq from item where id in (:ids)").param("ids", chunk)
                .query(rs -> {
                    found.put(rs.getString(1), new Stored(rs.getString(2), rs.getLong(3)));
                }));
        return found;
    }

    Map<String, Item> rows(Collection<String> ids) {
        Map<String, Item> found = new HashMap<>();
        IdChunks.each(ids, chunk -> jdbc.sql("select * from item where id in (:ids)").param("ids", chunk)
                .query(ItemRows.ITEM).list().forEach(i -> found.put(i.id(), i)));
        return found;
    }

    /** Those of the items already recorded as met in the source. */
    Set<String> metIn(String sourceId, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        IdChunks.each(ids, chunk -> found.addAll(jdbc.sql("select item_id from item_source where source_id = :source and item_id in (:ids)")
                .param("source", sourceId).param("ids", chunk).query(String.class).list()));
        return found;
    }
}
