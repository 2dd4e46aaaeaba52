package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The texts of the pages and mails: both languages say everything, and counts agree with their nouns. */
class MessagesTests {
    private static final Locale SV = Locale.forLanguageTag("sv");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Properties sv = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).as("keys with no English text")
                .containsAll(sv.stringPropertyNames());
        assertThat(sv.stringPropertyNames()).as("keys with no Swedish text")
                .containsAll(en.stringPropertyNames());
    }

    @Test
    void oneResultIsSingular() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage("search.results", new Object[] {1L}, SV)).isEqualTo("1 träff");
        assertThat(messages.getMessage("search.results", new Object[] {2L}, SV)).isEqualTo("2 träffar");
        assertThat(messages.getMessage("search.results", new Object[] {0L}, SV)).isEqualTo("0 träffar");
        assertThat(messages.getMessage("search.results", new Object[] {1L}, Locale.ENGLISH)).isEqualTo("1 result");
        assertThat(messages.getMessage("search.results", new Object[] {12_345L}, Locale.ENGLISH)).isEqualTo("12,345 results");
        assertThat(messages.getMessage("sources.runAll.finished", new Object[] {1, 0, 1, "12:00"}, SV))
                .isEqualTo("Senaste \"Kör alla nu\" (klar 12:00): 1 källa hämtade, 0 med fel, 1 ny post.");
        assertThat(messages.getMessage("tags.retagged", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 item got new tags.");
        assertThat(messages.getMessage("config.counts", new Object[] {3, 2, 1}, SV)).isEqualTo("3 källor (2 påslagna), 1 kontaktperson");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
