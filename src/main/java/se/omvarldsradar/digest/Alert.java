package se.omvarldsradar.digest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A saved search mailed to its owner as a digest; active once the owner confirmed the address. */
public record Alert(String id, String ownerEmail, String query, Map<String, List<String>> filters, String frequency,
        String language, Instant created, boolean confirmed) {

    public Alert {
        filters = Map.copyOf(filters);
    }
}
