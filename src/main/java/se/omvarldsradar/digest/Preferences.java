package se.omvarldsradar.digest;

import java.util.List;

/**
 * A contact's digest settings as the preferences page shows and changes them: feeds.yml with the contact's
 * own choices applied. {@code frequency} is written {@code daily HH:mm} or {@code weekly mon HH:mm}.
 */
public record Preferences(String email, String name, String language, boolean paused, String frequency,
        List<String> sectors, List<String> focus, List<String> kinds) {

    public Preferences {
        sectors = List.copyOf(sectors);
        focus = List.copyOf(focus);
        kinds = List.copyOf(kinds);
    }
}
