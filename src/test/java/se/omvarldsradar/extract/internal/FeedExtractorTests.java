package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Samples;
import se.omvarldsradar.extract.Sources;

class FeedExtractorTests {
    private static final URI URL = URI.create("https://kommun.example.se/nyheter/rss.xml");
    private static final String SWEDISH = "Årets utlysning för äldreomsorg och öppna data";

    private final FeedExtractor extractor = new FeedExtractor();

    private ExtractionResult extract(byte[] body, String contentType) {
        return extractor.extract(new Document(URL, contentType, body), Sources.feed());
    }

    private ExtractionResult extract(String body) {
        return extract(body.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><language>sv-SE</language>"
                + items + "</channel></rss>";
    }

    @Test
    void readsRssItemsAsPlainTextWithAbsoluteLinks() {
        ExtractionResult r = extract(rss("<item><title>Ny &lt;b&gt;utlysning&lt;/b&gt;</title><link>/a/1</link>"
                + "<description><![CDATA[<p>Stöd till <em>kommuner</em></p>]]></description>"
                + "<pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate><category>Energi</category></item>"));

        ExtractedItem item = r.items().getFirst();
        assertThat(item.title()).isEqualTo("Ny utlysning");
        assertThat(item.url()).isEqualTo("https://kommun.example.se/a/1");
        assertThat(item.summary()).isEqualTo("Stöd till kommuner");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
        assertThat(item.language()).isEqualTo("sv");
        assertThat(item.keywords()).containsExactly("Energi");
        assertThat(r.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 10 Mar 2026 08:00:00 GMT | 2026-03-10T08:00:00Z",
            "Thu, 26 Nov 2026 15:00:00 -0000 | 2026-11-26T15:00:00Z",
            "Tue, 10 Jun 2003 04:00:00 +0200 | 2003-06-10T02:00:00Z",
            "Tue, 10 Jun 2003 04:00:00 UT | 2003-06-10T04:00:00Z",
            "10 Jun 2003 04:00:00 GMT | 2003-06-10T04:00:00Z",
            "2026-03-10T08:00:00+01:00 | 2026-03-10T07:00:00Z",
            "2026-03-10 | 2026-03-10T00:00:00Z"})
    void readsPublicationDatesInTheFormsFeedsUse(String pubDate, String expected) {
        ExtractionResult r = extract(rss("<item><title>T</title><link>/a/1</link><pubDate>" + pubDate + "</pubDate></item>"));
        assertThat(r.items().getFirst().published()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void dropsLinksThatAreNotHttp() {
        ExtractionResult r = extract(rss("<item><title>x</title><link>javascript:alert(1)</link></item>"
                + "<item><title>y</title><link>data:text/html,hi</link></item>"));

        assertThat(r.items()).extracting(ExtractedItem::url).containsOnlyNulls();
    }

    @Test
    void readsAtom() {
        ExtractionResult r = extract("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>urn:1</id>"
                + "<title type=\"html\">A &lt;i&gt;b&lt;/i&gt;</title><link rel=\"alternate\" href=\"x.html\"/>"
                + "<updated>2026-01-02T03:04:05Z</updated><summary>s</summary></entry></feed>");

        assertThat(r.items()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("A b");
            assertThat(i.url()).isEqualTo("https://kommun.example.se/nyheter/x.html");
            assertThat(i.guid()).isEqualTo("urn:1");
            assertThat(i.published()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        });
    }

    @Test
    void refusesExternalEntitiesQuicklyWithoutReadingThem() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + rss("<item><title>&xxe;</title></item>");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> extract(xxe))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("entities"));
    }

