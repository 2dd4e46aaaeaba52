package se.omvarldsradar.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.omvarldsradar.classify.CallDetailsReader;
import se.omvarldsradar.classify.ClassifyLine;
import se.omvarldsradar.classify.LineClassifier;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.CurrentConfig;

/**
 * {@code classify [--eval]}: JSON lines in on stdin, one JSON line out per item; with {@code --eval} the
 * lines carry gold labels and the command prints precision, recall and F1 per category and micro-F1 instead.
 * Exit 1 when a line cannot be read (its number is named).
 */
@Command(name = "classify", description = "Tag JSON lines {id,title,text,lang?} from stdin; --eval scores them against gold labels.")
class ClassifyCommand implements Callable<Integer> {
    private final LineClassifier classifier;
    private final CurrentConfig config;

    @Option(names = "--eval", description = "Input lines carry gold sector/focus; print P/R/F1 per category and micro-F1.")
    boolean eval;

    ClassifyCommand(Tagger tagger, CallDetailsReader callDetails, CurrentConfig config) {
        this.classifier = new LineClassifier(tagger, callDetails);
        this.config = config;
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<ClassifyLine> lines = new ArrayList<>();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int number = 0;
        Instant now = Instant.now();
        try {
            for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                number++;
                if (raw.isBlank()) {
                    continue;
                }
                ClassifyLine line = ClassifyLine.parse(raw);
                if (eval) {
                    lines.add(line);
                } else {
                    out.println(LineClassifier.toJson(classifier.classify(line), now));
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("stdin line " + number + ": " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        if (eval) {
            var cfg = config.get();
            List<String> categories = Stream.concat(cfg.sectors().stream(), cfg.focus().stream())
                    .map(CategoryDefinition::id).toList();
            out.print(classifier.evaluate(lines, categories).format());
        }
        out.flush();
        return 0;
    }
}
