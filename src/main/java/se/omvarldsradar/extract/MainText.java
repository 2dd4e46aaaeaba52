package se.omvarldsradar.extract;

import org.jsoup.nodes.Element;

import se.omvarldsradar.extract.internal.Charsets;
import se.omvarldsradar.extract.internal.ParseBudget;
import se.omvarldsradar.extract.internal.TextLines;

/**
 * The main text of an article page (what a reader came for, without menus, headers, footers and scripts),
 * as plain text with one paragraph per line. Used for sources with {@code follow: true}. Pure.
 */
public final class MainText {
    private static final String CLUTTER = "script, style, noscript, template, iframe, svg, button, nav, header,"
            + " footer, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden],"
            + " [id*=cookie], [class*=cookie], .noindex";
    /** A landmark with less text than this is probably a teaser box, not the article. */
    private static final int MIN_LANDMARK_TEXT = 200;

    private MainText() {
    }

    /** The main text of a fetched HTML document, decoded by its charset. */
    public static String of(Document document) {
        String base = document.url() == null ? "" : document.url().toString();
        return of(ParseBudget.start().html(Charsets.decode(document.body(), document.contentType()), base));
    }

    /** The main text of a parsed page; empty when the page has none (an app shell). */
    public static String of(org.jsoup.nodes.Document page) {
        Element body = page.body() == null ? page : page.body().clone();
        body.select(CLUTTER).remove();
        // Search and filter forms are clutter, but some sites (ASP.NET) wrap the whole page, heading and all, in one.
        int all = body.text().length();
        boolean hasHeading = body.selectFirst("h1") != null;
        body.select("form").forEach(f -> {
            if (hasHeading ? f.selectFirst("h1") == null : f.text().length() < all / 2) {
                f.remove();
            }
        });
        Element best = null;
        for (Element landmark : body.select("article, main, [role=main], #content, #main, .content, .article")) {
            if (landmark.text().length() >= MIN_LANDMARK_TEXT
                    && (best == null || landmark.text().length() > best.text().length())) {
                best = landmark;
            }
        }
        return TextLines.of(best != null ? best : densest(body));
    }

    /** The element whose paragraphs hold the most text: where the article is on pages without landmarks. */
    private static Element densest(Element body) {
        Element best = body;
        int bestScore = 0;
        for (Element parent : body.select("p, li").parents()) {
            int score = 0;
            for (Element child : parent.children()) {
                if (child.is("p, li, h2, h3, ul, ol")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }
}
