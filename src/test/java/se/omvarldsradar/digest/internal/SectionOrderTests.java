package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

class SectionOrderTests {
    static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    @Test
    void newestFirstWithTiesInListOrder() {
        SectionOrder order = order(news("a", 2), news("b", 1), news("c", 2), news("d", 0));
        assertThat(order.newestFirst()).containsExactly(3, 1, 0, 2);
    }

    @Test
    void callsBySoonestDeadlineThoseWithoutOneLastTiesInListOrder() {
        SectionOrder order = order(call("a", null), call("b", 5), news("n", 0), call("c", 2), call("d", 5), call("e", null));
        assertThat(order.callsByDeadline()).containsExactly(3, 1, 4, 0, 5);
    }

    @Test
    void eachItemGoesInItsFirstFollowedSectorElseItsFirstSectorElseNone() {
        SectionOrder order = order(news("a", 0, "trade", "logistics"), news("b", 0, "industry"), news("c", 0));
        assertThat(names(order.sections(List.of("logistics")))).containsExactly("logistics", "industry", "");
        assertThat(names(order.sections(List.of("hospitality")))).containsExactly("trade", "industry", "");
    }

    @Test
    void newsBySectorKeepsTheFirstOfEachSectionNewestFirstAndCountsTheRestWithoutSectorLast() {
        SectionOrder order = order(news("a", 3), news("b", 2, "trade"), call("c", 1), news("d", 1, "industry"),
                news("e", 0, "trade"), news("f", 4, "trade"), news("g", 5, "logistics"));
        BitSet fresh = new BitSet();
        fresh.set(0, 6); // not g

        List<SectionOrder.Part> parts = order.newsBySector(fresh, List.of("industry"), 2);

        assertThat(parts).extracting(SectionOrder.Part::sector).containsExactly("trade", "industry", "");
        assertThat(parts.get(0).first()).extracting(Item::id).containsExactly("e", "b");
        assertThat(parts).extracting(SectionOrder.Part::total).containsExactly(3, 1, 1);
    }

    @Test
    void newCallsKeepTheFirstBySoonestDeadlineAndCountTheRest() {
        SectionOrder order = order(call("a", 9), call("b", 5), news("n", 0), call("c", 2), call("d", 7));
        BitSet fresh = new BitSet();
        fresh.set(0, 4); // not d

        SectionOrder.Part calls = order.calls(fresh, 2);

        assertThat(calls.first()).extracting(Item::id).containsExactly("c", "b");
        assertThat(calls.total()).isEqualTo(3);
    }

    private static SectionOrder order(Item... items) {
        return new SectionOrder(new ItemSets(List.of(items).stream().map(i -> new ItemText(i, NOW)).toList()), NOW);
    }

    private static Item news(String id, int daysOld, String... sectors) {
        Instant date = NOW.minus(Duration.ofDays(daysOld));
        return new Item(id, ItemKind.NEWS, "s", "https://example.org/" + id, id, null, null, "sv", date, date, date, "NEW",
                List.of(), null, new Tags("sv", List.of(sectors).stream().map(s -> new Tags.Tag(s, 1, List.of())).toList(),
                        List.of()), 0);
    }

    private static Item call(String id, Integer daysLeft) {
        CallDetails details = new CallDetails(id, null, null, null, null, null,
                daysLeft == null ? List.of() : List.of(NOW.plus(Duration.ofDays(daysLeft))), null, null);
        return new Item(id, ItemKind.CALL, "s", "https://example.org/" + id, id, null, null, "sv", NOW, NOW, NOW, "NEW",
                List.of(), details, new Tags("sv", List.of(), List.of()), 0);
    }

    private static List<String> names(SectionOrder.Sectors sectors) {
        return java.util.stream.IntStream.range(0, sectors.code().length).mapToObj(sectors::of).toList();
    }
}
