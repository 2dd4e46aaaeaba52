package se.omvarldsradar.digest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.digest.DigestReport;
import se.omvarldsradar.digest.DigestSettings;
import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.Items;

/** Chooses a contact's new items, renders the digest and records it in the outbox. */
@Component
public class DigestWriter {
    private final Items items;
    private final Outbox outbox;
    private final DigestComposer composer;
    private final DigestSettings settings;

    DigestWriter(Items items, Outbox outbox, DigestComposer composer, DigestSettings settings) {
        this.items = items;
        this.outbox = outbox;
        this.composer = composer;
        this.settings = settings;
    }

    public DigestReport compose(Contact contact, String periodKey, Instant now) {
        String email = contact.email();
        if (outbox.unsubscribed(email)) {
            return new DigestReport(email, "paused", 0, "unsubscribed");
        }
        if (outbox.exists(email, periodKey)) {
            return new DigestReport(email, "done", 0, "already composed for " + periodKey);
        }
        List<Item> fresh = newItems(contact, now);
        if (fresh.isEmpty() && !contact.sendEmpty()) {
            return new DigestReport(email, "skipped", 0, "nothing new");
        }
        String id = digestId(email, periodKey);
        String messageId = "<" + id + "@omvarldsradar>";
        try {
            DigestComposer.Rendered r = composer.render(contact, fresh);
            MimeMessage m = DigestMessage.build(messageId, settings.from(), email, r.subject(), r.text(), r.html(),
                    r.unsubscribeUrl());
            outbox.record(id, email, periodKey, messageId, r.subject(), DigestMessage.serialise(m),
                    fresh.stream().map(Item::id).toList(), now);
            return new DigestReport(email, "queued", fresh.size(), id);
        } catch (Exception e) {
            return new DigestReport(email, "error", fresh.size(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public void unsubscribe(String email) {
        outbox.unsubscribe(email, true);
    }

    /** The report of a queued digest after a delivery attempt: sent, retrying or failed. */
    public DigestReport afterDelivery(DigestReport queued) {
        return outbox.status(queued.detail()).map(s -> new DigestReport(queued.contact(),
                s.status().equals("SENT") ? "sent" : s.status().equals("FAILED") ? "failed" : "retrying",
                queued.items(), s.error() == null ? queued.detail() : s.error())).orElse(queued);
    }

    /** Items stored since the contact's last digest (or the first look-back), not yet sent to them, that match. */
    List<Item> newItems(Contact contact, Instant now) {
        Instant since = outbox.lastDigest(contact.email()).orElse(now.minus(settings.firstLookback()));
        Set<String> sent = outbox.sentItems(contact.email());
        // A little overlap: items sent already are filtered out below, items stored during the last run are not lost.
        return items.changedSince(since.minus(java.time.Duration.ofMinutes(5))).stream()
                .filter(i -> !sent.contains(i.id()))
                .filter(i -> ProfileMatcher.matches(contact, i))
                .toList();
    }

    static String digestId(String email, String periodKey) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((email.toLowerCase() + "|" + periodKey)
                    .getBytes(StandardCharsets.UTF_8));
            return "digest-" + periodKey + "-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
