package se.omvarldsradar.config;

import java.util.Locale;

/** What a source publishes: funding calls, news, or network bulletins. */
public enum ItemKind {
    CALL, NEWS, BULLETIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
