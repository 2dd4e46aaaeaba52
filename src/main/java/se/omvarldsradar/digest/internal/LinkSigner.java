package se.omvarldsradar.digest.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.omvarldsradar.digest.DigestSettings;

/**
 * Signs and verifies the links in digests (unsubscribe, preferences): {@code base64url(email|expiry).hmac}.
 * Without a configured secret one is generated once and kept in the database, so links survive restarts.
 */
@Component
public class LinkSigner {
    private final byte[] key;
    private final DigestSettings settings;
    private final Clock clock;

    LinkSigner(DigestSettings settings, JdbcClient jdbc, Optional<Clock> clock) {
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        String secret = settings.secret();
        if (secret == null || secret.isBlank()) {
            secret = jdbc.sql("select setting_value from app_setting where setting_name = 'digest.secret'").query(String.class).optional()
                    .orElseGet(() -> {
                        byte[] b = new byte[32];
                        new SecureRandom().nextBytes(b);
                        String s = HexFormat.of().formatHex(b);
                        jdbc.sql("insert into app_setting (setting_name, setting_value) values ('digest.secret', ?)").param(s).update();
                        return s;
                    });
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String email) {
        long expiry = clock.instant().plus(settings.tokenTtl()).getEpochSecond();
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((email + "|" + expiry).getBytes(StandardCharsets.UTF_8));
        return payload + "." + mac(payload);
    }

    /** The e-mail address the token was made for, if the token is genuine and not expired. */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2 || Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(parts[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
