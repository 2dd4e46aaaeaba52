package se.omvarldsradar.extract.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractor;

/** A listing page read with the CSS selectors of the source: one item per {@code selectors.item} match. */
@Component
class HtmlListExtractor implements Extractor {

    @Override
    public String type() {
        return "html";
    }

    @Override
    public ExtractionResult extract(Document document, SourceDefinition source) {
        ListingOptions options = ListingOptions.of(source);
        String base = document.url() == null ? "" : document.url().toString();
        var page = ParseBudget.start().html(Charsets.decode(document.body(), document.contentType()), base);
        List<Element> rows;
        try {
            rows = page.select(options.item());
        } catch (Selector.SelectorParseException e) {
            throw new ExtractionException("selectors.item is not a valid CSS selector: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            if (HtmlPages.isAppShell(page)) {
                throw new ExtractionException(HtmlPages.appShellMessage(document.url()));
            }
            return ExtractionResult.of(List.of()).withWarning("selectors.item '" + options.item()
                    + "' matched nothing; the page's layout may have changed");
        }
        List<ExtractedItem> items = new ArrayList<>();
        int undated = 0;
        for (Element row : rows) {
            ExtractedItem item = item(row, options, source.language());
            if (item != null) {
                items.add(item);
                undated += options.date() != null && item.published() == null && item.call() == null ? 1 : 0;
            }
        }
        ExtractionResult result = ExtractionResult.of(items);
        return undated == 0 ? result : result.withWarning(undated + " of " + items.size()
                + " items had no date readable with dateFormats " + options.dateFormats());
    }

    private static ExtractedItem item(Element row, ListingOptions o, String language) {
        Element linkEl = o.link() != null ? first(row, o.link()) : row.is("a[href]") ? row : row.selectFirst("a[href]");
        if (linkEl != null && !linkEl.hasAttr("href")) {
            linkEl = linkEl.selectFirst("a[href]");
        }
        String link = linkEl == null ? null : Text.link(null, linkEl.absUrl("href"));
        Element titleEl = o.title() != null ? first(row, o.title()) : null;
        String title = Text.firstNonBlank(titleEl == null ? null : titleEl.text().strip(),
                linkEl == null ? null : linkEl.text().strip(), linkEl == null ? null : linkEl.attr("title").strip());
        if (title == null && link == null) {
            return null;
        }
        Element summaryEl = o.summary() != null ? first(row, o.summary()) : null;
        String summary = summaryEl == null ? null : Text.firstNonBlank(summaryEl.text().strip());
        Instant date = date(row, o);
        CallDetails call = o.dateIsDeadline() && date != null
                ? new CallDetails(null, null, null, null, null, null, List.of(date), null, null)
                : null;
        return new ExtractedItem(link, link, title, summary, null, o.dateIsDeadline() ? null : date, language,
                List.of(), call);
    }

    private static Instant date(Element row, ListingOptions o) {
        Element el = o.date() != null ? first(row, o.date()) : null;
        if (el == null) {
            return null;
        }
        String raw = el.hasAttr("datetime") ? el.attr("datetime") : el.text();
        // A deadline given as a bare date runs to the end of that day.
        LocalTime timeIfNone = o.dateIsDeadline() ? LocalTime.of(23, 59) : LocalTime.MIDNIGHT;
        Instant parsed = Dates.parse(raw, o.dateFormats(), o.zone(), timeIfNone);
        return parsed != null || !el.hasAttr("datetime") ? parsed
                : Dates.parse(el.text(), o.dateFormats(), o.zone(), timeIfNone);
    }

    private static Element first(Element row, String selector) {
        try {
            return row.selectFirst(selector);
        } catch (Selector.SelectorParseException e) {
            throw new ExtractionException("a selector of this html source is not valid CSS: " + e.getMessage(), e);
        }
    }
}
