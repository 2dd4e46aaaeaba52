package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

/** Whose alerts a signed-in user sees: the address the login gives, never the opaque name. */
class SignedInTests {
    private final SignedIn signedIn = new SignedIn();

    @Test
    void takesTheEmailClaimOfAnOpenIdConnectLogin() {
        assertThat(signedIn.email(oidc(Map.of("email", "anna@gavle.example")))).isEqualTo("anna@gavle.example");
    }

    @Test
    void fallsBackOnEntraSignInNamesThatAreAddresses() {
        assertThat(signedIn.email(oidc(Map.of("preferred_username", "erik.holm@gavle.example")))).isEqualTo("erik.holm@gavle.example");
        assertThat(signedIn.email(oidc(Map.of("preferred_username", "erik.holm")))).isEmpty();
        var oauth2 = new OAuth2AuthenticationToken(new DefaultOAuth2User(AuthorityUtils.createAuthorityList("ROLE_STAFF"),
                Map.of("sub", "x1", "upn", "sara.ek@gavle.example"), "sub"), AuthorityUtils.createAuthorityList("ROLE_STAFF"), "entra");
        assertThat(signedIn.email(oauth2)).isEqualTo("sara.ek@gavle.example");
    }

    @Test
    void aSubjectAloneIsNoAddress() {
        assertThat(signedIn.email(oidc(Map.of()))).isEmpty();
    }

    @Test
    void showsAPersonsNameRatherThanTheSubject() {
        assertThat(signedIn.name(oidc(Map.of("name", "Anna Lindqvist", "email", "anna@gavle.example")))).isEqualTo("Anna Lindqvist");
        assertThat(signedIn.name(oidc(Map.of("email", "anna@gavle.example")))).isEqualTo("anna@gavle.example");
        assertThat(signedIn.name(oidc(Map.of()))).isEqualTo("9f3c-opaque");
        assertThat(signedIn.name(local("staff"))).isEqualTo("staff");
    }

    @Test
    void aLocalUserHasAnAddressOnlyWhenNamedByOne() {
        assertThat(signedIn.email(local("anna@gavle.example"))).isEqualTo("anna@gavle.example");
        assertThat(signedIn.email(local("staff"))).isEmpty();
        assertThat(signedIn.email(local("not an@address"))).isEmpty();
        assertThat(signedIn.email(null)).isEmpty();
        var notSignedIn = new TestingAuthenticationToken("someone@gavle.example", "x");
        notSignedIn.setAuthenticated(false);
        assertThat(signedIn.email(notSignedIn)).isEmpty();
    }

    private static OAuth2AuthenticationToken oidc(Map<String, Object> claims) {
        var all = new java.util.HashMap<String, Object>(claims);
        all.put("sub", "9f3c-opaque");
        var token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), all);
        var user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_STAFF"), token);
        assertThat(user.getName()).isEqualTo("9f3c-opaque");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "entra");
    }

    private static UsernamePasswordAuthenticationToken local(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of());
    }
}
