package se.omvarldsradar.config;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One watched source. {@code type} selects the extractor; {@code options} holds the type-specific settings
 * (for example the CSS selectors of an {@code html} source), already checked by the loader.
 */
public record SourceDefinition(String id, String name, ItemKind kind, String type, URI url, Schedule schedule,
        boolean enabled, String language, List<String> sectors, List<String> focus, Map<String, Object> options) {

    public SourceDefinition {
        sectors = List.copyOf(sectors);
        focus = List.copyOf(focus);
        options = Map.copyOf(options);
    }

    /** A type-specific option as text, or {@code null}. */
    public String option(String key) {
        Object v = options.get(key);
        return v == null ? null : v.toString();
    }
}
