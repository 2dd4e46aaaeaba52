package se.omvarldsradar.classify.internal;

import org.springframework.stereotype.Component;

import se.omvarldsradar.classify.CallDetailsReader;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;

/** Keeps the call details the source gave; reading them from text comes with the tagging work. */
@Component
class SourceCallDetails implements CallDetailsReader {
    @Override
    public CallDetails read(ExtractedItem item) {
        return item.call();
    }
}
