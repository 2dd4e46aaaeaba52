package se.omvarldsradar.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The third-party samples in {@code shared/samples}, read in place (never copied into the repository).
 * Found through the {@code radar.samples} system property, else {@code /work/shared/samples}, else
 * {@code ../shared/samples} from the working directory (a worktree sits one level deeper than the main
 * checkout, so the property's {@code ${project.basedir}/../shared/samples} can miss).
 */
public final class Samples {
    private static final Path ROOT = locate();

    private Samples() {
    }

    public static Path root() {
        return ROOT;
    }

    public static Path file(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("sample file missing: " + p);
        }
        return p;
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under the folder, sorted. */
    public static List<Path> filesUnder(String relative) {
        try (Stream<Path> s = Files.walk(ROOT.resolve(relative))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String property = System.getProperty("radar.samples");
        for (String candidate : new String[] {property, "/work/shared/samples", "../shared/samples"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "feeds"))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("The shared samples folder is missing: looked at -Dradar.samples=" + property
                + ", /work/shared/samples and ../shared/samples (from " + Path.of("").toAbsolutePath()
                + "). These tests read third-party samples in place; check out shared/samples next to the project"
                + " or pass -Dradar.samples=/path/to/samples.");
    }
}
