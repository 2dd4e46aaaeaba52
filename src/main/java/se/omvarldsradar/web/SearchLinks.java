package se.omvarldsradar.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL encoding for the links the digest pages build. */
final class SearchLinks {
    private SearchLinks() {
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
