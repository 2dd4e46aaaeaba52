package se.omvarldsradar.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The validated content of {@code feeds.yml}: sources, categories and the departments with their contacts. */
public record RadarConfig(Path file, List<SourceDefinition> sources, List<CategoryDefinition> sectors,
        List<CategoryDefinition> focus, List<Department> departments) {

    public RadarConfig {
        sources = List.copyOf(sources);
        sectors = List.copyOf(sectors);
        focus = List.copyOf(focus);
        departments = List.copyOf(departments);
    }

    public Optional<SourceDefinition> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<SourceDefinition> enabledSources() {
        return sources.stream().filter(SourceDefinition::enabled).toList();
    }

    public Stream<Contact> contacts() {
        return departments.stream().flatMap(d -> d.contacts().stream());
    }

    public Optional<Contact> contact(String email) {
        return contacts().filter(c -> c.email().equalsIgnoreCase(email)).findFirst();
    }

    public Optional<CategoryDefinition> category(String id) {
        return Stream.concat(sectors.stream(), focus.stream()).filter(c -> c.id().equals(id)).findFirst();
    }
}
