package se.omvarldsradar.extract.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractor;

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0: strictly through Rome, and when the XML is broken, leniently through
 * jsoup's XML parser with a warning. An HTML page that advertises a feed yields that feed's address.
 */
@Component
class FeedExtractor implements Extractor {

    @Override
    public String type() {
        return "feed";
    }

    @Override
    public ExtractionResult extract(Document document, SourceDefinition source) {
        ParseBudget budget = ParseBudget.start();
        String text = Charsets.decode(document.body(), document.contentType());
        XmlProlog prolog = XmlProlog.of(text);
        if (prolog.looksLikeHtml() || (prolog.root() == null && isHtmlType(document.contentType()))) {
            return fromHtml(budget.html(text, document.url() == null ? "" : document.url().toString()), document);
        }
        if (prolog.declaresEntities()) {
            // Refused outright: entity declarations are how XXE and "billion laughs" attacks work, and real
            // feeds do not need them.
            throw new ExtractionException("refused: the feed declares XML entities in its DOCTYPE"
                    + " (the form of XXE and entity-expansion attacks)");
        }
        if (prolog.root() == null) {
            String start = text.strip();
            throw new ExtractionException(start.isEmpty() ? "empty document, not a feed"
                    : start.startsWith("{") ? "JSON, not an RSS or Atom feed" : "not XML, so not an RSS or Atom feed");
        }
        String xml = prolog.withoutDoctype(text);
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(budget.reader(xml));
            return ExtractionResult.of(RomeEntries.items(feed, document.url()));
        } catch (Exception strictFailure) {
            if (budget.exceeded()) {
                throw budget.timeout();
            }
            return lenient(xml, prolog, document, strictFailure, budget);
        }
    }

    private static ExtractionResult lenient(String xml, XmlProlog prolog, Document document, Exception strictFailure,
            ParseBudget budget) {
        if (!LenientFeed.isFeedRoot(prolog.localRoot())) {
            throw new ExtractionException("not an RSS or Atom feed: the document's root element is <" + prolog.root()
                    + ">", strictFailure);
        }
        List<ExtractedItem> items = LenientFeed.items(budget.xml(xml, document.url() == null ? "" : document.url().toString()),
                document.url());
        String reason = strictFailure.getMessage() == null ? strictFailure.getClass().getSimpleName()
                : strictFailure.getMessage().lines().findFirst().orElse("");
        return ExtractionResult.of(items).withWarning("broken feed (" + reason + "); read leniently, "
                + items.size() + " entries recovered");
    }

    private static ExtractionResult fromHtml(org.jsoup.nodes.Document page, Document document) {
        var feed = HtmlPages.advertisedFeed(page);
        if (feed != null) {
            return ExtractionResult.discovered(feed);
        }
        if (HtmlPages.isAppShell(page)) {
            throw new ExtractionException(HtmlPages.appShellMessage(document.url()));
        }
        throw new ExtractionException("HTML page, not a feed, and it advertises no feed"
                + " (no <link rel=\"alternate\" type=\"application/rss+xml\">); check the source's url");
    }

    private static boolean isHtmlType(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
    }
}
