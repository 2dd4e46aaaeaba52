package se.omvarldsradar.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import se.omvarldsradar.item.Item;
import se.omvarldsradar.search.SearchHit;

/**
 * A search as an Atom 1.0 feed, written by Rome (an XML writer: every text escaped). Crawled text may hold
 * characters XML cannot carry; they are dropped first. Entry links point at the source only when http(s).
 */
final class AtomExport {
    private AtomExport() {
    }

    static String of(String title, String selfUrl, String pageUrl, String baseUrl, List<SearchHit> hits,
            Map<String, Item> items, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(selfUrl);
        feed.setTitle(clean(title));
        feed.setOtherLinks(List.of(link("self", selfUrl, "application/atom+xml")));
        feed.setAlternateLinks(List.of(link("alternate", pageUrl, "text/html")));
        Person author = new Person();
        author.setName("Omvärldsradar");
        feed.setAuthors(List.<SyndPerson>of(author));
        Instant updated = null;
        List<Entry> entries = new ArrayList<>();
        for (SearchHit h : hits) {
            Item item = items.get(h.id());
            Instant changed = item != null && item.lastChanged() != null ? item.lastChanged()
                    : h.published() != null ? h.published() : now;
            updated = updated == null || changed.isAfter(updated) ? changed : updated;
            entries.add(entry(h, item, changed, baseUrl));
        }
        feed.setUpdated(Date.from(updated == null ? now : updated));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom output failed", e);
        }
    }

    private static Entry entry(SearchHit h, Item item, Instant changed, String baseUrl) {
        Entry e = new Entry();
        String page = baseUrl + "/items/" + java.net.URLEncoder.encode(h.id(), java.nio.charset.StandardCharsets.UTF_8);
        e.setId(page);
        Content title = new Content();
        title.setType(Content.TEXT);
        title.setValue(clean(h.title()));
        e.setTitleEx(title);
        e.setUpdated(Date.from(changed));
        if (h.published() != null) {
            e.setPublished(Date.from(h.published()));
        }
        String source = Links.httpOnly(h.url());
        List<Link> links = new ArrayList<>();
        links.add(link("alternate", source != null ? source : page, "text/html"));
        if (source != null) {
            links.add(link("related", page, "text/html"));
        }
        e.setAlternateLinks(links.subList(0, 1));
        e.setOtherLinks(new ArrayList<>(links.subList(1, links.size())));
        String text = item != null && item.summary() != null ? item.summary() : org.jsoup.Jsoup.parse(h.snippet()).text();
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(clean(text));
        e.setSummary(summary);
        List<Category> categories = new ArrayList<>();
        for (String s : h.sectors()) {
            Category c = new Category();
            c.setTerm(clean(s));
            categories.add(c);
        }
        e.setCategories(categories);
        return e;
    }

    private static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    /** Drops what XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE/FFFF). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
