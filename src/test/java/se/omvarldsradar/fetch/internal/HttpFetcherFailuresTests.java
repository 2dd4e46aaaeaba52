package se.omvarldsradar.fetch.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchResult.ErrorKind;

/** Every way a server can misbehave ends in a classified result with words for the health page, never a throw. */
class HttpFetcherFailuresTests extends FetcherTestBase {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().gzipDisabled(true)
            .disableRequestJournal())
            .build();

    @Override
    protected WireMockExtension wm() {
        return wm;
    }


    private FetchResult fetchFault(Fault fault) {
        wm.stubFor(get("/page").willReturn(aResponse().withFault(fault)));
        return fetch("/page");
    }

    @Test
    void reportsConnectionReset() {
        FetchResult r = fetchFault(Fault.CONNECTION_RESET_BY_PEER);
        assertThat(r.errorKind()).isEqualTo(ErrorKind.NETWORK);
        assertThat(r.error()).isEqualTo("connection reset by the server");
    }

    @Test
    void reportsEmptyResponse() {
        FetchResult r = fetchFault(Fault.EMPTY_RESPONSE);
        assertThat(r.errorKind()).isEqualTo(ErrorKind.NETWORK);
        assertThat(r.error()).isEqualTo("the server closed the connection without sending a response");
    }

    @Test
    void reportsMalformedChunkedEncoding() {
        FetchResult r = fetchFault(Fault.MALFORMED_RESPONSE_CHUNK);
        assertThat(r.errorKind()).isEqualTo(ErrorKind.PROTOCOL);
        assertThat(r.error()).startsWith("malformed chunked encoding in the body");
    }

    @Test
    void reportsRandomBytesThenClose() {
        FetchResult r = fetchFault(Fault.RANDOM_DATA_THEN_CLOSE);
        assertThat(r.errorKind()).isEqualTo(ErrorKind.PROTOCOL);
        assertThat(r.error()).startsWith("the server's answer is not valid HTTP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            404 | HTTP 404 Not Found
            410 | HTTP 410 Gone: the page has been removed
            429 | HTTP 429 Too Many Requests
            500 | HTTP 500 Internal Server Error
            503 | HTTP 503 Service Unavailable
            """)
    void reportsErrorStatus(int status, String message) {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(status).withBody("sorry")));
        FetchResult r = fetch("/page");
        assertThat(r.ok()).isFalse();
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.errorKind()).isEqualTo(ErrorKind.HTTP);
        assertThat(r.error()).isEqualTo(message);
        assertThat(r.retryAfter()).isNull();
    }

    @Test
    void refusesGzipBombAtTheDecodedLimitQuickly() throws IOException {
        wm.stubFor(get("/bomb").willReturn(aResponse().withHeader("Content-Encoding", "gzip")
                .withHeader("Content-Type", "application/xml").withBody(gzipBomb())));
        FetchResult r = fetch("/bomb");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.TOO_LARGE);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.error()).isEqualTo("body larger than 1 MiB (after decoding); refused");
        assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(1));
    }

    /** About 1 MB that decodes to 1 GiB of zeros: one 64 MiB gzip member, repeated (gzip allows concatenation). */
    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        for (int i = 0; i < 16; i++) {
            member.writeTo(bomb);
        }
        return bomb.toByteArray();
    }

    @Test
    void refusesFiftyMegabyteBody() {
        wm.stubFor(get("/huge").willReturn(aResponse().withBody(new byte[50 << 20])));
        // WireMock itself needs a moment to start sending 50 MB; a roomier deadline keeps this about size alone
        try (HttpFetcher patient = new HttpFetcher(TestFetchers.settings(Duration.ZERO, Duration.ZERO, 8,
                Duration.ofSeconds(10)))) {
            FetchResult r = patient.fetch(FetchRequest.get(url("/huge")));
            assertThat(r.errorKind()).isEqualTo(ErrorKind.TOO_LARGE);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.error()).isEqualTo("body larger than 1 MiB (after decoding); refused");
            assertThat(r.body()).isEmpty();
        }
    }

    @Test
    void cutsOffBodyThatStallsAfterTheHeaders() throws IOException {
        try (StallingServer server = new StallingServer()) {
            FetchResult r = fetcher.fetch(FetchRequest.get(URI.create(server.baseUrl() + "/stall")));
            assertThat(r.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
            assertThat(r.error()).isEqualTo("body not complete within 1.5 s (the server stalled or sent too slowly)");
            assertThat(r.elapsed()).isBetween(Duration.ofMillis(1400), Duration.ofMillis(2500));
        }
    }

    @Test
    void cutsOffDribbledBodyAtTheDeadline() {
        // headers after 0.5 s, then one chunk every 0.5 s for 20 s: never silent for long, never done in time
        wm.stubFor(get("/dribble").willReturn(aResponse().withBody(new byte[4096]).withChunkedDribbleDelay(40, 20000)));
        FetchResult r = fetch("/dribble");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(r.error()).isEqualTo("body not complete within 1.5 s (the server stalled or sent too slowly)");
        assertThat(r.elapsed()).isBetween(Duration.ofMillis(1400), Duration.ofMillis(2500));
    }

    @Test
    void cutsOffServerThatSendsNoHeaders() {
        wm.stubFor(get("/slow").willReturn(aResponse().withBody("late").withFixedDelay(5000)));
        FetchResult r = fetch("/slow");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(r.error()).isEqualTo("no response within 1.5 s");
        assertThat(r.elapsed()).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void reportsUnsupportedContentEncoding() {
        wm.stubFor(get("/br").willReturn(aResponse().withHeader("Content-Encoding", "br").withBody("xx")));
        FetchResult r = fetch("/br");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.PROTOCOL);
        assertThat(r.error()).isEqualTo("the body cannot be decoded: unsupported Content-Encoding 'br'");
    }
}
