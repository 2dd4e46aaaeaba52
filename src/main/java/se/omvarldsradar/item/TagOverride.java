package se.omvarldsradar.item;

import java.time.Instant;
import java.util.List;

/** Tags the office set by hand on an item, who set them and when. */
public record TagOverride(List<String> sectors, List<String> focus, String setBy, Instant setAt) {
}
