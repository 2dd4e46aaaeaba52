package se.omvarldsradar.classify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the funding programme of a call: from its identifier's prefix when there is one (HORIZON-… is
 * Horizon Europe whatever the text mentions in passing), else from the programme named first in the text,
 * in English or Swedish. Names are looked up as literal words, not regular expressions: this runs on
 * every crawled item.
 */
final class Programmes {
    private static final Map<String, String> BY_PREFIX = Map.ofEntries(Map.entry("HORIZON", "Horizon Europe"),
            Map.entry("ERASMUS", "Erasmus+"), Map.entry("LIFE", "LIFE"), Map.entry("CEF", "CEF"),
            Map.entry("DIGITAL", "Digital Europe"), Map.entry("CREA", "Creative Europe"), Map.entry("CERV", "CERV"),
            Map.entry("EU4H", "EU4Health"), Map.entry("SMP", "Single Market Programme"),
            Map.entry("EDF", "European Defence Fund"), Map.entry("RFCS", "RFCS"), Map.entry("AMIF", "AMIF"),
            Map.entry("ISF", "ISF"), Map.entry("BMVI", "BMVI"), Map.entry("JUST", "Justice"),
            Map.entry("EMFAF", "EMFAF"), Map.entry("ESF", "ESF+"), Map.entry("SOCPL", "ESF+"), Map.entry("I3", "I3"),
            Map.entry("EURATOM", "Euratom"), Map.entry("INNOVFUND", "Innovation Fund"),
            Map.entry("UCPM", "Union Civil Protection Mechanism"), Map.entry("EUSPA", "EU Space Programme"));

    /** A way of writing a programme's name: upper-case variants are matched as written, others in any case. */
    private record Name(String programme, String text, boolean exactCase) {
    }

    private static final List<Name> NAMES = names(new String[][] {
            {"Horizon Europe", "horizon europe", "horisont europa", "HORIZON-"},
            {"Erasmus+", "erasmus"},
            {"LIFE", "LIFE", "life-programmet"},
            {"CEF", "CEF", "connecting europe facility", "fonden för ett sammanlänkat europa"},
            {"Digital Europe", "digital europe", "programmet för ett digitalt europa", "DIGITAL-"},
            {"Interreg", "interreg"},
            {"ESF+", "esf+", "european social fund", "socialfonden"},
            {"ERDF", "ERUF", "ERDF", "european regional development fund", "regionala utvecklingsfonden", "regionalfonden"},
            {"Creative Europe", "creative europe", "kreativa europa", "CREA-"},
            {"CERV", "CERV", "citizens, equality, rights and values"},
            {"EU4Health", "eu4health", "eu för hälsa", "EU4H-"},
            {"Single Market Programme", "single market programme", "programmet för den inre marknaden"},
            {"European Defence Fund", "european defence fund", "EDF"},
            {"EDIP", "EDIP", "european defence industry programme"},
            {"RFCS", "RFCS", "research fund for coal and steel"},
            {"Just Transition Fund", "just transition fund", "fonden för en rättvis omställning"},
            {"Innovation Fund", "innovation fund"},
            {"Vinnova", "vinnova"},
            {"Tillväxtverket", "tillväxtverket"},
            {"Energimyndigheten", "energimyndigheten"},
            {"Formas", "Formas"}});

    private Programmes() {
    }

    /** The programme of an identifier such as {@code ERASMUS-EDU-2026-PI}, or null. */
    static String ofCallId(String callId) {
        return callId == null ? null : BY_PREFIX.get(callId.split("-", 2)[0].toUpperCase(Locale.ROOT));
    }

    /** The programme named earliest in the text, or null. */
    static String inText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Name n : NAMES) {
            int i = first(n.exactCase ? text : lower, n.text);
            if (i >= 0 && i < at) {
                at = i;
                best = n.programme;
            }
        }
        return best;
    }

    /** Where the name first stands as a word of its own; "LIFE" in "QUALITY OF LIFE" does not count. */
    private static int first(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endsWord = name.endsWith("-") || name.endsWith("+") || end == text.length()
                    || !Character.isLetterOrDigit(text.charAt(end));
            boolean ofLife = name.equals("LIFE") && text.startsWith("OF ", Math.max(0, i - 3));
            if (startsWord && endsWord && !ofLife) {
                return i;
            }
        }
        return -1;
    }

    private static List<Name> names(String[][] rows) {
        List<Name> out = new java.util.ArrayList<>();
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i++) {
                boolean exact = !row[i].equals(row[i].toLowerCase(Locale.ROOT));
                out.add(new Name(row[0], row[i], exact));
            }
        }
        return List.copyOf(out);
    }
}
