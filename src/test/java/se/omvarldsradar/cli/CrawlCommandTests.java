package se.omvarldsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.crawl.CrawlReport;

/** The per-source table that {@code crawl --once} ends with. */
class CrawlCommandTests {

    @Test
    void aSourceBeingCrawledAlreadyIsListedAsBusyWithWhyNotAsFailed() {
        CrawlReport busy = CrawlReport.busy("hamnen");
        String table = CrawlCommand.table(List.of(
                new CrawlReport("kommunen", "ok", 200, 3, 2, 1, Duration.ofMillis(120), null), busy));

        assertThat(table.lines()).anySatisfy(line -> assertThat(line).startsWith("hamnen").contains(" busy ")
                .contains("already being crawled"));
        assertThat(busy.failed()).isFalse();
        assertThat(busy.ok()).isFalse();
    }
}
