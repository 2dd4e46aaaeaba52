package se.omvarldsradar.extract.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched bytes to text the way browsers and feed readers do: a byte-order mark wins, then the byte
 * pattern of UTF-16/32, then the HTTP charset, then the XML declaration or HTML meta charset. Labels lie
 * often (UTF-8 served as ISO-8859-1, Latin-1 served as UTF-8), so bytes that are valid multi-byte UTF-8 are
 * read as UTF-8 whatever the label, and bytes that are not valid UTF-8 are never read as UTF-8. Rome's
 * XmlReader follows RFC 3023 instead (text/xml without charset is US-ASCII) and never checks the bytes,
 * which turns Swedish å, ä and ö into mojibake.
 */
public final class Charsets {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private Charsets() {
    }

    /** The text of these bytes, given the HTTP Content-Type (may be null). */
    public static String decode(byte[] bytes, String contentType) {
        return decodeAs(bytes, contentType).text();
    }

    /** The text and the charset it was read with. */
    public static Decoded decodeAs(byte[] bytes, String contentType) {
        Bom bom = bom(bytes);
        if (bom != null) {
            return new Decoded(new String(bytes, bom.length, bytes.length - bom.length, bom.charset), bom.charset);
        }
        Charset wide = widePattern(bytes);
        if (wide != null) {
            return new Decoded(new String(bytes, wide), wide);
        }
        Charset label = supported(match(HTTP_CHARSET, contentType));
        if (label == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            label = supported(match(XML_ENCODING, head));
            if (label == null) {
                label = supported(match(META_CHARSET, head));
            }
        }
        Charset chosen = choose(bytes, label);
        return new Decoded(new String(bytes, chosen), chosen);
    }

    private static Charset choose(byte[] bytes, Charset label) {
        boolean ascii = isAscii(bytes);
        if (!ascii && isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        // A label for a 16/32-bit charset on ASCII-compatible bytes is wrong; so is UTF-8 on invalid UTF-8.
        if (label == null || isWide(label) || label.equals(StandardCharsets.UTF_8)) {
            return ascii ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        // As browsers do: Latin-1 and ASCII labels mean windows-1252, which adds the “smart quotes”.
        if (label.equals(StandardCharsets.ISO_8859_1) || label.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        return label;
    }

    private static boolean isWide(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String match(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Charset supported(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Bom(Charset charset, int length) {
    }

    private static Bom bom(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Bom(UTF_32BE, 4);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Bom(UTF_32LE, 4);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    private static Charset widePattern(byte[] b) {
        if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
            return UTF_32BE;
        }
        if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(b, 0x00, 0x3C) || starts(b, 0x00, 0x0A) || starts(b, 0x00, 0x20)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0x3C, 0x00) || starts(b, 0x0A, 0x00) || starts(b, 0x20, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decoded text and the charset used. */
    public record Decoded(String text, Charset charset) {
    }
}
