package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SeenChangesTests {

    @Test
    void keepsExactlyTheSequencesItWasGivenThroughItsStoredText() {
        SeenChanges seen = SeenChanges.decode(SeenChanges.of(List.of(1_000_007L, 1_000_003L, 1_000_010L)).encode());
        assertThat(LongStream.rangeClosed(999_990, 1_000_020).filter(seen::contains).boxed().toList())
                .containsExactly(1_000_003L, 1_000_007L, 1_000_010L);
        assertThat(seen.contains(-1)).isFalse();
        assertThat(seen.contains(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void nothingSeenIsStoredAsNullAndReadBackAsNothing() {
        assertThat(SeenChanges.of(List.of()).encode()).isNull();
        assertThat(SeenChanges.decode(null).contains(0)).isFalse();
        assertThat(SeenChanges.decode("").seqs().isEmpty()).isTrue();
    }

    /** Too large to keep (a bulk change just before the digest): not kept, so the look-back reads as without it. */
    @Test
    void aSetTooLargeForItsColumnIsNotKept() {
        SeenChanges huge = SeenChanges.of(List.of(1L, 8L * SeenChanges.MAX_TEXT));
        assertThat(huge.contains(8L * SeenChanges.MAX_TEXT)).isTrue();
        assertThat(huge.encode()).isNull();
        assertThat(SeenChanges.of(List.of(1L, Integer.MAX_VALUE + 10L))).isEqualTo(SeenChanges.NONE);
    }
}
