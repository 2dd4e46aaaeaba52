package se.omvarldsradar.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of one fetch. {@code error} is null on success (2xx or 304); otherwise it says what went wrong
 * in words fit for the source's health page, and {@code errorKind} classifies it. {@code retryAfter} is set
 * when the server asked us (Retry-After on 429/503) to leave the host alone until then; the fetcher itself
 * will not contact the host before it. On 304 {@code etag} and {@code lastModified} are the validators to send
 * next time (the request's own when the server did not repeat them).
 */
public record FetchResult(URI requested, URI finalUrl, int status, String contentType, byte[] body, String etag,
        String lastModified, Duration elapsed, ErrorKind errorKind, String error, Instant retryAfter) {

    /** Why a fetch failed. */
    public enum ErrorKind {
        NONE,
        /** the address guard refused the URL or a redirect target */
        BLOCKED,
        /** robots.txt disallows the URL, could not be fetched, or asks for too long a Crawl-delay */
        ROBOTS,
        TIMEOUT,
        TOO_LARGE,
        TOO_MANY_REDIRECTS,
        /** the connection failed: refused, reset, closed without a response */
        NETWORK,
        /** the server answered with something that is not valid HTTP (garbage, broken chunked encoding) */
        PROTOCOL,
        /** the server answered with an error status */
        HTTP,
        /** not sent: the host asked (Retry-After) not to be contacted before {@code retryAfter} */
        BACKOFF
    }

    public FetchResult(URI requested, URI finalUrl, int status, String contentType, byte[] body, String etag,
            String lastModified, Duration elapsed, ErrorKind errorKind, String error) {
        this(requested, finalUrl, status, contentType, body, etag, lastModified, elapsed, errorKind, error, null);
    }

    public boolean ok() {
        return errorKind == ErrorKind.NONE && (status / 100 == 2 || status == 304);
    }

    public boolean notModified() {
        return status == 304;
    }

    public static FetchResult failed(URI url, int status, ErrorKind kind, String error, Duration elapsed) {
        return failed(url, status, kind, error, elapsed, null);
    }

    public static FetchResult failed(URI url, int status, ErrorKind kind, String error, Duration elapsed,
            Instant retryAfter) {
        return new FetchResult(url, url, status, null, new byte[0], null, null, elapsed, kind, error, retryAfter);
    }
}
