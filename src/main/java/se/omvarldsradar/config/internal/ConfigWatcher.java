package se.omvarldsradar.config.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;

/**
 * Reloads feeds.yml when the file changes. Polls its modification time and size rather than using a
 * WatchService, which misses changes to bind-mounted files in containers and to files replaced through a
 * symbolic link (Kubernetes ConfigMaps). Off for command-line runs.
 */
@Component
@ConditionalOnProperty(name = "radar.cli", havingValue = "false", matchIfMissing = true)
class ConfigWatcher {
    private final CurrentConfig config;
    private volatile String seen;
    private volatile String pending;

    ConfigWatcher(CurrentConfig config) {
        this.config = config;
        this.seen = fingerprint(config.settings().config());
    }

    @Scheduled(fixedDelayString = "${radar.config-check-every:5s}", initialDelayString = "${radar.config-check-every:5s}")
    void check() {
        String now = fingerprint(config.settings().config());
        // A file that is missing for a moment (an editor's save, a ConfigMap swap) is waited out, not reported;
        // a changed file is read once it has stayed the same for one interval, so a half-written one never is.
        if (now == null || Objects.equals(now, seen)) {
            pending = null;
            return;
        }
        if (!now.equals(pending)) {
            pending = now;
            return;
        }
        seen = now;
        pending = null;
        config.reload();
    }

    private static String fingerprint(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }
}
