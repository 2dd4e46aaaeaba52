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
 * @param closingSoon   open calls whose next deadline is this close are reminded of once ("closing soon")
 * @param retryFor      how long transient delivery failures (no connection, 4xx) are retried before the digest fails
 * @param sendingLease  a digest claimed for sending longer ago than this belongs to a sender that died and is sent
 *                      again (with the same Message-ID); keep it above the SMTP timeouts
 */
@ConfigurationProperties("radar.digest")
public record DigestSettings(@DefaultValue("./outbox") Path outboxDir,
        @DefaultValue("Omvärldsradar <omvarldsradar@localhost>") String from,
        @DefaultValue("7d") Duration firstLookback, @DefaultValue("20") int maxPerSection,
        @DefaultValue("") String secret, @DefaultValue("60d") Duration tokenTtl,
        @DefaultValue("14d") Duration closingSoon, @DefaultValue("24h") Duration retryFor,
        @DefaultValue("5m") Duration sendingLease) {
}