    @Test
    void refusesBillionLaughsQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "]>" + rss("<item><title>&lol9;</title></item>");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> extract(bomb))
                .isInstanceOf(ExtractionException.class));
    }

    @Test
    void readsFeedsWithAPlainDoctypeByIgnoringIt() {
        String rss091 = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>t</title>"
                + "<link>https://e.org/</link><description>d</description><item><title>a</title>"
                + "<link>https://e.org/a</link></item></channel></rss>";

        assertThat(extract(rss091).items()).extracting(ExtractedItem::title).containsExactly("a");
    }

    @Test
    void readsUtf8LabelledAsLatin1() {
        byte[] body = rss("<item><title>" + SWEDISH + "</title></item>").replace("<?xml version=\"1.0\"?>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").getBytes(StandardCharsets.UTF_8);

        assertThat(extract(body, "application/rss+xml; charset=ISO-8859-1").items().getFirst().title()).isEqualTo(SWEDISH);
    }

    @Test
    void readsLatin1LabelledAsUtf8OrNotLabelledAtAll() {
        byte[] body = rss("<item><title>" + SWEDISH + "</title></item>").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(extract(body, "text/xml; charset=utf-8").items().getFirst().title()).isEqualTo(SWEDISH);
        assertThat(extract(body, null).items().getFirst().title()).isEqualTo(SWEDISH);
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        String xml = rss("<item><title>" + SWEDISH + "</title></item>").replace("<?xml version=\"1.0\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
        byte[] body = ("\uFEFF" + xml).getBytes(Charset.forName("UTF-16LE"));

        assertThat(extract(body, "text/xml; charset=iso-8859-1").items().getFirst().title()).isEqualTo(SWEDISH);
    }

    @Test
    void recoversEntriesOfABrokenFeedAndWarns() {
        String broken = rss("<item><title>Första &nbsp; posten</title><link>https://e.org/1</link></item>"
                + "<item><title>Andra & tredje</title><link>https://e.org/2?a=1&b=2</link></item>").replace("</rss>", "");

        ExtractionResult r = extract(broken);

        assertThat(r.items()).extracting(ExtractedItem::url).containsExactly("https://e.org/1", "https://e.org/2?a=1&b=2");
        assertThat(r.items().get(1).title()).isEqualTo("Andra & tredje");
        assertThat(r.warnings()).singleElement().asString().contains("broken feed").contains("2 entries");
    }

    @Test
    void givesNoItemsForAnEmptyFeed() {
        assertThat(extract(rss("")).items()).isEmpty();
        assertThat(extract("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>").items()).isEmpty();
        assertThat(extract("<rss version=\"2.0\"></rss>").items()).isEmpty();
    }

    @Test
    void failsOnAnEmptyDocument() {
        assertThatThrownBy(() -> extract(" \n")).isInstanceOf(ExtractionException.class).hasMessageContaining("empty");
    }

    @Test
    void findsTheFeedAnHtmlPageAdvertises() {
        byte[] page = Samples.bytes("html/se_fz.se/fz.se_frontpage_with_feed_autodiscovery.html");

        ExtractionResult r = extractor.extract(new Document(URI.create("https://www.fz.se/"), "text/html", page),
                Sources.feed());

        assertThat(r.discoveredFeed()).isEqualTo(URI.create("https://www.fz.se/feeds/nyheter"));
        assertThat(r.items()).isEmpty();
    }

    @Test
    void failsClearlyOnHtmlThatAdvertisesNoFeed() {
        String page = new String(Samples.bytes("html/se_fz.se/fz.se_frontpage_with_feed_autodiscovery.html"),
                StandardCharsets.UTF_8).replaceAll("<link rel=\"alternate\"[^>]*>", "");

        assertThatThrownBy(() -> extract(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("HTML page, not a feed");
    }

    @Test
    void failsClearlyOnAnAngularShell() {
        byte[] shell = Samples.bytes("html/ec_funding-tenders_portal/portal_opportunities_SPA_shell.html");

        assertThatThrownBy(() -> extract(shell, "text/html"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("JavaScript application shell");
    }

    @org.junit.jupiter.api.Test
    void anEntryWithAHostileLinkLosesTheLinkNotTheFeed() {
        ExtractionResult r = extract("""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>t</title><link>http://example.org/</link><description>d</description>
                <item><title>Tab</title><link>ja&#9;vascript:alert(1)</link><guid>a</guid></item>
                <item><title>Data</title><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link><guid>b</guid></item>
                <item><title>Good</title><link>http://example.org/good</link><guid>c</guid></item>
                </channel></rss>
                """);
        org.assertj.core.api.Assertions.assertThat(r.items()).extracting(se.omvarldsradar.extract.ExtractedItem::title)
                .containsExactly("Tab", "Data", "Good");
        org.assertj.core.api.Assertions.assertThat(r.items()).extracting(se.omvarldsradar.extract.ExtractedItem::url)
                .containsExactly(null, null, "http://example.org/good");
    }
}
