package se.omvarldsradar.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.config.CategoryDefinition;

class EvaluationTests {

    @Test
    void computesPrecisionRecallAndMicroF1() {
        Evaluation e = new Evaluation(List.of("logistics", "social"));
        e.add(List.of("logistics"), List.of("logistics", "social"));
        e.add(List.of("social"), List.of());

        Evaluation.Report r = e.report();

        assertThat(r.categories().get(0).f1()).isEqualTo(1.0);
        assertThat(r.categories().get(1).precision()).isZero();
        assertThat(r.micro().precision()).isEqualTo(0.5);
        assertThat(r.micro().recall()).isEqualTo(0.5);
        assertThat(r.format()).contains("micro-F1 0.500");
    }

    @Test
    void tagsTheLabelledDevelopmentSetWellEnough() throws IOException {
        Path dev = TestConfig.samples().resolve("labelled/dev.jsonl");
        List<ClassifyLine> lines = Files.readAllLines(dev).stream().filter(l -> !l.isBlank()).map(ClassifyLine::parse).toList();
        List<String> categories = new ArrayList<>();
        TestConfig.CONFIG.sectors().stream().map(CategoryDefinition::id).forEach(categories::add);
        TestConfig.CONFIG.focus().stream().map(CategoryDefinition::id).forEach(categories::add);
        var classifiers = TestConfig.CLASSIFIERS;

        Evaluation.Report report = new LineClassifier(classifiers.tagger(), classifiers.callDetails())
                .evaluate(lines, categories);

        assertThat(report.items()).isEqualTo(lines.size());
        assertThat(report.microF1()).as(report.format()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.categories()).as(report.format()).allSatisfy(s -> assertThat(s.f1()).isGreaterThanOrEqualTo(0.7));
        assertThat(report.micro().support()).isCloseTo(571, within(0));
    }
}
