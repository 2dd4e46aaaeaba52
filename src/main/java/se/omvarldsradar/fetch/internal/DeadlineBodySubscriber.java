package se.omvarldsradar.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A body as an InputStream whose reads give up at a fixed deadline. The JDK's own ofInputStream() blocks
 * for as long as the server keeps the connection open without sending, and a deadline checked between reads
 * never fires then; here every wait for the next chunk is bounded by the time left, and on expiry the
 * subscription is cancelled, which closes the connection.
 */
final class DeadlineBodySubscriber implements HttpResponse.BodySubscriber<InputStream> {
    private static final Object END = new Object();
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private final long deadlineNanos;
    private final Duration timeout;

    /** {@code timeout} only words the message; {@code deadlineNanos} is on the {@link System#nanoTime()} scale. */
    DeadlineBodySubscriber(long deadlineNanos, Duration timeout) {
        this.deadlineNanos = deadlineNanos;
        this.timeout = timeout;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (subscription.complete(s)) {
            s.request(1);
        } else {
            s.cancel();
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        queue.add(t);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(new Body());
    }

    private void cancel() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }

    private final class Body extends InputStream {
        private Iterator<ByteBuffer> buffers = Collections.emptyIterator();
        private ByteBuffer current = EMPTY;
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!current.hasRemaining()) {
                if (buffers.hasNext()) {
                    current = buffers.next();
                    continue;
                }
                if (done) {
                    return -1;
                }
                Object next = next();
                if (next == END) {
                    done = true;
                    return -1;
                }
                if (next instanceof Throwable t) {
                    done = true;
                    throw t instanceof IOException io ? io : new IOException(t);
                }
                @SuppressWarnings("unchecked")
                List<ByteBuffer> list = (List<ByteBuffer>) next;
                buffers = list.iterator();
                subscription.join().request(1);
            }
            int n = Math.min(len, current.remaining());
            current.get(b, off, n);
            return n;
        }

        private Object next() throws IOException {
            long left = deadlineNanos - System.nanoTime();
            Object next;
            try {
                // A body that keeps trickling in past the deadline is cut off as surely as one that stalls.
                next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new InterruptedIOException("interrupted while reading the body");
            }
            if (next == null) {
                done = true;
                cancel();
                throw new HttpTimeoutException("body not complete within " + Durations.words(timeout)
                        + " (the server stalled or sent too slowly)");
            }
            return next;
        }

        @Override
        public void close() {
            if (!done) {
                done = true;
                cancel();
            }
        }
    }
}
