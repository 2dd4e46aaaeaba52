package se.omvarldsradar.search;

import java.time.Instant;
import java.util.List;

/**
 * One result. {@code snippet} is safe HTML: escaped text with matches wrapped in {@code <mark>}.
 * {@code deadline} is the next deadline of a call, if any.
 */
public record SearchHit(String id, String title, String url, String source, String kind, Instant published,
        Instant deadline, String status, String programme, List<String> sectors, List<String> focus, String snippet) {
}
