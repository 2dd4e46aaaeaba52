package se.omvarldsradar.web;

import java.security.Principal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

/**
 * The e-mail address of the signed-in user, as far as the login tells it: with OpenID Connect the {@code email}
 * claim (else {@code preferred_username} or {@code upn}, Entra ID's sign-in names, when they are addresses); with a
 * local user, the user's name when it is an address. A principal's name alone is not enough: with OpenID Connect it
 * is the opaque {@code sub}. Alerts are saved under an address, so this is whose alerts a signed-in user sees.
 * In templates: {@code ${@signedIn.email(#authentication)}} ("" when unknown).
 */
@Component("signedIn")
public class SignedIn {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The signed-in user's address, or "" when the login does not tell it (or nobody is signed in). */
    public String email(Authentication authentication) {
        return of(authentication).orElse("");
    }

    /**
     * The name to show for the signed-in user: with OpenID Connect the {@code name} claim, else the address, else the
     * sign-in name; with a local user the user's name.
     */
    public String name(Authentication authentication) {
        return nameOf(authentication);
    }

    static String nameOf(Principal principal) {
        if (principal == null) {
            return "";
        }
        if (principal instanceof Authentication auth && auth.getPrincipal() instanceof OAuth2User user) {
            for (String claim : new String[] {"name", "email", "preferred_username", "upn"}) {
                if (user.getAttribute(claim) instanceof String value && !value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return principal.getName();
    }

    static Optional<String> of(Principal principal) {
        if (!(principal instanceof Authentication auth) || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof OidcUser user && address(user.getEmail())) {
            return Optional.of(user.getEmail().strip());
        }
        if (auth.getPrincipal() instanceof OAuth2User user) {
            for (String claim : new String[] {"email", "preferred_username", "upn"}) {
                if (user.getAttribute(claim) instanceof String value && address(value)) {
                    return Optional.of(value.strip());
                }
            }
            return Optional.empty();
        }
        return address(auth.getName()) ? Optional.of(auth.getName().strip()) : Optional.empty();
    }

    private static boolean address(String text) {
        return text != null && text.length() <= 320 && ADDRESS.matcher(text.strip()).matches();
    }
}
