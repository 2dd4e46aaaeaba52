package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalTimesTests {
    final LocalTimes times = new LocalTimes();

    @ParameterizedTest
    @CsvSource({
        "2026-11-26T23:32:10Z, 2026-11-27 00:32, 2026-11-27 00:32:10, 2026-11-27", // winter time, the next day in Sweden
        "2026-07-01T10:00:00Z, 2026-07-01 12:00, 2026-07-01 12:00:00, 2026-07-01", // summer time
        "2026-03-29T01:30:00Z, 2026-03-29 03:30, 2026-03-29 03:30:00, 2026-03-29"}) // just after the spring change
    void showsMomentsInSwedishTime(Instant at, String minute, String second, String day) {
        assertThat(times.minute(at)).isEqualTo(minute);
        assertThat(times.second(at)).isEqualTo(second);
        assertThat(times.day(at)).isEqualTo(day);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.NullSource
    void showsADashForNoMoment(Instant none) {
        assertThat(times.minute(none)).isEqualTo("–");
        assertThat(times.day(none)).isEqualTo("–");
    }
}
