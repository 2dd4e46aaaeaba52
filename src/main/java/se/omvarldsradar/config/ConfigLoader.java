package se.omvarldsradar.config;

import java.nio.file.Path;

import se.omvarldsradar.config.internal.FeedsYamlReader;

/** Loads and validates feeds.yml; pure apart from reading the one file. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * Reads the file and returns the configuration.
     *
     * @throws InvalidConfigException listing every problem, each with file, line and field
     */
    public static RadarConfig load(Path file) {
        return FeedsYamlReader.read(file);
    }
}
