package se.omvarldsradar.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.omvarldsradar.extract.ExtractedItem;

class LanguageDetectionTests {
    private final Tagger tagger = TestConfig.CLASSIFIERS.tagger();

    @ParameterizedTest(name = "{0} (declared {1}) is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Regeringen föreslår att kommunerna får ett större ansvar för arbetsmarknadsinsatser och att staten ska bidra med finansiering under tre år. | - | sv
            The Commission proposes that member states coordinate their preparedness for health crises and share medical stock. | - | en
            The Commission proposes that member states coordinate their preparedness for health crises and share medical stock. | sv | en
            Regeringen föreslår att kommunerna får ett större ansvar för arbetsmarknadsinsatser och att staten ska bidra med finansiering. | en | sv
            La Commission propose aux États membres de coordonner leur préparation aux crises sanitaires et de partager les stocks. | - | other
            Regjeringen foreslår at kommunene får et større ansvar for arbeidsmarkedstiltak og at staten skal bidra med finansiering. | - | other
            EU4Health | sv | sv
            EU4Health | en | en
            """)
    void detectsTheLanguageAndUsesTheDeclaredOneOnlyAsAHint(String text, String declared, String expected) {
        ExtractedItem item = new ExtractedItem("id", null, null, text, null, null, null, List.of(), null);

        assertThat(tagger.tag(item, new TagHints(List.of(), List.of(), declared)).language()).isEqualTo(expected);
    }
}
