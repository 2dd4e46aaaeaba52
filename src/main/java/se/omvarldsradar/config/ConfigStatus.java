package se.omvarldsradar.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The configuration in force and the last attempt to reload it: when the file in force was loaded, when it was
 * last read, and the problems of that last read (empty when it was good). With problems, the previous
 * configuration stays in force.
 */
public record ConfigStatus(Path file, Instant loadedAt, Instant checkedAt, List<ConfigProblem> problems) {

    public ConfigStatus {
        problems = List.copyOf(problems);
    }

    /** Whether the file on disk is the configuration in force. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
