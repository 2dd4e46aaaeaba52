package se.omvarldsradar.extract.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

import com.rometools.rome.io.impl.DateParser;

import se.omvarldsradar.extract.ExtractedItem;

/**
 * Reads what can be read from a feed that is not well-formed XML, with jsoup's forgiving XML parser:
 * RSS and RDF {@code <item>}s, Atom {@code <entry>}s. Entities are never expanded (jsoup knows no DTDs).
 */
final class LenientFeed {
    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf", "feed", "channel");

    private LenientFeed() {
    }

    static boolean isFeedRoot(String localRoot) {
        return localRoot != null && FEED_ROOTS.contains(localRoot);
    }

    /** The entries of a feed already parsed with jsoup's XML parser (within a {@link ParseBudget}). */
    static List<ExtractedItem> items(org.jsoup.nodes.Document doc, URI base) {
        String language = RomeEntries.language(text(first(doc, "language")));
        List<ExtractedItem> items = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String name = local(e);
            if (!name.equals("item") && !name.equals("entry")) {
                continue;
            }
            String link = Text.link(base, link(e));
            String guid = Text.firstNonBlank(text(child(e, "guid")), text(child(e, "id")), link);
            String title = Text.plain(text(child(e, "title")));
            String summary = Text.plain(text(child(e, "description", "summary")));
            String content = Text.plain(text(child(e, "encoded", "content")));
            Date date = date(text(child(e, "pubdate", "date", "published", "issued", "updated", "modified")));
            items.add(FeedItems.of(guid, link, title, summary, content,
                    date == null ? null : date.toInstant(), language, List.of()));
        }
        return items;
    }

    private static String link(Element entry) {
        for (Element c : entry.children()) {
            if (!local(c).equals("link")) {
                continue;
            }
            String rel = c.attr("rel");
            if (c.hasAttr("href") && (rel.isEmpty() || rel.equals("alternate"))) {
                return c.attr("href");
            }
            if (!c.hasAttr("href") && !c.text().isBlank()) {
                return c.text();
            }
        }
        return null;
    }

    /** Escaped markup arrives as text and inline XHTML as elements; either way we want the markup. */
    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        return e.children().isEmpty() ? e.wholeText() : e.html();
    }

    private static Element child(Element parent, String... localNames) {
        for (String wanted : localNames) {
            for (Element c : parent.children()) {
                if (local(c).equals(wanted)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Element first(Element root, String localName) {
        return root.getAllElements().stream().filter(e -> local(e).equals(localName)).findFirst().orElse(null);
    }

    private static String local(Element e) {
        String tag = e.tagName();
        return tag.substring(tag.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static Date date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return DateParser.parseDate(raw.strip(), Locale.US);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
