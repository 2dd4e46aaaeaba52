package se.omvarldsradar.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.digest.internal.DigestSender;
import se.omvarldsradar.digest.internal.DigestWriter;
import se.omvarldsradar.digest.internal.LinkSigner;

/** Composes and delivers the contacts' digests: on their schedule, or at once for {@code digest --now}. */
@Service
@EnableConfigurationProperties(DigestSettings.class)
public class Digests {
    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final CurrentConfig config;
    private final DigestWriter writer;
    private final DigestSender sender;
    private final LinkSigner signer;
    private final Clock clock;

    Digests(CurrentConfig config, DigestWriter writer, DigestSender sender, LinkSigner signer, Optional<Clock> clock) {
        this.signer = signer;
        this.config = config;
        this.writer = writer;
        this.sender = sender;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every contact's digest (or one contact's) now, whatever the schedule; then delivers. */
    public List<DigestReport> sendNow(Optional<String> contactEmail) {
        Instant now = clock.instant();
        String period = "now-" + HexFormat.of().toHexDigits(now.toEpochMilli());
        List<DigestReport> reports = new ArrayList<>();
        config.get().contacts().filter(c -> contactEmail.map(e -> e.equalsIgnoreCase(c.email())).orElse(true))
                .forEach(c -> reports.add(writer.compose(c, period, now)));
        return deliver(reports);
    }

    /** The digests of every contact whose frequency is this cron expression, for the current period. */
    public List<DigestReport> runDue(String cron) {
        Instant now = clock.instant();
        List<DigestReport> reports = new ArrayList<>();
        config.get().contacts().filter(c -> c.frequency().cron().equals(cron))
                .forEach(c -> reports.add(writer.compose(c, periodKey(c, now), now)));
        return deliver(reports);
    }

    /** The contact a signed link was made for, if the link is genuine and not expired. */
    public Optional<String> verify(String token) {
        return signer.verify(token);
    }

    /** Stops the contact's digests until they subscribe again. */
    public void unsubscribe(String email) {
        writer.unsubscribe(email);
    }

    /** Delivers whatever is due in the outbox (retries included); returns how many were accepted. */
    public int deliverDue() {
        return sender.deliverDue();
    }

    private List<DigestReport> deliver(List<DigestReport> reports) {
        int sent = sender.deliverDue();
        log.info("Digests: {} composed, {} delivered", reports.stream().filter(r -> r.outcome().equals("queued")).count(), sent);
        return reports.stream().map(r -> r.outcome().equals("queued") ? writer.afterDelivery(r) : r).toList();
    }

    static String periodKey(Contact c, Instant now) {
        var date = now.atZone(ZONE).toLocalDate();
        return c.frequency().weekly()
                ? "w" + date.get(IsoFields.WEEK_BASED_YEAR) + "-" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                : "d" + date;
    }
}
