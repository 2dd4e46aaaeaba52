package se.omvarldsradar.digest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import se.omvarldsradar.digest.internal.DigestContent.Entry;

/**
 * Digest entries made and rendered once per run and language: an entry is the same HTML and text in every
 * digest of that language that shows it, so a thousand digests over the same items render each item once, not
 * once per recipient. Lives as long as one run (texts and labels may change between runs).
 */
final class RenderedEntries {
    private final Map<Key, MailRenderer.Bodies> rendered = new ConcurrentHashMap<>();
    private final Map<ItemKey, Entry> entries = new ConcurrentHashMap<>();

    private record Key(String language, Entry entry) {
    }

    private record ItemKey(String language, String itemId) {
    }

    /**
     * The entry of an item that says nothing of changes, made once: shared, its texts are the same instances in
     * every digest, so finding its rendering compares references instead of 300-character summaries.
     */
    Entry entry(String language, String itemId, Supplier<Entry> make) {
        return entries.computeIfAbsent(new ItemKey(language, itemId), k -> make.get());
    }

    MailRenderer.Bodies get(String language, Entry entry, Supplier<MailRenderer.Bodies> render) {
        return rendered.computeIfAbsent(new Key(language, entry), k -> render.get());
    }
}
