package se.omvarldsradar.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import se.omvarldsradar.config.ConfigLoader;
import se.omvarldsradar.config.InvalidConfigException;
import se.omvarldsradar.config.RadarConfig;

/** {@code check-config}: validates feeds.yml without starting anything; exit 0 when valid, 1 when not. */
final class CheckConfigCommand {
    private CheckConfigCommand() {
    }

    static int check(Path file, PrintStream out, PrintStream err) {
        try {
            RadarConfig c = ConfigLoader.load(file);
            out.printf("%s is valid: %d sources (%d enabled), %d sectors, %d focus areas, %d departments, %d contacts%n",
                    file, c.sources().size(), c.enabledSources().size(), c.sectors().size(), c.focus().size(),
                    c.departments().size(), c.contacts().count());
            return 0;
        } catch (InvalidConfigException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
