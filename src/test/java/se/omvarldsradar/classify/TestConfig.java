package se.omvarldsradar.classify;

import java.nio.file.Files;
import java.nio.file.Path;

import se.omvarldsradar.config.ConfigLoader;
import se.omvarldsradar.config.RadarConfig;

/** The shipped feeds.yml and the classifiers built from it, loaded once for all classify tests. */
public final class TestConfig {
    static final RadarConfig CONFIG = ConfigLoader.load(Path.of("feeds.yml"));
    static final Classifiers CLASSIFIERS = Classifiers.of(CONFIG);

    private TestConfig() {
    }

    /** The labelled samples: system property radar.samples, else /work/shared/samples, else ../shared/samples. */
    public static Path samples() {
        String property = System.getProperty("radar.samples");
        for (String candidate : new String[] {property, "/work/shared/samples", "../shared/samples"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, "labelled", "dev.jsonl"))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("labelled samples not found: set -Dradar.samples=DIR (tried " + property
                + ", /work/shared/samples, ../shared/samples), the folder that holds labelled/dev.jsonl");
    }
}
