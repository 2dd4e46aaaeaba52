package se.omvarldsradar.fetch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.ProtocolException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes a body (gzip, deflate or none) and stops as soon as the decoded size passes the limit, so a small
 * compressed bomb costs no more than the limit in memory and time.
 */
final class BodyReader {
    private BodyReader() {
    }

    static byte[] read(InputStream raw, String contentEncoding, OptionalLong contentLength, long max)
            throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            if (contentLength.isPresent() && contentLength.getAsLong() > max) {
                throw new BodyTooLargeException(max); // no need to download what will be refused
            }
            return limited(raw, max);
        }
        try (InputStream in = decoder(raw, encoding)) {
            return limited(in, max);
        }
    }

    private static InputStream decoder(InputStream raw, String encoding) throws IOException {
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw, 16384);
            case "deflate" -> inflater(raw);
            // We only ask for gzip and deflate; anything else would be bytes we cannot read.
            default -> throw new ProtocolException("unsupported Content-Encoding '" + encoding + "'");
        };
    }

    /** "deflate" should be zlib-wrapped, but some servers send raw deflate; the first two bytes tell which. */
    private static InputStream inflater(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        int b0 = in.read();
        int b1 = in.read();
        if (b1 >= 0) {
            in.unread(b1);
        }
        if (b0 >= 0) {
            in.unread(b0);
        }
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        return new InflaterInputStream(in, inflater, 16384) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end(); // a caller-supplied Inflater is not ended by the stream
                }
            }
        };
    }

    private static byte[] limited(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (out.size() + (long) n > max) {
                throw new BodyTooLargeException(max);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
