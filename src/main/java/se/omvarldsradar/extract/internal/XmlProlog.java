package se.omvarldsradar.extract.internal;

import java.util.Locale;
import java.util.Set;

/**
 * What comes before the root element of a document: the root's name and any DOCTYPE. Scanned by hand so
 * that hostile DOCTYPEs (external entities, "billion laughs") are found before any XML parser sees them.
 */
record XmlProlog(String root, int doctypeStart, int doctypeEnd, boolean declaresEntities, boolean htmlDoctype) {
    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body", "meta", "script", "link", "title",
            "div", "style");

    static XmlProlog of(String text) {
        int i = 0;
        int n = text.length();
        int dtStart = -1;
        int dtEnd = -1;
        boolean entities = false;
        boolean html = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                dtStart = i;
                dtEnd = doctypeEnd(text, i);
                String doctype = text.substring(i, dtEnd);
                entities = doctype.contains("<!ENTITY");
                html = doctype.regionMatches(true, 9, " html", 0, 5);
                i = dtEnd;
            } else if (c == '<' && i + 1 < n && isNameStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && isNameChar(text.charAt(end))) {
                    end++;
                }
                return new XmlProlog(text.substring(i + 1, end), dtStart, dtEnd, entities, html);
            } else {
                break;
            }
        }
        return new XmlProlog(null, dtStart, dtEnd, entities, html);
    }

    /** The root element without namespace prefix, lower-cased; null when the text has no root element. */
    String localRoot() {
        if (root == null) {
            return null;
        }
        int colon = root.indexOf(':');
        return root.substring(colon + 1).toLowerCase(Locale.ROOT);
    }

    boolean looksLikeHtml() {
        return htmlDoctype || (root != null && HTML_ROOTS.contains(root.toLowerCase(Locale.ROOT)));
    }

    /** The text with the DOCTYPE cut out, so no parser ever reads a DTD. */
    String withoutDoctype(String text) {
        return doctypeStart < 0 ? text : text.substring(0, doctypeStart) + text.substring(doctypeEnd);
    }

    private static int doctypeEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from + 2);
        return at < 0 ? text.length() : at + end.length();
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }
}
