package se.omvarldsradar.fetch.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchResult.ErrorKind;

/** Redirects: followed up to the limit, loops stopped at once, every hop guarded before any connection. */
class HttpFetcherRedirectTests extends FetcherTestBase {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Override
    protected WireMockExtension wm() {
        return wm;
    }


    private static void redirect(String from, String to) {
        wm.stubFor(get(from).willReturn(aResponse().withStatus(302).withHeader("Location", to)));
    }

    @Test
    void followsRedirectsToTheFinalUrl() {
        redirect("/old", "/new");
        wm.stubFor(get("/new").willReturn(aResponse().withBody("here")));
        FetchResult r = fetch("/old");
        assertThat(r.ok()).isTrue();
        assertThat(r.requested().getPath()).isEqualTo("/old");
        assertThat(r.finalUrl().getPath()).isEqualTo("/new");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("here");
    }

    @Test
    void stopsARedirectLoopAtOnce() {
        redirect("/a", "/b");
        redirect("/b", "/a");
        FetchResult r = fetch("/a");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.TOO_MANY_REDIRECTS);
        assertThat(r.error()).isEqualTo("redirect loop: " + wm.baseUrl() + "/a was reached again");
        wm.verify(1, getRequestedFor(urlEqualTo("/a")));
        wm.verify(1, getRequestedFor(urlEqualTo("/b")));
    }

    @Test
    void givesUpAfterFiveRedirects() {
        for (int i = 0; i < 7; i++) {
            redirect("/r" + i, "/r" + (i + 1));
        }
        FetchResult r = fetch("/r0");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.TOO_MANY_REDIRECTS);
        assertThat(r.error()).isEqualTo("more than 5 redirects");
        wm.verify(6, getRequestedFor(urlPathMatching("/r\\d")));
        wm.verify(0, getRequestedFor(urlEqualTo("/r6")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:10.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://100.64.0.1/", "http://[fd00::1]/"})
    void refusesRedirectToPrivateAddressOnSecondHop(String target) {
        redirect("/start", target);
        FetchResult r = fetch("/start");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.BLOCKED);
        assertThat(r.error()).startsWith("redirect to " + target + " refused: address ")
                .endsWith(" is private or special; refused");
        assertThat(r.finalUrl()).isEqualTo(URI.create(target));
        assertThat(r.elapsed()).isLessThan(Duration.ofMillis(500)); // refused before any connection was tried
    }

    @Test
    void refusesPrivateAddressOnFirstHopWithoutAnyRequest() {
        FetchResult r = fetcher.fetch(FetchRequest.get(URI.create("http://192.168.1.1/")));
        assertThat(r.errorKind()).isEqualTo(ErrorKind.BLOCKED);
        assertThat(r.error()).isEqualTo("address 192.168.1.1 is private or special; refused");
        wm.verify(0, anyRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void refusesNonHttpRedirect() {
        redirect("/start", "file:///etc/passwd");
        FetchResult r = fetch("/start");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.BLOCKED);
        assertThat(r.error()).isEqualTo("redirect to file:///etc/passwd refused: only http and https are fetched, not 'file'");
    }

    @Test
    void checksRobotsTxtOnEveryHop() {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withBody("User-agent: *\nDisallow: /private\n")));
        redirect("/start", "/private/page");
        FetchResult r = fetch("/start");
        assertThat(r.errorKind()).isEqualTo(ErrorKind.ROBOTS);
        assertThat(r.error()).isEqualTo("disallowed by robots.txt");
        wm.verify(0, getRequestedFor(urlEqualTo("/private/page")));
    }

    @Test
    void turnsPostIntoGetOn303() {
        wm.stubFor(post("/search").willReturn(aResponse().withStatus(303).withHeader("Location", "/results")));
        wm.stubFor(get("/results").willReturn(aResponse().withBody("[]")));
        FetchResult r = fetcher.fetch(FetchRequest.post(url("/search"),
                "{\"q\":1}".getBytes(StandardCharsets.UTF_8), "application/json"));
        assertThat(r.ok()).isTrue();
        wm.verify(1, postRequestedFor(urlEqualTo("/search")));
        wm.verify(1, getRequestedFor(urlEqualTo("/results")));
    }
}
