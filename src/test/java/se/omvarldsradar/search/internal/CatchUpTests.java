package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchQuery;
import se.omvarldsradar.support.DigestFixtures;
import se.omvarldsradar.support.TestFeeds;

/**
 * The catch-up finds a change the index missed although a later change sequence was indexed: what happens when
 * transactions commit out of sequence order (a {@code crawl --once} beside the server). Here the missed change is
 * one whose indexing failed; the retry from the event registry is slowed down so that only the catch-up can find it.
 */
@SpringBootTest
class CatchUpTests {
    static final Path DIR = DigestFixtures.tempDir("radar-catch-up");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, DigestFixtures.SOURCES, DigestFixtures.DEPARTMENTS);
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:catch-up;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("radar.index.catch-up-every", () -> "1h");
        registry.add("radar.index.retry-failed-every", () -> "1h");
    }

    @MockitoSpyBean
    LuceneIndex index;

    final Items items;
    final CurrentConfig config;
    final ItemSearch search;
    final Indexer indexer;

    @Autowired
    CatchUpTests(Items items, CurrentConfig config, ItemSearch search, Indexer indexer) {
        this.items = items;
        this.config = config;
        this.search = search;
        this.indexer = indexer;
    }

    @Test
    void aChangeMissedBelowTheHighestIndexedSequenceIsCaughtUp() throws IOException {
        doThrow(new IOException("index busy")).doCallRealMethod().when(index).upsert(anyString(), any(), anyLong());
        String missed = DigestFixtures.store(items, config, "news",
                DigestFixtures.item("late-1", "Vätgasdalen får nytt stöd", "Elektrolys i Gävle.", null), DigestFixtures.sectors());
        DigestFixtures.store(items, config, "news",
                DigestFixtures.item("later-1", "Hamnen i Gävle byggs ut", "Logistik och gods.", null), DigestFixtures.sectors());
        index.refresh();
        assertThat(search.search(SearchQuery.of("hamnen")).total()).as("the later change is indexed").isEqualTo(1);
        assertThat(search.search(SearchQuery.of("vätgasdalen")).total()).as("the earlier one is not").isZero();

        assertThat(indexer.catchUp()).isEqualTo(1);
        index.refresh();

        assertThat(search.search(SearchQuery.of("vätgasdalen")).hits()).singleElement()
                .satisfies(h -> assertThat(h.id()).isEqualTo(missed));
        assertThat(indexer.catchUp()).as("nothing left to catch up").isZero();
    }
}
