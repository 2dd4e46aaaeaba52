package se.omvarldsradar.classify;

import java.util.List;

/** What the source tells about its items before reading them: default categories and language. */
public record TagHints(List<String> sectors, List<String> focus, String language) {
    public static final TagHints NONE = new TagHints(List.of(), List.of(), null);

    public TagHints {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        focus = focus == null ? List.of() : List.copyOf(focus);
    }
}
