package se.omvarldsradar.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The {@code radar.fetch.*} names and defaults the README documents, bound as Spring binds them. */
class FetchSettingsTests {
    private static FetchSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("radar.fetch", FetchSettings.class);
    }

    @Test
    void bindsDocumentedDefaults() {
        FetchSettings s = bind(Map.of());
        assertThat(s).isEqualTo(FetchSettings.defaults());
        assertThat(s.allowHosts()).isEmpty();
        assertThat(s.minHostDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.maxBodySize()).isEqualTo(DataSize.ofMegabytes(15));
        assertThat(s.maxRedirects()).isEqualTo(5);
        assertThat(s.maxConcurrency()).isEqualTo(8);
        assertThat(s.robotsCacheTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(s.maxCrawlDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.userAgent()).contains("+https://");
    }

    @Test
    void bindsAllowHostsAndMinHostDelay() {
        FetchSettings s = bind(Map.of("radar.fetch.allow-hosts", "127.0.0.1, intranet.local",
                "radar.fetch.min-host-delay", "5s", "radar.fetch.max-concurrency", "2"));
        assertThat(s.allowHosts()).containsExactly("127.0.0.1", "intranet.local");
        assertThat(s.minHostDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.maxConcurrency()).isEqualTo(2);
    }

    @Test
    void matchesRobotsTxtByTheUserAgentProductToken() {
        assertThat(FetchSettings.defaults().robotsAgent()).isEqualTo("omvarldsradar");
        FetchSettings custom = new FetchSettings(List.of(), Duration.ZERO, "RadarBot (+https://x.se/bot)",
                Duration.ofSeconds(1), Duration.ofSeconds(1), DataSize.ofKilobytes(1), 1);
        assertThat(custom.robotsAgent()).isEqualTo("radarbot");
    }
}
