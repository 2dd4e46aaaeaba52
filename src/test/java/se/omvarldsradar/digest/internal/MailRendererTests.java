package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class MailRendererTests {

    @Test
    void splicesEachSectionsEntriesWhereTheFramePutItsMarker() {
        String frame = "head\u00000\u0000mid\u00001\u0000tail";

        String body = MailRenderer.splice(frame, List.of("\u00000\u0000", "\u00001\u0000"), List.of("<a>", "<b>"));

        assertThat(body).isEqualTo("head<a>mid<b>tail");
    }

    @Test
    void entriesThatLookLikeALaterMarkerAreNotReplaced() {
        String frame = "\u00000\u0000|\u00001\u0000";

        String body = MailRenderer.splice(frame, List.of("\u00000\u0000", "\u00001\u0000"), List.of("\u00001\u0000", "x"));

        assertThat(body).isEqualTo("\u00001\u0000|x");
    }

    @Test
    void aFrameWithoutAPlaceForASectionIsRefused() {
        assertThatThrownBy(() -> MailRenderer.splice("no place", List.of("\u00000\u0000"), List.of("<a>")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("section 0");
    }
}
