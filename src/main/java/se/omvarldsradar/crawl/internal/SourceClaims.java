package se.omvarldsradar.crawl.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The sources being crawled right now in this process. A source is claimed by at most one crawl at a time, so
 * the Quartz job, "run now", "run all now" and the command line never fetch one source twice at once nor race
 * each other storing its items and writing its health.
 */
public final class SourceClaims {
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Object released = new Object();

    /** Claims the source for one crawl, or nothing while another crawl holds it; close the claim when done. */
    public Optional<Claim> claim(String sourceId) {
        return held.add(sourceId) ? Optional.of(() -> release(sourceId)) : Optional.empty();
    }

    /** Waits until no crawl holds a source, at most {@code timeout}; whether none does. */
    public boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (released) {
            while (!held.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(released, left);
            }
        }
        return true;
    }

    private void release(String sourceId) {
        held.remove(sourceId);
        synchronized (released) {
            released.notifyAll();
        }
    }

    /** Whether a crawl holds the source right now. */
    public boolean held(String sourceId) {
        return held.contains(sourceId);
    }

    /** A crawl's hold on one source, released on close. */
    @FunctionalInterface
    public interface Claim extends AutoCloseable {
        @Override
        void close();
    }
}
