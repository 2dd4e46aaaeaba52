package se.omvarldsradar.config.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.Department;
import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.config.ItemKind;

/** Reads one department and its contacts. */
final class DepartmentReader {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern FREQUENCY = Pattern.compile("(daily|weekly\\s+(mon|tue|wed|thu|fri|sat|sun))\\s+([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

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
        if (email != null && !EMAIL.matcher(email).matches()) {
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
                f.strings("programmes"), f.strings("keywords"), frequency, minRelevance, sendEmpty);
    }

    private static Frequency frequency(YamlFields f) {
        String raw = f.string("frequency", false);
        if (raw == null) {
            return f.has("frequency") ? null : Frequency.daily(LocalTime.of(7, 0));
        }
        Matcher m = FREQUENCY.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            f.problem("frequency", "must be 'daily HH:mm' or 'weekly mon|tue|…|sun HH:mm', not '" + raw + "'");
            return null;
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        return m.group(2) == null ? Frequency.daily(time) : new Frequency(DAYS.get(m.group(2)), time);
    }
}
