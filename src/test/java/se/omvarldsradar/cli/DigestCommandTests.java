package se.omvarldsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.digest.Alert;
import se.omvarldsradar.digest.DigestReport;

/** digest --now's lines: a saved search's digest under its owner's address and query, not its key. */
class DigestCommandTests {
    @Test
    void namesASavedSearchByItsOwnerAndQuery() {
        var report = new DigestReport("alert:f7dc52f1", "sent", 3, "digest-now-1");
        var alert = new Alert("f7dc52f1", "lisa@gavle.example", "hamn", Map.of(), "daily 07:00", "sv", Instant.EPOCH, true);
        assertThat(DigestCommand.named(report, Optional.of(alert)).line())
                .startsWith("lisa@gavle.example (alert \"hamn\")").contains("sent", "items=3").doesNotContain("alert:");
        var contact = new DigestReport("logistik@example.org", "skipped", 0, "nothing new");
        assertThat(DigestCommand.named(contact, Optional.empty())).isSameAs(contact);
    }
}
