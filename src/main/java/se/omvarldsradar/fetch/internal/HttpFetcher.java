package se.omvarldsradar.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchResult.ErrorKind;
import se.omvarldsradar.fetch.FetchSettings;
import se.omvarldsradar.fetch.Fetcher;

/** The {@link Fetcher} over the JDK HTTP client: redirects followed by hand so that every hop is guarded. */
@Component
@EnableConfigurationProperties(FetchSettings.class)
class HttpFetcher implements Fetcher {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostThrottle throttle;
    private final HttpClient client;

    HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowHosts());
        this.throttle = new HostThrottle(settings.minHostDelay());
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        long start = System.nanoTime();
        URI url = request.url();
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            String refused = guard.check(url);
            if (refused != null) {
                return FetchResult.failed(url, 0, ErrorKind.BLOCKED, refused, since(start));
            }
            if (!seen.add(url)) {
                return FetchResult.failed(request.url(), 0, ErrorKind.TOO_MANY_REDIRECTS, "redirect loop at " + url, since(start));
            }
            try {
                URI hopUrl = url;
                HttpResponse<InputStream> response = throttle.run(url.getHost(), () -> send(request, hopUrl, start));
                int status = response.statusCode();
                if (status >= 300 && status < 400 && status != 304) {
                    String location = response.headers().firstValue("Location").orElse(null);
                    response.body().close();
                    if (location == null) {
                        return FetchResult.failed(url, status, ErrorKind.HTTP, "HTTP " + status + " without Location", since(start));
                    }
                    url = url.resolve(location.strip());
                    continue;
                }
                return read(request.url(), url, response, start);
            } catch (HttpTimeoutException e) {
                return FetchResult.failed(url, 0, ErrorKind.TIMEOUT, "timed out after " + since(start).toMillis() + " ms", since(start));
            } catch (BodyTooLargeException e) {
                return FetchResult.failed(url, 200, ErrorKind.TOO_LARGE, e.getMessage(), since(start));
            } catch (IOException | IllegalArgumentException e) {
                return FetchResult.failed(url, 0, ErrorKind.NETWORK, describe(e), since(start));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FetchResult.failed(url, 0, ErrorKind.NETWORK, "interrupted", since(start));
            }
        }
        return FetchResult.failed(request.url(), 0, ErrorKind.TOO_MANY_REDIRECTS,
                "more than " + settings.maxRedirects() + " redirects", since(start));
    }

    private HttpResponse<InputStream> send(FetchRequest request, URI url, long start) throws IOException, InterruptedException {
        Duration left = settings.timeout().minus(since(start));
        if (left.isNegative() || left.isZero()) {
            throw new HttpTimeoutException("deadline passed");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(left)
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null) {
            b.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            b.header("If-Modified-Since", request.lastModified());
        }
        request.headers().forEach(b::header);
        if (request.body() != null) {
            b.header("Content-Type", request.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private FetchResult read(URI requested, URI url, HttpResponse<InputStream> response, long start) throws IOException {
        int status = response.statusCode();
        var headers = response.headers();
        String encoding = headers.firstValue("Content-Encoding").orElse("").toLowerCase();
        long max = settings.maxBodySize().toBytes();
        byte[] body;
        try (InputStream raw = response.body();
                InputStream in = encoding.contains("gzip") ? new GZIPInputStream(raw)
                        : encoding.contains("deflate") ? new InflaterInputStream(raw) : raw) {
            body = Deadline.readAtMost(in, max, start, settings.timeout());
        }
        ErrorKind kind = status / 100 == 2 || status == 304 ? ErrorKind.NONE : ErrorKind.HTTP;
        String error = kind == ErrorKind.NONE ? null : "HTTP " + status;
        log.debug("GET {} -> {} ({} bytes)", url, status, body.length);
        return new FetchResult(requested, url, status, headers.firstValue("Content-Type").orElse(null), body,
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                since(start), kind, error);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
