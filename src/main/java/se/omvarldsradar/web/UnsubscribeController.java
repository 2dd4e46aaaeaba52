package se.omvarldsradar.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletResponse;
import se.omvarldsradar.digest.Digests;

/**
 * Unsubscribing from a digest with the signed link in it. A GET only shows a confirmation form (mail
 * scanners follow links); the POST, from that form or an RFC 8058 one-click client, unsubscribes.
 */
@Controller
class UnsubscribeController {
    private final Digests digests;

    UnsubscribeController(Digests digests) {
        this.digests = digests;
    }

    @GetMapping("/unsubscribe")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var email = digests.verify(token);
        if (email.isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "unsubscribe/invalid";
        }
        model.addAttribute("email", email.get());
        model.addAttribute("token", token);
        return "unsubscribe/confirm";
    }

    @PostMapping("/unsubscribe")
    @ResponseStatus(HttpStatus.OK)
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var email = digests.verify(token);
        if (email.isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "unsubscribe/invalid";
        }
        digests.unsubscribe(email.get());
        model.addAttribute("email", email.get());
        return "unsubscribe/done";
    }
}
