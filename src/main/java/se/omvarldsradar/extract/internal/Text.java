package se.omvarldsradar.extract.internal;

import java.net.URI;
import java.util.Locale;

import org.jsoup.Jsoup;

/** Plain text from untrusted markup, and links that are safe to keep. */
public final class Text {
    private Text() {
    }

    /**
     * The visible text of a markup fragment, whitespace collapsed; null when empty. Script and style content
     * is dropped by jsoup, so nothing of a hostile {@code <script>} survives.
     */
    public static String plain(String markup) {
        if (markup == null) {
            return null;
        }
        String text = markup.indexOf('<') < 0 && markup.indexOf('&') < 0
                ? markup.replaceAll("\\s+", " ").strip()
                : Jsoup.parseBodyFragment(markup).text().strip();
        return text.isEmpty() ? null : text;
    }

    /** The link resolved against the base, or null unless it is an absolute http(s) URL with a host. */
    public static String link(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            String cleaned = href.strip().replace(" ", "%20").replace("\"", "%22");
            URI uri = base == null ? new URI(cleaned) : base.resolve(new URI(cleaned));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (Exception e) {
            // a malformed link is dropped, not fatal to the item
        }
        return null;
    }

    /** The first string that is not null or blank, else null. */
    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
