package se.omvarldsradar.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * The outcome of one fetch. {@code error} is null on success (2xx or 304); otherwise it says what went wrong
 * in words fit for the source's health page, and {@code errorKind} classifies it.
 */
public record FetchResult(URI requested, URI finalUrl, int status, String contentType, byte[] body, String etag,
        String lastModified, Duration elapsed, ErrorKind errorKind, String error) {

    /** Why a fetch failed. */
    public enum ErrorKind { NONE, BLOCKED, ROBOTS, TIMEOUT, TOO_LARGE, TOO_MANY_REDIRECTS, NETWORK, HTTP }

    public boolean ok() {
        return errorKind == ErrorKind.NONE && (status / 100 == 2 || status == 304);
    }

    public boolean notModified() {
        return status == 304;
    }

    public static FetchResult failed(URI url, int status, ErrorKind kind, String error, Duration elapsed) {
        return new FetchResult(url, url, status, null, new byte[0], null, null, elapsed, kind, error);
    }
}
