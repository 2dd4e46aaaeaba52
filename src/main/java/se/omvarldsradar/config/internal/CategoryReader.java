package se.omvarldsradar.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.CategoryDefinition.WeightedTerm;

/** Reads one sector or focus area: id, labels, weighted terms per language, threshold, title weight, programmes. */
final class CategoryReader {
    private static final Set<String> LANGS = Set.of("sv", "en");

    private CategoryReader() {
    }

    static CategoryDefinition read(YamlFields f) {
        f.rejectUnknown(Set.of("id", "label", "terms", "threshold", "titleWeight", "programmes"));
        String id = f.string("id", true);
        if (id != null && !SourceReader.ID.matcher(id).matches()) {
            f.problem("id", "must be lower-case letters, digits and '-', not '" + id + "'");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        YamlFields label = f.child("label");
        if (label != null) {
            label.rejectUnknown(LANGS);
            for (String lang : LANGS) {
                String l = label.string(lang, false);
                if (l != null) {
                    labels.put(lang, l);
                }
            }
        }
        Map<String, List<WeightedTerm>> terms = new LinkedHashMap<>();
        YamlFields t = f.child("terms");
        if (t != null) {
            t.rejectUnknown(LANGS);
            for (String lang : LANGS) {
                List<WeightedTerm> list = new ArrayList<>();
                for (String raw : t.strings(lang)) {
                    WeightedTerm w = term(raw);
                    if (w == null) {
                        t.problem(lang, "term '" + raw + "' must be 'text' or 'text^weight' with a number weight");
                    } else {
                        list.add(w);
                    }
                }
                terms.put(lang, list);
            }
        }
        double threshold = f.number("threshold", 1.0);
        if (threshold <= 0) {
            // a zero threshold would tag every item that merely exists
            f.problem("threshold", "must be greater than 0, not " + threshold);
        }
        double titleWeight = f.number("titleWeight", CategoryDefinition.DEFAULT_TITLE_WEIGHT);
        if (titleWeight < 1) {
            f.problem("titleWeight", "must be at least 1 (a title match never counts less than a body match)");
        }
        List<String> programmes = f.strings("programmes");
        return id == null ? null : new CategoryDefinition(id, labels, terms, threshold, titleWeight, programmes);
    }

    static WeightedTerm term(String raw) {
        int caret = raw.lastIndexOf('^');
        if (caret < 0) {
            return new WeightedTerm(raw.strip(), 1.0);
        }
        try {
            String text = raw.substring(0, caret).strip();
            return text.isEmpty() ? null : new WeightedTerm(text, Double.parseDouble(raw.substring(caret + 1).strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
