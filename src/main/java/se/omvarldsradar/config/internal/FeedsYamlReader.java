package se.omvarldsradar.config.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.ConfigProblem;
import se.omvarldsradar.config.Department;
import se.omvarldsradar.config.InvalidConfigException;
import se.omvarldsradar.config.RadarConfig;
import se.omvarldsradar.config.SourceDefinition;

/** Parses feeds.yml into records, collecting every problem with its line before failing. */
public final class FeedsYamlReader {
    private static final Set<String> TOP = Set.of("sources", "sectors", "focus", "departments");

    private FeedsYamlReader() {
    }

    public static RadarConfig read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.toString();
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by YamlFields with the line
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(5 * 1024 * 1024);
            root = new Yaml(options).compose(in);
        } catch (MarkedYAMLException e) {
            throw new InvalidConfigException(List.of(new ConfigProblem(name, e.getProblemMark().getLine() + 1,
                    "(syntax)", e.getProblem())));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidConfigException(List.of(new ConfigProblem(name, 0, "(file)",
                    "not found: there is no " + file.toAbsolutePath().normalize() + " (radar.config, or --config on the"
                            + " command line, names the file; the repository's feeds.yml is a start)")));
        } catch (IOException e) {
            throw new InvalidConfigException(List.of(new ConfigProblem(name, 0, "(file)",
                    "cannot be read: " + e.getMessage())));
        }
        YamlFields.Problems problems = new YamlFields.Problems(name);
        if (root == null) {
            problems.add(1, "(file)", "is empty; expected sources, sectors, focus and departments");
            throw new InvalidConfigException(problems.list());
        }
        YamlFields top = new YamlFields(problems, "", root);
        top.rejectUnknown(TOP);
        if (!top.has("sources")) {
            problems.add(1, "sources", "required section is missing");
        }
        List<SourceDefinition> sources = top.list("sources", SourceReader::read);
        List<CategoryDefinition> sectors = top.list("sectors", CategoryReader::read);
        List<CategoryDefinition> focus = top.list("focus", CategoryReader::read);
        List<Department> departments = top.list("departments", DepartmentReader::read);
        checkUnique(top, "sources", sources.stream().map(SourceDefinition::id).toList(), problems);
        checkUnique(top, "sectors", sectors.stream().map(CategoryDefinition::id).toList(), problems);
        checkUnique(top, "focus", focus.stream().map(CategoryDefinition::id).toList(), problems);
        checkReferences(top, sectors, focus, sources, departments, problems);
        if (!problems.list().isEmpty()) {
            throw new InvalidConfigException(problems.list());
        }
        return new RadarConfig(file, sources, sectors, focus, departments);
    }

    private static void checkUnique(YamlFields top, String section, List<String> ids, YamlFields.Problems problems) {
        Set<String> seen = new HashSet<>();
        var seq = (org.yaml.snakeyaml.nodes.SequenceNode) top.node(section);
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.add(seq.getValue().get(i), section + "[" + i + "].id", "duplicate id '" + ids.get(i) + "'");
            }
        }
    }

    private static void checkReferences(YamlFields top, List<CategoryDefinition> sectors, List<CategoryDefinition> focus,
            List<SourceDefinition> sources, List<Department> departments, YamlFields.Problems problems) {
        Set<String> sectorIds = new HashSet<>(sectors.stream().map(CategoryDefinition::id).toList());
        Set<String> focusIds = new HashSet<>(focus.stream().map(CategoryDefinition::id).toList());
        Map<String, Set<String>> known = Map.of("sectors", sectorIds, "focus", focusIds);
        var srcSeq = (org.yaml.snakeyaml.nodes.SequenceNode) top.node("sources");
        for (int i = 0; i < sources.size() && srcSeq != null; i++) {
            var s = sources.get(i);
            unknownIds(problems, srcSeq.getValue().get(i), "sources[" + i + "]", "sectors", s.sectors(), known);
            unknownIds(problems, srcSeq.getValue().get(i), "sources[" + i + "]", "focus", s.focus(), known);
        }
        var depSeq = (org.yaml.snakeyaml.nodes.SequenceNode) top.node("departments");
        for (int d = 0; d < departments.size() && depSeq != null; d++) {
            var contacts = departments.get(d).contacts();
            for (int c = 0; c < contacts.size(); c++) {
                var at = depSeq.getValue().get(d);
                String path = "departments[" + d + "].contacts[" + c + "]";
                unknownIds(problems, at, path, "sectors", contacts.get(c).sectors(), known);
                unknownIds(problems, at, path, "focus", contacts.get(c).focus(), known);
            }
        }
    }

    /**
     * A category named but not defined is a problem, also when the file defines none of its kind: a contact or
     * source would otherwise silently match nothing.
     */
    private static void unknownIds(YamlFields.Problems problems, Node at, String path, String section, List<String> ids,
            Map<String, Set<String>> known) {
        Set<String> defined = known.get(section);
        for (String id : ids) {
            if (!defined.contains(id)) {
                problems.add(at, path + "." + section, "unknown category '" + id + "' " + (defined.isEmpty()
                        ? "(feeds.yml defines no " + section + ": add a '" + section + ":' section)"
                        : "(known: " + String.join(", ", defined.stream().sorted().toList()) + ")"));
            }
        }
    }
}
