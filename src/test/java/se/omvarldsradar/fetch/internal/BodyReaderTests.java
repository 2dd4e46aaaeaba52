package se.omvarldsradar.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class BodyReaderTests {
    private static final long MIB = 1 << 20;

    /** An endless stream of zeros that counts what was taken from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }

    @Test
    void stopsReadingAtTheLimitWithoutContentLength() {
        Endless body = new Endless();
        assertThatThrownBy(() -> BodyReader.read(body, null, OptionalLong.empty(), MIB))
                .isInstanceOf(BodyTooLargeException.class).hasMessage("body larger than 1 MiB (after decoding); refused");
        assertThat(body.read).isLessThan(MIB + 64 * 1024);
    }

    @Test
    void refusesByContentLengthBeforeReading() {
        Endless body = new Endless();
        assertThatThrownBy(() -> BodyReader.read(body, "identity", OptionalLong.of(50 * MIB), MIB))
                .isInstanceOf(BodyTooLargeException.class);
        assertThat(body.read).isZero();
    }

    @Test
    void acceptsBodyOfExactlyTheLimit() throws IOException {
        byte[] body = BodyReader.read(InputStream.nullInputStream(), "", OptionalLong.empty(), 0);
        assertThat(body).isEmpty();
        assertThat(BodyReader.read(new java.io.ByteArrayInputStream(new byte[1000]), null, OptionalLong.of(1000), 1000))
                .hasSize(1000);
    }
}
