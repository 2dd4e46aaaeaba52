package se.omvarldsradar.config;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Holds the configuration in force. Loaded at start-up, which fails with every problem listed when
 * feeds.yml is invalid.
 */
@Component
@EnableConfigurationProperties(RadarSettings.class)
public class CurrentConfig {
    private final RadarSettings settings;
    private final AtomicReference<RadarConfig> current = new AtomicReference<>();

    public CurrentConfig(RadarSettings settings) {
        this.settings = settings;
        current.set(ConfigLoader.load(settings.config()));
    }

    public RadarConfig get() {
        return current.get();
    }

    public RadarSettings settings() {
        return settings;
    }
}
