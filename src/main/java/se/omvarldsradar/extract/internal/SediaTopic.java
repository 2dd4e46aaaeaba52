package se.omvarldsradar.extract.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.CallDetails.CallStatus;
import se.omvarldsradar.extract.ExtractedItem;

/**
 * One result of the portal's search API as an item. Every {@code metadata} value is an array of strings;
 * {@code actions} and {@code budgetOverview} are JSON inside those strings.
 */
final class SediaTopic {
    static final String TOPIC_PAGE = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/";
    /** Grants, calls for proposals, cascade funding: the full topic records (type 6 are news about a topic). */
    private static final Set<String> TOPIC_TYPES = Set.of("1", "2", "8");
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final JsonMapper JSON = JsonMapper.shared();

    private SediaTopic() {
    }

    static String identifier(JsonNode result) {
        return first(result.path("metadata"), "identifier");
    }

    /** How good a copy of a topic is: a full topic record beats a news record, English beats other languages. */
    static int rank(JsonNode result) {
        JsonNode meta = result.path("metadata");
        String type = first(meta, "type");
        // Set.of rejects contains(null): copies of one topic without a type must still be ranked.
        return (type != null && TOPIC_TYPES.contains(type) ? 2 : 0)
                + ("en".equals(Text.firstNonBlank(first(meta, "language"), result.path("language").asString(""))) ? 1 : 0);
    }

    static ExtractedItem item(JsonNode result) {
        JsonNode meta = result.path("metadata");
        String id = identifier(result);
        String title = Text.plain(Text.firstNonBlank(first(meta, "title"), result.path("summary").asString(null)));
        String description = html(Text.firstNonBlank(first(meta, "descriptionByte"), first(meta, "description")));
        JsonNode action = parse(first(meta, "actions")).path(0);
        List<Instant> deadlines = new ArrayList<>();
        all(meta, "deadlineDate").forEach(d -> add(deadlines, instant(d)));
        action.path("deadlineDates").forEach(d -> add(deadlines, instant(d.asString(""))));
        String callId = first(meta, "callIdentifier");
        String callTitle = first(meta, "callTitle");
        Instant start = instant(first(meta, "startDate"));
        Instant opening = start != null ? start : instant(action.path("plannedOpeningDate").asString(""));
        Budget budget = budget(id, first(meta, "budgetOverview"));
        CallDetails call = new CallDetails(id, callId == null ? callTitle : callTitle == null ? callId : callId + " – " + callTitle,
                Programmes.name(first(meta, "frameworkProgramme")), actionType(meta, action), status(meta, action),
                opening, deadlines, budget == null ? null : budget.amount(), budget == null ? null : "EUR");
        Set<String> keywords = new LinkedHashSet<>();
        keywords.addAll(all(meta, "keywords"));
        keywords.addAll(all(meta, "tags"));
        keywords.removeIf(k -> k.equals(id) || k.equals(callId) || k.isBlank());
        Instant published = opening != null ? opening : instant(first(meta, "es_SortDate"));
        return new ExtractedItem(id, TOPIC_PAGE + id, title, null, description, published,
                Text.firstNonBlank(first(meta, "language"), result.path("language").asString(null)),
                List.copyOf(keywords), call);
    }

    private static String actionType(JsonNode meta, JsonNode action) {
        String type = Text.firstNonBlank(first(meta, "typesOfAction"),
                action.path("types").path(0).path("typeOfAction").asString(null));
        return type == null ? null : type.replaceAll("\\s+", " ").strip();
    }

    private static CallStatus status(JsonNode meta, JsonNode action) {
        String code = Text.firstNonBlank(first(meta, "status"), action.path("status").path("id").asString(null));
        return code == null ? null : switch (code.strip()) {
            case "31094501" -> CallStatus.FORTHCOMING;
            case "31094502" -> CallStatus.OPEN;
            case "31094503" -> CallStatus.CLOSED;
            default -> null;
        };
    }

    private record Budget(long amount) {
    }

    /** The topic's own budget: budgetOverview lists every action of the call, so only this topic's rows count. */
    private static Budget budget(String id, String overview) {
        long sum = 0;
        boolean found = false;
        for (JsonNode rows : parse(overview).path("budgetTopicActionMap")) {
            for (JsonNode row : rows) {
                String action = row.path("action").asString("");
                if (id != null && (action.equals(id) || action.startsWith(id + " "))) {
                    for (JsonNode year : row.path("budgetYearMap")) {
                        try {
                            sum += Long.parseLong(year.asString("").strip());
                            found = true;
                        } catch (NumberFormatException e) {
                            // a year without a figure adds nothing
                        }
                    }
                }
            }
        }
        return found ? new Budget(sum) : null;
    }

    private static String html(String markup) {
        if (markup == null) {
            return null;
        }
        String text = TextLines.of(Jsoup.parseBodyFragment(markup).body());
        return text.isEmpty() ? null : text;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s, PORTAL_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // other shapes below
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void add(List<Instant> list, Instant i) {
        if (i != null && !list.contains(i)) {
            list.add(i);
        }
    }

    static String first(JsonNode meta, String key) {
        List<String> values = all(meta, key);
        return values.isEmpty() ? null : values.getFirst();
    }

    static List<String> all(JsonNode meta, String key) {
        JsonNode n = meta.path(key);
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(v -> {
                if (v.isValueNode() && !v.isNull()) {
                    out.add(v.asString());
                }
            });
        } else if (n.isValueNode() && !n.isNull()) {
            out.add(n.asString());
        }
        return out;
    }
}
