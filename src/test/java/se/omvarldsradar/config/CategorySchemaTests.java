package se.omvarldsradar.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategorySchemaTests {

    @Test
    void shippedCategoriesHaveTermsInBothLanguages() {
        RadarConfig config = ConfigLoader.load(Path.of("feeds.yml"));

        assertThat(config.sectors()).extracting(CategoryDefinition::id)
                .containsExactly("logistics", "radio-electronics-gis", "industry", "hospitality", "trade");
        assertThat(config.focus()).extracting(CategoryDefinition::id)
                .containsExactly("business", "social", "environment", "education");
        assertThat(config.category("education").orElseThrow().programmes()).contains("Erasmus+");
        assertThat(config.sectors()).allSatisfy(c -> {
            assertThat(c.terms().get("sv")).isNotEmpty();
            assertThat(c.terms().get("en")).isNotEmpty();
            assertThat(c.titleWeight()).isEqualTo(CategoryDefinition.DEFAULT_TITLE_WEIGHT);
        });
    }

    @Test
    void readsTitleWeightAndNegativeTerms(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                sources: []
                sectors:
                  - id: trade
                    label: {sv: Handel, en: Trade}
                    threshold: 2.5
                    titleWeight: 3
                    terms:
                      sv: [handel^3, "narkotikahandel^0", tull^-1]
                """);

        CategoryDefinition trade = ConfigLoader.load(file).sectors().getFirst();

        assertThat(trade.titleWeight()).isEqualTo(3.0);
        assertThat(trade.threshold()).isEqualTo(2.5);
        assertThat(trade.terms().get("sv")).extracting(CategoryDefinition.WeightedTerm::weight).containsExactly(3.0, 0.0, -1.0);
    }

    @Test
    void reportsUnknownKeysAndBadNumbersWithTheirLines(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                sources: []
                focus:
                  - id: social
                    label: {sv: Social, en: Social}
                    threshold: 0
                    titleWeight: 0.5
                    negative: [x]
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining(":5: focus[0].threshold")
                .hasMessageContaining(":6: focus[0].titleWeight")
                .hasMessageContaining(":7: focus[0].negative: unknown key");
    }

    private static Path write(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
