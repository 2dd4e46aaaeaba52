package se.omvarldsradar.classify.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the funding programme of a call: from its identifier's prefix when there is one (HORIZON-… is
 * Horizon Europe whatever the text mentions in passing), else from the programme named first in the text,
 * in English or Swedish.
 */
final class Programmes {
    private static final Map<String, String> BY_PREFIX = prefixes();
    private static final Map<String, Pattern> BY_NAME = names();

    private Programmes() {
    }

    /** The programme of an identifier such as {@code ERASMUS-EDU-2026-PI}, or null. */
    static String ofCallId(String callId) {
        if (callId == null) {
            return null;
        }
        String prefix = callId.split("-", 2)[0].toUpperCase(java.util.Locale.ROOT);
        return BY_PREFIX.get(prefix);
    }

    /** The programme named earliest in the text, or null. */
    static String inText(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (var e : BY_NAME.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = e.getKey();
            }
        }
        return best;
    }

    private static Map<String, String> prefixes() {
        return Map.ofEntries(Map.entry("HORIZON", "Horizon Europe"), Map.entry("ERASMUS", "Erasmus+"),
                Map.entry("LIFE", "LIFE"), Map.entry("CEF", "CEF"), Map.entry("DIGITAL", "Digital Europe"),
                Map.entry("CREA", "Creative Europe"), Map.entry("CERV", "CERV"), Map.entry("EU4H", "EU4Health"),
                Map.entry("SMP", "Single Market Programme"), Map.entry("EDF", "European Defence Fund"),
                Map.entry("RFCS", "RFCS"), Map.entry("AMIF", "AMIF"), Map.entry("ISF", "ISF"),
                Map.entry("BMVI", "BMVI"), Map.entry("JUST", "Justice"), Map.entry("EMFAF", "EMFAF"),
                Map.entry("ESF", "ESF+"), Map.entry("SOCPL", "ESF+"), Map.entry("I3", "I3"),
                Map.entry("EURATOM", "Euratom"), Map.entry("INNOVFUND", "Innovation Fund"),
                Map.entry("UCPM", "Union Civil Protection Mechanism"), Map.entry("EUSPA", "EU Space Programme"));
    }

    private static Map<String, Pattern> names() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        List<String[]> rows = List.of(
                new String[] {"Horizon Europe", "(?i)\\bHori(?:zon|sont) Europ[ea]\\b|\\bHORIZON-"},
                new String[] {"Erasmus+", "(?i)\\bErasmus(?:\\+|\\s+plus\\b|-)"},
                new String[] {"LIFE", "(?<!OF )\\bLIFE\\b|(?i:\\bLife-programmet\\b)"},
                new String[] {"CEF", "\\bCEF\\b|(?i)\\bConnecting Europe Facility\\b|\\bFonden för ett sammanlänkat Europa\\b"},
                new String[] {"Digital Europe", "(?i)\\bDigital Europe\\b|\\bprogrammet för ett digitalt Europa\\b|\\bDIGITAL-"},
                new String[] {"Interreg", "(?i)\\bInterreg\\b"},
                new String[] {"ESF+", "(?iU)\\bESF\\+|\\bEuropean Social Fund\\b|\\b(?:Europeiska )?socialfonden\\b"},
                new String[] {"ERDF", "(?iU)\\bERUF\\b|\\bERDF\\b|\\bEuropean Regional Development Fund\\b"
                        + "|\\b(?:Europeiska )?regionala utvecklingsfonden\\b|\\bregionalfonden\\b"},
                new String[] {"Creative Europe", "(?iU)\\bCreative Europe\\b|\\bKreativa Europa\\b|\\bCREA-"},
                new String[] {"CERV", "\\bCERV\\b|(?i)\\bCitizens, Equality, Rights and Values\\b"},
                new String[] {"EU4Health", "(?iU)\\bEU4Health\\b|\\bEU för hälsa\\b|\\bEU4H-"},
                new String[] {"Single Market Programme", "(?iU)\\bSingle Market Programme\\b|\\bprogrammet för den inre marknaden\\b"},
                new String[] {"European Defence Fund", "(?i:\\bEuropean Defence Fund\\b)|\\bEDF\\b"},
                new String[] {"EDIP", "\\bEDIP\\b|(?i:\\bEuropean Defence Industry Programme\\b)"},
                new String[] {"RFCS", "\\bRFCS\\b|(?i:\\bResearch Fund for Coal and Steel\\b)"},
                new String[] {"Just Transition Fund", "(?iU)\\bJust Transition Fund\\b|\\bFonden för en rättvis omställning\\b"},
                new String[] {"Innovation Fund", "(?i)\\bInnovation Fund\\b"},
                new String[] {"Vinnova", "(?i)\\bVinnova\\b"},
                new String[] {"Tillväxtverket", "(?iU)\\bTillväxtverket\\b"},
                new String[] {"Energimyndigheten", "(?iU)\\bEnergimyndigheten\\b"},
                new String[] {"Formas", "\\bFormas\\b"});
        for (String[] r : rows) {
            m.put(r[0], Pattern.compile(r[1]));
        }
        return m;
    }
}
