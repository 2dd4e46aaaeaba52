package se.omvarldsradar.crawl;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The crawl cycle ({@code radar.crawl.*}).
 *
 * @param concurrency   sources crawled at once (per-host politeness is kept by the fetcher regardless)
 * @param maxPages      requests one source may make in one crawl (listing pages, sitemaps)
 * @param followLimit   new items' pages fetched per crawl for sources with {@code follow: true}
 * @param backoffBase   wait after the first failure; doubles with each further one
 * @param backoffCap    longest wait between attempts of a failing source
 * @param startupSpread overdue sources after downtime are started spread over this window
 */
@ConfigurationProperties("radar.crawl")
public record CrawlSettings(@DefaultValue("8") int concurrency, @DefaultValue("100") int maxPages,
        @DefaultValue("30") int followLimit, @DefaultValue("10m") Duration backoffBase,
        @DefaultValue("24h") Duration backoffCap, @DefaultValue("10m") Duration startupSpread) {
}
