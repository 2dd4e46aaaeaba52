package se.omvarldsradar.web;

import java.net.URI;
import java.util.Locale;

/** Only http(s) links from crawled content are ever rendered as links. */
final class Links {
    private Links() {
    }

    static String httpOnly(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
