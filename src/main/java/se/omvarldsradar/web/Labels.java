package se.omvarldsradar.web;

import java.util.Locale;

import se.omvarldsradar.config.RadarConfig;
import se.omvarldsradar.config.SourceDefinition;

/** Human labels for facet values in the page's language: category labels, source names. */
public record Labels(RadarConfig config, String language) {
    public String of(String field, String value) {
        return switch (field) {
            case "sector", "focus" -> config.category(value).map(c -> c.label(language)).orElse(value);
            case "source" -> config.source(value).map(SourceDefinition::name).orElse(value);
            case "lang" -> switch (value) {
                case "sv" -> language.equals("en") ? "Swedish" : "Svenska";
                case "en" -> language.equals("en") ? "English" : "Engelska";
                default -> language.equals("en") ? "Other" : "Annat";
            };
            default -> value.toLowerCase(Locale.ROOT);
        };
    }
}
