package se.omvarldsradar.classify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysers of one language: the plain Lucene analyser for category terms, and for item text the same
 * analyser followed, in Swedish, by decompounding against the stems of the category terms, so that
 * "hamnterminaler" also yields "hamn" and "terminal". Decompounding runs after stemming because Swedish
 * compounds inflect only their last part, and the dictionary then holds stems, as the terms do.
 */
final class Analysis {
    /** Shorter stems are too likely to occur by chance inside unrelated compounds. */
    private static final int MIN_SUBWORD = 4;
    private static final int MIN_COMPOUND = 7;

    private final Analyzer terms;
    private final Analyzer text;

    private Analysis(Analyzer terms, Analyzer text) {
        this.terms = terms;
        this.text = text;
    }

    /** Swedish: stems and Swedish stop words, compounds split against the given term stems. */
    static Analysis swedish(List<String> singleWordTerms) {
        SwedishAnalyzer plain = new SwedishAnalyzer();
        CharArraySet dictionary = new CharArraySet(singleWordTerms.size(), false);
        for (String term : singleWordTerms) {
            for (String stem : tokens(plain, term)) {
                if (stem.length() >= MIN_SUBWORD) {
                    dictionary.add(stem);
                }
            }
        }
        Analyzer decompounding = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return plain;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                TokenStream split = new DictionaryCompoundWordTokenFilter(components.getTokenStream(), dictionary,
                        MIN_COMPOUND, MIN_SUBWORD, 40, false);
                return new TokenStreamComponents(components.getSource(), split);
            }
        };
        return new Analysis(plain, dictionary.isEmpty() ? plain : decompounding);
    }

    /** English: Porter stems, possessives and English stop words; English compounds are mostly written apart. */
    static Analysis english() {
        EnglishAnalyzer plain = new EnglishAnalyzer();
        return new Analysis(plain, plain);
    }

    /** A term or phrase as stems with their positions relative to the first (stop words leave gaps). */
    List<Positioned> term(String phrase) {
        return positioned(terms, phrase);
    }

    /** The text as stems with positions; decompounded parts share the position of their compound. */
    List<Positioned> text(String text) {
        return positioned(this.text, text);
    }

    /** One stem and its position. */
    record Positioned(String stem, int position) {
    }

    private static List<Positioned> positioned(Analyzer analyzer, String s) {
        List<Positioned> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new Positioned(term.toString(), Math.max(position, 0)));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a String reader
        }
        return out;
    }

    private static List<String> tokens(Analyzer analyzer, String s) {
        return positioned(analyzer, s).stream().map(Positioned::stem).toList();
    }
}
