package se.omvarldsradar.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Politeness and limits of the crawler ({@code radar.fetch.*}).
 *
 * @param allowHosts      hosts or addresses the address guard lets through even when private or loopback (default none)
 * @param minHostDelay    minimum time between the end of one request to a host and the start of the next (2s)
 * @param userAgent       the User-Agent sent, with a contact URL; its first token is the name matched in robots.txt
 * @param connectTimeout  time to open a connection (10s)
 * @param timeout         total deadline of one fetch, redirects and body included; waits for a host's turn are not
 *                        counted, and a robots.txt fetch has a deadline of its own (30s)
 * @param maxBodySize     largest body accepted, counted after gzip/deflate decoding (15MB)
 * @param maxRedirects    redirects followed before giving up (5)
 * @param maxConcurrency  requests in flight at once over all hosts (8)
 * @param robotsCacheTtl  how long a host's robots.txt rules are reused (24h)
 * @param robotsErrorTtl  how long "allow none" after a failed robots.txt fetch (429, 5xx, network) is kept (1h)
 * @param maxCrawlDelay   largest robots.txt Crawl-delay honoured; a host asking for more is not fetched (30s)
 * @param maxRetryWait    a Retry-After up to this long is waited out; a longer one fails the fetch at once (10s)
 */
@ConfigurationProperties("radar.fetch")
public record FetchSettings(@DefaultValue("") List<String> allowHosts, @DefaultValue("2s") Duration minHostDelay,
        @DefaultValue(DEFAULT_USER_AGENT) String userAgent,
        @DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration timeout,
        @DefaultValue("15MB") DataSize maxBodySize, @DefaultValue("5") int maxRedirects,
        @DefaultValue("8") int maxConcurrency, @DefaultValue("24h") Duration robotsCacheTtl,
        @DefaultValue("1h") Duration robotsErrorTtl, @DefaultValue("30s") Duration maxCrawlDelay,
        @DefaultValue("10s") Duration maxRetryWait) {

    static final String DEFAULT_USER_AGENT =
            "Omvarldsradar/0.1 (+https://github.com/omvarldsradar; international office, Gavle kommun)";

    @ConstructorBinding
    public FetchSettings {
        // The empty default binds as [""]; blanks and stray spaces from a comma list are not hosts.
        allowHosts = allowHosts == null ? List.of()
                : allowHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("radar.fetch.user-agent must not be blank");
        }
        if (maxConcurrency < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("radar.fetch.max-concurrency must be >= 1 and max-redirects >= 0");
        }
    }

    /** The settings as first published, with the later fields at their defaults. */
    public FetchSettings(List<String> allowHosts, Duration minHostDelay, String userAgent, Duration connectTimeout,
            Duration timeout, DataSize maxBodySize, int maxRedirects) {
        this(allowHosts, minHostDelay, userAgent, connectTimeout, timeout, maxBodySize, maxRedirects, 8,
                Duration.ofHours(24), Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** The documented defaults, for code that builds a fetcher without Spring. */
    public static FetchSettings defaults() {
        return new FetchSettings(List.of(), Duration.ofSeconds(2), DEFAULT_USER_AGENT, Duration.ofSeconds(10),
                Duration.ofSeconds(30), DataSize.ofMegabytes(15), 5);
    }

    /** The product token robots.txt groups are matched against: "omvarldsradar" for "Omvarldsradar/0.1 (...)". */
    public String robotsAgent() {
        return userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
