package se.omvarldsradar.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers successful password checks for a few minutes. Scripts and feed readers send HTTP Basic on every
 * request, and a bcrypt check costs tens of milliseconds of CPU each time; a cached success keyed by a digest
 * of name and password skips it. Failures are never cached, so throttling still sees every wrong password.
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {
    private static final int MAX_ENTRIES = 10_000;
    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Authentication authentication, Instant until) {
    }

    CachingAuthenticationProvider(AuthenticationProvider delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String key = key(authentication.getName(), password);
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.authentication();
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Cached(result, now.plus(ttl)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(String name, String password) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(name.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            return HexFormat.of().formatHex(d.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
