package se.omvarldsradar.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTests {
    private static final String VALID_SOURCE = """
              - id: eu-news
                name: EU news
                kind: news
                type: feed
                url: https://example.org/feed.xml
                every: 6h
            """;

    @TempDir
    Path dir;

    @Test
    void acceptsTheShippedFeedsYml() {
        RadarConfig config = ConfigLoader.load(Path.of("feeds.yml"));
        assertThat(config.sources()).hasSizeGreaterThan(10);
        assertThat(config.sectors()).extracting(CategoryDefinition::id)
                .containsExactly("logistics", "radio-electronics-gis", "industry", "hospitality", "trade");
        assertThat(config.focus()).extracting(CategoryDefinition::id)
                .containsExactly("business", "social", "environment", "education");
        assertThat(config.contacts()).isNotEmpty();
    }

    @Test
    void readsSchedulesKindsAndContacts() throws IOException {
        RadarConfig config = ConfigLoader.load(write("""
                sources:
                  - id: a
                    name: A
                    kind: call
                    type: feed
                    url: https://example.org/a.xml
                    cron: "0 15 6 * * ?"
                    enabled: false
                departments:
                  - name: Hamnen
                    contacts:
                      - name: Sara
                        email: sara@example.org
                        frequency: weekly thu 08:30
                """));
        SourceDefinition a = config.sources().getFirst();
        assertThat(a.kind()).isEqualTo(ItemKind.CALL);
        assertThat(a.schedule().cron()).isEqualTo("0 15 6 * * ?");
        assertThat(a.enabled()).isFalse();
        Contact sara = config.contacts().findFirst().orElseThrow();
        assertThat(sara.department()).isEqualTo("Hamnen");
        assertThat(sara.language()).isEqualTo("sv");
        assertThat(sara.frequency().cron()).isEqualTo("0 30 8 ? * THU");
    }

    @Test
    void rejectsAnUnknownKeyWithItsLine() throws IOException {
        Path file = write("sources:\n" + VALID_SOURCE + "    colour: blue\n");
        assertProblem(file, 8, "sources[0].colour", "unknown key");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing required field | name: EU news       | ''                          | 2 | sources[0].name  | required field is missing
            bad url                | url: https://example.org/feed.xml | 'url: ftp://example.org/x' | 6 | sources[0].url   | absolute http(s) URL
            bad interval           | every: 6h           | 'every: sometimes'          | 7 | sources[0].every | interval such as
            bad cron               | every: 6h           | 'cron: "61 * * * * ?"'      | 7 | sources[0].cron  | not a valid Quartz cron
            bad kind               | kind: news          | 'kind: rumour'              | 4 | sources[0].kind  | call, news or bulletin
            """)
    void namesLineAndFieldOfEachSourceProblem(String title, String original, String replacement, int line, String field,
            String message) throws IOException {
        String yaml = "sources:\n" + VALID_SOURCE.replace(original, replacement);
        assertProblem(write(yaml), line, field, message);
    }

    @Test
    void aMissingFileIsNamedWithItsFullPath() {
        Path missing = dir.resolve("nowhere/feeds.yml");
        assertThatThrownBy(() -> ConfigLoader.load(missing)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("not found: there is no " + missing.toAbsolutePath())
                .hasMessageContaining("radar.config");
    }

    @Test
    void rejectsDuplicateIds() throws IOException {
        Path file = write("sources:\n" + VALID_SOURCE + VALID_SOURCE);
        assertProblem(file, 8, "sources[1].id", "duplicate id 'eu-news'");
    }

    @Test
    void rejectsABadEmail() throws IOException {
        Path file = write("sources:\n" + VALID_SOURCE + """
                departments:
                  - name: Kultur
                    contacts:
                      - name: Maria
                        email: maria-at-example.org
                """);
        assertProblem(file, 12, "departments[0].contacts[0].email", "not a valid e-mail address");
    }

    @Test
    void rejectsAContactsCategoryThatIsNotDefined() throws IOException {
        Path file = write("sources:\n" + VALID_SOURCE + """
                sectors:
                  - id: logistics
                    label: {sv: Logistik, en: Logistics}
                    terms: {sv: [hamn]}
                departments:
                  - name: Kultur
                    contacts:
                      - name: Maria
                        email: maria@example.org
                        sectors: [hospitality]
                """);
        assertProblem(file, 13, "departments[0].contacts[0].sectors", "unknown category 'hospitality' (known: logistics)");
    }

    /** A file without categories once passed, and its contacts then matched nothing, without a word. */
    @Test
    void rejectsCategoriesNamedWhenTheFileDefinesNone() throws IOException {
        Path file = write("sources:\n" + VALID_SOURCE.replace("    every: 6h\n", "    every: 6h\n    focus: [education]\n") + """
                departments:
                  - name: Kultur
                    contacts:
                      - name: Maria
                        email: maria@example.org
                        sectors: [logistics]
                """);
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOfSatisfying(InvalidConfigException.class,
                e -> assertThat(e.problems()).extracting(ConfigProblem::field, ConfigProblem::message).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("sources[0].focus",
                                "unknown category 'education' (feeds.yml defines no focus: add a 'focus:' section)"),
                        org.assertj.core.groups.Tuple.tuple("departments[0].contacts[0].sectors",
                                "unknown category 'logistics' (feeds.yml defines no sectors: add a 'sectors:' section)")));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() throws IOException {
        Path file = write("sources:\n" + VALID_SOURCE.replace("kind: news", "kind: x").replace("every: 6h", "every: 0") + "extra: 1\n");
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOfSatisfying(InvalidConfigException.class,
                e -> assertThat(e.problems()).extracting(ConfigProblem::field)
                        .containsExactlyInAnyOrder("sources[0].kind", "sources[0].every", "extra"));
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws IOException {
        Path file = write("sources:\n  - id: a\n    name: [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("feeds.yml:");
    }

    private void assertProblem(Path file, int line, String field, String message) {
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOfSatisfying(InvalidConfigException.class, e -> {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(line);
                assertThat(p.field()).isEqualTo(field);
                assertThat(p.message()).contains(message);
            });
            assertThat(e.getMessage()).contains("feeds.yml:" + line + ": " + field);
        });
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
