package se.omvarldsradar.fetch.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchResult.ErrorKind;

/** The good paths: bodies decoded, conditional GET answered with 304. */
class HttpFetcherTests extends FetcherTestBase {
    private static final String FEED = "<rss><channel><title>Calls</title></channel></rss>";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    @Override
    protected WireMockExtension wm() {
        return wm;
    }


    @ParameterizedTest
    @ValueSource(strings = {"gzip", "deflate", "raw-deflate", "identity"})
    void decodesCompressedBodies(String encoding) throws IOException {
        byte[] plain = FEED.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var z = switch (encoding) {
            case "gzip" -> new GZIPOutputStream(out);
            case "deflate" -> new DeflaterOutputStream(out);
            case "raw-deflate" -> new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true));
            default -> out;
        }) {
            z.write(plain);
        }
        wm.stubFor(get("/feed").withHeader("Accept-Encoding", equalTo("gzip, deflate")).willReturn(aResponse()
                .withHeader("Content-Encoding", encoding.replace("raw-", "")).withHeader("Content-Type", "application/rss+xml")
                .withBody(out.toByteArray())));
        FetchResult r = fetch("/feed");
        assertThat(r.ok()).isTrue();
        assertThat(r.contentType()).isEqualTo("application/rss+xml");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    }

    @Test
    void returnsValidatorsOfAFreshResponse() {
        wm.stubFor(get("/feed").willReturn(aResponse().withHeader("ETag", "\"v2\"")
                .withHeader("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT").withBody(FEED)));
        FetchResult r = fetch("/feed");
        assertThat(r.ok()).isTrue();
        assertThat(r.notModified()).isFalse();
        assertThat(r.etag()).isEqualTo("\"v2\"");
        assertThat(r.lastModified()).isEqualTo("Tue, 03 Mar 2026 10:00:00 GMT");
    }

    @Test
    void answersConditionalGetWithNotModified() {
        String lastModified = "Mon, 02 Mar 2026 10:00:00 GMT";
        wm.stubFor(get("/feed").withHeader("If-None-Match", equalTo("\"v1\""))
                .withHeader("If-Modified-Since", equalTo(lastModified)).willReturn(aResponse().withStatus(304)));
        FetchResult r = fetcher.fetch(FetchRequest.get(url("/feed")).conditional("\"v1\"", lastModified));
        assertThat(r.ok()).isTrue();
        assertThat(r.notModified()).isTrue();
        assertThat(r.errorKind()).isEqualTo(ErrorKind.NONE);
        assertThat(r.error()).isNull();
        assertThat(r.body()).isEmpty();
        // the server did not repeat them; the ones sent stay valid for next time
        assertThat(r.etag()).isEqualTo("\"v1\"");
        assertThat(r.lastModified()).isEqualTo(lastModified);
    }

    @Test
    void keepsNewValidatorsSentWithNotModified() {
        wm.stubFor(get("/feed").willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v3\"")));
        FetchResult r = fetcher.fetch(FetchRequest.get(url("/feed")).conditional("\"v1\"", null));
        assertThat(r.notModified()).isTrue();
        assertThat(r.etag()).isEqualTo("\"v3\"");
    }
}
