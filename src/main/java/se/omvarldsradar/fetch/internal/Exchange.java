package se.omvarldsradar.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchSettings;

/** One HTTP request and its response, body read within the deadline and size limit. No redirects, no politeness. */
final class Exchange {
    private final HttpClient client;
    private final FetchSettings settings;
    private final Clock clock;

    /** What came back from one hop; {@code body} is read only for 2xx. */
    record Hop(int status, HttpHeaders headers, byte[] body, Instant retryAfter) {
        boolean redirect() {
            return status >= 300 && status < 400 && status != 304;
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Exchange(HttpClient client, FetchSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    Hop send(FetchRequest request, URI url, long deadlineNanos) throws IOException, InterruptedException {
        Duration left = Duration.ofNanos(deadlineNanos - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw new HttpTimeoutException("no complete response within " + Durations.words(settings.timeout()));
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
            String type = request.contentType() == null ? "application/octet-stream" : request.contentType();
            b.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(b.build(), info -> new DeadlineBodySubscriber(deadlineNanos, settings.timeout()));
        } catch (HttpTimeoutException e) {
            throw e instanceof HttpConnectTimeoutException ? e
                    : new HttpTimeoutException("no response within " + Durations.words(settings.timeout()));
        }
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        try (InputStream raw = response.body()) {
            byte[] body = status / 100 != 2 ? new byte[0]
                    : BodyReader.read(raw, headers.firstValue("Content-Encoding").orElse(null),
                            headers.firstValueAsLong("Content-Length"), settings.maxBodySize().toBytes());
            Instant retryAfter = status == 429 || status == 503
                    ? RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()) : null;
            return new Hop(status, headers, body, retryAfter);
        } catch (IOException e) {
            throw new BodyFailure(status, e);
        }
    }

    /** Reading the body failed after the status arrived; keeps the status for the result. */
    static final class BodyFailure extends IOException {
        final int status;

        BodyFailure(int status, IOException cause) {
            super(cause.getMessage(), cause);
            this.status = status;
        }
    }
}
