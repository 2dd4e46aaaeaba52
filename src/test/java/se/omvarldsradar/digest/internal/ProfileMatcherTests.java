package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.Contact;

import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

class ProfileMatcherTests {
    static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    static final Item ITEM = new Item("i1", ItemKind.NEWS, "news", "https://example.org/1",
            "Gävle satsar på grön vätgas och hamnterminaler", "Elektrolysörer byggs vid hamnen i Gävle.", null, "sv", NOW,
            NOW, NOW, "NEW", List.of(), null,
            new Tags("sv", List.of(new Tags.Tag("logistics", 1.5, List.of("hamn"))), List.of()), 1);

    @ParameterizedTest(name = "keyword {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "hamn|true", // plain word: substring, so Swedish compounds match
            "flyg|false",
            "\"grön vätgas\"|true", // phrase, Swedish stemming
            "\"vätgas grön\"|false",
            "flygplats OR elektrolysörer|true",
            "vätgas -hamnterminaler|false",
            "hamnterminal*|true",
            "sector:logistics AND vätgas|true",
            "sector:hospitality|false",
            "kind:call|false",
            "(vätgas AND (flyg OR hamnterminaler))|true",
            "\"unbalanced|false"})
    void keywordsAreWordsOrSavedQueries(String keyword, boolean matches) {
        Contact c = new Contact("D", "N", "n@example.org", "sv", List.of(), List.of(), List.of(), List.of(), List.of(keyword),
                Frequency.daily(LocalTime.of(7, 0)), 0, false);
        assertThat(matches(Recipient.contact(c), ITEM)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "alert {0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "vätgas|sector=logistics|true",
            "vätgas|sector=hospitality|false",
            "''|kind=news|true",
            "vätgas|kind=call|false"})
    void alertsMatchTheirQueryAndFilters(String q, String filter, boolean matches) {
        String[] f = filter.split("=");
        Recipient r = new Recipient("alert:x", null, new Recipient.SavedSearch("x", q, Map.of(f[0], List.of(f[1]))));
        assertThat(matches(r, ITEM)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "sectors {0}, min {1} → {2}")
    @CsvSource({"logistics,1.0,true", "logistics,2.0,false", "hospitality,0,false"})
    void categoriesRespectMinimumRelevance(String sector, double min, boolean matches) {
        Contact c = new Contact("D", "N", "n@example.org", "sv", List.of(sector), List.of(), List.of(), List.of(), List.of(),
                Frequency.daily(LocalTime.of(7, 0)), min, false);
        assertThat(matches(Recipient.contact(c), ITEM)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "kinds {0} → {1}")
    @CsvSource({"'',true", "NEWS,true", "CALL,false"})
    void aProfileWithoutCriteriaFollowsEverythingOfItsKinds(String kinds, boolean matches) {
        Contact c = new Contact("D", "N", "n@example.org", "sv", List.of(), List.of(),
                kinds.isEmpty() ? List.of() : List.of(ItemKind.valueOf(kinds)), List.of(), List.of(),
                Frequency.daily(LocalTime.of(7, 0)), 5, false);
        assertThat(matches(Recipient.contact(c), ITEM)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "programme {0} → {1}")
    @CsvSource({"horizon EUROPE,true", "Horizon,false"})
    void programmesMatchWhateverTheirCase(String programme, boolean matches) {
        Item call = new Item("c1", ItemKind.CALL, "calls", "https://example.org/c1", "Call", null, null, "en", NOW, NOW, NOW,
                "NEW", List.of(), new CallDetails("C-1", null, "Horizon Europe", null, null, null, List.of(), null, null),
                new Tags("en", List.of(), List.of()), 2);
        Contact c = new Contact("D", "N", "n@example.org", "sv", List.of("logistics"), List.of(), List.of(), List.of(programme),
                List.of(), Frequency.daily(LocalTime.of(7, 0)), 0, false);
        assertThat(matches(Recipient.contact(c), call)).isEqualTo(matches);
    }

    private static boolean matches(Recipient r, Item item) {
        return ProfileMatcher.matching(r, new ItemSets(List.of(new ItemText(item, NOW)))).get(0);
    }
}
