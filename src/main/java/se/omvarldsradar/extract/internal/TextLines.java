package se.omvarldsradar.extract.internal;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Plain text of an element with one line per block (paragraph, heading, list item), for long descriptions. */
public final class TextLines {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "br",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre", "dd", "dt", "dl", "figcaption");

    private TextLines() {
    }

    /** The visible text, whitespace collapsed within lines, empty lines dropped; script content never included. */
    public static String of(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (isBlock(node)) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    sb.append('\n');
                }
            }
        }, root);
        return sb.toString().lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCKS.contains(e.normalName());
    }
}
