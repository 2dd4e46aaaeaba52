package se.omvarldsradar.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.omvarldsradar.digest.Alerts;
import se.omvarldsradar.search.SearchQuery;

/**
 * "Bevaka sökningen": saving a search as an alert, confirming it with the signed link mailed to the owner,
 * and the owner's list of alerts with delete. The owner is proven by the signed links mailed to them, or is the
 * signed-in user ({@link #owner}).
 */
@Controller
class AlertsController {
    private final Alerts alerts;

    AlertsController(Alerts alerts) {
        this.alerts = alerts;
    }

    @PostMapping("/alerts")
    String request(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) List<String> filter, @RequestParam(defaultValue = "daily 07:00") String frequency,
            Model model, Locale locale, HttpServletResponse response) {
        try {
            alerts.request(email, q, filters(filter), frequency, locale.getLanguage());
            model.addAttribute("email", email.strip());
            return "alerts/requested";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            return "alerts/requested";
        }
    }

    @GetMapping("/alerts/confirm")
    String confirmForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var alert = alerts.toConfirm(token);
        if (alert.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "unsubscribe/invalid";
        }
        model.addAttribute("alert", alert.get());
        model.addAttribute("token", token);
        return "alerts/confirm";
    }

    // A GET only shows the button: mail scanners follow links, and a scanner is not the owner.
    @PostMapping("/alerts/confirm")
    String confirm(@RequestParam(required = false) String token, HttpServletResponse response) {
        var alert = alerts.confirm(token);
        if (alert.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "unsubscribe/invalid";
        }
        return "redirect:/alerts?confirmed=1&token=" + SearchLinks.enc(alerts.manageToken(alert.get().ownerEmail()));
    }

    @GetMapping("/alerts")
    String list(@RequestParam(required = false) String token, Principal principal, Model model, HttpServletResponse response) {
        var owner = owner(token, principal);
        if (owner.isEmpty() && principal == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "unsubscribe/invalid";
        }
        // Signed in, but the login does not tell the address the alerts were saved under: say where to find them.
        model.addAttribute("owner", owner.orElse(null));
        model.addAttribute("signedInAs", SignedIn.nameOf(principal));
        model.addAttribute("alerts", owner.map(alerts::owned).orElse(List.of()));
        model.addAttribute("token", token);
        return "alerts/list";
    }

    @PostMapping("/alerts/delete")
    String delete(@RequestParam(required = false) String token, @RequestParam String id, Principal principal,
            HttpServletResponse response) {
        var owner = owner(token, principal);
        if (owner.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "unsubscribe/invalid";
        }
        alerts.delete(owner.get(), id);
        return "redirect:/alerts?token=" + SearchLinks.enc(token == null ? "" : token);
    }

    /** The owner: the one a signed link names, else the signed-in user's address ({@link SignedIn}), if known. */
    private Optional<String> owner(String token, Principal principal) {
        Optional<String> byToken = token == null ? Optional.empty() : alerts.ownerOf(token);
        return byToken.or(() -> SignedIn.of(principal));
    }

    /** Filters posted as {@code field:value}, only the search page's facet fields. */
    static Map<String, List<String>> filters(List<String> posted) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String f : posted == null ? List.<String>of() : posted) {
            int colon = f.indexOf(':');
            if (colon > 0 && SearchQuery.FACETS.contains(f.substring(0, colon)) && colon + 1 < f.length()) {
                filters.computeIfAbsent(f.substring(0, colon), k -> new ArrayList<>()).add(f.substring(colon + 1));
            }
        }
        return filters;
    }
}
