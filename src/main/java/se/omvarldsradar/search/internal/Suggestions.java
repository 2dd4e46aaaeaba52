package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each plain word of a query that no item contains is replaced by the closest word that
 * items do contain (unstemmed {@code spell} field); operators, field:value, quotes and prefixes are kept.
 */
final class Suggestions {
    /** A plain word: letters or digits, not part of field:value and not a prefix*. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:*])[\\p{L}\\p{N}]{3,}(?![\\p{L}\\p{N}:*])");
    private static final int MAX_WORDS = 8;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Suggestions() {
        checker.setMaxEdits(2);
        checker.setAccuracy(0.6f);
    }

    /** The query with misspelt words replaced, or null when there is nothing better to offer. */
    String suggest(IndexReader reader, String query) throws IOException {
        Matcher m = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int words = 0;
        while (m.find() && words++ < MAX_WORDS) {
            String word = m.group();
            if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
                continue;
            }
            Term term = new Term(ItemDocuments.SPELL, word.toLowerCase(Locale.ROOT));
            String replacement = null;
            if (reader.docFreq(term) == 0) {
                SuggestWord[] s = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                replacement = s.length == 0 ? null : s[0].string;
            }
            if (replacement != null) {
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                changed = true;
            }
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }
}
