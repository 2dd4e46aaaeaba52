package se.omvarldsradar.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarldsradar.support.DigestFixtures.item;
import static se.omvarldsradar.support.DigestFixtures.sectors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.support.DigestFixtures;
import se.omvarldsradar.support.FakeSmtpServer;
import se.omvarldsradar.support.Http;
import se.omvarldsradar.support.MutableClock;
import se.omvarldsradar.support.TestFeeds;

/**
 * Delivery against an SMTP server that misbehaves on cue: 4xx is retried with backoff and delivered once,
 * 5xx fails at once and shows on the admin page, retries end after 24 h, and a claim left by a dead sender
 * is sent again with the same Message-ID.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DigestDeliveryTests {
    static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    static final FakeSmtpServer SMTP = new FakeSmtpServer(FakeSmtpServer.freePort());
    static final Path DIR = DigestFixtures.tempDir("radar-delivery");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        SMTP.start();
        Path feeds = TestFeeds.write(DIR, DigestFixtures.SOURCES, DigestFixtures.DEPARTMENTS);
        registry.add("radar.config", feeds::toString);
        registry.add("radar.index.path", () -> DIR.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:delivery;DB_CLOSE_DELAY=-1");
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
    }

    @AfterAll
    static void stop() throws IOException {
        SMTP.close();
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

    final JavaMailSender mailSender;
    final DigestSettings settings;

    @Autowired
    DigestDeliveryTests(Digests digests, CurrentConfig config, JdbcClient jdbc, Items items, MutableClock clock,
            JavaMailSender mailSender, DigestSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
        this.digests = digests;
        this.config = config;
        this.jdbc = jdbc;
        this.items = items;
        this.clock = clock;
    }

    @BeforeEach
    void clean() {
        DigestFixtures.clean(jdbc);
        SMTP.accepted().clear();
        clock.set(START);
        DigestFixtures.store(items, config, "news", item("h" + System.nanoTime(), "Hamnen i Gävle byggs ut", "Logistik.", null),
                sectors("logistics"));
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffAndDeliveredOnce() {
        SMTP.script("451 4.3.0 Try again later");
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("retrying");
            assertThat(r.detail()).contains("451");
        });
        assertThat(digests.deliverDue()).isZero();
        Instant next = digests.recent(1).getFirst().nextAttempt();
        assertThat(Http.get("http://localhost:" + port + "/admin/digests").body()).as("the office sees when it is tried again")
                .contains("Väntar på att skickas", "451", "Nytt försök "
                        + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Europe/Stockholm")).format(next));
        clock.advance(Duration.ofSeconds(61));
        assertThat(digests.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(digests.deliverDue()).isZero();
        assertThat(SMTP.accepted()).hasSize(1);
        assertThat(digests.recent(5)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("SENT");
            assertThat(e.attempts()).isEqualTo(2);
        });
    }

    @Test
    void aPermanentFailureIsMarkedFailedAndShownOnTheAdminPage() {
        SMTP.script("550 5.1.1 No such user");
        assertThat(digests.sendNow(Optional.of("logistik@example.org"))).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("failed"));
        clock.advance(Duration.ofHours(1));
        assertThat(digests.deliverDue()).isZero();
        assertThat(SMTP.accepted()).isEmpty();
        String page = Http.get("http://localhost:" + port + "/admin/digests").body();
        assertThat(page).contains("Misslyckades", "550", "No such user", "logistik@example.org", "Försök igen");
    }

    @Test
    void transientFailuresAreGivenUpAfter24Hours() {
        SMTP.script(java.util.Collections.nCopies(60, "421 4.7.0 Busy").toArray(String[]::new));
        digests.sendNow(Optional.of("logistik@example.org"));
        int attempts = 1;
        while (!digests.recent(1).getFirst().status().equals("FAILED")) {
            clock.advance(Duration.ofMinutes(61));
            digests.deliverDue();
            attempts++;
            assertThat(attempts).isLessThan(40);
        }
        assertThat(Duration.between(START, clock.instant())).isLessThanOrEqualTo(Duration.ofHours(25));
        assertThat(digests.recent(1).getFirst().error()).contains("gave up", "421");
        assertThat(SMTP.accepted()).isEmpty();
    }

    @Test
    void aClaimLeftByADeadSenderIsSentAgainWithTheSameMessageId() {
        SMTP.script("451 4.3.0 later");
        digests.sendNow(Optional.of("logistik@example.org"));
        String messageId = jdbc.sql("select message_id from outbox").query(String.class).single();
        // What a sender killed mid-conversation leaves behind: a claim with its time.
        jdbc.sql("update outbox set status = 'SENDING', sending_since = ?").param(clock.instant().atOffset(ZoneOffset.UTC)).update();
        clock.advance(Duration.ofMinutes(4));
        assertThat(digests.deliverDue()).as("within the lease the claim may still be alive").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(digests.deliverDue()).isEqualTo(1);
        assertThat(digests.deliverDue()).isZero();
        assertThat(SMTP.accepted()).singleElement().satisfies(m -> assertThat(m).contains("Message-ID: " + messageId));
    }


    @Test
    void aSilentSmtpServerIsGivenUpOnWellWithinTheSendingLease() {
        // Jakarta Mail would wait forever; the shipped defaults bound every wait (this context shortens the read one).
        var properties = ((JavaMailSenderImpl) mailSender).getJavaMailProperties();
        for (String key : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            assertThat(properties.getProperty(key)).as(key).isNotNull();
            assertThat(Duration.ofMillis(Long.parseLong(properties.getProperty(key)))).as(key)
                    .isLessThan(settings.sendingLease());
        }
    }
}
