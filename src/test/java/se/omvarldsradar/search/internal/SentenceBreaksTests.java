package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Snippet sentence boundaries: those of the JDK's sentence iterator in ordinary text, walked every way. */
class SentenceBreaksTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hamnar växer. Gods på järnväg ökar! Nya terminaler? Ja.",
        "Stöd till järnvägsgods (hamnar). Logistikcentrum i Gävleborg.  Två mellanslag här.",
        "Ports and rail freight corridors grow. \"Green corridors,\" said the port. (Funding opens in March.) Apply now.",
        "Rubrik\nFörsta stycket börjar här. Andra meningen.\u2029Nästa värde i fältet.",
        "Ingen punkt alls i den här texten",
        "Version 2.0 av 3.5 miljoner kronor. Slut.",
        "Radbrytning\r\nmed vagnretur. Och mer.",
        "",
        "   Inledande mellanslag. Sedan text.   ",
        "Till exempel t.ex. hamnar och gods. Sedan mer. ok then. 3 st. hamnar.",
        "Vänta… Nu kommer det! Fråga?? Svar!! Slut.",
        "Citat: ”Hamnen växer.” Nästa mening. Den 12. Mars.",
        "Siffror 1. 2. 3. Punkter."})
    void findsTheBoundariesTheJdkFindsInEveryDirection(String text) {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        jdk.setText(text);
        SentenceBreaks ours = new SentenceBreaks();
        ours.setText(text);

        assertThat(forwards(ours)).isEqualTo(forwards(jdk));
        assertThat(backwards(ours)).isEqualTo(backwards(jdk));
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(ours.following(offset)).as("following(%d) in %s", offset, text).isEqualTo(jdk.following(offset));
            assertThat(ours.current()).isEqualTo(jdk.current());
            assertThat(ours.preceding(offset)).as("preceding(%d) in %s", offset, text).isEqualTo(jdk.preceding(offset));
            assertThat(ours.isBoundary(offset)).as("isBoundary(%d) in %s", offset, text).isEqualTo(jdk.isBoundary(offset));
        }
    }

    private static List<Integer> forwards(BreakIterator it) {
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    private static List<Integer> backwards(BreakIterator it) {
        List<Integer> out = new ArrayList<>();
        for (int b = it.last(); b != BreakIterator.DONE; b = it.previous()) {
            out.add(b);
        }
        return out;
    }
}
