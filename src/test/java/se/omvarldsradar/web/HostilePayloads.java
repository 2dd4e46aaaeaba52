package se.omvarldsradar.web;

import java.time.Instant;
import java.util.List;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Items;

/** Crawled content that tries to run script or break the page: through a feed, and stored as is. */
final class HostilePayloads {
    static final String LONG_WORD = "Hamn" + "x".repeat(3000);

    private HostilePayloads() {
    }

    /** RSS items whose title, description and link carry markup and script URLs (XML-escaped as a feed would). */
    static String[] feedItems() {
        return new String[] {
                rss("h-1", "&lt;script&gt;console.log('" + RunningApp.MARKER + "-1');alert(1)&lt;/script&gt; Hamnfest",
                        "javascript:alert(1)",
                        "&lt;img src=x onerror=\"console.log('" + RunningApp.MARKER + "-2');alert(2)\"&gt; hamn "
                                + "&lt;svg onload=\"alert(3)\"&gt;&lt;/svg&gt;"),
                rss("h-2", "Hamn &lt;img src=x onerror=alert(4)&gt;", "ja&#9;vascript:alert(5)",
                        "&lt;a href=\"javascript:alert(6)\"&gt;klicka&lt;/a&gt; hamn &lt;iframe src=\"javascript:alert(7)\"&gt;&lt;/iframe&gt;"),
                rss("h-3", "<![CDATA[<svg><script>alert(8)</script></svg> hamn]]>", "data:text/html,&lt;script&gt;alert(9)&lt;/script&gt;",
                        "<![CDATA[<style>body{display:none}</style><math><mi xlink:href=\"javascript:alert(10)\">x</mi></math> hamn]]>"),
        };
    }

    private static String rss(String guid, String title, String link, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + guid + "</guid><pubDate>"
                + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC))
                + "</pubDate><description>" + description + "</description></item>";
    }

    /** Items stored without any extractor cleaning: raw markup in every text field and script URLs. */
    static List<Items.TaggedItem> storedItems(Instant now) {
        return List.of(
                item("raw-1", "javascript:alert(11)", "<script>console.log('" + RunningApp.MARKER + "-3');alert(12)</script>Hamn raw",
                        "<img src=x onerror=\"console.log('" + RunningApp.MARKER + "-4');alert(13)\"> hamn <svg/onload=alert(14)>", now),
                item("raw-2", "ja\tvascript:alert(15)", "\"><svg onload=alert(16)> hamn " + LONG_WORD,
                        "<a href=\"javascript:alert(17)\">hamn</a> " + LONG_WORD, now),
                item("raw-3", " JAVASCRIPT:alert(18)", "Hamn \u202Eevil\u202C <iframe srcdoc=\"<script>alert(19)</script>\">",
                        "<style>*{display:none!important}</style><base href=\"javascript:alert(20)//\"> hamn", now),
                item("raw-4", "data:image/svg+xml,<svg onload=alert(21)>", "Hamn </title></head><body onload=alert(22)>",
                        "hamn ]]> <!-- <script>alert(23)</script> --> \u0000\u0007 kontroll", now));
    }

    private static Items.TaggedItem item(String guid, String url, String title, String text, Instant published) {
        ExtractedItem item = new ExtractedItem(guid, url, title, text, text + " <b>mer</b>", published, "sv", List.of(), null);
        Tags tags = new Tags("sv", List.of(new Tags.Tag("logistics", 1.0, List.of("<img src=x onerror=alert(24)>", "hamn"))),
                List.of());
        return new Items.TaggedItem(item, tags);
    }
}
