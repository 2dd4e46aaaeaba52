package se.omvarldsradar.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.digest.Digests;
import se.omvarldsradar.digest.Preferences;

/**
 * A contact's digest preferences, opened with the signed link in every digest (no login): pause or resume,
 * frequency, categories and kinds. Showing the page changes nothing; only the form's POST does.
 */
@Controller
class PreferencesController {
    private final Digests digests;
    private final CurrentConfig config;

    PreferencesController(Digests digests, CurrentConfig config) {
        this.digests = digests;
        this.config = config;
    }

    @GetMapping("/preferences")
    String show(@RequestParam(required = false) String token, Model model, Locale locale, HttpServletResponse response) {
        var prefs = digests.verify(token).flatMap(digests::preferences);
        if (prefs.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "unsubscribe/invalid";
        }
        return page(model, token, prefs.get(), locale, false, false);
    }

    @PostMapping("/preferences")
    String save(@RequestParam(required = false) String token, @RequestParam(defaultValue = "false") boolean paused,
            @RequestParam(defaultValue = "") String frequency, @RequestParam(required = false) List<String> sectors,
            @RequestParam(required = false) List<String> focus, @RequestParam(required = false) List<String> kinds,
            Model model, Locale locale, HttpServletResponse response) {
        var email = digests.verify(token).filter(e -> digests.preferences(e).isPresent());
        if (email.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "unsubscribe/invalid";
        }
        Preferences wanted = new Preferences(email.get(), "", "", paused, frequency, nonNull(sectors), nonNull(focus),
                nonNull(kinds));
        try {
            return page(model, token, digests.savePreferences(email.get(), wanted), locale, true, false);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, token, digests.preferences(email.get()).orElseThrow(), locale, false, true);
        }
    }

    private String page(Model model, String token, Preferences p, Locale locale, boolean saved, boolean badFrequency) {
        model.addAttribute("token", token);
        model.addAttribute("p", p);
        model.addAttribute("sectors", config.get().sectors());
        model.addAttribute("focusAreas", config.get().focus());
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("saved", saved);
        model.addAttribute("badFrequency", badFrequency);
        return "preferences/preferences";
    }

    private static List<String> nonNull(List<String> l) {
        return l == null ? List.of() : l;
    }
}
