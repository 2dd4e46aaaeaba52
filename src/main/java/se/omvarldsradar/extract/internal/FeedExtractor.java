package se.omvarldsradar.extract.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractor;

/** RSS and Atom feeds through Rome. */
@Component
class FeedExtractor implements Extractor {

    @Override
    public String type() {
        return "feed";
    }

    @Override
    public ExtractionResult extract(Document document, SourceDefinition source) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(document.body()), document.contentType(), true));
        } catch (Exception e) {
            throw new ExtractionException("not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        List<ExtractedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() == null ? null : document.url().resolve(e.getLink().strip()).toString();
            String summary = e.getDescription() == null ? null : text(e.getDescription());
            String content = e.getContents().stream().map(FeedExtractor::text).reduce((a, b) -> a + "\n" + b).orElse(null);
            var date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new ExtractedItem(e.getUri(), link, text(e.getTitle()), summary, content,
                    date == null ? null : date.toInstant(), feed.getLanguage(), List.of(), null));
        }
        return ExtractionResult.of(items);
    }

    private static String text(SyndContent c) {
        return c == null ? null : text(c.getValue());
    }

    static String text(String markup) {
        return markup == null ? null : Jsoup.parse(markup).text().strip();
    }
}
