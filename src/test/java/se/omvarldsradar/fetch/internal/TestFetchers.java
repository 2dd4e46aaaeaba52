package se.omvarldsradar.fetch.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.util.unit.DataSize;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import se.omvarldsradar.fetch.FetchSettings;

/** Fetchers with short limits for WireMock on loopback, and reading back what WireMock saw. */
final class TestFetchers {
    static final String USER_AGENT = "Omvarldsradar/test (+https://example.org/contact)";

    private TestFetchers() {
    }

    /** Loopback allowed, no host delay, 1.5 s total deadline, 1 MiB bodies, Retry-After never waited for. */
    static FetchSettings fast() {
        return settings(Duration.ZERO, Duration.ZERO, 8);
    }

    static FetchSettings settings(Duration minHostDelay, Duration maxRetryWait, int maxConcurrency) {
        return settings(minHostDelay, maxRetryWait, maxConcurrency, Duration.ofMillis(1500));
    }

    static FetchSettings settings(Duration minHostDelay, Duration maxRetryWait, int maxConcurrency, Duration timeout) {
        return new FetchSettings(List.of("127.0.0.1", "127.0.0.2", "localhost"), minHostDelay, USER_AGENT,
                Duration.ofSeconds(1), timeout, DataSize.ofMegabytes(1), 5, maxConcurrency,
                Duration.ofHours(24), Duration.ofHours(1), Duration.ofSeconds(30), maxRetryWait);
    }

    /** The requests WireMock received for {@code path}, oldest first. */
    static List<ServeEvent> served(WireMockExtension wm, String path) {
        return wm.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate())).toList();
    }

    /** Milliseconds between the receipt of two requests, by WireMock's clock. */
    static long gapMillis(ServeEvent earlier, ServeEvent later) {
        return later.getRequest().getLoggedDate().getTime() - earlier.getRequest().getLoggedDate().getTime();
    }
}
