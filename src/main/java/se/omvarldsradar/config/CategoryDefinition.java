package se.omvarldsradar.config;

import java.util.List;
import java.util.Map;

/**
 * A sector (growth area) or focus area: labels per language, weighted terms per language (a negative weight
 * counts against the category), the minimum score that gives the tag, how much more a term counts when it
 * is in the title, and the programmes whose items always get it.
 */
public record CategoryDefinition(String id, Map<String, String> labels, Map<String, List<WeightedTerm>> terms,
        double threshold, double titleWeight, List<String> programmes) {

    /** Title matches count this many times a body match unless feeds.yml says otherwise. */
    public static final double DEFAULT_TITLE_WEIGHT = 2.0;

    public CategoryDefinition {
        labels = Map.copyOf(labels);
        terms = Map.copyOf(terms);
        programmes = List.copyOf(programmes);
    }

    public CategoryDefinition(String id, Map<String, String> labels, Map<String, List<WeightedTerm>> terms,
            double threshold, List<String> programmes) {
        this(id, labels, terms, threshold, DEFAULT_TITLE_WEIGHT, programmes);
    }

    /** The label in the given language, falling back to Swedish, then the id. */
    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("sv", id));
    }

    /** One term or phrase and its weight, written {@code "term"} or {@code "term^2.5"} in feeds.yml. */
    public record WeightedTerm(String text, double weight) {
    }
}
