package se.omvarldsradar.crawl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class SourceClaimsTests {
    final SourceClaims claims = new SourceClaims();

    @Test
    void aSourceIsClaimedByOneCrawlAtATime() {
        var first = claims.claim("eu");
        assertThat(first).isPresent();
        assertThat(claims.claim("eu")).isEmpty();
        assertThat(claims.claim("vinnova")).isPresent();
        first.get().close();
        assertThat(claims.held("eu")).isFalse();
        assertThat(claims.claim("eu")).isPresent();
    }

    @Test
    void shutdownWaitsForTheCrawlsInProgressAndNoLonger() throws Exception {
        assertThat(claims.awaitNone(Duration.ZERO)).as("nothing held").isTrue();
        var claim = claims.claim("eu").orElseThrow();
        assertThat(claims.awaitNone(Duration.ofMillis(50))).as("a crawl still holds its source").isFalse();

        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean none = new AtomicBoolean();
        var waiter = Thread.ofVirtual().start(() -> {
            try {
                waiting.countDown();
                none.set(claims.awaitNone(Duration.ofSeconds(30)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        claim.close();
        assertThat(waiter.join(Duration.ofSeconds(10))).as("released as the crawl ended, not at the timeout").isTrue();
        assertThat(none).isTrue();
    }
}
