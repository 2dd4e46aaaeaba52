package se.omvarldsradar.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarldsradar.support.DigestFixtures.call;
import static se.omvarldsradar.support.DigestFixtures.item;
import static se.omvarldsradar.support.DigestFixtures.sectors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.support.DigestFixtures;
import se.omvarldsradar.support.FakeSmtpServer;
import se.omvarldsradar.support.Http;
import se.omvarldsradar.support.MutableClock;
import se.omvarldsradar.support.TestFeeds;

/**
 * Digests as contacts get them over real SMTP (GreenMail): the right items to the right contact and none
 * to others, updates and deadline reminders, the signed links, preferences, alerts and the admin page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DigestsTests {
    static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    static final int SMTP = FakeSmtpServer.freePort();
    static final Path DIR = DigestFixtures.tempDir("radar-digests");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path feeds = TestFeeds.write(DIR, DigestFixtures.SOURCES, DigestFixtures.DEPARTMENTS);
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("radar.public-url", () -> "https://radar.example/");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:digests;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    }

    @TestConfiguration
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @LocalServerPort
    int port;

    final Digests digests;
    final CurrentConfig config;
    final JdbcClient jdbc;
    final Items items;
    final MutableClock clock;
    final Alerts alerts;

    @Autowired
    DigestsTests(Digests digests, CurrentConfig config, JdbcClient jdbc, Items items, MutableClock clock, Alerts alerts) {
        this.digests = digests;
        this.alerts = alerts;
        this.config = config;
        this.jdbc = jdbc;
        this.items = items;
        this.clock = clock;
    }

    @BeforeEach
    void clean() throws Exception {
        DigestFixtures.clean(jdbc);
        clock.set(START);
        MAIL.reset();
    }

    @Test
    void eachContactGetsExactlyTheItemsMatchingTheirProfileAndNothingTwice() throws Exception {
        store("calls", item("c1", "Utlysning: hamnterminaler i Gävleborg", "Stöd till hamnar.", call(START.plus(Duration.ofDays(40)))),
                sectors("logistics"));
        store("news", item("n1", "Ny logistikstrategi för regionen", "Godsflöden.", null), sectors("logistics"));
        store("news", item("n2", "Besöksnäringen växer", "Turism <script>alert(1)</script>.", null), sectors("hospitality"));
        store("news", item("n3", "Satsning på grön vätgas i Gävle", "Elektrolysörer byggs.", null), sectors());
        store("news", item("n4", "Kulturnatt", "Ingen bevakar detta.", null), sectors());

        var reports = digests.sendNow(Optional.empty());

        assertThat(reports).extracting(DigestReport::outcome).containsOnly("sent");
        assertThat(MAIL.getReceivedMessages()).hasSize(3);
        String logistik = body(only("logistik@example.org"));
        assertThat(logistik).contains("hamnterminaler", "logistikstrategi").doesNotContain("Besöksnäringen", "vätgas", "Kulturnatt");
        assertThat(only("logistik@example.org").getSubject()).isEqualTo("Omvärldsradar: 2 nya poster");
        MimeMessage turism = only("turism@example.org");
        assertThat(body(turism)).contains("Besöksnäringen", "Hello Turism").doesNotContain("hamnterminaler");
        String html = body(turism).substring(body(turism).indexOf("<!DOCTYPE"));
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(turism.getSubject()).isEqualTo("Omvärldsradar: 1 new item");
        assertThat(body(only("vatgas@example.org"))).contains("grön vätgas").doesNotContain("Kulturnatt", "hamnterminaler");
        assertThat(only("vatgas@example.org").getSubject()).isEqualTo("Omvärldsradar: 1 ny post");
        assertThat(turism.getContentType()).startsWith("multipart/alternative");
        // The English mail's links open English pages, whatever the browser's language (Http sends no cookie).
        String local = "http://localhost:" + port;
        String preferences = link(body(turism), "https://radar.example/preferences?token=");
        assertThat(Http.get(local + preferences.substring("https://radar.example".length())).body())
                .contains("<html lang=\"en\"", "Digest preferences", "Pause (nothing is sent").doesNotContain("Pausa");
        assertThat(Http.get(local + unsubscribeUrl(turism).substring("https://radar.example".length())).body())
                .contains("<html lang=\"en\"", "Unsubscribe");
        assertThat(link(body(turism), "https://radar.example/search?")).isEqualTo("https://radar.example/search?lang=en");
        assertThat(link(logistik, "https://radar.example/preferences?token=")).endsWith("&lang=sv");

        clock.advance(Duration.ofSeconds(1));
        assertThat(digests.sendNow(Optional.empty())).extracting(DigestReport::outcome).containsOnly("skipped");
        assertThat(MAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aDigestThatCannotBeRecordedCostsOnlyItsOwnReportAndIsComposedAgainNextRun() throws Exception {
        store("news", item("n1", "Ny logistikstrategi för regionen", "Godsflöden.", null), sectors("logistics"));
        store("news", item("n2", "Besöksnäringen växer", "Turism.", null), sectors("hospitality"));
        store("news", item("n3", "Satsning på grön vätgas i Gävle", "Elektrolysörer byggs.", null), sectors());
        // A row already holding the id turism's digest will get: its insert fails, and with it its batch.
        String period = "now-" + HexFormat.of().toHexDigits(START.toEpochMilli());
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(("turism@example.org|" + period).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("insert into outbox (id, contact_email, period_key, message_id, subject, mime, created, status) "
                + "values (?, 'someone@example.org', 'other', 'x', 'x', 'x', ?, 'SENT')")
                .params("digest-" + period + "-" + HexFormat.of().formatHex(hash, 0, 8), START.atOffset(ZoneOffset.UTC))
                .update();

        var reports = digests.sendNow(Optional.empty());

        assertThat(reports).extracting(DigestReport::contact, DigestReport::outcome).containsExactlyInAnyOrder(
                tuple("logistik@example.org", "sent"), tuple("vatgas@example.org", "sent"),
                tuple("turism@example.org", "error"));
        assertThat(received("turism@example.org")).isEmpty();
        assertThat(jdbc.sql("select count(*) from contact_item where contact_email = 'turism@example.org'").query(Integer.class).single())
                .isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(digests.sendNow(Optional.empty())).extracting(DigestReport::contact, DigestReport::outcome)
                .contains(tuple("turism@example.org", "sent"));
        assertThat(body(only("turism@example.org"))).contains("Besöksnäringen");
        assertThat(MAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void updatedCallsSayWhatChangedAndClosingCallsAreRemindedOnce() throws Exception {
        store("calls", item("a", "Utlysning A: intermodala terminaler", "A.", call(START.plus(Duration.ofDays(40)))), sectors("logistics"));
        store("calls", item("b", "Utlysning B: hamnlogistik", "B.", call(START.plus(Duration.ofDays(30)))), sectors("logistics"));
        digests.sendNow(Optional.of("logistik@example.org"));
        assertThat(body(only("logistik@example.org"))).contains("Utlysning A", "Utlysning B").doesNotContain("Stänger snart");

        clock.advance(Duration.ofDays(20));
        store("calls", item("a", "Utlysning A: intermodala terminaler", "A.", call(START.plus(Duration.ofDays(45)))), sectors("logistics"));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::line)
                .allSatisfy(line -> assertThat(line).contains("sent"));

        MimeMessage second = MAIL.getReceivedMessages()[1];
        String text = body(second);
        assertThat(text).contains("Uppdaterat sedan förra utskicket", "Sista ansökningsdag flyttad från 11 apr 2026 till 16 apr 2026");
        assertThat(text).contains("Stänger snart (inom 14 dagar)", "Utlysning B");
        assertThat(second.getSubject()).isEqualTo("Omvärldsradar: 1 uppdaterad post, 1 utlysning stänger snart");

        clock.advance(Duration.ofDays(1));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::outcome).containsOnly("skipped");
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    /**
     * Digests minutes apart look back over the same few minutes (the run's overlap): what a contact was shown
     * and is unchanged is left out for them, what changed since they were shown it is an update, and a contact
     * who was not shown an item still gets it in the same run.
     */
    @Test
    void digestsMinutesApartLeaveOutWhatWasShownButNotWhatChangedSinceOrWasShownToOthers() throws Exception {
        store("calls", item("a", "Utlysning A: intermodala terminaler", "A.", call(START.plus(Duration.ofDays(40)))), sectors("logistics"));
        store("news", item("n1", "Hamnen tar emot kryssningsfartyg", "Gods och turister.", null), sectors("logistics", "hospitality"));
        clock.advance(Duration.ofMinutes(1));
        digests.sendNow(Optional.of("logistik@example.org"));
        assertThat(body(only("logistik@example.org"))).contains("Utlysning A", "kryssningsfartyg");

        clock.advance(Duration.ofMinutes(2));
        store("calls", item("a", "Utlysning A: intermodala terminaler", "A.", call(START.plus(Duration.ofDays(45)))), sectors("logistics"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::outcome).containsOnly("sent");
        String second = body(received("logistik@example.org").get(1));
        assertThat(second).contains("Uppdaterat sedan förra utskicket", "Sista ansökningsdag flyttad")
                .doesNotContain("kryssningsfartyg");

        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.sendNow(Optional.empty())).extracting(DigestReport::contact, DigestReport::outcome).contains(
                tuple("logistik@example.org", "skipped"), tuple("turism@example.org", "sent"));
        assertThat(body(only("turism@example.org"))).contains("kryssningsfartyg").doesNotContain("Utlysning A");

        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.sendNow(Optional.empty())).extracting(DigestReport::outcome).containsOnly("skipped");
        assertThat(MAIL.getReceivedMessages()).hasSize(3);
    }

    /** Items stored at the same moment, as a crawl's are, keep the order they were stored in (the feed's). */
    @Test
    void itemsStoredAtOneMomentAreListedInTheOrderTheyWereStored() throws Exception {
        List<String> titles = List.of("Första", "Andra", "Tredje", "Fjärde", "Femte", "Sjätte", "Sjunde").stream()
                .map(t -> t + " nyheten om hamnlogistik").toList();
        for (int n = 0; n < titles.size(); n++) {
            store("news", item("o" + n, titles.get(n), "Gods.", null), sectors("logistics"));
        }
        digests.sendNow(Optional.of("logistik@example.org"));
        String text = body(only("logistik@example.org"));
        assertThat(titles.stream().map(text::indexOf).toList()).allSatisfy(at -> assertThat(at).isNotNegative()).isSorted();
    }

    /** A call cut from a full section was not shown: it is not counted as reminded, so it comes back. */
    @Test
    void callsLeftOutOfAFullSectionAreRemindedInTheNextDigest() throws Exception {
        for (int n = 0; n < 22; n++) { // two more than a section shows
            store("calls", item("k" + n, "Utlysning nummer " + n + " om hamnar", "Hamnar.",
                    call(START.plus(Duration.ofDays(3)).plus(Duration.ofHours(n)))), sectors("logistics"));
        }
        clock.advance(Duration.ofMinutes(30)); // stored well before the digest, as a crawl would
        digests.sendNow(Optional.of("logistik@example.org"));
        String first = body(only("logistik@example.org"));
        assertThat(first).contains("Utlysning nummer 0 ", "Utlysning nummer 19 ").doesNotContain("Utlysning nummer 20 ",
                "Utlysning nummer 21 ");

        clock.advance(Duration.ofHours(1));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::outcome).containsOnly("sent");
        String second = body(MAIL.getReceivedMessages()[1]);
        assertThat(second).contains("Stänger snart", "Utlysning nummer 20 ", "Utlysning nummer 21 ")
                .doesNotContain("Utlysning nummer 5 ");
        assertThat(jdbc.sql("select count(*) from deadline_reminder").query(Integer.class).single()).isEqualTo(22);
    }

    @Test
    void smtpDownThenUpDeliversOnce() throws Exception {
        MAIL.stop();
        store("news", item("d1", "Hamnen i Gävle byggs ut", "Logistik.", null), sectors("logistics"));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("retrying"));
        MAIL.start();
        assertThat(digests.deliverDue()).isZero(); // not due yet: backoff
        clock.advance(Duration.ofMinutes(2));
        assertThat(digests.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(digests.deliverDue()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(digests.recent(10)).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo("SENT"));
    }

    @Test
    void oneClickUnsubscribeTakesEffectBeforeTheNextRunAndGetDoesNothing() throws Exception {
        store("news", item("u1", "Hamnen i Gävle", "Logistik.", null), sectors("logistics"));
        digests.sendNow(Optional.of("logistik@example.org"));
        MimeMessage mail = only("logistik@example.org");
        String url = unsubscribeUrl(mail);
        assertThat(url).startsWith("https://radar.example/unsubscribe?token=");
        String local = "http://localhost:" + port + url.substring("https://radar.example".length());

        assertThat(Http.get(local).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        store("news", item("u2", "Godsterminal", "Logistik.", null), sectors("logistics"));
        digests.sendNow(Optional.of("logistik@example.org"));
        assertThat(MAIL.getReceivedMessages()).hasSize(2); // the GET (a mail scanner) unsubscribed nobody

        assertThat(Http.postWithoutToken(local, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        store("news", item("u3", "Järnvägsgods", "Logistik.", null), sectors("logistics"));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("paused"));
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    /**
     * A section shows at most max-per-section entries and counts the rest ("N till"); those are not new again in
     * the next digest, also one sent minutes later when they still lie within the look-back's overlap, unless they
     * change.
     */
    @Test
    void itemsCutFromAFullSectionAreNotSentAgainUnlessTheyChange() throws Exception {
        for (int n = 1; n <= 23; n++) {
            store("news", item("cut-" + n, "Hamnnyhet nummer " + n + ".", "Logistik.", null), sectors("logistics"));
        }
        digests.sendNow(Optional.of("logistik@example.org"));
        String first = body(only("logistik@example.org"));
        List<Integer> cut = java.util.stream.IntStream.rangeClosed(1, 23).filter(n -> !first.contains("Hamnnyhet nummer " + n + "."))
                .boxed().toList();
        assertThat(cut).hasSize(3);

        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::outcome).containsOnly("skipped");
        assertThat(digests.preview("logistik@example.org")).hasValueSatisfying(p -> assertThat(p.items()).isZero());

        clock.advance(Duration.ofMinutes(1));
        int changed = cut.getFirst();
        store("news", item("cut-" + changed, "Hamnnyhet nummer " + changed + ", ändrad.", "Logistik.", null), sectors("logistics"));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::outcome, DigestReport::items)
                .containsOnly(tuple("sent", 1));
        assertThat(body(received("logistik@example.org").get(1))).contains("Hamnnyhet nummer " + changed + ", ändrad.");
        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::outcome).containsOnly("skipped");
    }

    @Test
    void tamperedOrExpiredLinksAreRefused() throws Exception {
        store("news", item("t1", "Hamnen i Gävle", "Logistik.", null), sectors("logistics"));
        digests.sendNow(Optional.of("logistik@example.org"));
        String token = unsubscribeUrl(only("logistik@example.org")).substring("https://radar.example/unsubscribe?token=".length());
        String base = "http://localhost:" + port;
        String tampered = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);

        assertThat(Http.get(base + "/unsubscribe?token=" + tampered).statusCode()).isEqualTo(403);
        assertThat(Http.postWithoutToken(base + "/unsubscribe?token=" + tampered, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(403);
        assertThat(Http.get(base + "/preferences?token=" + tampered).statusCode()).isEqualTo(403);
        assertThat(Http.get(base + "/preferences?token=" + tampered).body()).as("a settings link that fails does not say 'unsubscribe'")
                .contains("Länken fungerar inte", "Nästa mejl från Omvärldsradar har nya länkar").doesNotContain("Avsluta prenumerationen");
        assertThat(Http.get(base + "/preferences?token=" + token).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofDays(61));
        assertThat(Http.get(base + "/preferences?token=" + token).statusCode()).isEqualTo(403);
        assertThat(Http.postWithoutToken(base + "/unsubscribe?token=" + token, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(403);
        assertThat(digests.preferences("logistik@example.org")).hasValueSatisfying(p -> assertThat(p.paused()).isFalse());
    }

    @Test
    void preferencesChangeCategoriesAndPause() throws Exception {
        store("news", item("p1", "Hamnen i Gävle", "Logistik.", null), sectors("logistics"));
        digests.sendNow(Optional.of("logistik@example.org"));
        String token = unsubscribeUrl(only("logistik@example.org")).substring("https://radar.example/unsubscribe?token=".length());
        String url = "http://localhost:" + port + "/preferences";

        var page = Http.get(url + "?token=" + token);
        assertThat(page.body()).contains("Inställningar för Logistik", "value=\"logistics\"");
        assertThat(page.body()).contains("<option value=\"mon\" selected=\"selected\">måndag</option>", "value=\"07:00\"");
        var saved = Http.post(url, "token=" + token + "&paused=false&every=weekly&day=fri&time=08%3A00&sectors=hospitality&kinds=news");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(digests.preferences("logistik@example.org")).hasValueSatisfying(p -> {
            assertThat(p.sectors()).containsExactly("hospitality");
            assertThat(p.frequency()).isEqualTo("weekly fri 08:00");
        });
        clock.advance(Duration.ofHours(1));
        store("news", item("p2", "Besöksnäringen växer", "Turism.", null), sectors("hospitality"));
        store("news", item("p3", "Godsterminal", "Logistik.", null), sectors("logistics"));
        digests.sendNow(Optional.of("logistik@example.org"));
        assertThat(body(MAIL.getReceivedMessages()[1])).contains("Besöksnäringen").doesNotContain("Godsterminal");

        assertThat(Http.post(url, "token=" + token + "&paused=true&frequency=daily+07%3A00&sectors=logistics").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        store("news", item("p4", "Hamnkran", "Logistik.", null), sectors("logistics"));
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).extracting(DigestReport::outcome).containsOnly("paused");
        assertThat(Http.get("http://localhost:" + port + "/admin/digests").body()).contains("Pausad av kontaktpersonen");
        assertThat(Http.get("http://localhost:" + port + "/admin/digests/preview?contact=logistik%40example.org").body())
                .contains("har pausat eller avslutat");
        assertThat(Http.post(url, "token=" + token + "&frequency=every+now+and+then").statusCode()).isEqualTo(400);
        assertThat(Http.post(url, "token=" + token + "&every=weekly&day=someday&time=08%3A00").statusCode()).isEqualTo(400);
        assertThat(Http.post(url, "token=" + token + "&paused=false&every=daily&day=fri&time=06%3A45").statusCode()).isEqualTo(200);
        assertThat(digests.preferences("logistik@example.org")).hasValueSatisfying(p -> assertThat(p.frequency()).isEqualTo("daily 06:45"));
        assertThat(Http.get("http://localhost:" + port + "/admin/digests").body()).contains("Varje dag kl. 06:45");
    }

    @Test
    void aSavedSearchIsMailedOnlyAfterItsOwnerConfirmed() throws Exception {
        String base = "http://localhost:" + port;
        var requested = Http.post(base + "/alerts", "email=owner%40example.org&q=hamnterminaler&filter=kind%3Acall&frequency=daily+07%3A00");
        assertThat(requested.statusCode()).isEqualTo(200);
        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage confirmation = only("owner@example.org");
        String confirm = link(body(confirmation), "https://radar.example/alerts/confirm?token=");
        assertThat(body(confirmation)).contains("Hur ofta: Varje dag kl. 07:00").doesNotContain("daily 07:00");
        assertThat(Http.get(base + "/admin/digests").body()).as("the office sees whom an alert's mail went to")
                .contains("owner@example.org", "bevakningen &quot;hamnterminaler&quot;").doesNotContain("alert:");

        store("calls", item("s1", "Utlysning: hamnterminaler", "Hamnar.", call(START.plus(Duration.ofDays(60)))), sectors("logistics"));
        assertThat(Http.get(base + confirm.substring("https://radar.example".length())).statusCode()).isEqualTo(200);
        digests.sendNow(Optional.empty());
        assertThat(received("owner@example.org")).hasSize(1); // a GET of the link confirmed nothing

        var confirmed = Http.post(base + "/alerts/confirm", "token=" + confirm.substring(confirm.indexOf("token=") + 6));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        clock.advance(Duration.ofMinutes(10));
        store("calls", item("s2", "Ny utlysning om hamnterminaler och järnväg", "Hamnar.", call(START.plus(Duration.ofDays(60)))),
                sectors("logistics"));
        store("news", item("s3", "Nyhet om hamnterminaler", "Inte en utlysning.", null), sectors("logistics"));
        digests.sendNow(Optional.empty());
        List<MimeMessage> owner = received("owner@example.org");
        assertThat(owner).hasSize(2);
        assertThat(body(owner.get(1))).contains("hamnterminaler och järnväg").doesNotContain("Nyhet om hamnterminaler");
        assertThat(owner.get(1).getSubject()).startsWith("Bevakning \"hamnterminaler\"");

        String list = confirmed.headers().firstValue("Location").orElseThrow();
        var page = Http.get(list.startsWith("http") ? list : base + list);
        assertThat(page.body()).contains("hamnterminaler", "aktiv", "Varje dag kl. 07:00").doesNotContain("daily 07:00");
        String id = jdbc.sql("select id from alert").query(String.class).single();
        assertThat(alerts.ofRecipient("alert:" + id)).hasValueSatisfying(a -> assertThat(a.ownerEmail()).isEqualTo("owner@example.org"));
        assertThat(alerts.ofRecipient("owner@example.org")).isEmpty();
        String manage = list.substring(list.indexOf("token=") + 6);
        assertThat(Http.post(base + "/alerts/delete", "token=" + manage + "&id=" + id).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from alert").query(Integer.class).single()).isZero();
    }

    @Test
    void adminPagePreviewsAndSendsNow() throws Exception {
        store("news", item("a1", "Hamnen i Gävle byggs ut", "Logistik.", null), sectors("logistics"));
        String base = "http://localhost:" + port;
        var preview = Http.get(base + "/admin/digests/preview?contact=logistik%40example.org");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Logistik", "logistik@example.org", "Omvärldsradar: 1 ny post", "1 post skickas",
                "Skicka nu", "src=\"/admin/digests/preview/html?contact=logistik@example.org\"");
        var html = Http.get(base + "/admin/digests/preview/html?contact=logistik%40example.org");
        assertThat(html.body()).contains("Hamnen i Gävle byggs ut", "<base target=\"_blank\">").doesNotContain("<script");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(Http.get(base + "/admin/digests/preview/text?contact=logistik%40example.org").body())
                .contains("Hamnen i Gävle byggs ut").doesNotContain("<");
        assertThat(MAIL.getReceivedMessages()).isEmpty(); // a preview records and sends nothing

        assertThat(Http.post(base + "/admin/digests/send", "contact=logistik%40example.org").statusCode()).isEqualTo(302);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(Http.get(base + "/admin/digests").body()).contains("logistik@example.org", "Skickad", "Varje dag kl. 07:00")
                .doesNotContain(">SENT<", "daily 07:00");
        assertThat(Http.get(base + "/admin/digests?lang=en").body()).contains(">Sent<", "Every day at 07:00");
        // sent: the next digest has nothing new, and the preview says that nothing would go out
        assertThat(Http.get(base + "/admin/digests/preview?contact=logistik%40example.org").body())
                .contains("Inget nytt sedan förra utskicket").doesNotContain("poster skickas");
        var unknown = Http.get(base + "/admin/digests/preview?contact=nobody%40example.org");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("ingen kontaktperson med adressen nobody@example.org");
    }

    private void store(String source, ExtractedItem x, Tags tags) {
        DigestFixtures.store(items, config, source, x, tags);
    }

    static MimeMessage only(String to) throws Exception {
        List<MimeMessage> list = received(to);
        assertThat(list).as("mails to " + to).hasSize(1);
        return list.getFirst();
    }

    static List<MimeMessage> received(String to) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).isEmpty() ? "" : decoded(m);
    }

    private static String decoded(MimeMessage m) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            jakarta.mail.internet.MimeMultipart mp = (jakarta.mail.internet.MimeMultipart) m.getContent();
            StringBuilder sb = new StringBuilder();
            collect(mp, sb);
            return sb.toString() + out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(jakarta.mail.internet.MimeMultipart mp, StringBuilder sb) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            Object c = mp.getBodyPart(i).getContent();
            if (c instanceof jakarta.mail.internet.MimeMultipart inner) {
                collect(inner, sb);
            } else {
                sb.append(c).append('\n');
            }
        }
    }

    static String unsubscribeUrl(MimeMessage m) throws Exception {
        String h = m.getHeader("List-Unsubscribe")[0];
        return h.substring(1, h.length() - 1);
    }

    static String link(String text, String prefix) {
        int at = text.indexOf(prefix);
        assertThat(at).as("link " + prefix).isNotNegative();
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"' && text.charAt(end) != '<') {
            end++;
        }
        return text.substring(at, end).replace("&amp;", "&");
    }

}
