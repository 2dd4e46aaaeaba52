package se.omvarldsradar.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.classify.Tags.Tag;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;

class TaggerTests {
    private final Tagger tagger = TestConfig.CLASSIFIERS.tagger();

    private static ExtractedItem item(String title, String text, String language) {
        return new ExtractedItem("id", null, title, text, null, null, language, List.of(), null);
    }

    private static Tag tag(List<Tag> tags, String category) {
        return tags.stream().filter(t -> t.category().equals(category)).findFirst().orElse(null);
    }

    @Test
    void tagsSwedishFreightAndPortCallAsLogisticsNotHospitality() {
        Tags tags = tagger.tag(item("Utlysning: järnvägsgods och hamnterminaler i Gävleborg",
                "Stöd till intermodala transporter, logistikcentrum och hamnar.", "sv"), TagHints.NONE);

        assertThat(tags.language()).isEqualTo("sv");
        assertThat(tags.sectorIds()).contains("logistics").doesNotContain("hospitality");
    }

    @Test
    void tagsSwedishVisitorEconomyAsHospitalityNotLogistics() {
        Tags tags = tagger.tag(item("Evenemang och besöksnäring",
                "Turism, möten och värdskap för internationella besökare.", "sv"), TagHints.NONE);

        assertThat(tags.sectorIds()).contains("hospitality").doesNotContain("logistics");
    }

    @Test
    void explainsTagsWithTheConfiguredTermsThatMatchedIncludingCompoundParts() {
        Tags tags = tagger.tag(item("Godstransporter via hamnterminaler", "Stöd till intermodal transport.", "sv"),
                TagHints.NONE);

        Tag logistics = tag(tags.sectors(), "logistics");
        assertThat(logistics).isNotNull();
        // "godstransporter" is stemmed to the term "godstransport"; "hamnterminaler" is split into hamn + terminal
        assertThat(logistics.because()).contains("godstransport", "hamn", "terminal", "intermodal");
        assertThat(logistics.score()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void explainsEnglishTagsWithStemmedTermsAndPhrases() {
        Tags tags = tagger.tag(item("Rail freight corridors and inland ports",
                "Projects on the trans-European transport network improving intermodal terminals.", "en"),
                TagHints.NONE);

        assertThat(tag(tags.sectors(), "logistics").because())
                .contains("rail freight", "port", "intermodal", "trans-European transport network");
    }

    @Test
    void aCompoundThatNamesSomethingElseDoesNotCountItsPart() {
        // narkotikahandel is drug trafficking, not trade, although it ends in "handel"
        Tags tags = tagger.tag(item("EU:s handlingsplan mot narkotikahandel", "Meddelande från kommissionen.", "sv"),
                TagHints.NONE);

        assertThat(tags.sectorIds()).doesNotContain("trade");
        assertThat(tags.focusIds()).contains("social");
    }

    @Test
    void wordsInsideAMatchedPhraseDoNotCountTwice() {
        Tags tags = tagger.tag(item("Free trade agreement", "", "en"), TagHints.NONE);

        assertThat(tag(tags.sectors(), "trade").because()).containsExactlyInAnyOrder("free trade", "trade agreement");
    }

    @Test
    void sourceDefaultsTagEveryItemAndSayWhy() {
        Tags tags = tagger.tag(item("Nyheter", "Allmän information.", "sv"),
                new TagHints(List.of(), List.of("education"), "sv"));

        assertThat(tag(tags.focus(), "education").because()).containsExactly("source");
    }

    @Test
    void programmeOfTheCallTagsItsCategory() {
        CallDetails call = new CallDetails("ERASMUS-EDU-2026-PI", null, "Erasmus+", null, null, null, List.of(), null, null);
        Tags tags = tagger.tag(item("Cooperation partnerships", "Lump sum grants.", "en").withCall(call), TagHints.NONE);

        assertThat(tag(tags.focus(), "education").because()).contains("programme Erasmus+");
    }

    @Test
    void passingMentionIsNotEnough() {
        Tags tags = tagger.tag(item("Quantum computing platform technologies",
                "Develop trapped-ion quantum processors and their control software.", "en"), TagHints.NONE);

        assertThat(tags.sectors()).isEmpty();
        assertThat(tags.focus()).isEmpty();
    }

    @Test
    void tagsEachItemAgainWithTheSameResult() {
        ExtractedItem x = item("Hydrogen valleys for industrial decarbonisation", "Steel and chemicals plants.", "en");

        assertThat(tagger.tag(x, TagHints.NONE)).isEqualTo(tagger.tag(x, TagHints.NONE));
    }
}
