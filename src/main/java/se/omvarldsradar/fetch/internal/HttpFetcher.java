package se.omvarldsradar.fetch.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchResult.ErrorKind;
import se.omvarldsradar.fetch.FetchSettings;
import se.omvarldsradar.fetch.Fetcher;
import se.omvarldsradar.fetch.internal.Exchange.Hop;
import se.omvarldsradar.fetch.internal.HostThrottle.BackoffException;
import se.omvarldsradar.fetch.internal.HostThrottle.Lease;

/**
 * The {@link Fetcher} over the JDK HTTP client. Redirects are followed by hand so that every hop is checked
 * by the address guard and robots.txt and waits its host's turn.
 */
@Component
@EnableConfigurationProperties(FetchSettings.class)
class HttpFetcher implements Fetcher, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostThrottle throttle;
    private final RobotsCache robots;
    private final HttpClient client;
    private final Exchange exchange;

    HttpFetcher(FetchSettings settings) {
        Clock clock = Clock.systemUTC();
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowHosts());
        this.throttle = new HostThrottle(settings.maxConcurrency(), clock);
        this.robots = new RobotsCache(settings, clock);
        // HTTP/1.1 only: one request per host at a time gains nothing from HTTP/2, and plain-http h2c upgrades
        // trip up some servers. No proxy is set, so every connection goes where the guard has looked.
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        this.exchange = new Exchange(client, settings, clock);
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        return fetch(request, true);
    }

    private FetchResult fetch(FetchRequest request, boolean obeyRobots) {
        long start = System.nanoTime();
        long budget = settings.timeout().toNanos(); // spent only while talking, not while waiting our turn
        FetchRequest current = request;
        URI url = request.url();
        Set<URI> seen = new HashSet<>();
        try {
            for (int hop = 0; ; hop++) {
                if (!seen.add(url)) {
                    return failed(request, url, 0, ErrorKind.TOO_MANY_REDIRECTS, "redirect loop: " + url
                            + " was reached again", start, null);
                }
                if (hop > settings.maxRedirects()) {
                    return failed(request, url, 0, ErrorKind.TOO_MANY_REDIRECTS, "more than "
                            + settings.maxRedirects() + " redirects", start, null);
                }
                String refused = guard.check(url);
                if (refused != null) {
                    return failed(request, url, 0, ErrorKind.BLOCKED,
                            hop == 0 ? refused : "redirect to " + url + " refused: " + refused, start, null);
                }
                Duration gap = settings.minHostDelay();
                if (obeyRobots) {
                    RobotsCache.Verdict verdict = robots.check(url, r -> fetch(r, false));
                    if (!verdict.allowed()) {
                        return failed(request, url, 0, verdict.refusedAs(), verdict.refusal(), start,
                                verdict.retryAfter());
                    }
                    gap = verdict.crawlDelay().compareTo(gap) > 0 ? verdict.crawlDelay() : gap;
                }
                Hop response;
                try (Lease lease = throttle.acquire(url.getHost(), gap, settings.maxRetryWait())) {
                    long sent = System.nanoTime();
                    try {
                        response = exchange.send(current, url, sent + budget);
                    } finally {
                        budget -= System.nanoTime() - sent;
                    }
                    if (response.retryAfter() != null) {
                        throttle.blockUntil(url.getHost(), response.retryAfter());
                    }
                } catch (BackoffException e) {
                    return failed(request, url, 0, ErrorKind.BACKOFF, e.getMessage(), start, e.until);
                }
                if (!response.redirect()) {
                    return result(request, url, response, start);
                }
                String location = response.header("Location");
                if (location == null) {
                    return failed(request, url, response.status(), ErrorKind.HTTP,
                            "HTTP " + response.status() + " redirect without a Location", start, null);
                }
                url = url.resolve(location.strip());
                current = afterRedirect(current, response.status());
            }
        } catch (IOException | RuntimeException e) {
            Failures.Failure f = Failures.classify(e, url.getHost());
            log.debug("GET {} failed: {}", url, f.message(), e);
            int status = e instanceof Exchange.BodyFailure b ? b.status : 0;
            return failed(request, url, status, f.kind(), f.message(), start, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(request, url, 0, ErrorKind.NETWORK, "interrupted", start, null);
        }
    }

    /** 301, 302 and 303 turn a POST into a GET, as browsers do; 307 and 308 repeat it. */
    private static FetchRequest afterRedirect(FetchRequest r, int status) {
        return r.body() == null || status == 307 || status == 308 ? r
                : new FetchRequest(r.url(), r.etag(), r.lastModified(), null, null, r.headers());
    }

    private FetchResult result(FetchRequest request, URI url, Hop hop, long start) {
        int status = hop.status();
        boolean ok = status / 100 == 2 || status == 304;
        String etag = hop.header("ETag");
        String lastModified = hop.header("Last-Modified");
        if (status == 304) { // a 304 need not repeat the validators; the ones we sent still hold
            etag = etag == null ? request.etag() : etag;
            lastModified = lastModified == null ? request.lastModified() : lastModified;
        }
        String error = ok ? null : HttpStatus.describe(status, hop.retryAfter());
        log.debug("GET {} -> {} ({} bytes)", url, status, hop.body().length);
        return new FetchResult(request.url(), url, status, hop.header("Content-Type"), hop.body(), etag,
                lastModified, since(start), ok ? ErrorKind.NONE : ErrorKind.HTTP, error, hop.retryAfter());
    }

    private static FetchResult failed(FetchRequest request, URI url, int status, ErrorKind kind, String error,
            long start, Instant retryAfter) {
        return new FetchResult(request.url(), url, status, null, new byte[0], null, null, since(start), kind, error,
                retryAfter);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        client.close();
    }
}
