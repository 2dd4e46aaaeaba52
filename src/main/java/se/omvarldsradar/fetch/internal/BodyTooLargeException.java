package se.omvarldsradar.fetch.internal;

import java.io.IOException;

/** The decoded body passed the size limit. */
class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
        super("body larger than " + limit + " bytes (decoded); refused");
    }
}
