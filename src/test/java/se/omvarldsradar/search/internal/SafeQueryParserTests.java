package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.omvarldsradar.search.InvalidQueryException;

/** Hostile and ordinary queries against the parser behind {@link se.omvarldsradar.search.ItemSearch}. */
class SafeQueryParserTests {

    static List<String> hostile() {
        return List.of("*a*", "?ab", "/.*a.{30}/", "(".repeat(1000) + "a" + ")".repeat(1000),
                String.join(" OR ", java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "w" + i).toList()),
                "x".repeat(100_000), "a~2", "ha*", "colour:red", "\"unclosed", "published:[1 TO 2]");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void refusesExpensiveOrBrokenQueriesWithAMessageQuickly(String q) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> SafeQueryParser.parse(q)).isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("The query");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hamn logistik", "\"intermodal transport\"", "hamn OR port", "logistik -flyg", "logist*",
            "sector:logistics", "(hamn OR port) AND gods", "järnvägsgods"})
    void acceptsTheSyntaxPeopleKnow(String q) {
        assertThat(SafeQueryParser.parse(q)).isNotNull();
    }


}
