package se.omvarldsradar.fetch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Reads a body up to a size limit and a total deadline. */
final class Deadline {
    private Deadline() {
    }

    static byte[] readAtMost(InputStream in, long max, long startNanos, Duration timeout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long deadline = startNanos + timeout.toNanos();
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (out.size() + (long) n > max) {
                throw new BodyTooLargeException(max);
            }
            out.write(buf, 0, n);
            if (System.nanoTime() > deadline) {
                throw new HttpTimeoutException("body not complete within " + timeout.toSeconds() + " s");
            }
        }
        return out.toByteArray();
    }
}
