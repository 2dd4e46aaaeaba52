package se.omvarldsradar.search.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;

import se.omvarldsradar.search.InvalidQueryException;

/**
 * Fuzz target for the query parser, whose input anyone can type: a query parses or is refused with
 * {@link InvalidQueryException}, quickly. Seeds under {@code SafeQueryParserFuzzTestsInputs/parse/}.
 */
class SafeQueryParserFuzzTests {
    static final Duration LIMIT = Duration.ofSeconds(2);

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] data) {
        String query = new String(data, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            SafeQueryParser.parse(query);
        } catch (InvalidQueryException expected) {
            // refused with a message for the user
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (took.compareTo(LIMIT) > 0) {
            throw new AssertionError("parsing took " + took + ": " + query);
        }
    }
}
