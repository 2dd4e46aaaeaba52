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
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Indexing that failed while the service runs is retried from the event registry without a restart; the
 * catch-up by sequence is slowed down here so that it cannot be what indexes the item.
 */
@SpringBootTest
class FailedIndexingRetryTests {
    static final Path DIR = DigestFixtures.tempDir("radar-index-retry");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, DigestFixtures.SOURCES, DigestFixtures.DEPARTMENTS);
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:index-retry;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("radar.index.catch-up-every", () -> "1h");
        registry.add("radar.index.retry-failed-every", () -> "1h");
        registry.add("radar.index.retry-failed-after", () -> "0s");
    }

    @MockitoSpyBean
    LuceneIndex index;

    final Items items;
    final CurrentConfig config;
    final ItemSearch search;
    final FailedIndexingRetry retry;
    final JdbcClient jdbc;

    @Autowired
    FailedIndexingRetryTests(Items items, CurrentConfig config, ItemSearch search, FailedIndexingRetry retry, JdbcClient jdbc) {
        this.items = items;
        this.config = config;
        this.search = search;
        this.retry = retry;
        this.jdbc = jdbc;
    }

    @Test
    void indexingThatFailedIsRetriedWithoutARestart() throws IOException {
        doThrow(new IOException("No space left on device")).doCallRealMethod().when(index).upsert(anyString(), any(), anyLong());

        String id = DigestFixtures.store(items, config, "news",
                DigestFixtures.item("retry-1", "Vätgasdalen får nytt stöd", "Elektrolys i Gävle.", null), DigestFixtures.sectors());
        index.refresh(); // not search.refresh(): its catch-up by sequence would index the item
        assertThat(search.search(SearchQuery.of("vätgasdalen")).total()).as("the listener failed").isZero();
        assertThat(jdbc.sql("select count(*) from event_publication").query(Integer.class).single())
                .as("the registry kept the failed publication").isEqualTo(1);

        retry.retry();
        index.refresh();

        assertThat(search.search(SearchQuery.of("vätgasdalen")).hits()).singleElement()
                .satisfies(h -> assertThat(h.id()).isEqualTo(id));
        assertThat(jdbc.sql("select count(*) from event_publication").query(Integer.class).single())
                .as("completed, so deleted").isZero();
    }
}
