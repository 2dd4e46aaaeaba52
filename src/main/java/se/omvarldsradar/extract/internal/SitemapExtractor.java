package se.omvarldsradar.extract.internal;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractor;
import se.omvarldsradar.extract.SourceRequest;

/**
 * A sitemap (XML, text or gzipped) read with crawler-commons: one item per page URL matching the {@code include}
 * regex, titled from the URL. A sitemap index gives no items; its sitemaps come back as
 * {@link ExtractionResult#children()} to be fetched and read by this same extractor.
 */
@Component
class SitemapExtractor implements Extractor {
    /** A site with more sitemaps than this is better watched through a narrower sitemap. */
    static final int MAX_CHILDREN = 200;

    @Override
    public String type() {
        return "sitemap";
    }

    @Override
    public ExtractionResult extract(Document document, SourceDefinition source) {
        Pattern include = include(source.option("include"));
        AbstractSiteMap map = parse(document);
        if (map instanceof SiteMapIndex index) {
            List<SourceRequest> children = index.getSitemaps().stream().map(s -> Text.link(null, s.getUrl().toString()))
                    .filter(u -> u != null).distinct().map(u -> SourceRequest.get(URI.create(u))).toList();
            ExtractionResult result = ExtractionResult.of(List.of());
            if (children.size() > MAX_CHILDREN) {
                result = result.withWarning("sitemap index lists " + children.size() + " sitemaps; only the first "
                        + MAX_CHILDREN + " are read");
                children = children.subList(0, MAX_CHILDREN);
            }
            return result.withChildren(children);
        }
        List<ExtractedItem> items = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            String url = Text.link(null, u.getUrl().toString());
            if (url != null && (include == null || include.matcher(url).find())) {
                items.add(new ExtractedItem(url, url, titleFromUrl(URI.create(url)), null, null,
                        u.getLastModified() == null ? null : u.getLastModified().toInstant(), source.language(),
                        List.of(), null));
            }
        }
        return ExtractionResult.of(items);
    }

    private static AbstractSiteMap parse(Document document) {
        ParseBudget budget = ParseBudget.start();
        try {
            URL url = document.url().toURL();
            String type = document.contentType() == null ? "application/xml" : document.contentType();
            // Not strict: sites list pages outside the sitemap's own folder; DOCTYPEs stay disallowed (XXE).
            return new BoundedSiteMapParser(budget).parseSiteMap(type, document.body(), url);
        } catch (Exception e) {
            if (budget.exceeded()) {
                throw budget.timeout();
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // crawler-commons says only "Failed to parse <url>"; the parser's reason is what the health page needs.
            throw new ExtractionException("not a readable sitemap: " + e.getMessage()
                    + (root == e || root.getMessage() == null ? "" : ": " + root.getMessage()), e);
        }
    }

    /** crawler-commons' parser reading the XML (after any gunzip) within the parse budget. */
    private static final class BoundedSiteMapParser extends SiteMapParser {
        private final ParseBudget budget;

        BoundedSiteMapParser(ParseBudget budget) {
            super(false);
            this.budget = budget;
        }

        @Override
        protected AbstractSiteMap processXml(URL sitemapUrl, InputSource is) throws UnknownFormatException {
            if (is.getByteStream() != null) {
                is.setByteStream(budget.stream(is.getByteStream()));
            }
            return super.processXml(sitemapUrl, is);
        }
    }

    private static Pattern include(String regex) {
        try {
            return regex == null || regex.isBlank() ? null : Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ExtractionException("option include is not a valid regular expression: " + e.getDescription(), e);
        }
    }

    /** "https://x.se/nyheter/ny-utlysning_inom-life.html" → "Ny utlysning inom life". */
    static String titleFromUrl(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(html?|php|aspx?|jsp)$", "");
        String words = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8)
                .replaceAll("[-_+]+", " ").strip();
        if (words.isEmpty()) {
            return url.getHost();
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
