package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.mockito.Mockito;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import se.omvarldsradar.digest.Alerts;
import se.omvarldsradar.support.TestFeeds;

/** Every access rule, for anonymous users, staff and the office, against the pages and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTests {
    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("radar-security");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, """
                  - id: src
                    name: Source
                    kind: news
                    type: feed
                    url: https://example.org/feed.xml
                    every: 6h
                """, "  - name: Ingen\n    contacts:\n      - name: K\n        email: k@example.org\n");
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:security;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("radar.security.max-failures", () -> "3");
    }

    final MockMvc mvc;
    final Alerts alerts;

    @Autowired
    SecurityTests(MockMvc mvc, Alerts alerts) {
        this.mvc = mvc;
        this.alerts = alerts;
    }

    @MockitoSpyBean
    PasswordEncoder encoder;

    /** who: anon, staff or admin; expect: open (not 401/403, no login redirect), login (must log in), or forbidden. */
    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "GET, /, anon, login", "GET, /, staff, open", "GET, /, admin, open",
            "GET, /search?q=hamn, anon, login", "GET, /search?q=hamn, staff, open",
            "GET, /items/x, anon, login", "GET, /items/x, staff, open",
            "GET, /overview, anon, login", "GET, /overview, staff, open",
            "GET, /alerts, anon, login", "GET, /alerts, staff, open",
            "GET, /search.atom?q=x, anon, login", "GET, /search.atom?q=x, staff, open",
            "GET, /search.ics?q=x, anon, login", "GET, /search.ics?q=x, staff, open",
            "GET, /api/search?q=x, anon, login", "GET, /api/search?q=x, staff, open",
            "GET, /api/items/x, anon, login", "GET, /api/items/x, staff, open",
            "GET, /api/sources, anon, login", "GET, /api/sources, staff, open",
            "GET, /v3/api-docs, anon, login", "GET, /v3/api-docs, staff, open",
            "GET, /sources, anon, login", "GET, /sources, staff, forbidden", "GET, /sources, admin, open",
            "GET, /admin/sources, anon, login", "GET, /admin/sources, staff, forbidden", "GET, /admin/sources, admin, open",
            "GET, /admin/digests, staff, forbidden", "GET, /admin/digests, admin, open",
            "POST, /admin/retag, anon, login", "POST, /admin/retag, staff, forbidden", "POST, /admin/retag, admin, open",
            "POST, /admin/sources/src/run, staff, forbidden", "POST, /admin/sources/run, anon, login",
            "POST, /admin/sources/run, staff, forbidden", "GET, /admin/sources/run, staff, forbidden",
            "GET, /admin/sources/run, admin, open",
            "POST, /admin/items/x/tags, staff, forbidden", "POST, /admin/items/x/tags, admin, open",
            "GET, /actuator/health, anon, open", "GET, /actuator/prometheus, staff, forbidden",
            "GET, /login, anon, open", "GET, /css/radar.css, anon, open",
            "GET, /unsubscribe?token=forged, anon, forbidden", "GET, /preferences?token=forged, anon, forbidden"})
    void enforcesEachRule(String method, String url, String who, String expect) throws Exception {
        MockHttpServletRequestBuilder request = (method.equals("GET") ? get(url) : post(url)).with(csrf());
        if (!who.equals("anon")) {
            request = request.with(httpBasic(who, "secret"));
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        int status = r.getStatus();
        switch (expect) {
            case "open" -> assertThat(status).as(url).isNotIn(401, 403).satisfies(s ->
                    assertThat(s == 302 && String.valueOf(r.getRedirectedUrl()).contains("/login")).isFalse());
            case "login" -> assertThat(status == 401 || (status == 302 && r.getRedirectedUrl().endsWith("/login")))
                    .as(url + " gave " + status).isTrue();
            default -> assertThat(status).as(url).isEqualTo(403);
        }
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        assertThat(mvc.perform(post("/admin/retag").with(httpBasic("admin", "secret"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {get("/"), get("/login"), get("/search").with(httpBasic("staff", "secret"))}) {
            String csp = mvc.perform(request).andReturn().getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserLookTheSame() throws Exception {
        var wrong = mvc.perform(post("/login").with(csrf()).param("username", "staff").param("password", "nope"))
                .andReturn().getResponse();
        var unknown = mvc.perform(post("/login").with(csrf()).param("username", "nobody").param("password", "nope"))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(unknown.getStatus());
        assertThat(wrong.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void repeatedFailedLoginsAreThrottled() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/search").with(httpBasic("admin", "wrong-" + i)).with(r -> {
                r.setRemoteAddr("10.9.9.9");
                return r;
            }));
        }
        var blocked = mvc.perform(get("/api/search").with(httpBasic("admin", "secret")).with(r -> {
            r.setRemoteAddr("10.9.9.9");
            return r;
        })).andReturn().getResponse();
        assertThat(blocked.getStatus()).isEqualTo(429);
    }

    @Test
    void aFormLoginWithTheRightPasswordSucceeds() throws Exception {
        var r = mvc.perform(post("/login").with(csrf()).param("username", "staff").param("password", "secret"))
                .andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).doesNotContain("error");
    }

    /** Scripts and feed readers send HTTP Basic on every request: the bcrypt check must run once, not each time. */
    @Test
    void repeatedBasicRequestsCheckThePasswordOnce() throws Exception {
        mvc.perform(get("/api/search").with(httpBasic("staff", "secret")).with(from("10.0.7.3"))); // may be cached already
        Mockito.clearInvocations(encoder);
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.perform(get("/api/search").with(httpBasic("staff", "secret")).with(from("10.0.7.3"))).andReturn()
                    .getResponse().getStatus())
                    .isEqualTo(200);
        }
        Mockito.verify(encoder, Mockito.never()).matches(Mockito.any(), Mockito.any());
        assertThat(mvc.perform(get("/api/search").with(httpBasic("staff", "wrong")).with(from("10.0.7.4"))).andReturn()
                .getResponse().getStatus())
                .isEqualTo(401);
        Mockito.verify(encoder, Mockito.times(1)).matches(Mockito.any(), Mockito.any());
    }

    /** A script polling the API or a feed with HTTP Basic must not leave a session behind on every request. */
    @ParameterizedTest
    @CsvSource({"/api/search?q=hamn", "/search.atom?q=hamn", "/search.ics?q=hamn"})
    void machineAnswersStartNoSession(String url) throws Exception {
        var r = mvc.perform(get(url).with(httpBasic("staff", "secret")).with(from("10.0.7.1"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getRequest().getSession(false)).isNull();
    }

    @Test
    void pagesStillCarryTheirCsrfToken() throws Exception {
        var r = mvc.perform(get("/search?q=hamn").with(httpBasic("staff", "secret")).with(from("10.0.7.2"))).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("name=\"_csrf\"");
    }

    /** Requests from their own address, so the login throttle of other tests does not reach them. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    @Test
    void aSignedInUserSeesTheAlertsSavedUnderTheAddressTheLoginGives() throws Exception {
        alerts.request("anna@gavle.example", "hamn", java.util.Map.of(), "weekly fri 08:30", "sv");
        // OpenID Connect: the principal's name is the opaque subject; the address is the email claim.
        var anna = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_STAFF"))
                .idToken(t -> t.subject("9f3c-opaque").claim("email", "anna@gavle.example").claim("name", "Anna Lindqvist"));

        String list = mvc.perform(get("/alerts").with(anna)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Bevakningar för anna@gavle.example", "hamn", "Varje fredag kl. 08:30", "väntar på bekräftelse",
                        "Logga ut (Anna Lindqvist)")
                .doesNotContain("9f3c-opaque", "weekly fri");
        String search = mvc.perform(get("/search").param("q", "hamn").with(anna)).andReturn().getResponse().getContentAsString();
        assertThat(search).as("the alert form knows the address, and the menu links to the alerts")
                .contains("value=\"anna@gavle.example\"", "href=\"/alerts\"");

        // A local user named "staff": no address, so no list of somebody else's (or nobody's) alerts, but where to look.
        String staff = mvc.perform(get("/alerts").with(httpBasic("staff", "secret"))).andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("Du är inloggad som staff", "Mina bevakningar").doesNotContain("Bevakningar för", "hamn");
        assertThat(mvc.perform(get("/search").param("q", "hamn").with(httpBasic("staff", "secret"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("href=\"/alerts\"");
        var noAddress = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_STAFF"))
                .idToken(t -> t.subject("7a1e-opaque").claim("name", "Erik Holm"));
        assertThat(mvc.perform(get("/alerts").with(noAddress)).andReturn().getResponse().getContentAsString())
                .contains("Du är inloggad som Erik Holm", "Logga ut (Erik Holm)").doesNotContain("7a1e-opaque");
    }
}
