package se.omvarldsradar.config.internal;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quartz.CronExpression;

import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.config.Schedule;
import se.omvarldsradar.config.SourceDefinition;

/** Reads one entry of {@code sources:}. */
final class SourceReader {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,5})\\s*([smhd])");
    private static final Set<String> COMMON = Set.of("id", "name", "kind", "type", "url", "every", "cron", "enabled",
            "language", "sectors", "focus");
    /** Type-specific keys; their values are passed on as options to the extractor. */
    static final Map<String, Set<String>> TYPE_OPTIONS = Map.of(
            "feed", Set.of(),
            "html", Set.of("selectors", "dateFormats", "dateIs", "follow"),
            "eu-funding-tenders", Set.of("query", "text", "languages", "sort", "pageSize", "maxPages"),
            "sitemap", Set.of("include", "follow"));

    private SourceReader() {
    }

    static SourceDefinition read(YamlFields f) {
        String id = f.string("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            f.problem("id", "must be lower-case letters, digits and '-' (e.g. 'eu-ft-calls'), not '" + id + "'");
        }
        String name = f.string("name", true);
        ItemKind kind = kind(f);
        String type = f.string("type", true);
        Set<String> known = new HashSet<>(COMMON);
        if (type != null) {
            Set<String> typeKeys = TYPE_OPTIONS.get(type);
            if (typeKeys == null) {
                f.problem("type", "unknown type '" + type + "' (expected one of "
                        + String.join(", ", TYPE_OPTIONS.keySet().stream().sorted().toList()) + ")");
            } else {
                known.addAll(typeKeys);
            }
        }
        f.rejectUnknown(known);
        URI url = url(f, "url");
        Schedule schedule = schedule(f);
        boolean enabled = f.bool("enabled", true);
        String language = f.string("language", false);
        if (language != null && !Set.of("sv", "en").contains(language)) {
            f.problem("language", "must be sv or en, not '" + language + "'");
        }
        List<String> sectors = f.strings("sectors");
        List<String> focus = f.strings("focus");
        if ("html".equals(type) && f.has("dateIs")) {
            String dateIs = f.string("dateIs", false);
            if (!"published".equals(dateIs) && !"deadline".equals(dateIs)) {
                f.problem("dateIs", "must be published (the default) or deadline, not '" + dateIs + "'");
            }
        }
        Map<String, Object> options = f.plain(COMMON);
        if (id == null || name == null || kind == null || type == null || url == null || schedule == null) {
            return null;
        }
        return new SourceDefinition(id, name, kind, type, url, schedule, enabled, language, sectors, focus, options);
    }

    private static ItemKind kind(YamlFields f) {
        String kind = f.string("kind", true);
        if (kind == null) {
            return null;
        }
        try {
            return ItemKind.of(kind);
        } catch (IllegalArgumentException e) {
            f.problem("kind", "must be call, news or bulletin, not '" + kind + "'");
            return null;
        }
    }

    static URI url(YamlFields f, String key) {
        String raw = f.string(key, true);
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (Exception e) {
            // reported below
        }
        f.problem(key, "must be an absolute http(s) URL, not '" + raw + "'");
        return null;
    }

    private static Schedule schedule(YamlFields f) {
        boolean every = f.has("every");
        boolean cron = f.has("cron");
        if (every == cron) {
            f.problem(every ? "cron" : "every", every ? "give either 'every' or 'cron', not both"
                    : "required: a schedule as 'every: 6h' (s, m, h or d) or 'cron: \"0 0 6 * * ?\"' (Quartz cron)");
            return null;
        }
        if (every) {
            String raw = f.string("every", true);
            Duration d = raw == null ? null : interval(raw);
            if (raw != null && d == null) {
                f.problem("every", "must be an interval such as 30m, 6h or 1d, not '" + raw + "'");
            } else if (d != null && d.compareTo(Duration.ofMinutes(1)) < 0) {
                f.problem("every", "must be at least 1m to stay polite to the source");
                return null;
            }
            return d == null ? null : Schedule.every(d);
        }
        String expr = f.string("cron", true);
        if (expr != null && !CronExpression.isValidExpression(expr)) {
            f.problem("cron", "is not a valid Quartz cron expression (sec min hour day month weekday): '" + expr + "'");
            return null;
        }
        return expr == null ? null : Schedule.cron(expr);
    }

    static Duration interval(String raw) {
        Matcher m = INTERVAL.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
