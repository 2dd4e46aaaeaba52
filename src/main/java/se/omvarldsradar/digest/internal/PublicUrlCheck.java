package se.omvarldsradar.digest.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;

/**
 * Warns at start when digests go out by SMTP with links their readers cannot use: every digest links to
 * {@code radar.public-url} (entries, preferences, one-click unsubscribe), whose default, http://localhost:8080, is
 * right for a try-out that writes .eml files and wrong for real mail. Mail clients offer RFC 8058 one-click
 * unsubscribe only for https links, and nobody but the server itself reaches localhost.
 */
@Component
class PublicUrlCheck {
    private static final Logger log = LoggerFactory.getLogger(PublicUrlCheck.class);

    private final MailTransport transport;
    private final CurrentConfig config;

    PublicUrlCheck(MailTransport transport, CurrentConfig config) {
        this.transport = transport;
        this.config = config;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        if (transport.usesSmtp()) {
            problem(config.settings().publicUrl()).ifPresent(p -> log.warn(
                    "Digests are mailed with links to {} (radar.public-url), which {}; set radar.public-url to the https"
                            + " address users reach the service at", config.settings().publicUrl(), p));
        }
    }

    /** What is wrong with the address as the base of links in mail, if anything. */
    static Optional<String> problem(String publicUrl) {
        URI uri;
        try {
            uri = URI.create(publicUrl.trim());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid address");
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.of("is not a full address such as https://radar.example.se");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("0.0.0.0")) {
            return Optional.of("readers cannot reach (it names this machine)");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("is not https (mail clients offer one-click unsubscribe only for https links)");
        }
        return Optional.empty();
    }
}
