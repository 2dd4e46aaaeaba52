package se.omvarldsradar.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in ({@code radar.security.*}). Embedded default: users from configuration with bcrypt hashes
 * ({@code java -jar omvarldsradar.jar hash-password}); production: OpenID Connect through
 * {@code spring.security.oauth2.client.*}, roles read from a claim.
 *
 * @param users          local users; roles STAFF (search, items, alerts) or ADMIN (also the office pages)
 * @param maxFailures    failed logins from one address or for one name before a pause
 * @param lockout        how long that pause lasts
 * @param rolesClaim     the OIDC claim that carries the user's roles or groups
 * @param staffValues    claim values that make a user staff
 * @param adminValues    claim values that make a user an administrator
 * @param secureCookies  send the session cookie only over HTTPS (browsers treat localhost as secure)
 */
@ConfigurationProperties("radar.security")
public record SecuritySettings(@DefaultValue List<User> users, @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout, @DefaultValue("roles") String rolesClaim,
        @DefaultValue({"staff", "omvarldsradar-staff"}) List<String> staffValues,
        @DefaultValue({"admin", "omvarldsradar-admin"}) List<String> adminValues,
        @DefaultValue("true") boolean secureCookies) {

    /** A local user: name, password hash ({@code {bcrypt}$2a$…}) and roles. */
    public record User(String name, String password, @DefaultValue("STAFF") List<String> roles) {
    }
}
