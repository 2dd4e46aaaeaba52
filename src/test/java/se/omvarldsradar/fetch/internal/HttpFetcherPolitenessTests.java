package se.omvarldsradar.fetch.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarldsradar.fetch.internal.TestFetchers.gapMillis;
import static se.omvarldsradar.fetch.internal.TestFetchers.served;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchResult.ErrorKind;

/** robots.txt, per-host spacing, Crawl-delay, Retry-After and the concurrency limits, timed by WireMock's log. */
class HttpFetcherPolitenessTests extends FetcherTestBase {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Override
    protected WireMockExtension wm() {
        return wm;
    }


    private static void robots(String body) {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(body)));
    }

    private static void page(String path) {
        wm.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<p>ok</p>")));
    }

    @Test
    void spacesRequestsToOneHostByMinHostDelay() {
        use(TestFetchers.settings(Duration.ofMillis(400), Duration.ZERO, 8));
        page("/a");
        page("/b");
        assertThat(fetch("/a").ok()).isTrue();
        assertThat(fetch("/b").ok()).isTrue();
        ServeEvent robots = served(wm, "/robots.txt").getFirst(), a = served(wm, "/a").getFirst(),
                b = served(wm, "/b").getFirst();
        assertThat(gapMillis(robots, a)).isGreaterThanOrEqualTo(400);
        assertThat(gapMillis(a, b)).isGreaterThanOrEqualTo(400);
    }

    @Test
    void holdsTheHostUntilTheBodyIsRead() throws Exception {
        // headers after 0.2 s, body over 0.8 s: a second request must not start before the whole body is in
        wm.stubFor(get("/slow").willReturn(aResponse().withBody(new byte[1000]).withChunkedDribbleDelay(4, 800)));
        page("/warm");
        fetch("/warm"); // robots.txt out of the way, so both requests below race for the host alone
        var first = CompletableFuture.supplyAsync(() -> fetch("/slow"));
        var second = CompletableFuture.supplyAsync(() -> fetch("/slow"));
        assertThat(first.get().ok()).isTrue();
        assertThat(second.get().ok()).isTrue();
        List<ServeEvent> slow = served(wm, "/slow");
        assertThat(gapMillis(slow.get(0), slow.get(1))).isGreaterThanOrEqualTo(800);
    }

    @Test
    void limitsRequestsInFlightOverAllHosts() throws Exception {
        use(TestFetchers.settings(Duration.ZERO, Duration.ZERO, 1));
        wm.stubFor(get("/slow").willReturn(aResponse().withBody(new byte[1000]).withChunkedDribbleDelay(4, 800)));
        URI one = URI.create(wm.baseUrl() + "/slow");
        URI two = URI.create("http://127.0.0.2:" + wm.getPort() + "/slow"); // another host on the same loopback
        var first = CompletableFuture.supplyAsync(() -> fetcher.fetch(FetchRequest.get(one)));
        var second = CompletableFuture.supplyAsync(() -> fetcher.fetch(FetchRequest.get(two)));
        assertThat(first.get().ok()).isTrue();
        assertThat(second.get().ok()).isTrue();
        List<ServeEvent> slow = served(wm, "/slow");
        assertThat(gapMillis(slow.get(0), slow.get(1))).isGreaterThanOrEqualTo(800);
    }

    @Test
    void fetchesRobotsTxtOncePerHost() {
        robots("User-agent: *\nAllow: /\n");
        page("/a");
        page("/b");
        assertThat(fetch("/a").ok()).isTrue();
        assertThat(fetch("/b").ok()).isTrue();
        assertThat(fetch("/a").ok()).isTrue();
        wm.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
    }

    @Test
    void sendsUserAgentWithContactUrl() {
        page("/a");
        fetch("/a");
        assertThat(served(wm, "/a").getFirst().getRequest().getHeader("User-Agent"))
                .isEqualTo(TestFetchers.USER_AGENT);
        assertThat(served(wm, "/robots.txt").getFirst().getRequest().getHeader("User-Agent"))
                .isEqualTo(TestFetchers.USER_AGENT);
    }

    @Test
    void skipsUrlsDisallowedForOurUserAgent() {
        robots("User-agent: *\nDisallow: /\n\nUser-agent: omvarldsradar\nDisallow: /private\n");
        page("/private/x");
        page("/public");
        FetchResult refused = fetch("/private/x");
        assertThat(refused.errorKind()).isEqualTo(ErrorKind.ROBOTS);
        assertThat(refused.error()).isEqualTo("disallowed by robots.txt");
        assertThat(fetch("/public").ok()).isTrue();
        wm.verify(0, getRequestedFor(urlEqualTo("/private/x")));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 410})
    void allowsEverythingWhenRobotsTxtIsAClientError(int status) {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(status)));
        page("/a");
        assertThat(fetch("/a").ok()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 503})
    void fetchesNothingWhenRobotsTxtFailsOnTheServer(int status) {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(status)));
        page("/a");
        FetchResult r = fetch("/a");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.ROBOTS);
        assertThat(r.error()).startsWith("robots.txt could not be read (HTTP " + status)
                .endsWith("); nothing is fetched from the site until it can");
        wm.verify(0, getRequestedFor(urlEqualTo("/a")));
    }

    @Test
    void fetchesNothingWhenRobotsTxtConnectionFails() {
        wm.stubFor(get("/robots.txt").willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        page("/a");
        FetchResult r = fetch("/a");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.ROBOTS);
        assertThat(r.error()).isEqualTo("robots.txt could not be read (connection reset by the server); "
                + "nothing is fetched from the site until it can");
        wm.verify(0, getRequestedFor(urlEqualTo("/a")));
    }

    @Test
    void honoursCrawlDelay() {
        robots("User-agent: *\nCrawl-delay: 1\n");
        page("/a");
        page("/b");
        assertThat(fetch("/a").ok()).isTrue();
        assertThat(fetch("/b").ok()).isTrue();
        List<ServeEvent> pages = List.of(served(wm, "/robots.txt").getFirst(), served(wm, "/a").getFirst(),
                served(wm, "/b").getFirst());
        assertThat(gapMillis(pages.get(0), pages.get(1))).isGreaterThanOrEqualTo(1000);
        assertThat(gapMillis(pages.get(1), pages.get(2))).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void refusesHostWhoseCrawlDelayExceedsTheLimit() {
        robots("User-agent: *\nCrawl-delay: 60\n");
        page("/a");
        FetchResult r = fetch("/a");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.ROBOTS);
        assertThat(r.error()).isEqualTo("robots.txt Crawl-delay 60 s exceeds 30 s; not fetched");
        wm.verify(0, getRequestedFor(urlEqualTo("/a")));
    }

    @Test
    void reportsRetryAfterAndLeavesTheHostAloneUntilThen() {
        wm.stubFor(get("/busy").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));
        page("/other");
        Instant before = Instant.now();
        FetchResult busy = fetch("/busy");
        assertThat(busy.errorKind()).isEqualTo(ErrorKind.HTTP);
        assertThat(busy.retryAfter()).isBetween(before.plusSeconds(120), Instant.now().plusSeconds(121));
        assertThat(busy.retryAfter().getNano()).isZero();
        assertThat(busy.error()).isEqualTo("HTTP 503 Service Unavailable; asked to retry after " + busy.retryAfter());

        FetchResult later = fetch("/other");
        assertThat(later.errorKind()).isEqualTo(ErrorKind.BACKOFF);
        assertThat(later.retryAfter()).isEqualTo(busy.retryAfter());
        assertThat(later.error()).isEqualTo("not contacted: localhost asked (Retry-After) to be left alone until "
                + busy.retryAfter());
        wm.verify(0, getRequestedFor(urlEqualTo("/other")));
    }

    @Test
    void waitsOutAShortRetryAfterGivenAsHttpDate() {
        use(TestFetchers.settings(Duration.ZERO, Duration.ofSeconds(5), 8));
        String inTwoSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
        wm.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", inTwoSeconds)));
        page("/other");
        FetchResult busy = fetch("/busy");
        assertThat(busy.status()).isEqualTo(429);
        assertThat(busy.retryAfter()).isNotNull();
        assertThat(fetch("/other").ok()).isTrue();
        assertThat(served(wm, "/other").getFirst().getRequest().getLoggedDate().toInstant())
                .isAfterOrEqualTo(busy.retryAfter());
    }
}
