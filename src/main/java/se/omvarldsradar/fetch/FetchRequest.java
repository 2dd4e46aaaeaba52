package se.omvarldsradar.fetch;

import java.net.URI;
import java.util.Map;

/**
 * What to fetch. {@code etag} and {@code lastModified} come from the previous fetch and make the request
 * conditional; {@code body} and {@code contentType} make it a POST.
 */
public record FetchRequest(URI url, String etag, String lastModified, byte[] body, String contentType,
        Map<String, String> headers) {

    public FetchRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static FetchRequest get(URI url) {
        return new FetchRequest(url, null, null, null, null, Map.of());
    }

    public FetchRequest conditional(String etag, String lastModified) {
        return new FetchRequest(url, etag, lastModified, body, contentType, headers);
    }

    public static FetchRequest post(URI url, byte[] body, String contentType) {
        return new FetchRequest(url, null, null, body, contentType, Map.of());
    }
}
