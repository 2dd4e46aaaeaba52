package se.omvarldsradar.web;

import java.util.Optional;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: name and password, and the organisation's single sign-on when OIDC is configured. */
@Controller
class LoginController {
    private final Optional<ClientRegistrationRepository> oidc;

    LoginController(Optional<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", oidc.filter(InMemoryClientRegistrationRepository.class::isInstance)
                .map(r -> ((InMemoryClientRegistrationRepository) r)).map(r -> {
                    java.util.List<ClientRegistration> list = new java.util.ArrayList<>();
                    r.forEach(list::add);
                    return list;
                }).orElse(java.util.List.of()));
        return "login/login";
    }
}
