package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {
    @Test
    void anEscapedSnippetWithItsMarksIsKeptAsItIs() {
        String s = "Stöd till &lt;script&gt; <mark>hamnar</mark> &amp; terminaler";
        assertThat(Snippets.safe(s)).isSameAs(s);
    }

    @Test
    void anyOtherMarkupGoesThroughTheSafelist() {
        String s = "<mark>hamn</mark> <img src=x onerror=alert(1)> <b>fet</b> <mark onclick=x>y</mark>";
        String safe = Snippets.safe(s);
        assertThat(safe).contains("<mark>hamn</mark>").doesNotContain("<img", "onerror", "<b>", "onclick");
    }
}
