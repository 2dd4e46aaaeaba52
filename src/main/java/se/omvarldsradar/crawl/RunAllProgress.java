package se.omvarldsradar.crawl;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far the office's "run all now" has come: sources done of all enabled ones, how many failed and how many
 * new items were found. {@code started} is null before the first run; {@code finished} is null while it runs.
 */
public record RunAllProgress(Instant started, Instant finished, int total, int done, int failed, int newItems) {
    @JsonProperty // derived, but part of the progress JSON
    public boolean running() {
        return started != null && finished == null;
    }
}
