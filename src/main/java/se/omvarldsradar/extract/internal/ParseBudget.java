package se.omvarldsradar.extract.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import se.omvarldsradar.extract.ExtractionException;

/**
 * The limits on parsing one untrusted document: its size, and a deadline that the parsers run into. The
 * parsers read their input through a reader or stream that fails once the deadline has passed, so a document
 * that makes a parser slow stops the parse on its own thread; a watchdog thread could only abandon such a parse
 * and leave it burning a core. Between two reads a parser handles one buffer (a few KB), so it overruns the
 * deadline by little.
 */
public final class ParseBudget {
    /** Parsing one document may take this long; real ones take milliseconds. */
    public static final Duration TIME = Duration.ofSeconds(10);
    /** Larger decoded documents are refused; the fetcher's own limit is 15 MB of body. */
    public static final int MAX_CHARS = 20 * 1024 * 1024;

    private final long deadline;
    private final Duration time;

    private ParseBudget(Duration time) {
        this.time = time;
        this.deadline = System.nanoTime() + time.toNanos();
    }

    /** A budget starting now. */
    public static ParseBudget start() {
        return new ParseBudget(TIME);
    }

    static ParseBudget start(Duration time) {
        return new ParseBudget(time);
    }

    /** Whether the deadline has passed. */
    public boolean exceeded() {
        return System.nanoTime() - deadline > 0;
    }

    /** The error for a document that took too long. */
    public ExtractionException timeout() {
        return new ExtractionException("refused: parsing the document took longer than " + time.toSeconds()
                + " s (a hostile or pathological document)");
    }

    /** The text to parse, read within the budget; refuses a text over the size limit. */
    public Reader reader(String text) {
        if (text.length() > MAX_CHARS) {
            throw new ExtractionException("refused: the document has " + text.length() + " characters, more than the "
                    + MAX_CHARS + " allowed");
        }
        return new StringReader(text) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                check();
                return super.read(buf, off, len);
            }

            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }
        };
    }

    /** The bytes to parse, read within the budget. */
    public InputStream stream(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                check();
                return super.read(buf, off, len);
            }

            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }
        };
    }

    /** An HTML document parsed within the budget. */
    public Document html(String text, String baseUri) {
        return parse(Parser.htmlParser(), text, baseUri);
    }

    /** An XML document parsed leniently with jsoup within the budget; jsoup expands no entities. */
    public Document xml(String text, String baseUri) {
        return parse(Parser.xmlParser(), text, baseUri);
    }

    private Document parse(Parser parser, String text, String baseUri) {
        try {
            return parser.parseInput(reader(text), baseUri == null ? "" : baseUri);
        } catch (UncheckedIOException e) {
            if (exceeded()) {
                throw timeout();
            }
            throw new ExtractionException("the document could not be read: " + e.getMessage(), e);
        }
    }

    private void check() throws IOException {
        if (exceeded()) {
            throw new IOException("parse deadline passed");
        }
    }
}
