package se.omvarldsradar.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.optimaize.langdetect.text.UrlTextFilter;

class LanguageGuesserTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "Hamn logistik gods järnväg terminal",
            "Läs mer på https://example.org/utlysning?id=12&x=y#a och svara",
            "Frågor till info@example.org eller kontakt@region.se",
            "http://a.b https://c.d/e mail@x.y",
            "HTTP://EXAMPLE.ORG stays, as the detector's own filter keeps it",
            "@ alone, and an address without a user: @example.org",
            ""})
    void filtersUrlsAndAddressesExactlyAsTheDetectorsOwnFilter(String text) {
        assertThat(LanguageGuesser.URLS.filter(text)).isEqualTo(UrlTextFilter.getInstance().filter(text));
    }
}
