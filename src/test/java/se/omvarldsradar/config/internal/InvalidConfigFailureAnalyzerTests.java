package se.omvarldsradar.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.omvarldsradar.OmvarldsradarApplication;

/** The office starts the service with a broken feeds.yml: the log says what is wrong and where, without a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class InvalidConfigFailureAnalyzerTests {
    @TempDir
    Path dir;

    @Test
    void aServiceThatCannotStartBecauseOfFeedsYmlReportsEveryProblemWithoutAStackTrace(CapturedOutput output)
            throws IOException {
        Path feeds = dir.resolve("feeds.yml");
        Files.writeString(feeds, """
                sources:
                  - id: Bad Id
                    name: X
                    kind: call
                    type: feed
                    url: http://example.org/feed.xml
                    every: 6x
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(OmvarldsradarApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:bad-config;DB_CLOSE_DELAY=-1", "--radar.config=" + feeds,
                        "--radar.index.path=" + dir.resolve("index"), "--spring.quartz.auto-startup=false",
                        "--spring.jmx.enabled=false", "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(se.omvarldsradar.config.InvalidConfigException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("feeds.yml:2: sources[0].id: must be lower-case letters")
                .contains("feeds.yml:7: sources[0].every: must be an interval")
                .contains("check-config")
                .doesNotContain("Caused by:")
                .doesNotContain("\tat se.omvarldsradar.");
    }
}
