package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemIndexTests {

    @ParameterizedTest
    @ValueSource(strings = {"vätgas OR hamn", "\"grön vätgas\" OR elektrolys* OR hydrogen", "hamn* -hamnterminal",
            "[energi TO hamn]", "sector:logistics AND energi"})
    void termsAndConstantScorePatternsAreSearchedOverTheRun(String query) throws ParseException {
        assertThat(ItemIndex.sameAsPerItem(List.of(QueryFields.parse(query, "sv")))).isTrue();
    }

    /** Over the run a fuzzy term takes the 50 nearest of all the run's terms, which may leave out an item's own. */
    @ParameterizedTest
    @ValueSource(strings = {"vätgs~1", "hamn -vätgs~", "hamn OR (energi AND freigt~)"})
    void queriesWithFuzzyTermsAreMatchedItemByItem(String query) throws ParseException {
        assertThat(ItemIndex.sameAsPerItem(List.of(QueryFields.parse(query, "sv")))).isFalse();
    }
}
