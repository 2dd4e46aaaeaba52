package se.omvarldsradar.item;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.internal.ItemWriter;

/** The stored items: the source of truth that the index and the digests are derived from. */
@Service
public class Items {
    private final JdbcClient jdbc;
    private final ItemWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Items(JdbcClient jdbc, ItemWriter writer, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Stores the items of one crawl of one source in one transaction, deduplicated and change-detected. */
    @Transactional
    public List<StoreOutcome> store(SourceDefinition source, List<TaggedItem> items) {
        Instant now = clock.instant();
        return items.stream().map(t -> {
            ItemWriter.Written w = writer.write(source, t.item(), t.tags(), now);
            if (w.outcome().change() != StoreOutcome.Change.UNCHANGED) {
                events.publishEvent(new ItemStored(w.outcome().itemId(), w.seq(),
                        w.outcome().change() == StoreOutcome.Change.NEW));
            }
            return w.outcome();
        }).toList();
    }

    /** An extracted item and its tags, ready to store. */
    public record TaggedItem(ExtractedItem item, Tags tags) {
    }

    public Optional<Item> find(String id) {
        return jdbc.sql("select * from item where id = ?").param(id).query(ItemRowMapper.INSTANCE).optional();
    }

    public List<Item> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from item where id in (:ids)").param("ids", ids).query(ItemRowMapper.INSTANCE).list();
    }

    /** Items whose change sequence is above {@code seq}, in sequence order: how a replica follows the database. */
    public List<Item> changedAfter(long seq, int limit) {
        return jdbc.sql("select * from item where seq > ? order by seq limit ?").params(seq, limit)
                .query(ItemRowMapper.INSTANCE).list();
    }

    /** Items stored or changed at or after the given time, oldest first. */
    public List<Item> changedSince(Instant since) {
        return jdbc.sql("select * from item where last_changed >= ? order by last_changed")
                .param(since.atOffset(java.time.ZoneOffset.UTC)).query(ItemRowMapper.INSTANCE).list();
    }

    /** Funding calls with at least one deadline: the candidates for "closing soon" reminders. */
    public List<Item> callsWithDeadlines() {
        return jdbc.sql("select * from item where kind = 'call' and deadlines is not null").query(ItemRowMapper.INSTANCE).list();
    }

    public long maxSeq() {
        Long max = jdbc.sql("select max(seq) from item").query(Long.class).single();
        return max == null ? 0 : max;
    }

    public long count() {
        return jdbc.sql("select count(*) from item").query(Long.class).single();
    }

    /** The sources an item was met in, first one first. */
    public List<String> sourcesOf(String itemId) {
        return jdbc.sql("select source_id from item_source where item_id = ? order by first_seen, source_id")
                .param(itemId).query(String.class).list();
    }

    /** What changed in the item over time, oldest first. */
    public List<ItemChange> changes(String itemId) {
        return jdbc.sql("select changed_at, field, old_value, new_value from item_change where item_id = ? order by id")
                .param(itemId)
                .query((rs, n) -> new ItemChange(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
