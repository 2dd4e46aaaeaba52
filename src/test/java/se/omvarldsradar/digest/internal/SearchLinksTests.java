package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.Frequency;

/** A digest's "see all" links: the recipient's criteria as the search page's filters, in the mail's language. */
class SearchLinksTests {
    private static final String BASE = "https://radar.example";

    @Test
    void sectionLinksCarryTheRecipientsCriteriaAndLanguage() {
        Recipient en = Recipient.contact(contact("en", List.of("hospitality", "trade")));
        assertThat(SearchLinks.calls(BASE, en, true))
                .isEqualTo(BASE + "/search?q=&kind=call&sector=hospitality&sector=trade&status=open&sort=deadline&lang=en");
        assertThat(SearchLinks.news(BASE, en, "trade")).isEqualTo(BASE + "/search?q=&kind=news&kind=bulletin&sector=trade&sort=newest&lang=en");
        var focusOnly = new Contact("Dept", "Name", "n@example.org", "sv", List.of(), List.of("education"), List.of(), List.of(),
                List.of(), Frequency.daily(LocalTime.of(7, 0)), 0, false);
        assertThat(SearchLinks.news(BASE, Recipient.contact(focusOnly), "")).endsWith("&focus=education&sort=newest&lang=sv");
    }

    @Test
    void anAlertsLinkIsItsSavedSearchWithTheItemLanguageFilterRenamed() {
        var alert = new Recipient("alert:a1", contact("sv", List.of()), new Recipient.SavedSearch("a1", "hamn terminal",
                Map.of("lang", List.of("en"), "kind", List.of("call"))));
        assertThat(SearchLinks.saved(BASE, alert)).startsWith(BASE + "/search?q=hamn+terminal&")
                .contains("&language=en", "&kind=call").endsWith("&lang=sv");
    }

    @Test
    void aLinkWithoutALanguageStaysAsItIs() {
        assertThat(SearchLinks.inLanguage(BASE + "/search", null)).isEqualTo(BASE + "/search");
        assertThat(SearchLinks.inLanguage(BASE + "/search", "en")).isEqualTo(BASE + "/search?lang=en");
        assertThat(SearchLinks.inLanguage(BASE + "/unsubscribe?token=x", "sv")).isEqualTo(BASE + "/unsubscribe?token=x&lang=sv");
    }

    private static Contact contact(String language, List<String> sectors) {
        return new Contact("Dept", "Name", "n@example.org", language, sectors, List.of(), List.of(), List.of(), List.of(),
                Frequency.daily(LocalTime.of(7, 0)), 0, false);
    }
}
