package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rome's XmlReader (lenient) turns every one of the first four cases into mojibake; these must not. */
class CharsetsTests {
    private static final String SWEDISH = "Årets äldreomsorg – öppna data";

    @ParameterizedTest(name = "{0} bytes served as ''{1}''")
    @CsvSource(nullValues = "none", value = {
            "UTF-8, text/xml; charset=ISO-8859-1",
            "UTF-8, text/xml",
            "windows-1252, text/xml; charset=utf-8",
            "windows-1252, none",
            "windows-1252, application/rss+xml; charset=iso-8859-1",
            "UTF-16BE, text/xml; charset=utf-8",
            "UTF-16LE, none"})
    void readsSwedishTextWhateverTheLabelSays(String encoding, String contentType) {
        String xml = "<?xml version=\"1.0\"?><rss><title>" + SWEDISH + "</title></rss>";

        assertThat(Charsets.decode(xml.getBytes(Charset.forName(encoding)), contentType)).contains(SWEDISH);
    }

    @ParameterizedTest
    @CsvSource({"text/html; charset=koi8-r, KOI8-R", "text/xml; charset=bogus, windows-1252", "text/xml, windows-1252"})
    void followsTheHttpLabelThenTheXmlDeclarationForOtherCharsets(String contentType, String expected) {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><title>Привет</title></rss>";
        byte[] koi8 = xml.getBytes(Charset.forName("KOI8-R"));

        assertThat(Charsets.decodeAs(koi8, contentType).charset()).isEqualTo(Charset.forName(expected));
    }

    @ParameterizedTest
    @CsvSource({"EF BB BF, UTF-8", "FF FE, UTF-16LE", "FE FF, UTF-16BE"})
    void letsAByteOrderMarkWin(String bom, String expected) {
        String[] hex = bom.split(" ");
        byte[] text = "<rss/>".getBytes(Charset.forName(expected));
        byte[] body = new byte[hex.length + text.length];
        for (int i = 0; i < hex.length; i++) {
            body[i] = (byte) Integer.parseInt(hex[i], 16);
        }
        System.arraycopy(text, 0, body, hex.length, text.length);

        Charsets.Decoded d = Charsets.decodeAs(body, "text/xml; charset=iso-8859-1");

        assertThat(d.charset()).isEqualTo(Charset.forName(expected));
        assertThat(d.text()).isEqualTo("<rss/>");
    }
}
