package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.omvarldsradar.config.Schedule;

/** A source's schedule as the office reads it: "var 6:e timme", "every 6 hours". */
class SourceLabelsTests {
    private static final Locale SV = Locale.forLanguageTag("sv");
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    SourceLabelsTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void intervalsInSwedishAndEnglish() {
        assertThat(words(Duration.ofHours(6), SV)).isEqualTo("var 6:e timme");
        assertThat(words(Duration.ofHours(6), Locale.ENGLISH)).isEqualTo("every 6 hours");
        assertThat(words(Duration.ofHours(1), SV)).isEqualTo("varje timme");
        assertThat(words(Duration.ofHours(24), SV)).isEqualTo("varje dag");
        assertThat(words(Duration.ofDays(2), SV)).isEqualTo("var 2:a dag");
        assertThat(words(Duration.ofMinutes(30), Locale.ENGLISH)).isEqualTo("every 30 minutes");
        assertThat(words(Duration.ofMinutes(90), SV)).isEqualTo("var 90:e minut");
        assertThat(SourceLabels.schedule(Schedule.cron("0 0 6 ? * MON-FRI"), messages, SV)).isEqualTo("enligt schemat 0 0 6 ? * MON-FRI");
    }

    @Test
    void swedishOrdinals() {
        assertThat(SourceLabels.ordinal(1)).isEqualTo("1:a");
        assertThat(SourceLabels.ordinal(2)).isEqualTo("2:a");
        assertThat(SourceLabels.ordinal(3)).isEqualTo("3:e");
        assertThat(SourceLabels.ordinal(11)).isEqualTo("11:e");
        assertThat(SourceLabels.ordinal(12)).isEqualTo("12:e");
        assertThat(SourceLabels.ordinal(21)).isEqualTo("21:a");
        assertThat(SourceLabels.ordinal(22)).isEqualTo("22:a");
    }

    private String words(Duration every, Locale locale) {
        return SourceLabels.schedule(Schedule.every(every), messages, locale);
    }
}
