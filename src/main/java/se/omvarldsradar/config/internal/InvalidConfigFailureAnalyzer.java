package se.omvarldsradar.config.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import se.omvarldsradar.config.InvalidConfigException;

/**
 * A service that cannot start because of feeds.yml says so in Spring Boot's "APPLICATION FAILED TO START" report:
 * every problem with its file, line and field, and what to do, instead of a stack trace with the problems at its
 * bottom. (The command line prints the same problems itself and exits 1.)
 */
class InvalidConfigFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigException cause) {
        return new FailureAnalysis("feeds.yml cannot be used. " + cause.getMessage(),
                "Correct feeds.yml (radar.config names the file) and start the service again. "
                        + "'java -jar omvarldsradar.jar check-config --config FILE' checks a file without starting anything.",
                cause);
    }
}
