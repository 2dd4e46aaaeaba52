package se.omvarldsradar.config.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.Department;
import se.omvarldsradar.config.EmailAddress;
import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.config.ItemKind;

/** Reads one department and its contacts. */
final class DepartmentReader {

    private DepartmentReader() {
    }

    static Department read(YamlFields f) {
        f.rejectUnknown(Set.of("name", "contacts"));
        String name = f.string("name", true);
        List<Contact> contacts = f.list("contacts", c -> contact(c, name));
        return name == null ? null : new Department(name, contacts);
    }

    private static Contact contact(YamlFields f, String department) {
        f.rejectUnknown(Set.of("name", "email", "language", "sectors", "focus", "kinds", "programmes", "keywords",
                "frequency", "minRelevance", "sendEmpty"));
        String name = f.string("name", true);
        String email = f.string("email", true);
        if (email != null && !EmailAddress.isValid(email)) {
            f.problem("email", "is not a valid e-mail address: '" + email + "'");
            email = null;
        }
        String language = f.string("language", false);
        if (language == null) {
            language = "sv";
        } else if (!Set.of("sv", "en").contains(language)) {
            f.problem("language", "must be sv or en, not '" + language + "'");
        }
        List<ItemKind> kinds = f.strings("kinds").stream().map(k -> {
            try {
                return ItemKind.of(k);
            } catch (IllegalArgumentException e) {
                f.problem("kinds", "must list call, news or bulletin, not '" + k + "'");
                return null;
            }
        }).filter(k -> k != null).toList();
        Frequency frequency = frequency(f);
        double minRelevance = f.number("minRelevance", 0);
        boolean sendEmpty = f.bool("sendEmpty", false);
        if (name == null || email == null || frequency == null) {
            return null;
        }
        return new Contact(department, name, email, language, f.strings("sectors"), f.strings("focus"), kinds,
                f.strings("programmes"), keywords(f), frequency, minRelevance, sendEmpty);
    }

    private static Frequency frequency(YamlFields f) {
        String raw = f.string("frequency", false);
        if (raw == null) {
            return f.has("frequency") ? null : Frequency.daily(LocalTime.of(7, 0));
        }
        Frequency parsed = Frequency.parse(raw).orElse(null);
        if (parsed == null) {
            f.problem("frequency", "must be 'daily HH:mm' or 'weekly mon|tue|…|sun HH:mm', not '" + raw + "'");
        }
        return parsed;
    }

    /** Keywords are words or saved queries in search syntax; a query that does not parse is a config error. */
    private static List<String> keywords(YamlFields f) {
        List<String> keywords = f.strings("keywords");
        for (String k : keywords) {
            try {
                new QueryParser("text", new WhitespaceAnalyzer()).parse(k);
            } catch (ParseException | RuntimeException e) {
                f.problem("keywords", "is not a valid search query: '" + k + "' (check quotes and parentheses)");
            }
        }
        return keywords;
    }
}
