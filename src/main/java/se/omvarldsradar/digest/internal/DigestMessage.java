package se.omvarldsradar.digest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;


/**
 * A digest as a MIME message whose Message-ID is ours and stays ours: it is derived from contact and
 * period, so a re-sent digest carries the same id and receiving systems can tell it is the same message.
 */
final class DigestMessage extends MimeMessage {
    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader, scanning the class path's jars, for
        // every part it creates and every header it encodes (jakartaee/mail-api#699, #861): 6 % of composing a
        // digest. Named here, it is a class loaded once; the one the ServiceLoader finds anyway. A value given
        // on the command line wins.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final int LINE = 76;
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(LINE, new byte[] {'\r', '\n'});
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
        m.setContent(new MimeMultipart("alternative", quotedPrintableText(text), base64Html(html)));
        // RFC 8058 one-click unsubscribe; each on one header line.
        m.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setSentDate(new java.util.Date());
        m.saveChanges();
        return m;
    }

    /**
     * The text as quoted-printable, encoded here by the mail library's own encoder in one pass and given to the
     * part as its raw content: set as text, the part wrote it through a writer, a content handler and the
     * encoder a byte at a time each time the message is serialised. Quoted-printable said outright: left to
     * choose, the library reads the whole text byte by byte to pick between 7bit, quoted-printable and base64,
     * and a digest's text is mostly ASCII. The same bytes as {@code setText(text, "UTF-8", "plain")} with that
     * encoding ({@code DigestMessageTests}).
     */
    static MimeBodyPart quotedPrintableText(String text) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", "text/plain; charset=UTF-8");
        headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
        Bytes encoded = new Bytes();
        try {
            OutputStream qp = MimeUtility.encode(encoded, "quoted-printable");
            qp.write(text.getBytes(StandardCharsets.UTF_8));
            qp.flush(); // as the part flushes it after writing its content; closing adds nothing
        } catch (IOException e) {
            throw new MessagingException("cannot encode the text", e);
        }
        return new MimeBodyPart(headers, encoded.bytes());
    }

    /**
     * Base64 for the HTML, as mail clients read it: quoted-printable encoding a long digest byte by byte was
     * the costliest single step of composing one (the text part stays quoted-printable, readable). Encoded
     * here in one call and given to the part as its raw content, which it writes as is: the mail library's
     * encoder writes one byte at a time. The same bytes as that encoder: lines of 76 characters, CRLF after
     * each full line.
     */
    private static MimeBodyPart base64Html(String html) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", "text/html; charset=UTF-8");
        headers.setHeader("Content-Transfer-Encoding", "base64");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        byte[] encoded = BASE64.encode(bytes);
        int chars = (bytes.length + 2) / 3 * 4;
        if (chars == 0 || chars % LINE != 0) {
            return new MimeBodyPart(headers, encoded);
        }
        byte[] content = Arrays.copyOf(encoded, encoded.length + 2);
        content[encoded.length] = '\r';
        content[encoded.length + 1] = '\n';
        return new MimeBodyPart(headers, content);
    }

    static String serialise(MimeMessage m) throws MessagingException, IOException {
        Bytes out = new Bytes();
        m.writeTo(out);
        return out.utf8();
    }

    /**
     * A growing byte array without ByteArrayOutputStream's lock: the mail library's quoted-printable encoder
     * writes the text part to it one byte at a time, and taking that lock per byte was 8 % of composing.
     */
    private static final class Bytes extends OutputStream {
        private byte[] buf = new byte[64 * 1024];
        private int count;

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (count + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, count);
        }

        String utf8() {
            return new String(buf, 0, count, StandardCharsets.UTF_8);
        }
    }

    static MimeMessage parse(String mime, String messageId) throws MessagingException {
        return new DigestMessage(new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)), messageId);
    }
}
