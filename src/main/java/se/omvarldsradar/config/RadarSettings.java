package se.omvarldsradar.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Top-level settings ({@code radar.*}).
 *
 * @param config    path of feeds.yml (default {@code ./feeds.yml}; {@code --config FILE} on the command line)
 * @param publicUrl the address users reach the web pages at, used in links in mails and feeds
 */
@ConfigurationProperties("radar")
public record RadarSettings(@DefaultValue("./feeds.yml") Path config,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /** The public URL without a trailing slash. */
    public String baseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
