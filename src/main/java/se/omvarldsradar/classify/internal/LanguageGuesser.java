package se.omvarldsradar.classify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.UrlTextFilter;

/**
 * Detects whether a text is Swedish, English or something else. Besides sv and en it knows the languages an
 * EU or Nordic source is likely to publish in, so that a Norwegian or French text is not forced into sv/en.
 * A declared language (the item's or the source's) is only a hint: the detector wins when it is confident.
 */
public final class LanguageGuesser {
    /** Below this probability the detector's answer yields to the declared language. */
    static final double CONFIDENT = 0.90;
    /** Shorter texts keep their declared language. */
    static final int MIN_WORDS = 4;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2,}");
    private static final List<String> KNOWN = List.of("sv", "en", "no", "da", "fi", "de", "fr", "es", "it", "nl", "pt", "pl");

    private final LanguageDetector detector;
    /**
     * The detector's URL and e-mail filter, run only on a text with something it could remove ("http" or
     * "@"): its e-mail pattern backtracks over every word of a text without any, and most texts have none.
     */
    static final TextFilter URLS = text -> {
        String s = text.toString();
        return s.contains("http") || s.indexOf('@') >= 0 ? UrlTextFilter.getInstance().filter(s) : s;
    };
    /** As {@code CommonTextObjectFactories.forDetectingOnLargeText()}, with the URL filter above. */
    private final TextObjectFactory texts = new TextObjectFactoryBuilder().maxTextLength(10_000).withTextFilter(URLS)
            .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3)).build();

    public LanguageGuesser() {
        try {
            var profiles = new LanguageProfileReader().readBuiltIn(KNOWN.stream().map(LdLocale::fromString).toList());
            // a fixed seed makes the sampling detector give the same answer for the same text every time
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles)
                    .seed(42L).build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the class path", e);
        }
    }

    /**
     * The language of the text: {@code sv}, {@code en} or {@code other}.
     *
     * @param declared the language the item or its source declares, may be null
     */
    public String guess(String text, String declared) {
        String hint = normalise(declared);
        if (hint != null && words(text) < MIN_WORDS) {
            return hint; // n-gram statistics of a name or two say nothing about the language
        }
        List<DetectedLanguage> found = text == null || text.isBlank() ? List.of()
                : detector.getProbabilities(texts.forText(text));
        if (!found.isEmpty() && found.getFirst().getProbability() >= CONFIDENT) {
            return normalise(found.getFirst().getLocale().getLanguage());
        }
        if (hint != null) {
            return hint;
        }
        return found.isEmpty() ? "other" : normalise(found.getFirst().getLocale().getLanguage());
    }

    private static int words(String text) {
        return text == null ? 0 : (int) WORD.matcher(text).results().count();
    }

    private static String normalise(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("sv") ? "sv" : l.startsWith("en") ? "en" : "other";
    }
}
