package se.omvarldsradar.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/** What staff do on the search, item and overview pages, in a real browser; axe-core checks each page. */
class SearchPagesBrowserTests extends InBrowser {

    @Test
    void searchClickAFacetOpenAnItemSwitchLanguageAndDownloadTheCalendar() throws Exception {
        page.navigate(url("/search?q=hamn"));
        assertThat(page.locator("h1")).hasText("Omvärldsradar");
        assertThat(page.locator(".hit").first()).isVisible();
        page.locator(".facets a", new Page.LocatorOptions().setHasText("Logistik")).first().click();
        assertThat(page).hasURL(Pattern.compile("sector=logistics"));
        assertThat(page.locator(".facets a.selected")).containsText("Logistik");
        assertThat(page.locator(".hit .badge").first()).containsText(Pattern.compile("stänger om \\d+ dagar|stänger i (dag|morgon)"));

        page.locator(".hit h2 a", new Page.LocatorOptions().setHasText("Gröna korridorer")).click();
        assertThat(page.locator("h1")).hasText("Gröna korridorer för hamn och intermodal transport");
        assertThat(page.locator(".why")).containsText("Logistik: hamn, intermodal transport");
        assertThat(page.locator(".fields")).containsText("Interreg Aurora");
        assertThat(page.locator(".similar")).containsText("digitala tvillingar");
        // The history in the digests' words, not field names and instants.
        var moved = items.changes(page.url().replaceAll(".*/items/([^?]+).*", "$1")).getFirst();
        assertThat(page.locator(".history li")).containsText("Sista ansökningsdag flyttad från "
                + se.omvarldsradar.digest.ReaderText.day(java.time.Instant.parse(moved.oldValue()), "sv") + " till "
                + se.omvarldsradar.digest.ReaderText.day(java.time.Instant.parse(moved.newValue()), "sv"));
        assertThat(page.locator(".history")).not().containsText("deadline");

        page.locator("nav a[hreflang=en]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".why h2")).hasText("Why this tag");
        assertThat(page.locator(".history li")).containsText("Deadline moved from");
        assertThat(page.locator(".fields .badge").first()).containsText(Pattern.compile("closes in \\d+ days"));

        page.navigate(url("/search?q=hamn&sector=logistics&sort=deadline"));
        assertThat(page.locator(".hit h2 a").first()).containsText("Gröna korridorer");
        Download download = page.waitForDownload(() -> page.locator(".exports a[type='text/calendar']").click());
        String ics = Files.readString(download.path());
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Deadline: Gröna korridorer")
                .containsPattern("UID:[^\\r]+-0@omvarldsradar");
    }

    @Test
    void offersASpellingWhenNothingIsFound() {
        page.navigate(url("/search?q=hamnterminalr"));
        assertThat(page.locator(".suggestion")).containsText("Menade du:");
        page.locator(".suggestion a").click();
        assertThat(page.locator(".hit").first()).containsText("hamnterminaler");
    }

    @Test
    void worksWithoutJavaScript() {
        com.microsoft.playwright.BrowserContext noJs = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", ADMIN_AUTH)));
        try {
            Page p = noJs.newPage();
            p.navigate(url("/search"));
            p.locator("#q").fill("hamn");
            p.locator("details.dates summary").click();
            p.locator("#deadlineFrom").fill(java.time.LocalDate.now().toString());
            p.locator("form.search button[type=submit]").first().click();
            assertThat(p).hasURL(Pattern.compile("deadlineFrom="));
            assertThat(p.locator(".hit h2 a").first()).isVisible();
            assertThat(p.locator(".hits")).not().containsText("Stängd utlysning");
            p.locator(".facets a", new Page.LocatorOptions().setHasText("Logistik")).first().click();
            assertThat(p).hasURL(Pattern.compile("sector=logistics.*deadlineFrom=|deadlineFrom=.*sector=logistics"));
        } finally {
            noJs.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=hamn", "/search?q=hamn&sector=logistics&lang=en", "/search?q=hamnterminalr",
            "/items/{call}", "/items/{call}?lang=en", "/overview", "/overview?lang=en", "/sources"})
    void axeFindsNoViolations(String path) {
        String id = search.search(se.omvarldsradar.search.SearchQuery.of("korridorer")).hits().getFirst().id();
        page.navigate(url(path.replace("{call}", id)));
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(results.getViolations()).as(() -> path + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList()).toList()).isEmpty();
    }
}
