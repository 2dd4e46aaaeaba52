package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;

class RecordComponentAccessorTests {
    private record Entry(String title, String url, List<String> tags) {
        String shout() {
            return title.toUpperCase();
        }
    }

    private final RecordComponentAccessor accessor = new RecordComponentAccessor();

    @Test
    void readsTheComponentsOfARecordThatIsNotPublic() throws Exception {
        Entry e = new Entry("Hamn", null, List.of("Logistik"));

        assertThat(accessor.canRead(null, e, "title")).isTrue();
        assertThat(accessor.read(null, e, "title").getValue()).isEqualTo("Hamn");
        assertThat(accessor.read(null, e, "url").getValue()).isNull();
        assertThat(accessor.read(null, e, "tags").getValue()).isEqualTo(List.of("Logistik"));
    }

    @Test
    void leavesWhatIsNotAComponentToTheOtherAccessors() {
        assertThat(accessor.canRead(null, new Entry("a", null, List.of()), "shout")).isFalse();
        assertThat(accessor.canRead(null, "not a record", "length")).isFalse();
        assertThat(accessor.canRead(null, null, "title")).isFalse();
        assertThat(accessor.canWrite(null, new Entry("a", null, List.of()), "title")).isFalse();
    }

    @Test
    void expressionsReadTheSameAsWithTheReflectiveAccessorAlone() {
        Entry e = new Entry("Hamn", "https://example.org/a", List.of("Logistik", "Hamn"));
        StandardEvaluationContext both = new StandardEvaluationContext();
        both.setPropertyAccessors(List.of(accessor, new ReflectivePropertyAccessor()));
        var parser = new SpelExpressionParser();

        for (String expression : List.of("title", "url != null", "tags.isEmpty()", "tags[1]", "title.length()")) {
            Object expected = parser.parseExpression(expression).getValue(new StandardEvaluationContext(), e);
            assertThat(parser.parseExpression(expression).getValue(both, e)).as(expression).isEqualTo(expected);
        }
    }
}
