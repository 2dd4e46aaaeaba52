package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.util.List;

/** What one digest says, ready for the templates. Every text here is plain text; templates escape it. */
record DigestContent(String contactName, String language, List<Section> sections, int total, String searchUrl,
        String unsubscribeUrl, String preferencesUrl, Instant generated) {

    /** A titled group of entries, with the number left out when the section was cut. */
    record Section(String title, List<Entry> entries, int omitted) {
    }

    /** One item in a digest; dates as yyyy-MM-dd in Swedish time. {@code url} is null unless it is an http(s) link. */
    record Entry(String id, String title, String url, String source, String date, String deadline, List<String> tags,
            String summary) {
    }
}
