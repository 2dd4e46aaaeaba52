package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTests {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            27.01.2026 17:00                      | dd.MM.yyyy HH:mm | 2026-01-27T16:00:00Z
            15 mars 2026                          | d MMMM yyyy      | 2026-03-14T23:00:00Z
            1 maj 2026                            | d MMMM yyyy      | 2026-04-30T22:00:00Z
            15 Mars 2026                          | d MMMM yyyy      | 2026-03-14T23:00:00Z
            15 March 2026                         | d MMMM yyyy      | 2026-03-14T23:00:00Z
            3 december 2025                       | d MMMM yyyy      | 2025-12-02T23:00:00Z
            Sista ansökningsdag: 15 oktober 2026  | d MMMM yyyy      | 2026-10-14T22:00:00Z
            Deadline 2 June 2026, 12:00           | d MMMM yyyy      | 2026-06-01T22:00:00Z
            2026-03-15                            | d MMMM yyyy      | 2026-03-14T23:00:00Z
            2026-03-15T10:00:00+01:00             | d MMMM yyyy      | 2026-03-15T09:00:00Z
            2026-03-15T10:00                      | d MMMM yyyy      | 2026-03-15T09:00:00Z
            Publicerad 2026-03-15                 | yyyy-MM-dd       | 2026-03-14T23:00:00Z
            """)
    void readsDatesInSwedishAndEnglishAsStockholmTime(String text, String pattern, String expected) {
        assertThat(Dates.parse(text, List.of(pattern), Dates.DEFAULT_ZONE, LocalTime.MIDNIGHT))
                .isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"'', d MMMM yyyy", "ingen datum här, d MMMM yyyy", "32.13.2026, dd.MM.yyyy", "15 mars, yyyy-MM-dd"})
    void givesNullWhenNoDateCanBeRead(String text, String pattern) {
        assertThat(Dates.parse(text, List.of(pattern), Dates.DEFAULT_ZONE, LocalTime.MIDNIGHT)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"15 mars 2026, 2026-03-15T22:59:00Z", "27.01.2026 17:00, 2026-01-27T16:00:00Z"})
    void putsADeadlineWithoutTimeAtTheEndOfTheDay(String text, String expected) {
        assertThat(Dates.parse(text, List.of("d MMMM yyyy", "dd.MM.yyyy HH:mm"), Dates.DEFAULT_ZONE, LocalTime.of(23, 59)))
                .isEqualTo(Instant.parse(expected));
    }
}
