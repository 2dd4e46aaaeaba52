package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class CachingAuthenticationProviderTests {
    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider slow = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (!"secret".equals(a.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, AuthorityUtils.createAuthorityList("ROLE_STAFF"));
        }

        @Override
        public boolean supports(Class<?> c) {
            return true;
        }
    };

    @Test
    void remembersASuccessButNeverAFailure() {
        var cache = new CachingAuthenticationProvider(slow, Duration.ofMinutes(5), Clock.systemUTC());
        cache.authenticate(token("secret"));
        cache.authenticate(token("secret"));
        assertThat(checks).hasValue(1);
        assertThatThrownBy(() -> cache.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void checksAgainAfterTheTimeToLive() {
        var clock = new Clock() {
            Instant now = Instant.parse("2026-11-26T10:00:00Z");

            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        var cache = new CachingAuthenticationProvider(slow, Duration.ofMinutes(5), clock);
        cache.authenticate(token("secret"));
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        cache.authenticate(token("secret"));
        assertThat(checks).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken token(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("staff", password);
    }
}
