package se.omvarldsradar.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The office previews a contact's next digest and sends it; a contact changes how often it comes, on the page
 * the digest links to. In a real browser, with the hostile items of the running application in the digest.
 */
class AdminDigestsBrowserTests extends InBrowser {
    @Test
    void previewShowsTheMailAsTheContactSeesItAndNothingInItRuns() {
        page.navigate(url("/admin/digests"));
        page.locator("tr", new Page.LocatorOptions().setHasText("alla@example.org")).getByText("Förhandsvisa nästa").click();
        assertThat(page.locator("h1")).hasText("Förhandsvisning av nästa sammanställning");
        assertThat(page.locator(".facts")).containsText("Alla <alla@example.org>, Internationella kontoret");
        assertThat(page.locator("main [role=status]")).containsText(Pattern.compile("\\d+ poster skickas vid nästa utskick"));

        var mail = page.frameLocator("iframe.mail-preview");
        assertThat(mail.locator("body")).containsText("Hej Alla!");
        assertThat(mail.locator("body")).containsText("Fientligt flöde");
        Frame frame = page.frames().stream().filter(f -> f.url().contains("/admin/digests/preview/html")).findFirst().orElseThrow();
        Object active = frame.evaluate("""
                () => {
                  const bad = [];
                  document.querySelectorAll('script, iframe, object, embed, form, link, img:not([src^="data:"])').forEach(e => bad.push(e.outerHTML.slice(0, 80)));
                  document.querySelectorAll('*').forEach(e => { for (const a of e.attributes) {
                    if (/^on/i.test(a.name)) bad.push(e.tagName + ' ' + a.name);
                    if (/^(href|src|action|xlink:href)$/i.test(a.name) && !/^(https?:|mailto:)/i.test(a.value.trim())) bad.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 40));
                  } });
                  return bad;
                }""");
        assertThat((List<?>) active).as("active content in the previewed mail").isEmpty();
        assertThat(dialogs).isEmpty();
        assertThat(console).noneMatch(m -> m.contains(MARKER) || m.startsWith("pageerror"));
        AxeResults axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(axe.getViolations()).as(() -> axe.getViolations().stream().map(v -> v.getId()).toList().toString()).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka nu")).click();
        assertThat(page).hasURL(Pattern.compile("/admin/digests$"));
        assertThat(page.locator("main [role=status]")).containsText(Pattern.compile("alla@example.org: Skickad \\(\\d+ poster\\)"));
        assertThat(page.locator("table.sources").last()).containsText("Skickad");

        // what was sent (shown, or counted in a full section's "N till") is not new again; an unshown call closing
        // soon may still come as a reminder
        page.navigate(url("/admin/digests/preview?contact=alla@example.org"));
        assertThat(page.locator(".facts")).containsText("Omvärldsradar: ");
        assertThat(page.locator(".facts")).not().containsText(Pattern.compile("\\d+ nya? post"));
    }

    @Test
    void aContactPicksAWeekdayAndATimeWithoutTypingAFormat() {
        page.navigate(url("/admin/digests/preview/html?contact=alla@example.org"));
        String href = page.locator("a", new Page.LocatorOptions().setHasText("Ändra inställningar")).getAttribute("href");
        String token = href.substring(href.indexOf("token=") + 6);

        BrowserContext anonymous = chromium.browser.newContext(); // the contact, not logged in
        try {
            Page p = anonymous.newPage();
            p.navigate(url("/preferences?token=" + token));
            assertThat(p.locator("h1")).hasText("Inställningar för sammanställningen");
            assertThat(p.getByLabel("Varje dag")).isChecked();
            p.getByLabel("Varje vecka, på").check();
            p.getByLabel("Veckodag").selectOption("fri");
            p.getByLabel("Klockan (svensk tid)").fill("08:30");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            assertThat(p.locator(".saved")).containsText("sparade");
            p.navigate(url("/preferences?token=" + token));
            assertThat(p.getByLabel("Varje vecka, på")).isChecked();
            assertThat(p.getByLabel("Veckodag")).hasValue("fri");
            assertThat(p.getByLabel("Klockan (svensk tid)")).hasValue("08:30");
            AxeResults axe = new AxeBuilder(p).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
            assertThat(axe.getViolations()).as(() -> axe.getViolations().stream().map(v -> v.getId()).toList().toString()).isEmpty();

            page.navigate(url("/admin/digests"));
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("alla@example.org"))).containsText("Varje fredag kl. 08:30");

            p.getByLabel("Varje dag").check(); // as it was, for the other tests of this application
            p.getByLabel("Klockan (svensk tid)").fill("07:00");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            assertThat(p.locator(".saved")).isVisible();
        } finally {
            anonymous.close();
        }
    }
}
