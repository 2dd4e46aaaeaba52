package se.omvarldsradar.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import se.omvarldsradar.digest.Digests;

/**
 * Unsubscribing from a digest with the signed link in it. A GET only shows a confirmation form (mail
 * scanners follow links); the POST, from that form or an RFC 8058 one-click client (body
 * {@code List-Unsubscribe=One-Click}), unsubscribes at once and takes effect before the next run.
 */
@Controller
class UnsubscribeController {
    private final Digests digests;

    UnsubscribeController(Digests digests) {
        this.digests = digests;
    }

    @GetMapping("/unsubscribe")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var recipient = digests.verify(token);
        if (recipient.isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "unsubscribe/invalid";
        }
        model.addAttribute("email", shown(recipient.get()));
        model.addAttribute("token", token);
        return "unsubscribe/confirm";
    }

    @PostMapping("/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var recipient = digests.verify(token);
        if (recipient.isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "unsubscribe/invalid";
        }
        digests.unsubscribe(recipient.get());
        model.addAttribute("email", shown(recipient.get()));
        model.addAttribute("token", token);
        model.addAttribute("contact", !recipient.get().startsWith("alert:"));
        return "unsubscribe/done";
    }

    private static String shown(String recipient) {
        return recipient.startsWith("alert:") ? recipient.substring("alert:".length()) : recipient;
    }
}
