package se.omvarldsradar.fetch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Politeness and limits of the crawler ({@code radar.fetch.*}).
 *
 * @param allowHosts     hosts or addresses the address guard lets through even when private or loopback
 * @param minHostDelay   minimum time between two requests to the same host
 * @param userAgent      the User-Agent sent, with a contact URL
 * @param connectTimeout time to open a connection
 * @param timeout        total deadline of one request, body included
 * @param maxBodySize    largest decoded body accepted
 * @param maxRedirects   redirects followed before giving up
 */
@ConfigurationProperties("radar.fetch")
public record FetchSettings(@DefaultValue("") List<String> allowHosts, @DefaultValue("2s") Duration minHostDelay,
        @DefaultValue("Omvarldsradar/0.1 (+https://github.com/omvarldsradar; international office, Gavle kommun)") String userAgent,
        @DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration timeout,
        @DefaultValue("15MB") DataSize maxBodySize, @DefaultValue("5") int maxRedirects) {
}
