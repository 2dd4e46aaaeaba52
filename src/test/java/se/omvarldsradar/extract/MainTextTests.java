package se.omvarldsradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MainTextTests {

    @Test
    void keepsTheArticleAndDropsMenusAndScripts() {
        String html = """
                <html><head><script>var x = 1;</script></head><body>
                <nav><a href="/">Start</a><a href="/om">Om oss</a></nav>
                <div id="wrap"><div class="teaser"><p>Kort puff</p></div>
                <div class="body"><h1>Utlysning</h1><p>Första stycket om äldreomsorg och välfärdsteknik i kommunen.</p>
                <p>Andra stycket: sista ansökningsdag är 15 mars 2026 och budgeten är 2 miljoner euro.</p>
                <script>alert('x')</script></div></div>
                <footer>Kontakt och cookies</footer></body></html>""";

        String text = MainText.of(new Document(URI.create("https://e.se/a"), "text/html",
                html.getBytes(StandardCharsets.UTF_8)));

        assertThat(text).contains("Första stycket om äldreomsorg").contains("15 mars 2026")
                .doesNotContain("Om oss").doesNotContain("alert").doesNotContain("Kontakt").doesNotContain("Kort puff");
        assertThat(text.lines()).contains("Andra stycket: sista ansökningsdag är 15 mars 2026 och budgeten är 2 miljoner euro.");
    }

    @Test
    void readsTheMainTextOfARealCallPage() {
        byte[] page = Samples.bytes("html/euro-access.eu/call_detail_erasmus_charter_5th_cutoff.html");

        String text = MainText.of(new Document(URI.create("https://www.euro-access.eu/en/calls/135"), "text/html", page));

        assertThat(text).contains("Erasmus Charter for Higher Education").doesNotContain("Search terms");
        System.out.println("main text of the euro-access call page (" + text.length() + " chars):\n"
                + text.substring(0, Math.min(600, text.length())));
    }

    @Test
    void givesEmptyTextForAnAppShell() {
        byte[] shell = Samples.bytes("html/edge_cases/js_redirect_to_lander_114bytes.html");

        assertThat(MainText.of(new Document(URI.create("https://e.org/"), "text/html", shell))).isEmpty();
    }
}
