package se.omvarldsradar.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.omvarldsradar.digest.Alert;
import se.omvarldsradar.digest.Alerts;
import se.omvarldsradar.digest.DigestReport;
import se.omvarldsradar.digest.Digests;

/** {@code digest --now [--contact EMAIL]}: every contact's digest at once, one line per contact. */
@Command(name = "digest", description = "Compose and deliver digests now, whatever their schedule.")
class DigestCommand implements Callable<Integer> {
    private final Digests digests;
    private final Alerts alerts;

    @Option(names = "--now", description = "Send now (the only mode from the command line).")
    boolean now;

    @Option(names = "--contact", paramLabel = "EMAIL", description = "Only this contact.")
    String contact;

    DigestCommand(Digests digests, Alerts alerts) {
        this.digests = digests;
        this.alerts = alerts;
    }

    @Override
    public Integer call() {
        var reports = digests.sendNow(Optional.ofNullable(contact));
        if (contact != null && reports.isEmpty()) {
            System.err.println("No contact with e-mail " + contact + " in the configuration");
            return 1;
        }
        reports.forEach(r -> System.out.println(named(r).line()));
        long errors = reports.stream().filter(r -> r.outcome().equals("error")).count();
        System.out.printf("%s, %s sent, %s%n", Counted.of(reports.size(), "recipient", "recipients"),
                Counted.of(reports.stream().filter(r -> r.outcome().equals("sent")).count(), "digest", "digests"),
                Counted.of(errors, "error", "errors"));
        return errors > 0 ? 1 : 0;
    }

    /** A saved search's report under its owner's address and query, not its key. */
    private DigestReport named(DigestReport r) {
        return named(r, alerts.ofRecipient(r.contact()));
    }

    static DigestReport named(DigestReport r, Optional<Alert> alert) {
        return alert.map(a -> new DigestReport(a.ownerEmail() + " (alert \"" + a.query() + "\")", r.outcome(), r.items(),
                r.detail())).orElse(r);
    }
}
