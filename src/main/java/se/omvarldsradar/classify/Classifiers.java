package se.omvarldsradar.classify;

import java.util.function.Supplier;

import se.omvarldsradar.classify.internal.AnalysedTagger;
import se.omvarldsradar.classify.internal.LanguageGuesser;
import se.omvarldsradar.classify.internal.TextCallDetails;
import se.omvarldsradar.config.RadarConfig;

/**
 * Builds the tagger and call-detail reader outside a Spring context (tests, benchmarks, one-off tools);
 * inside the application they are beans following the configuration in force.
 */
public final class Classifiers {
    private final Tagger tagger;
    private final CallDetailsReader callDetails;

    private Classifiers(Supplier<RadarConfig> config) {
        LanguageGuesser languages = new LanguageGuesser();
        this.tagger = new AnalysedTagger(config, languages);
        this.callDetails = new TextCallDetails(languages);
    }

    /** Classifiers for a fixed configuration, e.g. {@code ConfigLoader.load(Path.of("feeds.yml"))}. */
    public static Classifiers of(RadarConfig config) {
        return new Classifiers(() -> config);
    }

    public Tagger tagger() {
        return tagger;
    }

    public CallDetailsReader callDetails() {
        return callDetails;
    }
}
