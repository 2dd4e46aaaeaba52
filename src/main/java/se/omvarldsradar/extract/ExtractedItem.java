package se.omvarldsradar.extract;

import java.time.Instant;
import java.util.List;

/**
 * One item as read from a source, before tagging. Text fields are plain text (markup removed);
 * {@code url} is absolute; {@code call} is null unless the source gave call details.
 */
public record ExtractedItem(String guid, String url, String title, String summary, String content,
        Instant published, String language, List<String> keywords, CallDetails call) {

    public ExtractedItem {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public ExtractedItem withCall(CallDetails details) {
        return new ExtractedItem(guid, url, title, summary, content, published, language, keywords, details);
    }

    /** Title, summary and content joined, for tagging and call-detail extraction. */
    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {title, summary, content}) {
            if (s != null && !s.isBlank()) {
                sb.append(s).append('\n');
            }
        }
        return sb.toString();
    }
}
