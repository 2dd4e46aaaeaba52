package se.omvarldsradar.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client address and per user name, and blocks further attempts for a while once
 * either passes the limit. The answer to a blocked attempt is the same whether or not the name exists.
 */
@Component
class LoginAttempts {
    private final SecuritySettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginAttempts(SecuritySettings settings, Optional<Clock> clock) {
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    private record Failures(int count, Instant first) {
    }

    boolean blocked(String address, String username) {
        return over("ip:" + address) || (username != null && over("user:" + username.toLowerCase()));
    }

    private boolean over(String key) {
        Failures f = failures.get(key);
        if (f == null) {
            return false;
        }
        if (f.first().plus(settings.lockout()).isBefore(clock.instant())) {
            failures.remove(key);
            return false;
        }
        return f.count() >= settings.maxFailures();
    }

    void failed(String address, String username) {
        Instant now = clock.instant();
        for (String key : new String[] {"ip:" + address, username == null ? null : "user:" + username.toLowerCase()}) {
            if (key != null) {
                failures.merge(key, new Failures(1, now), (a, b) -> a.first().plus(settings.lockout()).isBefore(now)
                        ? b : new Failures(a.count() + 1, a.first()));
            }
        }
        if (failures.size() > 100_000) {
            failures.clear(); // a flood of distinct keys must not exhaust memory
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failed(address(event.getAuthentication().getDetails()), event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        if (name != null) {
            failures.remove("user:" + name.toLowerCase());
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : "unknown";
    }
}
