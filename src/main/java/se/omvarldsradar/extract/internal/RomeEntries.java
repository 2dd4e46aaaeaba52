package se.omvarldsradar.extract.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;

import se.omvarldsradar.extract.ExtractedItem;

/** Maps Rome's entries to items: plain text, absolute http(s) links only. */
final class RomeEntries {
    private RomeEntries() {
    }

    static List<ExtractedItem> items(SyndFeed feed, URI base) {
        String language = language(feed.getLanguage());
        List<ExtractedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = Text.link(base, Text.firstNonBlank(e.getLink(), alternate(e.getLinks())));
            String guid = Text.firstNonBlank(e.getUri(), link);
            if (link == null && guid != null) {
                // An RSS <guid> is often the permalink.
                link = Text.link(null, guid);
            }
            String title = Text.plain(e.getTitle());
            String summary = e.getDescription() == null ? null : Text.plain(e.getDescription().getValue());
            String content = e.getContents().stream().map(SyndContent::getValue).map(Text::plain)
                    .filter(s -> s != null).collect(Collectors.joining("\n"));
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            List<String> keywords = e.getCategories().stream().map(SyndCategory::getName).map(Text::plain)
                    .filter(s -> s != null).distinct().toList();
            items.add(FeedItems.of(guid, link, title, summary, content.isEmpty() ? null : content,
                    date == null ? null : date.toInstant(), language, keywords));
        }
        return items;
    }

    private static String alternate(List<SyndLink> links) {
        if (links == null) {
            return null;
        }
        return links.stream().filter(l -> l.getRel() == null || "alternate".equals(l.getRel()))
                .map(SyndLink::getHref).filter(h -> h != null && !h.isBlank()).findFirst().orElse(null);
    }

    /** The primary language subtag ("sv" from "sv-SE"), or null. */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

}
