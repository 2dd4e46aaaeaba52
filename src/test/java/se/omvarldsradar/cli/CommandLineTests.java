package se.omvarldsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.omvarldsradar.OmvarldsradarApplication;
import se.omvarldsradar.support.TestFeeds;

@ExtendWith(OutputCaptureExtension.class)
class CommandLineTests {
    @TempDir
    Path dir;

    @Test
    void checkConfigAcceptsTheShippedFile() {
        var out = new ByteArrayOutputStream();
        int code = CheckConfigCommand.check(Path.of("feeds.yml"), new PrintStream(out), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is valid").contains("sources");
    }

    @Test
    void checkConfigPrintsEveryProblemAndExitsOne() throws IOException {
        Path bad = dir.resolve("feeds.yml");
        Files.writeString(bad, """
                sources:
                  - id: x
                    name: X
                    kind: news
                    type: feed
                    url: not a url
                    every: 6h
                noSuchTopLevelKey: 1
                """);
        var err = new ByteArrayOutputStream();
        int code = CheckConfigCommand.check(bad, System.out, new PrintStream(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("feeds.yml:6: sources[0].url")
                .contains("feeds.yml:8: noSuchTopLevelKey: unknown key");
    }

    @Test
    void crawlWithAnInvalidConfigPrintsItsProblemsOnceAndExitsOne(CapturedOutput output) throws IOException {
        Path bad = dir.resolve("feeds.yml");
        Files.writeString(bad, "sources:\n  - id: x\n");
        int code = CommandLine.run(OmvarldsradarApplication.class, new String[] {"crawl", "--once", "--config", bad.toString(),
                "--spring.datasource.url=jdbc:h2:mem:cli-bad", "--radar.index.path=" + dir.resolve("index")});
        assertThat(code).isEqualTo(1);
        String printed = output.getOut() + output.getErr();
        assertThat(printed.split("sources\\[0\\]\\.name", -1)).as("the problems, once: %s", printed).hasSize(2);
        assertThat(printed).contains("feeds.yml:2: sources[0]").doesNotContain("Caused by:").doesNotContain("\tat ");
    }

    @Test
    void radarConfigOnTheCommandLineIsTheConfigFileAsConfigIs() {
        Path feeds = TestFeeds.write(dir, "  []\n", """
                  - name: Näringsliv
                    contacts:
                      - name: Logistik
                        email: logistik@example.org
                """);
        for (String option : new String[] {"--radar.config=" + feeds, "--config=" + feeds}) {
            int code = CommandLine.run(OmvarldsradarApplication.class, new String[] {"crawl", "--once", option,
                    "--spring.datasource.url=jdbc:h2:mem:cli-config;DB_CLOSE_DELAY=-1", "--radar.index.path=" + dir.resolve("index")});
            assertThat(code).as(option).isZero();
        }
    }

    @Test
    void recognisesOnlyItsCommands() {
        assertThat(CommandLine.isCommand(new String[] {"crawl", "--once"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
    }
}
