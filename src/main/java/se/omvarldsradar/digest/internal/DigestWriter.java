package se.omvarldsradar.digest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

import se.omvarldsradar.digest.DigestPreview;
import se.omvarldsradar.digest.DigestReport;
import se.omvarldsradar.digest.DigestSettings;

/** Selects and renders one recipient's digest, and records digests in the outbox. */
@Component
class DigestWriter {
    private final Outbox outbox;
    private final RecipientState state;
    private final DigestSelector selector;
    private final DigestComposer composer;
    private final MailRenderer renderer;
    private final DigestSettings settings;

    DigestWriter(Outbox outbox, RecipientState state, DigestSelector selector, DigestComposer composer,
            MailRenderer renderer, DigestSettings settings) {
        this.outbox = outbox;
        this.state = state;
        this.selector = selector;
        this.composer = composer;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** One recipient's digest composed but not yet recorded, or the report of why there is none. */
    record Draft(DigestReport report, Outbox.Entry entry) {
    }

    Draft draft(Recipient r, String periodKey, DigestRun run) {
        if (state.paused(r.key())) {
            return new Draft(new DigestReport(r.key(), "paused", 0, "unsubscribed or paused"), null);
        }
        if (outbox.exists(r.key(), periodKey)) {
            return new Draft(new DigestReport(r.key(), "done", 0, "already composed for " + periodKey), null);
        }
        DigestSelector.Selection s = selector.select(r, run);
        if (nothingToSend(r, s)) {
            return new Draft(new DigestReport(r.key(), "skipped", 0, "nothing new"), null);
        }
        String id = digestId(r.key(), periodKey);
        String messageId = "<" + id + "@omvarldsradar>";
        int count = s.count();
        try {
            DigestComposer.Composed c = composer.compose(r, s, run);
            MailRenderer.Bodies b = renderer.renderDigest(c.content(), run.rendered());
            MimeMessage m = DigestMessage.build(messageId, settings.from(), r.email(), c.subject(), b.text(), b.html(),
                    c.content().unsubscribeUrl());
            // Only a call the digest shows has been reminded of: one cut from a full section comes back next time.
            Set<String> shown = new HashSet<>(c.shown());
            List<RecipientState.Reminder> reminded = s.reminders().stream().filter(x -> shown.contains(x.itemId())).toList();
            return new Draft(new DigestReport(r.key(), "queued", count, id), new Outbox.Entry(id, r.key(), periodKey,
                    messageId, c.subject(), DigestMessage.serialise(m), c.shown(), s.shownBefore(), reminded, run.now(),
                    run.seen()));
        } catch (Exception e) {
            return new Draft(error(r.key(), count, e), null);
        }
    }

    /**
     * Records the drafts' digests in one transaction; when that fails, one by one, so that one digest at fault
     * (say, composed meanwhile by a CLI run beside the server) costs only its own report.
     */
    List<DigestReport> record(List<Draft> drafts) {
        List<Outbox.Entry> entries = drafts.stream().map(Draft::entry).filter(Objects::nonNull).toList();
        try {
            outbox.recordAll(entries);
            return drafts.stream().map(Draft::report).toList();
        } catch (RuntimeException batchFailed) {
            return drafts.stream().map(d -> {
                if (d.entry() == null) {
                    return d.report();
                }
                try {
                    outbox.recordAll(List.of(d.entry()));
                    return d.report();
                } catch (RuntimeException e) {
                    return error(d.report().contact(), d.report().items(), e);
                }
            }).toList();
        }
    }

    private static DigestReport error(String key, int count, Exception e) {
        return new DigestReport(key, "error", count, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** The digest the recipient would get now, rendered but neither recorded nor sent. */
    DigestPreview preview(Recipient r, DigestRun run) {
        DigestSelector.Selection s = selector.select(r, run);
        DigestComposer.Composed c = composer.compose(r, s, run);
        MailRenderer.Bodies b = renderer.renderDigest(c.content(), run.rendered());
        boolean paused = state.paused(r.key());
        return new DigestPreview(r.key(), s.count(), c.subject(), b.text(), b.html(), paused, !paused && !nothingToSend(r, s));
    }

    /** Nothing new for a recipient who does not want empty digests: none is sent. */
    private static boolean nothingToSend(Recipient r, DigestSelector.Selection s) {
        return s.isEmpty() && !r.profile().sendEmpty();
    }

    /** The report of a queued digest after a delivery attempt: sent, retrying or failed. */
    DigestReport afterDelivery(DigestReport queued) {
        return outbox.status(queued.detail()).map(st -> new DigestReport(queued.contact(),
                st.status().equals("SENT") ? "sent" : st.status().equals("FAILED") ? "failed" : "retrying",
                queued.items(), st.error() == null ? queued.detail() : st.error())).orElse(queued);
    }

    static String digestId(String key, String periodKey) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((key.toLowerCase() + "|" + periodKey)
                    .getBytes(StandardCharsets.UTF_8));
            return "digest-" + periodKey + "-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
