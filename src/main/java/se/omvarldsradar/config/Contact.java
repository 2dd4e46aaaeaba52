package se.omvarldsradar.config;

import java.util.List;

/** A department's contact person and the profile their digest is matched against. */
public record Contact(String department, String name, String email, String language, List<String> sectors,
        List<String> focus, List<ItemKind> kinds, List<String> programmes, List<String> keywords,
        Frequency frequency, double minRelevance, boolean sendEmpty) {

    public Contact {
        sectors = List.copyOf(sectors);
        focus = List.copyOf(focus);
        kinds = List.copyOf(kinds);
        programmes = List.copyOf(programmes);
        keywords = List.copyOf(keywords);
    }

    /** The same contact with the choices made on the preferences page applied. */
    public Contact with(Frequency frequency, List<String> sectors, List<String> focus, List<ItemKind> kinds) {
        return new Contact(department, name, email, language, sectors, focus, kinds, programmes, keywords, frequency,
                minRelevance, sendEmpty);
    }
}
