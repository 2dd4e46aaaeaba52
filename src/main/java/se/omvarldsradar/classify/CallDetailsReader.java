package se.omvarldsradar.classify;

import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;

/** Completes an item's call details from its text where the source did not give them. Pure. */
public interface CallDetailsReader {

    /** The item's call details: those the source gave, completed from the text; null if none at all. */
    CallDetails read(ExtractedItem item);
}
