package se.omvarldsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTests {
    @Test
    void oneIsSingularAndEverythingElsePlural() {
        assertThat(Counted.of(1, "source", "sources")).isEqualTo("1 source");
        assertThat(Counted.of(0, "source", "sources")).isEqualTo("0 sources");
        assertThat(Counted.of(21, "digest", "digests")).isEqualTo("21 digests");
    }
}
