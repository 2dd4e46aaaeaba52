package se.omvarldsradar.digest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.OmvarldsradarApplication;
import se.omvarldsradar.support.FakeSmtpServer;
import se.omvarldsradar.support.TestFeeds;

/**
 * {@code digest --now} killed with SIGKILL in the middle of its SMTP conversations, in a separate JVM, then
 * run again: every digest arrives, none twice. The server hangs on the second message, so at the kill one
 * digest is accepted, one is claimed (SENDING) without an answer, and one still waits (PENDING).
 */
class DigestCrashTests {
    @TempDir
    Path dir;
    final WireMockServer site = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    final FakeSmtpServer smtp = new FakeSmtpServer(FakeSmtpServer.freePort());
    final List<Process> children = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        children.forEach(Process::destroyForcibly);
        site.stop();
        smtp.close();
    }

    @Test
    void aRunKilledMidSendDeliversEveryDigestExactlyOnceAfterRestart() throws Exception {
        site.start();
        site.stubFor(get(urlEqualTo("/feed.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(
                        TestFeeds.item("k-1", "Utlysning: järnvägsgods och hamnterminaler i Gävleborg",
                                "Stöd till intermodala transporter, logistikcentrum och hamnar."),
                        TestFeeds.item("k-2", "Besöksnäring och evenemang", "Turism, möten och värdskap för besökare.")))));
        TestFeeds.write(dir, """
                  - id: regional
                    name: Regionala utlysningar
                    kind: call
                    type: feed
                    url: %s/feed.xml
                    every: 6h
                """.formatted(site.baseUrl()), """
                  - name: Alla
                    contacts:
                      - name: Logistik
                        email: logistik@example.org
                        sectors: [logistics]
                      - name: Allt
                        email: allt@example.org
                      - name: Allt igen
                        email: allt2@example.org
                """);
        smtp.script("250", FakeSmtpServer.HANG).start();

        assertThat(run("crawl", "--once").waitFor(120, TimeUnit.SECONDS)).isTrue();
        Process killed = run("digest", "--now");
        assertThat(smtp.hung().await(120, TimeUnit.SECONDS)).as("the second SMTP conversation started").isTrue();
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks, no cleanup
        assertThat(smtp.accepted()).hasSize(1);
        assertThat(count("select count(*) from outbox where status = 'SENDING'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox where status = 'PENDING'")).isEqualTo(1);

        Process restarted = run("digest", "--now");
        assertThat(restarted.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restarted.exitValue()).as(Files.readString(dir.resolve("out-3.txt"))).isZero();
        Process again = run("digest", "--now");
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> ids = smtp.accepted().stream().map(DigestCrashTests::messageId).toList();
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(count("select count(*) from outbox where status = 'SENT'")).isEqualTo(3);
    }

    private Process run(String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OmvarldsradarApplication.class.getName()));
        cmd.addAll(List.of(command));
        cmd.addAll(List.of("--config", dir.resolve("feeds.yml").toString(), "--radar.data-dir=" + dir.resolve("data"),
                "--radar.index.path=" + dir.resolve("index"), "--radar.fetch.allow-hosts=localhost,127.0.0.1",
                "--radar.fetch.min-host-delay=10ms", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--radar.digest.sending-lease=1s"));
        children.add(null);
        Path out = dir.resolve("out-" + children.size() + ".txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        children.set(children.size() - 1, p);
        return p;
    }

    private int count(String sql) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/radar") + ";AUTO_SERVER=TRUE", "sa", "");
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String messageId(String raw) {
        Matcher m = Pattern.compile("(?im)^Message-ID: (<[^>]+>)").matcher(raw);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
