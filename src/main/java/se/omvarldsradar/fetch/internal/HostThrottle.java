package se.omvarldsradar.fetch.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** At most one request in flight per host, and at least the configured delay between two. */
final class HostThrottle {
    private final Duration delay;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    HostThrottle(Duration delay) {
        this.delay = delay;
    }

    interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    <T> T run(String host, Call<T> call) throws IOException, InterruptedException {
        Slot slot = slots.computeIfAbsent(host == null ? "" : host.toLowerCase(), h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.nextAllowed - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            try {
                return call.call();
            } finally {
                slot.nextAllowed = System.nanoTime() + delay.toNanos();
            }
        } finally {
            slot.lock.unlock();
        }
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long nextAllowed;
    }
}
