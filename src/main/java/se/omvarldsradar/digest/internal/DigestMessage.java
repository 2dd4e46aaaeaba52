package se.omvarldsradar.digest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;


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
            String unsubscribeUrl) throws MessagingException, java.io.UnsupportedEncodingException {
        DigestMessage m = new DigestMessage(messageId);
        InternetAddress sender = new InternetAddress(from);
        if (sender.getPersonal() != null) {
            sender.setPersonal(sender.getPersonal(), "UTF-8"); // "Omvärldsradar" as an RFC 2047 word, not raw 8-bit
        }
        m.setFrom(sender);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, "UTF-8");
        // multipart/alternative at the root: text first, HTML last (the one clients prefer); nothing else to relate.
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        // Base64 for the HTML, as mail clients read it: quoted-printable encoding a long digest byte by byte
        // was the costliest single step of composing one. The text part stays quoted-printable, readable.
        rich.setHeader("Content-Transfer-Encoding", "base64");
        m.setContent(new MimeMultipart("alternative", plain, rich));
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
