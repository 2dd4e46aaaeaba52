package se.omvarldsradar.extract;

import java.net.URI;

/** One fetched document: where it came from (for resolving links), its declared content type and its bytes. */
public record Document(URI url, String contentType, byte[] body) {
}
