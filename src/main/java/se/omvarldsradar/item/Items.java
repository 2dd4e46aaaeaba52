package se.omvarldsradar.item;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.internal.IdChunks;
import se.omvarldsradar.item.internal.ItemWriter;
import se.omvarldsradar.item.internal.TagOverrides;

/** The stored items: the source of truth that the index and the digests are derived from. */
@Service
public class Items {
    private final JdbcClient jdbc;
    private final ItemWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TagOverrides overrides;
    private final SourceStates states;

    Items(JdbcClient jdbc, ItemWriter writer, ApplicationEventPublisher events, PlatformTransactionManager txManager,
            TagOverrides overrides, SourceStates states, Optional<Clock> clock) {
        this.overrides = overrides;
        this.states = states;
        this.transactions = new TransactionTemplate(txManager);
        this.jdbc = jdbc;
        this.writer = writer;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Stores the items of one crawl of one source in one transaction, deduplicated and change-detected. Two
     * sources crawled at once may meet the same new item; the loser of that race retries and finds it stored.
     */
    public List<StoreOutcome> store(SourceDefinition source, List<TaggedItem> items) {
        return store(source, items, null);
    }

    /**
     * Stores the items of one crawl as {@link #store(SourceDefinition, List)} does and records the crawl on its
     * source ({@link SourceStates#success}) in the same transaction: the validators of the conditional GET
     * are committed together with the items they describe, and a crawl costs one commit (with
     * {@code WRITE_DELAY=0} one write to the database file) instead of two.
     *
     * @param attempt what to record, made from the outcomes; null records nothing
     */
    public List<StoreOutcome> store(SourceDefinition source, List<TaggedItem> items,
            Function<List<StoreOutcome>, CrawlAttempt> attempt) {
        for (int tries = 1;; tries++) {
            try {
                return transactions.execute(status -> {
                    List<StoreOutcome> outcomes = storeOnce(source, items);
                    if (attempt != null) {
                        states.success(source.id(), attempt.apply(outcomes));
                    }
                    return outcomes;
                });
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (tries >= 3) {
                    throw e;
                }
            }
        }
    }

    private List<StoreOutcome> storeOnce(SourceDefinition source, List<TaggedItem> items) {
        List<ItemWriter.Written> written = writer.writeAll(source, items, clock.instant());
        publish(written.stream().filter(w -> w.outcome().change() != StoreOutcome.Change.UNCHANGED)
                .map(w -> new ItemsStored.Entry(w.outcome().itemId(), w.seq(), w.outcome().change() == StoreOutcome.Change.NEW))
                .toList());
        return written.stream().map(ItemWriter.Written::outcome).toList();
    }

    /**
     * Events for everything a transaction stored, so that it is indexed together: one per
     * {@value #EVENT_ENTRIES} items, because the event publication registry keeps each event serialised in a
     * column of at most 4,000 characters on H2 (an entry takes at most ~90), and a crawl may store hundreds.
     */
    private void publish(List<ItemsStored.Entry> stored) {
        for (int from = 0; from < stored.size(); from += EVENT_ENTRIES) {
            events.publishEvent(new ItemsStored(stored.subList(from, Math.min(stored.size(), from + EVENT_ENTRIES))));
        }
    }

    static final int EVENT_ENTRIES = 40;

    /** An extracted item and its tags, ready to store. */
    public record TaggedItem(ExtractedItem item, Tags tags) {
    }

    /**
     * Sets the office's own tags on an item; they survive re-crawls and re-tagging until cleared.
     *
     * @return false when there is no such item
     */
    public boolean overrideTags(String itemId, List<String> sectors, List<String> focus, String by) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Item> item = find(itemId);
            if (item.isEmpty()) {
                return false;
            }
            overrides.set(itemId, sectors, focus, by, clock.instant());
            publish(retagOne(item.get(), item.get().tags()));
            return true;
        }));
    }

    /** Removes an override; the item gets the given computed tags back. */
    public boolean clearOverride(String itemId, Function<Item, Tags> tagger) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Item> item = find(itemId);
            if (item.isEmpty() || !overrides.clear(itemId)) {
                return false;
            }
            publish(retagOne(item.get(), tagger.apply(item.get())));
            return true;
        }));
    }

    /** The office's override of an item's tags, if any. */
    public Optional<TagOverride> override(String itemId) {
        return overrides.find(itemId);
    }

    /** Re-tags every stored item with the given tagger (overrides still win); returns how many changed. */
    public int retagAll(Function<Item, Tags> tagger) {
        int changed = 0;
        String after = "";
        List<Item> page;
        while (!(page = jdbc.sql("select * from item where id > ? order by id limit 500").param(after)
                .query(ItemRowMapper.INSTANCE).list()).isEmpty()) {
            List<Item> batch = page;
            changed += transactions.execute(status -> {
                List<ItemsStored.Entry> retagged = new ArrayList<>();
                for (Item item : batch) {
                    retagged.addAll(retagOne(item, tagger.apply(item)));
                }
                publish(retagged);
                return retagged.size();
            });
            after = page.getLast().id();
        }
        return changed;
    }

    private List<ItemsStored.Entry> retagOne(Item item, Tags tags) {
        long seq = writer.retag(item, tags);
        return seq < 0 ? List.of() : List.of(new ItemsStored.Entry(item.id(), seq, false));
    }

    /** Whether an item with this one's identity is stored already (for fetching only new items' pages). */
    public boolean isKnown(SourceDefinition source, ExtractedItem item) {
        String id = se.omvarldsradar.item.internal.Identity.id(se.omvarldsradar.item.internal.Identity.key(source.id(), item));
        return jdbc.sql("select count(*) from item where id = ?").param(id).query(Integer.class).single() > 0;
    }

    public Optional<Item> find(String id) {
        return jdbc.sql("select * from item where id = ?").param(id).query(ItemRowMapper.INSTANCE).optional();
    }

    /** The items with these ids, in no particular order; ids of no item are left out. */
    public List<Item> findAll(java.util.Collection<String> ids) {
        List<Item> found = new java.util.ArrayList<>(ids.size());
        IdChunks.each(ids, chunk -> found.addAll(
                jdbc.sql("select * from item where id in (:ids)").param("ids", chunk).query(ItemRowMapper.INSTANCE).list()));
        return found;
    }

    /** Items whose change sequence is above {@code seq}, in sequence order: how a replica follows the database. */
    public List<Item> changedAfter(long seq, int limit) {
        return jdbc.sql("select * from item where seq > ? order by seq limit ?").params(seq, limit)
                .query(ItemRowMapper.INSTANCE).list();
    }

    /**
     * The change sequence of each item stored or changed at or after {@code since} with a sequence at or below
     * {@code upTo} (item id to sequence), the {@code limit} highest sequences only: what a replica that follows the
     * database by sequence checks it holds, since transactions commit out of sequence order.
     */
    public Map<String, Long> changeSeqsSince(Instant since, long upTo, int limit) {
        Map<String, Long> seqs = new HashMap<>();
        jdbc.sql("select id, seq from item where last_changed >= ? and seq <= ? order by seq desc limit ?")
                .params(since.atOffset(ZoneOffset.UTC), upTo, limit)
                .query(rs -> {
                    seqs.put(rs.getString(1), rs.getLong(2));
                });
        return seqs;
    }

    /** Items stored or changed at or after the given time, oldest first; those of one crawl in the order it stored them. */
    public List<Item> changedSince(Instant since) {
        return jdbc.sql("select * from item where last_changed >= ? order by last_changed, seq")
                .param(since.atOffset(java.time.ZoneOffset.UTC)).query(ItemRowMapper.INSTANCE).list();
    }

    /** Funding calls with at least one deadline: the candidates for "closing soon" reminders. */
    public List<Item> callsWithDeadlines() {
        return jdbc.sql("select * from item where kind = 'call' and deadlines is not null").query(ItemRowMapper.INSTANCE).list();
    }

    public long maxSeq() {
        Long max = jdbc.sql("select coalesce(max(seq), 0) from item").query(Long.class).single();
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
