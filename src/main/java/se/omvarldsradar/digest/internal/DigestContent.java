package se.omvarldsradar.digest.internal;

import java.util.List;

/** What one digest says, ready for the templates. Every text here is plain text; templates escape it. */
record DigestContent(String greeting, String intro, String language, List<Section> sections, String searchUrl,
        String unsubscribeUrl, String preferencesUrl, boolean alert) {

    /** A titled group of entries, with the number left out when the section was cut and where to see them all. */
    record Section(String title, List<Entry> entries, int omitted, String moreUrl) {
    }

    /**
     * One item in a digest; dates as "5 mars 2026" in Swedish time. {@code url} is null unless it is an http(s)
     * link. {@code changes} says what changed for an updated item, else it is empty.
     */
    record Entry(String id, String title, String url, String source, String date, String deadline, List<String> tags,
            String summary, List<String> changes) {
    }
}
