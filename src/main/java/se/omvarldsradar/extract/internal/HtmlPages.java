package se.omvarldsradar.extract.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What an HTML page says about itself: the feed it advertises, or that it is an empty JavaScript shell. */
public final class HtmlPages {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml");
    /** Less visible text than this, with scripts present, is a page rendered in the browser. */
    private static final int SHELL_TEXT_LIMIT = 300;

    private HtmlPages() {
    }

    /** The absolute http(s) URI of the first RSS or Atom feed the page advertises, or null. */
    public static URI advertisedFeed(Document page) {
        for (Element link : page.select("link[rel][type][href]")) {
            // A list, not Set.of: pages repeat tokens (rel="alternate alternate"), which Set.of rejects.
            boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
            String href = Text.link(null, link.absUrl("href"));
            if (alternate && FEED_TYPES.contains(type) && href != null) {
                return URI.create(href);
            }
        }
        return null;
    }

    /**
     * A single-page-application shell (Angular, React, Vue): almost no text of its own, the content comes
     * later from an API the browser calls.
     */
    public static boolean isAppShell(Document page) {
        if (page.body() == null) {
            return false;
        }
        boolean angular = !page.select("app-root, [ng-version], [ng-app], [ngcm]").isEmpty();
        boolean scripts = !page.select("script").isEmpty();
        Element body = page.body().clone();
        body.select("script, noscript, style, template").remove();
        int text = body.text().length();
        return (angular || scripts) && text < SHELL_TEXT_LIMIT;
    }

    /** The explanation for an app shell, naming the usual way out. */
    public static String appShellMessage(URI url) {
        return "JavaScript application shell (e.g. Angular) with no content in the HTML at " + url
                + "; the data is loaded by the browser from an API, so read that API instead"
                + " (for the EU Funding & Tenders portal use type eu-funding-tenders)";
    }
}
