package se.omvarldsradar.digest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import se.omvarldsradar.config.Contact;

/**
 * Links to the search page that show a digest section in full: the recipient's criteria as filters. Every link a
 * mail carries names the recipient's language ({@code lang=en}), so the page it opens speaks the mail's language
 * whatever the browser's; which is why an item-language filter is written {@code language=}.
 */
final class SearchLinks {
    private SearchLinks() {
    }

    /** Calls for the recipient, soonest deadline first. */
    static String calls(String base, Recipient r, boolean openOnly) {
        if (r.alert()) {
            return saved(base, r);
        }
        StringBuilder sb = new StringBuilder(base).append("/search?q=&kind=call");
        criteria(sb, r.profile());
        if (openOnly) {
            sb.append("&status=open");
        }
        return inLanguage(sb.append("&sort=deadline").toString(), r.profile().language());
    }

    /** News and bulletins of one sector (or all the recipient follows when the sector is empty), newest first. */
    static String news(String base, Recipient r, String sector) {
        if (r.alert()) {
            return saved(base, r);
        }
        StringBuilder sb = new StringBuilder(base).append("/search?q=&kind=news&kind=bulletin");
        if (sector.isEmpty()) {
            criteria(sb, r.profile());
        } else {
            sb.append("&sector=").append(enc(sector));
        }
        return inLanguage(sb.append("&sort=newest").toString(), r.profile().language());
    }

    /** The alert's own search. */
    static String saved(String base, Recipient r) {
        StringBuilder sb = new StringBuilder(base).append("/search?q=").append(enc(r.search().q()));
        r.search().filters().forEach((f, values) -> values.forEach(v -> sb.append('&').append(f.equals("lang") ? "language" : f)
                .append('=').append(enc(v))));
        return inLanguage(sb.toString(), r.profile().language());
    }

    // Facet filters AND across fields, so sectors and focus areas cannot both be filters; sectors say more.
    private static void criteria(StringBuilder sb, Contact c) {
        List<String> values = !c.sectors().isEmpty() ? c.sectors() : c.focus();
        String field = !c.sectors().isEmpty() ? "sector" : "focus";
        values.forEach(v -> sb.append('&').append(field).append('=').append(enc(v)));
    }

    /** A page opened by a signed token (unsubscribe, preferences, an alert's pages), in the mail's language. */
    static String signed(String page, String token, String language) {
        return inLanguage(page + "?token=" + enc(token), language);
    }

    /** The link with the page language set to the mail's ({@code sv} or {@code en}). */
    static String inLanguage(String url, String language) {
        if (language == null || language.isBlank()) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? '?' : '&') + "lang=" + enc(language);
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
