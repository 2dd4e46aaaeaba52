package se.omvarldsradar.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an RFC 5545 calendar: CRLF line ends, TEXT values escaped (backslash, semicolon, comma, newline),
 * lines folded at 75 octets without splitting a UTF-8 character, control characters dropped.
 */
final class ICalendar {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    /** A property whose value is TEXT, escaped here. */
    ICalendar text(String name, String value) {
        return raw(name, escape(value));
    }

    /** A DATE-TIME property in UTC. */
    ICalendar time(String name, Instant value) {
        return raw(name, UTC.format(value));
    }

    /** A property whose value is already in iCalendar syntax (no user text). */
    ICalendar raw(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                case '\t' -> b.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Appends one content line, folded: continuation lines start with a space, which counts toward their 75. */
    private void fold(String line) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
