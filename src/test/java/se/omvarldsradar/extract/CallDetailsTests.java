package se.omvarldsradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallDetailsTests {

    @ParameterizedTest(name = "deadlines [{0}] at {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-05-01T00:00:00Z 2026-03-01T00:00:00Z|2026-02-01T00:00:00Z|2026-03-01T00:00:00Z", // given unsorted
            "2026-03-01T00:00:00Z 2026-05-01T00:00:00Z|2026-04-01T00:00:00Z|2026-05-01T00:00:00Z",
            "2026-03-01T00:00:00Z 2026-05-01T00:00:00Z|2026-05-01T00:00:00Z|2026-05-01T00:00:00Z", // all passed: the last
            "2026-03-01T00:00:00Z|2026-06-01T00:00:00Z|2026-03-01T00:00:00Z",
            "''|2026-06-01T00:00:00Z|''"})
    void theNextDeadlineIsTheFirstNotYetPassedElseTheLast(String deadlines, String now, String expected) {
        List<Instant> all = deadlines.isEmpty() ? List.of() : Arrays.stream(deadlines.split(" ")).map(Instant::parse).toList();
        CallDetails call = new CallDetails("C-1", null, null, null, null, null, all, null, null);
        assertThat(call.nextDeadline(Instant.parse(now))).isEqualTo(expected.isEmpty() ? null : Instant.parse(expected));
    }
}
