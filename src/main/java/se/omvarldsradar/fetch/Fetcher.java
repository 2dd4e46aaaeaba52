package se.omvarldsradar.fetch;

/** Fetches one resource politely and within limits; never throws for network or server trouble. */
public interface Fetcher {
    FetchResult fetch(FetchRequest request);
}
