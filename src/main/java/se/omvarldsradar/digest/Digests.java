package se.omvarldsradar.digest;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import se.omvarldsradar.digest.internal.AdminView;
import se.omvarldsradar.digest.internal.DigestRuns;
import se.omvarldsradar.digest.internal.DigestSender;
import se.omvarldsradar.digest.internal.Subscriptions;

/** Composes and delivers the recipients' digests, and what recipients and admins change about them. */
@Service
@EnableConfigurationProperties(DigestSettings.class)
public class Digests {
    private final DigestRuns runs;
    private final DigestSender sender;
    private final Subscriptions subscriptions;
    private final AdminView admin;

    Digests(DigestRuns runs, DigestSender sender, Subscriptions subscriptions, AdminView admin) {
        this.runs = runs;
        this.sender = sender;
        this.subscriptions = subscriptions;
        this.admin = admin;
    }

    /** Every contact's and alert's digest (or one contact's) now, whatever the schedule; then delivers. */
    public List<DigestReport> sendNow(Optional<String> contactEmail) {
        return runs.now(contactEmail);
    }

    /** The digests of every recipient whose frequency is this cron expression, for the current period. */
    public List<DigestReport> runDue(String cron) {
        return runs.due(cron);
    }

    /** Delivers whatever is due in the outbox (retries and abandoned claims included); returns how many were accepted. */
    public int deliverDue() {
        return sender.deliverDue();
    }

    /** The recipient (contact e-mail or {@code alert:ID}) a signed link was made for, if genuine and not expired. */
    public Optional<String> verify(String token) {
        return subscriptions.verify(token);
    }

    /** Stops the recipient's digests until they resume on the preferences page; an alert is deleted. */
    public void unsubscribe(String recipient) {
        subscriptions.unsubscribe(recipient);
    }

    /** A contact's settings in force: feeds.yml with their own choices applied. */
    public Optional<Preferences> preferences(String email) {
        return subscriptions.preferences(email);
    }

    /** Saves a contact's choices; throws IllegalArgumentException for an invalid frequency. */
    public Preferences savePreferences(String email, Preferences preferences) {
        return subscriptions.save(email, preferences);
    }

    /** The newest digests in the outbox, failed ones first. */
    public List<OutboxEntry> recent(int limit) {
        return admin.recent(limit);
    }

    /** A contact's next digest, rendered but not recorded or sent. */
    public Optional<DigestPreview> preview(String email) {
        return runs.preview(email);
    }

    /** Queues a failed digest again; true if it was failed. */
    public boolean retry(String id) {
        return admin.retry(id);
    }
}
