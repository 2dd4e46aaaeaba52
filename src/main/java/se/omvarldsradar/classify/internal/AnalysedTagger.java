package se.omvarldsradar.classify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import se.omvarldsradar.classify.TagHints;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.classify.Tags.Tag;
import se.omvarldsradar.classify.internal.CategoryScorer.Fields;
import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.RadarConfig;
import se.omvarldsradar.extract.ExtractedItem;

/**
 * Tags items with the categories of the configuration in force: detects the language, analyses title and
 * body with that language's Lucene analyser and scores every category's terms of that language (both
 * languages for a text in neither), keeping per category the better-scoring language. Stateless per call,
 * so retagging stored items is calling it again.
 */
public final class AnalysedTagger implements Tagger {
    private final Supplier<RadarConfig> config;
    private final LanguageGuesser languages;
    private final AtomicReference<Compiled> compiled = new AtomicReference<>();

    public AnalysedTagger(Supplier<RadarConfig> config, LanguageGuesser languages) {
        this.config = config;
        this.languages = languages;
    }

    @Override
    public Tags tag(ExtractedItem item, TagHints hints) {
        Compiled c = compiled();
        String declared = item.language() != null && !item.language().isBlank() ? item.language() : hints.language();
        String language = languages.guess(item.fullText(), declared);
        Map<String, Fields> fields = new LinkedHashMap<>();
        for (String lang : scoringLanguages(language, declared)) {
            Analysis a = c.analyses.get(lang);
            fields.put(lang, new Fields(new AnalysedText(a.text(clean(item.title()))),
                    new AnalysedText(a.text(clean(item.summary()) + "\n" + clean(item.content())))));
        }
        String programme = item.call() == null ? null : item.call().programme();
        return new Tags(language, score(c.sectors, fields, hints.sectors(), programme),
                score(c.focus, fields, hints.focus(), programme));
    }

    /**
     * The languages whose terms are tried: the detected one, and the declared one too when they differ,
     * since a Swedish memorandum often has a Swedish title over an English summary; both for other languages.
     */
    private static Set<String> scoringLanguages(String detected, String declared) {
        if ("other".equals(detected)) {
            return Set.of("sv", "en");
        }
        Set<String> langs = new LinkedHashSet<>(List.of(detected));
        if (declared != null && (declared.startsWith("sv") || declared.startsWith("en"))) {
            langs.add(declared.substring(0, 2));
        }
        return langs;
    }

    private static List<Tag> score(List<CompiledCategory> categories, Map<String, Fields> fields, List<String> defaults,
            String programme) {
        List<Tag> tags = new ArrayList<>();
        for (CompiledCategory c : categories) {
            Tag t = CategoryScorer.score(c, fields, defaults.contains(c.id()), programme);
            if (t != null) {
                tags.add(t);
            }
        }
        return tags;
    }

    /** The categories compiled for the configuration in force; recompiled once after a reload. */
    private Compiled compiled() {
        RadarConfig current = config.get();
        Compiled c = compiled.get();
        if (c == null || c.config != current) {
            c = Compiled.of(current);
            compiled.set(c);
        }
        return c;
    }

    /** Soft hyphens (regeringen.se hyphenates long words with them) would split no word but break every match. */
    private static String clean(String s) {
        return s == null ? "" : s.replace("\u00AD", "");
    }

    private record Compiled(RadarConfig config, Map<String, Analysis> analyses, List<CompiledCategory> sectors,
            List<CompiledCategory> focus) {

        static Compiled of(RadarConfig config) {
            List<String> swedishTerms = new ArrayList<>();
            for (CategoryDefinition d : config.sectors()) {
                d.terms().getOrDefault("sv", List.of()).forEach(t -> swedishTerms.add(t.text()));
            }
            for (CategoryDefinition d : config.focus()) {
                d.terms().getOrDefault("sv", List.of()).forEach(t -> swedishTerms.add(t.text()));
            }
            Map<String, Analysis> analyses = Map.of("sv", Analysis.swedish(swedishTerms), "en", Analysis.english());
            return new Compiled(config, analyses,
                    config.sectors().stream().map(d -> CompiledCategory.of(d, analyses)).toList(),
                    config.focus().stream().map(d -> CompiledCategory.of(d, analyses)).toList());
        }
    }
}
