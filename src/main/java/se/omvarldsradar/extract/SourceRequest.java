package se.omvarldsradar.extract;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * A request an extractor asks the crawler to make: a plain GET, or a POST with a body (paged search APIs).
 * Pure data, so extractors can describe paging without doing I/O.
 */
public record SourceRequest(URI url, String method, byte[] body, String contentType) {

    public SourceRequest {
        Objects.requireNonNull(url, "url");
        method = method == null ? "GET" : method;
    }

    /** A GET of this URL. */
    public static SourceRequest get(URI url) {
        return new SourceRequest(url, "GET", null, null);
    }

    /** A POST of this body to this URL. */
    public static SourceRequest post(URI url, byte[] body, String contentType) {
        return new SourceRequest(url, "POST", body, contentType);
    }

    public boolean isPost() {
        return "POST".equals(method);
    }

    // Records compare arrays by identity; requests are compared in tests and by the crawler to stop loops.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRequest r && url.equals(r.url) && method.equals(r.method)
                && Arrays.equals(body, r.body) && Objects.equals(contentType, r.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, method, Arrays.hashCode(body), contentType);
    }

    @Override
    public String toString() {
        return method + " " + url + (body == null ? "" : " (" + body.length + " bytes " + contentType + ")");
    }
}
