package se.omvarldsradar.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.classify.ClassifyLine;
import se.omvarldsradar.classify.TestConfig;

/**
 * {@link TextCallDetails} does not search a text without a digit for call ids, dates or budgets: these tests
 * hold that none of their patterns can match without one, on the labelled real texts with their digits taken out.
 */
class CallTextTests {

    @Test
    void noIdentifierDateOrBudgetIsFoundInARealTextOnceItsDigitsAreTakenOut() throws IOException {
        List<String> texts = Files.readAllLines(TestConfig.samples().resolve("labelled/dev.jsonl")).stream()
                .filter(l -> !l.isBlank()).map(ClassifyLine::parse).map(l -> l.title() + "\n" + l.text()).toList();
        long withDigits = texts.stream().filter(TextCallDetails::hasDigit).count();
        long found = texts.stream().filter(t -> CallIds.find(t) != null || !DateFinder.find(t).isEmpty() || Budgets.find(t) != null)
                .count();
        assertThat(found).as("texts where something is found, with their digits").isGreaterThan(40).isLessThanOrEqualTo(withDigits);

        for (String text : texts) {
            String noDigits = text.codePoints().map(c -> Character.isDigit(c) ? 'x' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(TextCallDetails.hasDigit(noDigits)).isFalse();
            assertThat(CallIds.find(noDigits)).as(noDigits).isNull();
            assertThat(DateFinder.find(noDigits)).as(noDigits).isEmpty();
            assertThat(Budgets.find(noDigits)).as(noDigits).isNull();
        }
    }

    @Test
    void digitsOfAnyScriptCount() {
        assertThat(TextCallDetails.hasDigit("Budget ٣ miljoner kronor")).isTrue();
        assertThat(Budgets.find("Budgeten omfattar ٣ miljoner kronor")).isNotNull();
        assertThat(TextCallDetails.hasDigit("Inga siffror här, bara ord om hamnar och gods.")).isFalse();
        assertThat(TextCallDetails.hasDigit("Sista dag 12 mars")).isTrue();
    }
}
