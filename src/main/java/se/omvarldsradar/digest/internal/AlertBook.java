package se.omvarldsradar.digest.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.EmailAddress;
import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.digest.Alert;
import se.omvarldsradar.digest.DigestSettings;

/**
 * Saved searches as alerts. With no login yet, the owner is the e-mail address given in the form, proven by
 * the signed confirmation link mailed to it (double opt-in); the alert is mailed only after that. Owners
 * list and delete their alerts through a signed link too. When a login exists, the owner is the principal's
 * name and {@link #ownerOf(String)} is the one seam to replace.
 */
@Component
public class AlertBook {
    static final int MAX_PENDING = 10;

    private final AlertStore store;
    private final Outbox outbox;
    private final LinkSigner signer;
    private final MailRenderer renderer;
    private final DigestSender sender;
    private final DigestSettings settings;
    private final CurrentConfig config;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertBook(AlertStore store, Outbox outbox, LinkSigner signer, MailRenderer renderer, DigestSender sender,
            DigestSettings settings, CurrentConfig config, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.store = store;
        this.outbox = outbox;
        this.signer = signer;
        this.renderer = renderer;
        this.sender = sender;
        this.settings = settings;
        this.config = config;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Saves a search as a pending alert and queues the confirmation mail. Throws IllegalArgumentException
     * naming the bad field: {@code email}, {@code query}, {@code frequency} or {@code pending} (too many unconfirmed).
     */
    @Transactional
    public Alert request(String owner, String query, Map<String, List<String>> filters, String frequency, String language) {
        String email = owner == null ? "" : owner.strip();
        if (!EmailAddress.isValid(email)) {
            throw new IllegalArgumentException("email");
        }
        Frequency f = Frequency.parse(frequency).orElseThrow(() -> new IllegalArgumentException("frequency"));
        String q = query == null ? "" : query.strip();
        try {
            if (q.length() > 1000 || QueryFields.search(q, filters) == null) {
                throw new IllegalArgumentException("query");
            }
        } catch (org.apache.lucene.queryparser.classic.ParseException | RuntimeException e) {
            throw new IllegalArgumentException("query");
        }
        if (store.pendingOf(email) >= MAX_PENDING) {
            throw new IllegalArgumentException("pending");
        }
        String lang = "en".equals(language) ? "en" : "sv";
        Instant now = clock.instant();
        Alert alert = store.create(email, q, filters, f.toString(), lang, now);
        queueConfirmation(alert, now);
        return alert;
    }

    /** Delivers queued confirmation mails off the request thread. */
    public void deliverSoon() {
        Thread.ofVirtual().start(sender::deliverDue);
    }

    /** The pending alert a confirmation link was made for. */
    public Optional<Alert> toConfirm(String token) {
        return signer.verify(token).filter(s -> s.startsWith("confirm:")).flatMap(s -> store.find(s.substring(8)));
    }

    /** Activates the alert; its first digest has what is new after the confirmation was asked for. */
    public Optional<Alert> confirm(String token) {
        Optional<Alert> a = toConfirm(token);
        a.ifPresent(x -> {
            store.confirm(x.id(), clock.instant());
            events.publishEvent(new RecipientsChanged());
        });
        return a.flatMap(x -> store.find(x.id()));
    }

    /** The owner a signed "my alerts" link was made for. The seam for a login: the principal's name instead. */
    public Optional<String> ownerOf(String token) {
        return signer.verify(token).filter(s -> s.startsWith("owner:")).map(s -> s.substring(6));
    }

    /** The alert a digest recipient key ({@code alert:ID}) stands for, if it is one and still exists. */
    public Optional<Alert> ofRecipient(String key) {
        return key != null && key.startsWith(Recipient.ALERT) ? store.find(key.substring(Recipient.ALERT.length()))
                : Optional.empty();
    }

    public List<Alert> owned(String owner) {
        return store.byOwner(owner);
    }

    /** The signed link to the owner's list of alerts. */
    public String manageToken(String owner) {
        return signer.sign(Recipient.owner(owner));
    }

    @Transactional
    public boolean delete(String owner, String id) {
        boolean deleted = store.find(id).filter(a -> a.ownerEmail().equalsIgnoreCase(owner)).map(a -> store.delete(id)).orElse(false);
        if (deleted) {
            outbox.setPaused(Recipient.ALERT + id, true);
            events.publishEvent(new RecipientsChanged());
        }
        return deleted;
    }

    private void queueConfirmation(Alert a, Instant now) {
        String base = config.settings().baseUrl();
        String lang = a.language();
        String confirm = SearchLinks.signed(base + "/alerts/confirm", signer.sign("confirm:" + a.id()), lang);
        String manage = SearchLinks.signed(base + "/alerts", manageToken(a.ownerEmail()), lang);
        String unsubscribe = SearchLinks.signed(base + "/unsubscribe", signer.sign(Recipient.ALERT + a.id()), lang);
        MailRenderer.Bodies b = renderer.render("alert-confirm", lang, Map.of("a", a,
                "frequency", renderer.frequency(a.frequency(), lang), "confirmUrl", confirm, "manageUrl", manage,
                "searchUrl", SearchLinks.saved(base, Recipients.of(a))));
        String subject = renderer.message("mail.alert.subject", a.language(), a.query());
        String id = DigestWriter.digestId(Recipient.ALERT + a.id(), "confirm");
        String messageId = "<" + id + "@omvarldsradar>";
        try {
            MimeMessage m = DigestMessage.build(messageId, settings.from(), a.ownerEmail(), subject, b.text(), b.html(), unsubscribe);
            outbox.record(id, Recipient.ALERT + a.id(), "confirm", messageId, subject, DigestMessage.serialise(m), List.of(),
                    java.util.Set.of(), List.of(), now);
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException("Could not build the confirmation mail", e);
        }
    }
}
