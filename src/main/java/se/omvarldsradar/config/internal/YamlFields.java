package se.omvarldsradar.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import se.omvarldsradar.config.ConfigProblem;

/**
 * Reads one YAML mapping field by field, recording a {@link ConfigProblem} with file, line and field path for
 * anything missing, mistyped or unknown, so that one pass reports every problem.
 */
final class YamlFields {
    private final Problems problems;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlFields(Problems problems, String path, Node node) {
        this.problems = problems;
        this.path = path;
        this.node = node;
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    if (entries.containsKey(k.getValue())) {
                        problems.add(t.getKeyNode(), field(k.getValue()), "appears twice");
                    }
                    entries.put(k.getValue(), t);
                }
            }
        } else {
            problems.add(node, path, "expected a mapping of fields");
        }
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Node node(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    void rejectUnknown(Set<String> known) {
        for (var e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(e.getValue().getKeyNode(), field(e.getKey()),
                        "unknown key (expected one of " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    String string(String key, boolean required) {
        Node n = node(key);
        if (n == null) {
            if (required) {
                problems.add(node, field(key), "required field is missing");
            }
            return null;
        }
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        problems.add(n, field(key), required ? "must be a non-empty text" : "must be a text");
        return null;
    }

    boolean bool(String key, boolean fallback) {
        String v = string(key, false);
        if (v == null) {
            return fallback;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        problems.add(node(key), field(key), "must be true or false, not '" + v + "'");
        return fallback;
    }

    double number(String key, double fallback) {
        String v = string(key, false);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            problems.add(node(key), field(key), "must be a number, not '" + v + "'");
            return fallback;
        }
    }

    /** A list of texts; a single text is accepted as a one-element list. */
    List<String> strings(String key) {
        Node n = node(key);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            }
            return out;
        }
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                } else {
                    problems.add(item, field(key), "each entry must be a text");
                }
            }
            return out;
        }
        problems.add(n, field(key), "must be a list of texts");
        return out;
    }

    /** Each entry of a sequence field, read with the given reader; missing field gives an empty list. */
    <T> List<T> list(String key, Function<YamlFields, T> reader) {
        Node n = node(key);
        List<T> out = new ArrayList<>();
        if (n == null || (n instanceof ScalarNode s && s.getValue().isEmpty())) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            problems.add(n, field(key), "must be a list");
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            T value = reader.apply(new YamlFields(problems, field(key) + "[" + i + "]", seq.getValue().get(i)));
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    YamlFields child(String key) {
        Node n = node(key);
        return n == null ? null : new YamlFields(problems, field(key), n);
    }

    /** The mapping as plain Java values (maps, lists, texts), for type-specific options. */
    Map<String, Object> plain(Set<String> except) {
        Map<String, Object> out = new LinkedHashMap<>();
        entries.forEach((k, t) -> {
            if (!except.contains(k)) {
                out.put(k, plainValue(t.getValueNode()));
            }
        });
        return out;
    }

    private static Object plainValue(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        if (n instanceof SequenceNode seq) {
            return seq.getValue().stream().map(YamlFields::plainValue).toList();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            m.put(((ScalarNode) t.getKeyNode()).getValue(), plainValue(t.getValueNode()));
        }
        return m;
    }

    void problem(String key, String message) {
        Node n = node(key);
        problems.add(n == null ? node : n, field(key), message);
    }

    /** Collects problems for one file. */
    static final class Problems {
        private final String file;
        private final List<ConfigProblem> list = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void add(Node at, String field, String message) {
            list.add(new ConfigProblem(file, at.getStartMark().getLine() + 1, field, message));
        }

        void add(int line, String field, String message) {
            list.add(new ConfigProblem(file, line, field, message));
        }

        List<ConfigProblem> list() {
            return list;
        }
    }
}
