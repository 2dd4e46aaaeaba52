package se.omvarldsradar.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Items.TaggedItem;
import se.omvarldsradar.item.StoreOutcome.Change;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchQuery;
import se.omvarldsradar.support.TestFeeds;

/**
 * Storing a crawl's items as one batch, the same on every database: new, unchanged and updated items with their
 * history, an item met twice in one crawl, identity by call id, then normalised URL, then GUID, and one
 * {@link ItemsStored} per batch that the index follows.
 */
@RecordApplicationEvents
abstract class ItemStoreContract {
    @Autowired
    Items items;

    @Autowired
    CurrentConfig config;

    @Autowired
    JdbcClient db;

    @Autowired
    ItemSearch search;

    @Autowired
    ApplicationEvents events;

    static void common(DynamicPropertyRegistry registry, Path dir) {
        StringBuilder sources = new StringBuilder();
        for (String id : List.of("first", "second")) {
            sources.append("  - {id: %s, name: %s, kind: news, type: feed, url: 'http://%s.example/feed.xml', every: 6h}\n"
                    .formatted(id, id, id));
        }
        Path feeds = TestFeeds.write(dir, sources.toString(), "  - name: Ingen\n    contacts: []\n");
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> dir.resolve("index").toString());
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    @BeforeEach
    void empty() {
        for (String table : List.of("item_change", "item_source", "item_tag_override", "item")) {
            db.sql("delete from " + table).update();
        }
    }

    @Test
    void storesTheNewItemsOfACrawlWithTheirOwnSequencesAndSource() {
        List<StoreOutcome> out = store("first", item("g1", "http://example.org/a", "Hamn", "Om hamnen"),
                item("g2", "http://example.org/b", "Järnväg", "Om spåren"), item("g3", "http://example.org/c", "Skola", "Om skolan"));
        assertThat(out).extracting(StoreOutcome::change).containsExactly(Change.NEW, Change.NEW, Change.NEW);
        List<Item> stored = out.stream().map(o -> items.find(o.itemId()).orElseThrow()).toList();
        assertThat(stored).extracting(Item::title).containsExactly("Hamn", "Järnväg", "Skola");
        assertThat(stored).extracting(Item::status).containsOnly("NEW");
        assertThat(stored).extracting(Item::seq).doesNotHaveDuplicates().allMatch(s -> s > 0);
        assertThat(stored).allSatisfy(i -> assertThat(items.sourcesOf(i.id())).containsExactly("first"));
        assertThat(items.changes(stored.getFirst().id())).isEmpty();
    }

