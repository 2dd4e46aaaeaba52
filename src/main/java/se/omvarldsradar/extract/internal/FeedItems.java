package se.omvarldsradar.extract.internal;

import java.time.Instant;
import java.util.List;

import se.omvarldsradar.extract.ExtractedItem;

/** The one place feed entries become items, whichever parser read them. */
final class FeedItems {
    private static final int TITLE_FROM_TEXT = 100;

    private FeedItems() {
    }

    /**
     * The item for one entry. Every entry is kept, as feed readers do, even one with little in it. Feeds leave
     * titles out (microblogs, podcasts); we then take the start of the text, else the link, so it can be shown.
     */
    static ExtractedItem of(String guid, String link, String title, String summary, String content, Instant published,
            String language, List<String> keywords) {
        String shownTitle = title != null ? title : Text.firstNonBlank(abbreviate(Text.firstNonBlank(summary, content)),
                link);
        return new ExtractedItem(Text.firstNonBlank(guid, link), link, shownTitle, summary, content, published, language,
                keywords, null);
    }

    private static String abbreviate(String text) {
        if (text == null || text.length() <= TITLE_FROM_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_FROM_TEXT);
        return text.substring(0, cut > TITLE_FROM_TEXT / 2 ? cut : TITLE_FROM_TEXT) + "…";
    }
}
