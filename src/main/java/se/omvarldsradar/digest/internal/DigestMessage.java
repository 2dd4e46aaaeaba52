package se.omvarldsradar.digest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A digest as a MIME message whose Message-ID is ours and stays ours: it is derived from contact and
 * period, so a re-sent digest carries the same id and receiving systems can tell it is the same message.
 */
final class DigestMessage extends MimeMessage {
    private static final Session SESSION = Session.getInstance(new Properties());
    private final String messageId;

    private DigestMessage(String messageId) {
        super(SESSION);
        this.messageId = messageId;
    }

    private DigestMessage(InputStream in, String messageId) throws MessagingException {
        super(SESSION, in);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    static MimeMessage build(String messageId, String from, String to, String subject, String text, String html,
            String unsubscribeUrl) throws MessagingException {
        DigestMessage m = new DigestMessage(messageId);
        MimeMessageHelper h = new MimeMessageHelper(m, MimeMessageHelper.MULTIPART_MODE_RELATED, "UTF-8");
        h.setFrom(new InternetAddress(from));
        h.setTo(to);
        h.setSubject(subject);
        h.setText(text, html);
        // RFC 8058 one-click unsubscribe; each on one header line.
        m.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setSentDate(new java.util.Date());
        m.saveChanges();
        return m;
    }

    static String serialise(MimeMessage m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static MimeMessage parse(String mime, String messageId) throws MessagingException {
        return new DigestMessage(new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)), messageId);
    }
}
