package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import se.omvarldsradar.search.InvalidQueryException;

/** Every state of the search page is a permalink that reads back as the same state. */
class SearchParamsTests {

    static SearchParams parse(String url) {
        var params = new LinkedMultiValueMap<String, String>();
        UriComponentsBuilder.fromUriString(url).build(true).getQueryParams()
                .forEach((k, v) -> v.forEach(x -> params.add(k, x == null ? null : java.net.URLDecoder.decode(x, java.nio.charset.StandardCharsets.UTF_8))));
        return SearchParams.from(params);
    }

    @Test
    void linksKeepEveryPartOfTheState() {
        SearchParams p = parse("/search?q=%22intermodal+transport%22+%26+hamn&sector=logistics&sector=trade&language=sv"
                + "&from=2026-01-01&to=2026-03-31&deadlineFrom=2026-04-01&deadlineTo=2026-06-30&sort=deadline&page=2");
        assertThat(p.q()).isEqualTo("\"intermodal transport\" & hamn");
        assertThat(p.filters()).containsEntry("sector", List.of("logistics", "trade")).containsEntry("lang", List.of("sv"));
        assertThat(p.dates()).isEqualTo(new SearchParams.Dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(parse(p.page(2))).isEqualTo(p);
        assertThat(parse(p.at("/search.ics")).query()).isEqualTo(p.query());
        SearchParams toggled = parse(p.toggle("sector", "trade"));
        assertThat(toggled.filters().get("sector")).containsExactly("logistics");
        assertThat(toggled.page()).isEqualTo(1);
        assertThat(parse(p.clear()).filtered()).isFalse();
        assertThat(parse(p.withQuery("hamnar")).q()).isEqualTo("hamnar");
    }

    @Test
    void refusesADateThatIsNotAnIsoDay() {
        assertThatThrownBy(() -> parse("/search?deadlineTo=30/6")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("deadlineTo");
    }
}