    @Test
    void aChangedItemIsUpdatedWithItsHistoryAndAnUnchangedOneKeepsItsSequence() {
        List<StoreOutcome> first = store("first", item("g1", "http://example.org/a", "Hamn", "Om hamnen"),
                item("g2", "http://example.org/b", "Järnväg", "Om spåren"));
        Item before = items.find(first.getFirst().itemId()).orElseThrow();
        long unchangedSeq = items.find(first.get(1).itemId()).orElseThrow().seq();

        List<StoreOutcome> second = store("first", item("g1", "http://example.org/a", "Hamn", "Om den nya hamnen"),
                item("g2", "http://example.org/b", "Järnväg", "Om spåren"));
        assertThat(second).extracting(StoreOutcome::change).containsExactly(Change.UPDATED, Change.UNCHANGED);
        Item after = items.find(before.id()).orElseThrow();
        assertThat(after.summary()).isEqualTo("Om den nya hamnen");
        assertThat(after.status()).isEqualTo("UPDATED");
        assertThat(after.seq()).isGreaterThan(before.seq());
        assertThat(after.firstSeen()).isEqualTo(before.firstSeen());
        assertThat(items.changes(before.id())).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("summary");
            assertThat(c.oldValue()).isEqualTo("Om hamnen");
            assertThat(c.newValue()).isEqualTo("Om den nya hamnen");
        });
        assertThat(items.find(second.get(1).itemId()).orElseThrow().seq()).isEqualTo(unchangedSeq);
    }

    @Test
    void anItemMetTwiceInOneCrawlIsNewOnceThenUnchangedOrUpdated() {
        List<StoreOutcome> same = store("first", item("g1", "http://example.org/a", "Hamn", "Om hamnen"),
                item("g1", "http://example.org/a", "Hamn", "Om hamnen"));
        assertThat(same).extracting(StoreOutcome::change).containsExactly(Change.NEW, Change.UNCHANGED);

        List<StoreOutcome> differing = store("first", item("g2", "http://example.org/b", "Järnväg", "Om spåren"),
                item("g2", "http://example.org/b?utm_source=rss", "Järnväg", "Om de nya spåren"));
        assertThat(differing).extracting(StoreOutcome::change).containsExactly(Change.NEW, Change.UPDATED);
        assertThat(differing.get(0).itemId()).isEqualTo(differing.get(1).itemId());
        Item stored = items.find(differing.getFirst().itemId()).orElseThrow();
        assertThat(stored.summary()).isEqualTo("Om de nya spåren");
        assertThat(stored.status()).isEqualTo("UPDATED");
        assertThat(items.changes(stored.id())).extracting(ItemChange::field, ItemChange::oldValue, ItemChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("summary", "Om spåren", "Om de nya spåren"));
        assertThat(items.sourcesOf(stored.id())).containsExactly("first");
        assertThat(items.count()).isEqualTo(2);
    }

    @Test
    void identityIsTheCallIdThenTheNormalisedUrlThenTheGuid() {
        List<StoreOutcome> out = store("first",
                item("g1", "http://example.org/news/1?utm_source=rss&utm_medium=feed#top", "A", "a"),
                item("other-guid", "http://EXAMPLE.org/news/1", "A", "a"),
                item("g2", null, "B", "b"),
                item("g2", null, "B", "b"),
                call("c1", "http://example.org/call-page", "HORIZON-CL5-2026-D1-01"),
                call("c2", "http://other.example/same-call", " horizon-cl5-2026-d1-01 "));
        assertThat(out).extracting(StoreOutcome::change)
                .containsExactly(Change.NEW, Change.UNCHANGED, Change.NEW, Change.UNCHANGED, Change.NEW, Change.UNCHANGED);
        assertThat(out.get(1).itemId()).isEqualTo(out.get(0).itemId());
        assertThat(out.get(3).itemId()).isEqualTo(out.get(2).itemId());
        assertThat(out.get(5).itemId()).isEqualTo(out.get(4).itemId());
        assertThat(items.count()).isEqualTo(3);

        // A GUID is only unique within its source; a URL and a call id are not.
        List<StoreOutcome> other = store("second", item("g2", null, "B", "b"),
                item("x", "http://example.org/news/1", "A", "a"), call("c9", null, "HORIZON-CL5-2026-D1-01"));
        assertThat(other).extracting(StoreOutcome::change).containsExactly(Change.NEW, Change.UNCHANGED, Change.UNCHANGED);
        assertThat(other.get(0).itemId()).isNotEqualTo(out.get(2).itemId());
        assertThat(items.sourcesOf(out.get(0).itemId())).containsExactly("first", "second");
        assertThat(items.sourcesOf(out.get(4).itemId())).containsExactly("first", "second");
    }

    @Test
    void theOfficesTagsWinInABatchToo() {
        String id = store("first", item("g1", "http://example.org/a", "Hamn", "Om hamnen")).getFirst().itemId();
        assertThat(items.overrideTags(id, List.of("trade"), List.of(), "admin")).isTrue();
        assertThat(store("first", item("g1", "http://example.org/a", "Hamn", "Om hamnen"),
                item("g2", "http://example.org/b", "Järnväg", "Om spåren")))
                .extracting(StoreOutcome::change).containsExactly(Change.UNCHANGED, Change.NEW);
        assertThat(items.find(id).orElseThrow().sectors()).containsExactly("trade");
    }

    @Test
    void oneEventPerBatchNamesTheNewAndUpdatedItemsAndTheIndexFollows() {
        store("first", item("g1", "http://example.org/a", "Hamn", "Om hamnen"));
        events.clear();
        List<StoreOutcome> out = store("first", item("g1", "http://example.org/a", "Hamn", "Om samverkan i hamnen"),
                item("g2", "http://example.org/b", "Järnväg", "Om samverkan kring spåren"),
                item("g3", "http://example.org/c", "Skola", "Om skolan"));
        assertThat(store("first", item("g3", "http://example.org/c", "Skola", "Om skolan"))).extracting(StoreOutcome::change)
                .containsExactly(Change.UNCHANGED);
        List<ItemsStored> published = events.stream(ItemsStored.class).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.itemIds()).containsExactly(out.get(0).itemId(), out.get(1).itemId(), out.get(2).itemId());
            assertThat(e.items()).extracting(ItemsStored.Entry::isNew).containsExactly(false, true, true);
            assertThat(e.items()).extracting(ItemsStored.Entry::seq)
                    .containsExactly(out.stream().map(o -> items.find(o.itemId()).orElseThrow().seq()).toArray(Long[]::new));
        });
        search.refresh();
        var hits = search.search(new SearchQuery("samverkan", Map.of(), null, 0, 10));
        assertThat(hits.total()).isEqualTo(2);
    }

    @Test
    void aCrawlOfHundredsOfItemsIsStoredAndIndexedWhole() {
        // A portal's listing can hold hundreds of calls: the events naming them must fit the publication registry.
        ExtractedItem[] many = java.util.stream.IntStream.range(0, 500)
                .mapToObj(i -> item("big-" + i, "http://example.org/big/" + i, "Utlysning " + i, "Om kvantitetsprov " + i))
                .toArray(ExtractedItem[]::new);
        events.clear();
        assertThat(store("first", many)).hasSize(500).extracting(StoreOutcome::change).containsOnly(Change.NEW);
        List<ItemsStored> published = events.stream(ItemsStored.class).toList();
        assertThat(published.stream().mapToInt(e -> e.items().size()).sum()).isEqualTo(500);
        assertThat(published).allSatisfy(e -> assertThat(e.items()).hasSizeLessThanOrEqualTo(Items.EVENT_ENTRIES));
        search.refresh();
        assertThat(search.search(new SearchQuery("kvantitetsprov", Map.of(), null, 0, 10)).total()).isEqualTo(500);
    }

    @Test
    void aFinishedEventPublicationIsNotKept() {
        // Each crawl publishes: kept once finished, the registry would grow with every crawl for as long as the service runs.
        store("first", item("g9", "http://example.org/kept", "Hamn", "Om registret"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> db.sql("select count(*) from event_publication").query(Long.class).single() == 0);
        search.refresh();
        assertThat(search.search(new SearchQuery("registret", Map.of(), null, 0, 10)).total()).isEqualTo(1);
    }

    List<StoreOutcome> store(String sourceId, ExtractedItem... extracted) {
        SourceDefinition source = config.get().source(sourceId).orElseThrow();
        return items.store(source, java.util.Arrays.stream(extracted)
                .map(x -> new TaggedItem(x, new Tags("sv", List.of(new Tags.Tag("logistics", 1, List.of("test"))), List.of())))
                .toList());
    }

    static ExtractedItem item(String guid, String url, String title, String summary) {
        return new ExtractedItem(guid, url, title, summary, null, Instant.parse("2026-03-01T10:00:00Z"), "sv", List.of(), null);
    }

    static ExtractedItem call(String guid, String url, String callId) {
        return new ExtractedItem(guid, url, "Utlysning", "Stöd till gröna hamnar", null, Instant.parse("2026-03-01T10:00:00Z"),
                "sv", List.of(), new CallDetails(callId, null, "Horizon Europe", null, CallDetails.CallStatus.OPEN, null,
                        List.of(Instant.parse("2026-09-01T15:00:00Z")), null, null));
    }
}
