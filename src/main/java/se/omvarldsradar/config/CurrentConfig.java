package se.omvarldsradar.config;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Holds the configuration in force. Loaded at start-up, which fails with every problem listed when feeds.yml
 * is invalid; reloaded later without a restart, where an invalid file keeps the last good configuration running.
 */
@Component
@EnableConfigurationProperties(RadarSettings.class)
public class CurrentConfig {
    private static final Logger log = LoggerFactory.getLogger(CurrentConfig.class);

    private final RadarSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<RadarConfig> current = new AtomicReference<>();
    private volatile ConfigStatus status;

    public CurrentConfig(RadarSettings settings, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        current.set(ConfigLoader.load(settings.config()));
        Instant now = this.clock.instant();
        this.status = new ConfigStatus(settings.config(), now, now, List.of());
    }

    public RadarConfig get() {
        return current.get();
    }

    public RadarSettings settings() {
        return settings;
    }

    /** The configuration in force and the outcome of the last reload. */
    public ConfigStatus status() {
        return status;
    }

    /**
     * Reads feeds.yml again and, when it is valid, puts it in force and publishes {@link ConfigReloaded} (only when
     * something changed). Returns the problems found; with any, the configuration in force stays as it was.
     */
    public synchronized List<ConfigProblem> reload() {
        Instant now = clock.instant();
        RadarConfig loaded;
        try {
            loaded = ConfigLoader.load(settings.config());
        } catch (InvalidConfigException e) {
            status = new ConfigStatus(settings.config(), status.loadedAt(), now, e.problems());
            log.warn("{}\nThe previous configuration stays in force.", e.getMessage());
            return e.problems();
        }
        RadarConfig previous = current.getAndSet(loaded);
        status = new ConfigStatus(settings.config(), now, now, List.of());
        if (!loaded.equals(previous)) {
            log.info("Configuration reloaded from {}: {} sources, {} contacts", settings.config(),
                    loaded.sources().size(), loaded.contacts().count());
            try {
                events.publishEvent(new ConfigReloaded(loaded));
            } catch (RuntimeException e) {
                // The new configuration is in force; a schedule that failed to follow it is re-synced at the next
                // reload or start, and the failure is for the log, not for the person who edited feeds.yml.
                log.error("A listener failed to follow the reloaded configuration", e);
            }
        }
        return List.of();
    }
}
