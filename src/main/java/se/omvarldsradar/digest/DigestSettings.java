package se.omvarldsradar.digest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Digest composition and delivery ({@code radar.digest.*}).
 *
 * @param outboxDir     where digests are written as .eml files when no SMTP server is configured
 * @param from          the sender address
 * @param firstLookback how far back a contact's first digest reaches
 * @param maxPerSection entries per section before "see all on the web"
 * @param secret        HMAC key of unsubscribe/preferences links; generated and stored in the database if empty
 * @param tokenTtl      how long a signed link stays valid
 */
@ConfigurationProperties("radar.digest")
public record DigestSettings(@DefaultValue("./outbox") Path outboxDir,
        @DefaultValue("Omvärldsradar <omvarldsradar@localhost>") String from,
        @DefaultValue("7d") Duration firstLookback, @DefaultValue("20") int maxPerSection,
        @DefaultValue("") String secret, @DefaultValue("60d") Duration tokenTtl) {
}
