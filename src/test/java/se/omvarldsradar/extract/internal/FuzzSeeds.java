package se.omvarldsradar.extract.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import se.omvarldsradar.extract.Samples;

/**
 * Seeds a long fuzzing run with the third-party samples: copies them into Jazzer's generated-corpus folders
 * ({@code .cifuzz-corpus/}, git-ignored), which {@code JAZZER_FUZZ=1} starts from. Nothing is copied into the
 * repository. Run it with {@code ./mvnw -q test-compile exec:java …} or from an IDE; see docs/fuzzing.md.
 */
public final class FuzzSeeds {
    private static final Map<String, List<String>> SAMPLES_PER_TARGET = Map.of(
            "feed", List.of("feeds", "html"),
            "htmlListing", List.of("html"),
            "euFundingTenders", List.of("sedia"));

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : ".cifuzz-corpus");
        int n = 0;
        for (var target : SAMPLES_PER_TARGET.entrySet()) {
            Path dir = corpus.resolve(ExtractorFuzzTests.class.getName()).resolve(target.getKey());
            Files.createDirectories(dir);
            for (String folder : target.getValue()) {
                for (Path file : Samples.filesUnder(folder)) {
                    String name = Samples.root().relativize(file).toString().replace('/', '_');
                    Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    n++;
                }
            }
        }
        System.out.println("Seeded " + n + " sample files into " + corpus.toAbsolutePath());
    }
}
