package se.omvarldsradar.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.Frequency;
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
            @RequestParam(defaultValue = "") String frequency, @RequestParam(required = false) String every,
            @RequestParam(required = false) String day, @RequestParam(required = false) String time,
            @RequestParam(required = false) List<String> sectors,
            @RequestParam(required = false) List<String> focus, @RequestParam(required = false) List<String> kinds,
            Model model, Locale locale, HttpServletResponse response) {
        var email = digests.verify(token).filter(e -> digests.preferences(e).isPresent());
        if (email.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "unsubscribe/invalid";
        }
        Preferences wanted = new Preferences(email.get(), "", "", paused, frequency(every, day, time, frequency),
                nonNull(sectors), nonNull(focus),
                nonNull(kinds));
        try {
            return page(model, token, digests.savePreferences(email.get(), wanted), locale, true, false);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, token, digests.preferences(email.get()).orElseThrow(), locale, false, true);
        }
    }

    /**
     * The frequency the form chose: "every day" or "every week on a weekday", at a time of day (the form's
     * controls); or, without them, written out as in feeds.yml ({@code weekly fri 08:00}), as scripts post it.
     */
    static String frequency(String every, String day, String time, String written) {
        if (every == null) {
            return written;
        }
        String at = time == null ? "" : time.strip();
        return switch (every) {
            case "daily" -> "daily " + at;
            case "weekly" -> "weekly " + (day == null ? "" : day.strip()) + " " + at;
            default -> every;
        };
    }

    private String page(Model model, String token, Preferences p, Locale locale, boolean saved, boolean badFrequency) {
        Frequency f = Frequency.parse(p.frequency()).orElse(Frequency.daily(LocalTime.of(7, 0)));
        model.addAttribute("weekly", f.weekly());
        model.addAttribute("weekday", f.weekly() ? f.weekday() : DayOfWeek.MONDAY);
        model.addAttribute("time", f.timeOfDay());
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
                .map(d -> new Day(Frequency.code(d), d.getDisplayName(TextStyle.FULL, locale), d)).toList());
        model.addAttribute("token", token);
        model.addAttribute("p", p);
        model.addAttribute("sectors", config.get().sectors());
        model.addAttribute("focusAreas", config.get().focus());
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("saved", saved);
        model.addAttribute("badFrequency", badFrequency);
        return "preferences/preferences";
    }

    /** A weekday as the form posts it ({@code mon}) and shows it ("måndag"). */
    record Day(String value, String label, DayOfWeek day) {
    }

    private static List<String> nonNull(List<String> l) {
        return l == null ? List.of() : l;
    }
}
