package se.omvarldsradar.item.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import crawlercommons.filters.basic.BasicURLNormalizer;
import se.omvarldsradar.extract.ExtractedItem;

/**
 * The identity of an item: the call identifier for calls (so one call met in several sources is one item),
 * else the normalised URL without tracking parameters, else the source's GUID.
 */
public final class Identity {
    private static final List<String> TRACKING = List.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
            "utm_content", "utm_id", "fbclid", "gclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "ref", "rss");
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING).build();

    private Identity() {
    }

    public static String key(String sourceId, ExtractedItem item) {
        if (item.call() != null && item.call().callId() != null && !item.call().callId().isBlank()) {
            return "call:" + item.call().callId().strip().toUpperCase(Locale.ROOT);
        }
        String url = normalise(item.url());
        if (url != null) {
            return "url:" + url;
        }
        if (item.guid() != null && !item.guid().isBlank()) {
            return "guid:" + sourceId + ":" + item.guid().strip();
        }
        return "title:" + sourceId + ":" + (item.title() == null ? "" : item.title().strip().toLowerCase(Locale.ROOT));
    }

    public static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String n = NORMALIZER.filter(url.strip());
        if (n == null) {
            return null;
        }
        int hash = n.indexOf('#');
        return hash >= 0 ? n.substring(0, hash) : n;
    }

    public static String id(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
