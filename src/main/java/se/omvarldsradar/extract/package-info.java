/**
 * Pure functions from fetched bytes to {@link se.omvarldsradar.extract.ExtractedItem}s, one extractor per
 * source type ({@code feed}, {@code html}, {@code eu-funding-tenders}, {@code sitemap}). No I/O happens here:
 * requests are described as {@link se.omvarldsradar.extract.SourceRequest} data. A crawl of one source starts
 * with {@code Extractor.firstRequest(source)}; each result may name a {@code next} page and {@code children}
 * (the sitemaps of a sitemap index), which are fetched and given to the same extractor, and a
 * {@code discoveredFeed} that an HTML page advertised in place of the feed that was expected.
 * {@link se.omvarldsradar.extract.MainText} gives the text of a followed article page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"config"})
package se.omvarldsradar.extract;
