package se.omvarldsradar.fetch.internal;

import java.io.IOException;

/** The decoded body passed the size limit. */
class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
        super("body larger than " + mebibytes(limit) + " (after decoding); refused");
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
