package se.omvarldsradar.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTests {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00.250Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            120                           | 2026-03-02T10:02:01Z
            ' 5 '                         | 2026-03-02T10:00:06Z
            0                             | null
            Mon, 02 Mar 2026 10:05:00 GMT | 2026-03-02T10:05:00Z
            Mon, 02 Mar 2026 09:00:00 GMT | null
            99999999999                   | 2026-03-03T10:00:01Z
            Sat, 02 Mar 2030 10:00:00 GMT | 2026-03-03T10:00:01Z
            soon                          | null
            -5                            | null
            ''                            | null
            """)
    void readsSecondsAndHttpDates(String header, Instant expected) {
        assertThat(RetryAfter.parse(header, NOW)).isEqualTo(expected);
    }
}
