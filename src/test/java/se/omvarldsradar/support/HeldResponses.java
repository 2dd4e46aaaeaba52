package se.omvarldsradar.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock listener that holds the responses to one path until the test releases them, so a crawl of that
 * path is provably in flight for as long as the test needs, without sleeping on a guess.
 */
public final class HeldResponses implements ServeEventListener {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private final String path;
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    public HeldResponses(String path) {
        this.path = path;
    }

    @Override
    public String getName() {
        return "held-responses";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        if (!event.getRequest().getUrl().equals(path)) {
            return;
        }
        arrived.countDown();
        try {
            released.await(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a request for the path has reached the server and its response is being held. */
    public void awaitRequest() throws InterruptedException {
        if (!arrived.await(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("no request for " + path + " within " + LIMIT);
        }
    }

    /** Lets the held response, and every later one, go. */
    public void release() {
        released.countDown();
    }
}
