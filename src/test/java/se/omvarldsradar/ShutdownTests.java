package se.omvarldsradar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import se.omvarldsradar.support.FakeSmtpServer;
import se.omvarldsradar.support.TestFeeds;

/**
 * The service stopped as an operator stops it (SIGTERM, as systemd and {@code docker stop} do), in a separate JVM
 * with the embedded defaults (H2 file database). The database stays open until the service has stopped: H2 would
 * otherwise close it from its own JVM shutdown hook, side by side with Spring's, under a crawl finishing its
 * request, under a digest being marked sent, and under the event registry's check for unfinished publications.
 * The office reads this log: a start and a stop with the shipped defaults warn of nothing but the development
 * passwords.
 */
class ShutdownTests {
    @TempDir
    Path dir;
    final WireMockServer site = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    final FakeSmtpServer smtp = new FakeSmtpServer(FakeSmtpServer.freePort());
    Process server;
    Path log;
    boolean withMail;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.destroyForcibly();
        }
        smtp.release();
        smtp.close();
        site.stop();
    }

    @Test
    void sigtermStopsTheServiceCleanlyWithTheDatabaseOpenUntilTheEnd() throws Exception {
        start("  []\n");

        server.destroy(); // SIGTERM
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();

        List<String> lines = Files.readAllLines(log);
        List<String> afterStop = lines.subList(indexOf(lines, "Commencing graceful shutdown"), lines.size());
        assertThat(afterStop).as("the registry read the open database while closing")
                .anyMatch(l -> l.contains("No publications outstanding"));
        assertThat(afterStop).as("nothing failed while stopping").noneMatch(l -> l.contains(" WARN ") || l.contains(" ERROR "))
                .noneMatch(l -> l.contains("Exception"));
        assertThat(lines).as("the only warnings of a start with the shipped defaults: its development passwords")
                .filteredOn(l -> l.contains(" WARN ") || l.contains(" ERROR ")).isNotEmpty()
                .allMatch(l -> l.contains(" WARN ") && l.contains("still has the shipped development password"));
    }

    @Test
    void aCrawlInFlightAtSigtermStoresWhatItReadBeforeTheServiceStops() throws Exception {
        site.start();
        site.stubFor(get(urlEqualTo("/feed.xml")).willReturn(aResponse().withFixedDelay(3000)
                .withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(
                        TestFeeds.item("s-1", "Utlysning: hamnlogistik i Gävle", "Stöd till godstransporter och terminaler."),
                        TestFeeds.item("s-2", "Nyheter om handel", "Export och handel i regionen.")))));
        start(TestFeeds.feedSource("slow", site.baseUrl() + "/feed.xml", "every: 6h"));
        waitUntil(() -> !site.findAll(getRequestedFor(urlEqualTo("/feed.xml"))).isEmpty(), "the crawl asked for the feed");

        server.destroy(); // SIGTERM while the feed is still on its way
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();

        assertThat(Files.readString(log)).as("nothing failed while stopping").doesNotContain(" ERROR ");
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/radar") + ";AUTO_SERVER=TRUE", "sa", "");
                var rs = c.createStatement().executeQuery("select count(*) from item")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the two items of the crawl in flight were stored").isEqualTo(2);
        }
    }

    @Test
    void aDigestInFlightAtSigtermIsMarkedSentAndNotSentAgainAfterRestart() throws Exception {
        serveALogisticsFeedAndAHoldingSmtpServer();
        start(TestFeeds.feedSource("regional", site.baseUrl() + "/feed.xml", "every: 6h"));
        waitUntil(() -> count("select count(*) from item") == 2, "the crawl stored the feed's two items");

        CompletableFuture<HttpResponse<String>> sendNow = sendNow("logistik@example.org");
        assertThat(smtp.holding().await(60, TimeUnit.SECONDS)).as("the digest reached the SMTP server").isTrue();
        server.destroy(); // SIGTERM while the server has the digest but has not answered
        waitUntil(() -> read(log).contains("waiting for the digest being sent"), "the stop waits for the send");
        smtp.release(); // 250: accepted
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        assertThat(sendNow.get(10, TimeUnit.SECONDS).statusCode()).as("send now was answered").isEqualTo(302);

        assertThat(smtp.accepted()).hasSize(1);
        assertThat(count("select count(*) from outbox where status = 'SENT'")).as("marked sent before the stop").isEqualTo(1);
        assertThat(Files.readString(log)).as("nothing failed while stopping").doesNotContain(" ERROR ")
                .doesNotContain("still being sent");
        Process again = cli("digest", "--now");
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(dir.resolve("cli.log"))).isZero();
        assertThat(smtp.accepted()).as("not sent a second time after the restart").hasSize(1);
    }

    @Test
    void aDigestBeingSentByTheCommandLineAtSigtermIsMarkedSentAndNotSentAgain() throws Exception {
        serveALogisticsFeedAndAHoldingSmtpServer();
        TestFeeds.write(dir, TestFeeds.feedSource("regional", site.baseUrl() + "/feed.xml", "every: 6h"), """
                  - name: Näringsliv
                    contacts:
                      - name: Logistik
                        email: logistik@example.org
                        sectors: [logistics]
                """);
        Process crawl = cli("crawl", "--once");
        assertThat(crawl.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(crawl.exitValue()).as(read(dir.resolve("cli.log"))).isZero();

        Path out = dir.resolve("digest.log");
        Process digest = cli(out, "digest", "--now", "--radar.digest.sending-lease=1s",
                "--logging.level.se.omvarldsradar.digest=INFO");
        assertThat(smtp.holding().await(120, TimeUnit.SECONDS)).as("the digest reached the SMTP server").isTrue();
        digest.destroy(); // SIGTERM: Spring's shutdown hook closes the context while the main thread sends
        waitUntil(digest, out, () -> read(out).contains("waiting for the digest being sent"), "the stop waits for the send");
        smtp.release(); // 250: accepted
        assertThat(digest.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();

        assertThat(smtp.accepted()).hasSize(1);
        assertThat(count("select count(*) from outbox where status = 'SENT'")).as("marked sent before the stop: %s", read(out))
                .isEqualTo(1);
        Process again = cli("digest", "--now", "--radar.digest.sending-lease=1s");
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(read(dir.resolve("cli.log"))).isZero();
        assertThat(smtp.accepted()).as("not sent a second time, the lease long past").hasSize(1);
    }

    /** A feed with two logistics items on the site, and an SMTP server that holds its first answer until released. */
    private void serveALogisticsFeedAndAHoldingSmtpServer() throws IOException {
        site.start();
        site.stubFor(get(urlEqualTo("/feed.xml")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(TestFeeds.rss(
                        TestFeeds.item("d-1", "Utlysning: hamnlogistik och järnvägsgods i Gävle", "Stöd till godstransporter och terminaler."),
                        TestFeeds.item("d-2", "Intermodala logistikcentrum", "Logistik, hamnar och gods i regionen.")))));
        smtp.script(FakeSmtpServer.HOLD).start();
        withMail = true;
    }

    /** "Send now" on the admin digest page, as the office's browser posts it: a session, its CSRF token, the admin. */
    private CompletableFuture<HttpResponse<String>> sendNow(String contact) throws Exception {
        Matcher port = Pattern.compile("Tomcat started on port (\\d+)").matcher(read(log));
        assertThat(port.find()).isTrue();
        String base = "http://127.0.0.1:" + port.group(1);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s*value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as(login.body()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&contact="
                + URLEncoder.encode(contact, StandardCharsets.UTF_8);
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/admin/digests/send"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int count(String sql) {
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/radar") + ";AUTO_SERVER=TRUE", "sa", "");
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return -1; // not created yet
        }
    }

    private Process cli(String... command) throws IOException {
        return cli(dir.resolve("cli.log"), command);
    }

    private Process cli(Path output, String... command) throws IOException {
        List<String> cmd = new ArrayList<>(java());
        cmd.addAll(List.of(command));
        cmd.addAll(options());
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
    }

    private static List<String> java() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OmvarldsradarApplication.class.getName());
    }

    private List<String> options() {
        List<String> options = new ArrayList<>(List.of("--radar.config=" + dir.resolve("feeds.yml"),
                "--radar.data-dir=" + dir.resolve("data"), "--radar.index.path=" + dir.resolve("index"),
                "--radar.digest.outbox-dir=" + dir.resolve("outbox"), "--radar.fetch.allow-hosts=localhost,127.0.0.1",
                "--radar.fetch.min-host-delay=10ms", "--radar.crawl.startup-spread=1ms"));
        if (withMail) {
            options.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port()));
        }
        return options;
    }

    private void start(String sources) throws IOException, InterruptedException {
        TestFeeds.write(dir, sources, """
                  - name: Näringsliv
                    contacts:
                      - name: Logistik
                        email: logistik@example.org
                        sectors: [logistics]
                """);
        log = dir.resolve("server.log");
        List<String> cmd = new ArrayList<>(java());
        cmd.addAll(options());
        cmd.add("--server.port=0");
        server = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitUntil(() -> read(log).contains("Started OmvarldsradarApplication"), "the server started");
    }

    private void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        waitUntil(server, log, condition, what);
    }

    private static void waitUntil(Process process, Path output, BooleanSupplier condition, String what)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("the process is still up, waiting for: %s\n%s", what, read(output)).isTrue();
            assertThat(System.nanoTime()).as("%s within 120 s", what).isLessThan(until);
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with \"" + text + "\" in\n" + String.join("\n", lines));
    }
}
