package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;


import se.omvarldsradar.search.SearchHit;
import se.omvarldsradar.search.SearchQuery;

/**
 * Crawled markup, script URLs, SVG payloads and the feedparser sanitize samples, on every page that shows
 * them: nothing runs (no dialog, no console marker, no CSP report), no active element or script link is
 * created, and nothing widens the page.
 */
class HostileContentBrowserTests extends InBrowser {
    @Test
    void hostileItemsAreStoredAndFound() {
        // The directly stored items must be there whatever the extractor does with the hostile feeds.
        assertThat(search.search(new SearchQuery("", java.util.Map.of("source", List.of("hostile")), "newest", 0, 100)).total())
                .isGreaterThanOrEqualTo(HostilePayloads.storedItems(java.time.Instant.now()).size());
    }

    @Test
    void nothingRunsOrBreaksTheLayoutOnSearchPages() {
        for (String path : List.of("/search?q=hamn", "/search?q=hamn&sort=newest&size=100", "/search?source=hostile&size=100",
                "/search?q=&sort=newest&size=100", "/search?q=hamn&lang=en", "/overview")) {
            visit(path);
        }
    }

    @Test
    void nothingRunsOrBreaksTheLayoutOnItemPages() {
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(search.search(new SearchQuery("", java.util.Map.of("source", List.of("hostile")), "newest", 0, 100)).hits());
        hits.addAll(search.search(new SearchQuery("", java.util.Map.of(), "newest", 0, 100)).hits().stream()
                .filter(h -> h.source() != null && (h.source().startsWith("Sanitize") || h.source().startsWith("Fientligt"))).toList());
        assertThat(hits).isNotEmpty();
        for (SearchHit h : hits) {
            visit("/items/" + java.net.URLEncoder.encode(h.id(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void visit(String path) {
        var response = page.navigate(url(path));
        assertThat(response.status()).as(path).isEqualTo(200);
        page.waitForLoadState();
        assertThat(dialogs).as("dialogs on " + path).isEmpty();
        assertThat(console).as("console on " + path).noneMatch(m -> m.contains(MARKER) || m.contains("Content Security Policy")
                || m.startsWith("pageerror"));
        Object active = page.evaluate("""
                () => {
                  const bad = [];
                  document.querySelectorAll('main script, main img, main iframe, main object, main embed, main svg:not(.chart svg), main math, main style, main base, main form:not(.search):not(.admin-form):not(.alert-save), main link')
                    .forEach(e => bad.push(e.outerHTML.slice(0, 80)));
                  document.querySelectorAll('*').forEach(e => { for (const a of e.attributes) {
                    if (/^on/i.test(a.name)) bad.push(e.tagName + ' ' + a.name);
                    if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && !/^(https?:|\\/|#|\\?)/i.test(a.value.trim())) bad.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 40));
                  } });
                  if (document.documentElement.scrollWidth > window.innerWidth + 1) bad.push('page wider than the window: ' + document.documentElement.scrollWidth);
                  if (document.querySelector('header.site-header') === null || getComputedStyle(document.body).display === 'none') bad.push('layout gone');
                  return bad;
                }""");
        assertThat((List<?>) active).as("active content or broken layout on " + path).isEmpty();
    }
}
