package se.omvarldsradar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.omvarldsradar.cli.CommandLine;

/**
 * Omvärldsradar: with no command it serves the web pages and runs the crawl and digest schedules; with a
 * command ({@code crawl --once}, {@code classify}, {@code digest --now}, {@code reindex}, {@code retag},
 * {@code check-config}) it runs that over the same beans and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OmvarldsradarApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(OmvarldsradarApplication.class, args));
        }
        SpringApplication.run(OmvarldsradarApplication.class, args);
    }
}
