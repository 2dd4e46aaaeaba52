package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class DigestMessageTests {
    static final String URL = "https://radar.example/unsubscribe?token=" + "x".repeat(180);

    @Test
    void theHtmlTravelsAsBase64AndTheTextStaysReadable() throws Exception {
        String html = "<p>Hamnar i Gävleborg – utlysning stänger snart</p>".repeat(50);
        var m = DigestMessage.build("<digest-x@omvarldsradar>", "radar@example.org", "a@example.org", "Ämne",
                "Hamnar i Gävleborg", html, URL);
        String raw = DigestMessage.serialise(m);
        assertThat(raw).contains("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64")
                .doesNotContain("<p>Hamnar");
        var parsed = DigestMessage.parse(raw, "<digest-x@omvarldsradar>");
        var parts = (jakarta.mail.internet.MimeMultipart) parsed.getContent();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Hamnar i Gävleborg");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Plain ASCII = fine", "Nästan bara ASCII", "Ελληνικά κείμενα μόνο"})
    void theTextIsQuotedPrintableWhateverItHolds(String text) throws Exception {
        String raw = DigestMessage.serialise(DigestMessage.build("<digest-x@omvarldsradar>", "radar@example.org",
                "a@example.org", "Ämne", text, "<p>html</p>", URL));
        assertThat(raw).contains("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n");
        var parts = (jakarta.mail.internet.MimeMultipart) DigestMessage.parse(raw, "<digest-x@omvarldsradar>").getContent();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo(text);
    }

    /** The part encoded by hand is the part the library writes for the text set on it, byte for byte. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "Plain ASCII = fine", "Nästan bara ASCII", "trailing space \nand tab\t\nend ",
            "crlf\r\nlf\nlone cr\rx", "=3D literal", "Ελληνικά κείμενα μόνο"})
    void theTextPartIsTheOneTheLibraryWrites(String text) throws Exception {
        String[] cases = {text, text + "x".repeat(75) + "ä".repeat(40) + " " + "y".repeat(200) + "\n" + "z ".repeat(60)};
        for (String t : cases) {
            jakarta.mail.internet.MimeBodyPart library = new jakarta.mail.internet.MimeBodyPart();
            library.setText(t, "UTF-8", "plain");
            library.setHeader("Content-Transfer-Encoding", "quoted-printable");
            assertThat(written(DigestMessage.quotedPrintableText(t))).isEqualTo(written(library));
        }
    }

    /** The part as a message writes it, after saving the message's changes (as sending does). */
    private static String written(jakarta.mail.internet.MimeBodyPart part) throws Exception {
        var m = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        m.setContent(new jakarta.mail.internet.MimeMultipart("alternative", part));
        m.saveChanges();
        var out = new java.io.ByteArrayOutputStream();
        part.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 56, 57, 58, 114, 1000})
    void theHtmlComesBackWhateverItsLengthInBase64LinesOf76(int bytes) throws Exception {
        String html = "<b>".repeat(bytes / 3) + "x".repeat(bytes % 3);
        String raw = DigestMessage.serialise(DigestMessage.build("<digest-x@omvarldsradar>", "radar@example.org",
                "a@example.org", "Ämne", "text", html, URL));
        String part = raw.substring(raw.indexOf("base64\r\n\r\n") + 10, raw.lastIndexOf("\r\n------"));
        assertThat(part.split("\r\n", -1)).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(76).matches("[A-Za-z0-9+/=]*"));
        var parts = (jakarta.mail.internet.MimeMultipart) DigestMessage.parse(raw, "<digest-x@omvarldsradar>").getContent();
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(html);
    }

    @Test
    void unsubscribeHeadersStayOnOneLineAndTheMessageIdSurvivesARoundTrip() throws Exception {
        var m = DigestMessage.build("<digest-d2026-03-02-abc@omvarldsradar>", "Omvärldsradar <radar@example.org>",
                "a@example.org", "Omvärldsradar: 3 nya poster", "text", "<p>html</p>", URL);
        String raw = DigestMessage.serialise(m);
        assertThat(raw).contains("\r\nList-Unsubscribe: <" + URL + ">\r\n")
                .contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
                .contains("Content-Type: multipart/alternative");
        var again = DigestMessage.parse(raw, "<digest-d2026-03-02-abc@omvarldsradar>");
        again.saveChanges(); // what Transport.send does before sending
        String resent = DigestMessage.serialise(again);
        assertThat(resent).contains("Message-ID: <digest-d2026-03-02-abc@omvarldsradar>")
                .contains("\r\nList-Unsubscribe: <" + URL + ">\r\n");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "sv|0|inga nya poster", "sv|1|1 ny post", "sv|3|3 nya poster", "sv|12|12 nya poster",
            "sv|1200|1\u00a0200 nya poster",
            "en|1|1 new item", "en|2|2 new items"})
    void countsUseProperPlurals(String lang, int n, String expected) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage("mail.count.new", new Object[] {n}, Locale.forLanguageTag(lang))).isEqualTo(expected);
    }
}
