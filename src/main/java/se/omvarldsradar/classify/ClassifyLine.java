package se.omvarldsradar.classify;

import java.util.ArrayList;
import java.util.List;

import se.omvarldsradar.extract.ExtractedItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One input line of {@code classify}: {@code {"id","title","text","lang"?}} and, for {@code --eval}, the gold
 * {@code "sector"} and {@code "focus"} labels (null when the line has none).
 */
public record ClassifyLine(String id, String title, String text, String lang, List<String> sector, List<String> focus) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads one JSON line; throws {@link IllegalArgumentException} naming what is wrong. */
    public static ClassifyLine parse(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return new ClassifyLine(text(n, "id"), text(n, "title"), text(n, "text"), text(n, "lang"),
                labels(n, "sector"), labels(n, "focus"));
    }

    /** The line as an extracted item; the text stands for the summary, the declared language is a hint. */
    public ExtractedItem item() {
        return new ExtractedItem(id, null, title, text, null, null, lang, List.of(), null);
    }

    /** Whether the line carries gold labels. */
    public boolean labelled() {
        return sector != null || focus != null;
    }

    /** Gold sectors and focus areas together. */
    public List<String> gold() {
        List<String> all = new ArrayList<>(sector == null ? List.of() : sector);
        all.addAll(focus == null ? List.of() : focus);
        return all;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> labels(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asString()));
        } else {
            out.add(v.asString());
        }
        return out;
    }
}
