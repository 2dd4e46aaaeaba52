package se.omvarldsradar.fetch.internal;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchSettings;

/** A fetcher with {@link TestFetchers#fast()} limits against the subclass's WireMock, closed after each test. */
abstract class FetcherTestBase {
    protected HttpFetcher fetcher = new HttpFetcher(TestFetchers.fast());

    /** The subclass's WireMock (each registers its own, with the options it needs). */
    protected abstract WireMockExtension wm();

    @AfterEach
    void closeFetcher() {
        fetcher.close();
    }

    /** Replaces the fetcher with one built from {@code settings}. */
    protected void use(FetchSettings settings) {
        fetcher.close();
        fetcher = new HttpFetcher(settings);
    }

    protected URI url(String path) {
        return URI.create(wm().baseUrl() + path);
    }

    protected FetchResult fetch(String path) {
        return fetcher.fetch(FetchRequest.get(url(path)));
    }
}
