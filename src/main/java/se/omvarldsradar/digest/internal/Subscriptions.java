package se.omvarldsradar.digest.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.digest.Preferences;

/**
 * What a recipient changes with the signed link in their digest, without logging in: unsubscribe (one
 * click), pause and resume, frequency and categories. The choices are kept in the database over feeds.yml.
 */
@Component
public class Subscriptions {
    private final LinkSigner signer;
    private final Outbox outbox;
    private final RecipientState state;
    private final Recipients recipients;
    private final PreferenceStore store;
    private final AlertStore alerts;
    private final CurrentConfig config;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Subscriptions(LinkSigner signer, Outbox outbox, RecipientState state, Recipients recipients, PreferenceStore store,
            AlertStore alerts, CurrentConfig config, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.signer = signer;
        this.outbox = outbox;
        this.state = state;
        this.recipients = recipients;
        this.store = store;
        this.alerts = alerts;
        this.config = config;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The recipient (contact e-mail or {@code alert:ID}) a genuine, unexpired link was made for. */
    public Optional<String> verify(String token) {
        return signer.verify(token).filter(s -> s.contains("@") && !s.contains(":") || s.startsWith(Recipient.ALERT));
    }

    /** Stops a contact's digests (and cancels what waits in the outbox), or deletes an alert. */
    @Transactional
    public void unsubscribe(String key) {
        if (key.startsWith(Recipient.ALERT)) {
            alerts.delete(key.substring(Recipient.ALERT.length()));
            events.publishEvent(new RecipientsChanged());
        }
        outbox.setPaused(key.toLowerCase(Locale.ROOT), true);
    }

    /** A contact's settings as in force: feeds.yml with their choices applied. */
    public Optional<Preferences> preferences(String email) {
        return recipients.contact(email).map(r -> new Preferences(r.email(), r.profile().name(), r.profile().language(),
                state.paused(r.key()), r.profile().frequency().toString(), r.profile().sectors(), r.profile().focus(),
                r.profile().kinds().stream().map(ItemKind::id).toList()));
    }

    /** Saves a contact's choices; unknown categories and kinds are dropped, an invalid frequency refused. */
    @Transactional
    public Preferences save(String email, Preferences p) {
        Frequency f = Frequency.parse(p.frequency()).orElseThrow(() -> new IllegalArgumentException("frequency"));
        List<String> sectors = p.sectors().stream().filter(s -> config.get().sectors().stream().anyMatch(c -> c.id().equals(s))).toList();
        List<String> focus = p.focus().stream().filter(s -> config.get().focus().stream().anyMatch(c -> c.id().equals(s))).toList();
        List<String> kinds = p.kinds().stream().filter(k -> List.of("call", "news", "bulletin").contains(k)).toList();
        store.save(email, new PreferenceStore.Override(f.toString(), sectors, focus, kinds), clock.instant());
        outbox.setPaused(email.toLowerCase(Locale.ROOT), p.paused());
        events.publishEvent(new RecipientsChanged());
        return preferences(email).orElseThrow();
    }
}
