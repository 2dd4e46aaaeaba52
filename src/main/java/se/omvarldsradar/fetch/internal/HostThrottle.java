package se.omvarldsradar.fetch.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most one request in flight per host, a minimum gap between two requests to a host, a host's Retry-After
 * respected, and a global limit on requests in flight. A {@link Lease} is held from sending the request until
 * its body has been read (or abandoned), so a slow body keeps the host busy as it should.
 */
final class HostThrottle {
    private final Semaphore global;
    private final Clock clock;
    // One slot per host ever contacted: a few hundred sources make a few hundred small entries.
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    HostThrottle(int maxConcurrency, Clock clock) {
        this.global = new Semaphore(maxConcurrency, true);
        this.clock = clock;
    }

    /** The host asked not to be contacted before {@code until}. */
    static final class BackoffException extends Exception {
        final Instant until;

        BackoffException(String host, Instant until) {
            super("not contacted: " + host + " asked (Retry-After) to be left alone until " + until);
            this.until = until;
        }
    }

    /**
     * Waits for the host's turn: no other request to it in flight, {@code gap} passed since the last one ended,
     * and its Retry-After passed (waited out when at most {@code maxRetryWait} away, else refused).
     */
    Lease acquire(String host, Duration gap, Duration maxRetryWait) throws InterruptedException, BackoffException {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        Slot slot = slots.computeIfAbsent(key, h -> new Slot());
        slot.lock.lockInterruptibly();
        boolean leased = false;
        try {
            Instant blocked = slot.blockedUntil;
            Duration retryWait = blocked == null ? Duration.ZERO : Duration.between(clock.instant(), blocked);
            if (retryWait.compareTo(maxRetryWait) > 0) {
                throw new BackoffException(key, blocked);
            }
            long gapWait = slot.used ? slot.lastEnd + gap.toNanos() - System.nanoTime() : 0;
            long wait = Math.max(gapWait, retryWait.toNanos());
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            global.acquire();
            leased = true;
            return new Lease(slot);
        } finally {
            if (!leased) {
                slot.lock.unlock();
            }
        }
    }

    /** Keeps every request to the host back until {@code until} (from a Retry-After). */
    void blockUntil(String host, Instant until) {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        synchronized (slot) {
            if (slot.blockedUntil == null || slot.blockedUntil.isBefore(until)) {
                slot.blockedUntil = until;
            }
        }
    }

    /** The right to talk to one host; close it when the response has been read or abandoned. */
    final class Lease implements AutoCloseable {
        private final Slot slot;
        private boolean closed;

        private Lease(Slot slot) {
            this.slot = slot;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                slot.lastEnd = System.nanoTime();
                slot.used = true;
                global.release();
                slot.lock.unlock();
            }
        }
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long lastEnd;
        volatile boolean used;
        volatile Instant blockedUntil;
    }
}
