package se.omvarldsradar.classify.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a call identifier in text: EU Funding & Tenders identifiers (upper-case parts joined by hyphens,
 * one of them a year: HORIZON-CL5-2026-D3-01, ERASMUS-EDU-2026-PI-ALL-INNO, LIFE-2026-SAP-NAT) and Swedish
 * agency reference numbers (Vinnova's diarienummer 2024-01234, whose five digits keep it from being a date).
 */
final class CallIds {
    private static final Pattern EU = Pattern.compile(
            "(?<![\\w-])(?:[A-Z][A-Z0-9]*-)+20\\d\\d(?:-[A-Z0-9][A-Za-z0-9]*)*(?![\\w-])");
    private static final Pattern DIARIENUMMER = Pattern.compile(
            "(?iU)(?:\\b(?:diarienummer|diarienr|dnr|reference number|ref\\.?)\\s*:?\\s*)?(?<![\\d-])(20\\d\\d-\\d{5})(?![\\d-])");

    private CallIds() {
    }

    /** The first identifier in the text, or null. */
    static String find(String text) {
        Matcher eu = EU.matcher(text);
        if (eu.find()) {
            return eu.group();
        }
        Matcher dnr = DIARIENUMMER.matcher(text);
        return dnr.find() ? dnr.group(1) : null;
    }
}
