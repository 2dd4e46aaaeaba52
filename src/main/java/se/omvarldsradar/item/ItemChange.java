package se.omvarldsradar.item;

import java.time.Instant;

/** One field of an item that changed between two crawls. */
public record ItemChange(Instant changedAt, String field, String oldValue, String newValue) {
}
