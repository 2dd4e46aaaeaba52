package se.omvarldsradar.crawl;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The crawl cycle ({@code radar.crawl.*}).
 *
 * @param concurrency   hosts crawled side by side (requests in flight are bounded by radar.fetch.max-concurrency)
 * @param maxPages      requests one source may make in one crawl (listing pages, sitemaps)
 * @param followLimit   new items' pages fetched per crawl for sources with {@code follow: true}
 * @param backoffBase   wait after the first failure; doubles with each further one
 * @param backoffCap    longest wait between attempts of a failing source
 * @param startupSpread overdue sources after downtime are started spread over this window
 * @param storeConcurrency crawls storing their items at once; keep it under half the database pool
 */
@ConfigurationProperties("radar.crawl")
public record CrawlSettings(@DefaultValue("64") int concurrency, @DefaultValue("100") int maxPages,
        @DefaultValue("30") int followLimit, @DefaultValue("10m") Duration backoffBase,
        @DefaultValue("24h") Duration backoffCap, @DefaultValue("10m") Duration startupSpread,
        @DefaultValue("4") int storeConcurrency) {
}
