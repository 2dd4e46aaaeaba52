package se.omvarldsradar.search.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found directly in the string. A sentence ends after {@code !} or {@code ?},
 * or after {@code .} where no lower-case word or number follows ("t.ex. hamnar", "3 st. 4"), with any closing
 * quotes or brackets, then white space; the next sentence begins at the first character after that white space.
 * A paragraph or line separator (U+2029, with which the highlighter joins a field's values, or U+2028) also ends
 * one; a newline does not. These are the JDK sentence iterator's boundaries in ordinary prose
 * ({@code SentenceBreaksTests}); the JDK's iterator walks a {@link CharacterIterator} through rule tables for
 * every character, which took 3 % of a search's CPU in the highlighter.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return current = after(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return current = before(current);
    }

    @Override
    public int following(int offset) {
        check(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        return current = after(offset);
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        return current = before(offset);
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        return offset == 0 || offset == text.length() || boundary(offset);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }

    /** The first boundary after {@code offset} (the text's end at the latest). */
    private int after(int offset) {
        for (int i = offset + 1; i < text.length(); i++) {
            if (boundary(i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code offset} (0 at the earliest). */
    private int before(int offset) {
        for (int i = offset - 1; i > 0; i--) {
            if (boundary(i)) {
                return i;
            }
        }
        return 0;
    }

    /** Whether a sentence begins at {@code i} (0 < i < length). */
    private boolean boundary(int i) {
        char c = text.charAt(i);
        char prev = text.charAt(i - 1);
        if (isLineBreak(prev)) {
            return true;
        }
        if (Character.isWhitespace(c) || !Character.isWhitespace(prev)) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            if (isLineBreak(text.charAt(j))) {
                return true;
            }
            j--;
        }
        while (j >= 0 && isCloser(text.charAt(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char end = text.charAt(j);
        // A full stop ends a sentence only where no lower-case word or number follows ("t.ex. hamnar", "3 st. 4").
        return end == '!' || end == '?' || end == '.' && !Character.isLowerCase(c) && !Character.isDigit(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\u2029' || c == '\u2028';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»';
    }
}
