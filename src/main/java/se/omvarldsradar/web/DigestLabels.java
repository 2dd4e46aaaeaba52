package se.omvarldsradar.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.digest.DigestReport;

/**
 * Digest facts as the office reads them on its pages, in the page's language: a frequency as "Varje måndag
 * kl. 07:00" rather than feeds.yml's {@code weekly mon 07:00}, an outbox status as "Skickad" rather than
 * {@code SENT}, a run's outcome per contact as a sentence ({@code ${@digestLabels.status(d.status, #locale)}}).
 */
@Component("digestLabels")
public class DigestLabels {
    private final MessageSource messages;

    DigestLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** "Varje dag kl. 07:00", "Varje måndag kl. 07:00"; a text that is no frequency as it is. */
    public String frequency(String text, Locale locale) {
        return Frequency.inWords(text, messages, locale);
    }

    /** An outbox status (PENDING, SENDING, SENT, FAILED, CANCELLED) in words. */
    public String status(String status, Locale locale) {
        return messages.getMessage("digest.status." + status, null, status, locale);
    }

    /** What a run did for one contact, in a sentence: "Skickad (2 poster)", "Inget nytt; inget skickat". */
    public String outcome(DigestReport r, Locale locale) {
        String detail = r.detail() == null ? "" : r.detail();
        return messages.getMessage("digest.outcome." + r.outcome(), new Object[] {r.items(), detail},
                r.outcome() + " " + detail, locale);
    }
}
