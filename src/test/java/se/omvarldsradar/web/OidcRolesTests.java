package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** Roles from an OpenID Connect claim (Entra ID app roles, Keycloak realm roles or groups). */
class OidcRolesTests {
    private final SecuritySettings settings = new SecuritySettings(List.of(), 5, Duration.ofMinutes(15), "roles",
            List.of("staff"), List.of("admin", "Omvarldsradar.Admin"), true);

    @Test
    void mapsClaimValuesToStaffAndAdmin() {
        assertThat(roles(Map.of("roles", List.of("Omvarldsradar.Admin", "other")))).containsExactly("ROLE_ADMIN");
        assertThat(roles(Map.of("roles", List.of("staff")))).containsExactly("ROLE_STAFF");
        assertThat(roles(Map.of("roles", "staff admin"))).containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_ADMIN");
    }

    @Test
    void givesNoRoleWithoutTheClaim() {
        assertThat(roles(Map.of("groups", List.of("admin")))).isEmpty();
    }

    private List<String> roles(Map<String, Object> claims) {
        var token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                new java.util.HashMap<>(Map.of("sub", "u1", "iss", "https://login.example.org"))) {
            @Override
            public Map<String, Object> getClaims() {
                var all = new java.util.HashMap<>(super.getClaims());
                all.putAll(claims);
                return all;
            }
        };
        return SecurityConfig.rolesFromClaim(settings).mapAuthorities(List.of(new OidcUserAuthority(token))).stream()
                .map(GrantedAuthority::getAuthority).toList();
    }
}
