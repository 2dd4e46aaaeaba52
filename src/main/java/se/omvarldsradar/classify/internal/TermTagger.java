package se.omvarldsradar.classify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.omvarldsradar.classify.TagHints;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.classify.Tags.Tag;
import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.extract.ExtractedItem;

/** Tags by weighted term matches at word starts, in both languages. */
@Component
class TermTagger implements Tagger {
    private static final Pattern SV = Pattern.compile("\\b(och|att|för|med|som|är|till|av|på|inom|ska)\\b");
    private static final Pattern EN = Pattern.compile("\\b(the|and|of|for|with|to|is|are|on|in|this)\\b");

    private final CurrentConfig config;

    TermTagger(CurrentConfig config) {
        this.config = config;
    }

    @Override
    public Tags tag(ExtractedItem item, TagHints hints) {
        String text = " " + item.fullText().toLowerCase(Locale.ROOT) + " ";
        String language = item.language() != null && !item.language().isBlank()
                ? item.language().substring(0, 2).toLowerCase(Locale.ROOT) : guessLanguage(text, hints.language());
        var cfg = config.get();
        return new Tags(language, match(cfg.sectors(), text, hints.sectors()), match(cfg.focus(), text, hints.focus()));
    }

    private static List<Tag> match(List<CategoryDefinition> categories, String text, List<String> defaults) {
        List<Tag> tags = new ArrayList<>();
        for (CategoryDefinition c : categories) {
            double score = 0;
            List<String> because = new ArrayList<>();
            for (var terms : c.terms().values()) {
                for (var t : terms) {
                    String term = t.text().toLowerCase(Locale.ROOT);
                    if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term)).matcher(text).find()) {
                        score += t.weight();
                        because.add(t.text());
                    }
                }
            }
            if (defaults.contains(c.id())) {
                score += c.threshold();
                because.add("source default");
            }
            if (score >= c.threshold() && score > 0) {
                tags.add(new Tag(c.id(), score, because));
            }
        }
        return tags;
    }

    static String guessLanguage(String text, String fallback) {
        long sv = SV.matcher(text).results().count();
        long en = EN.matcher(text).results().count();
        if (sv == 0 && en == 0) {
            return fallback == null ? "other" : fallback;
        }
        return sv >= en ? "sv" : "en";
    }
}
