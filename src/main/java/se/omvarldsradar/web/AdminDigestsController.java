package se.omvarldsradar.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.digest.Digests;

/**
 * The digests admin page: recent digests with status and error (failed first), each contact's next digest
 * previewed in the browser, "send now" and "retry". Open to anyone until the login arrives (a later issue):
 * /admin/** must then require the admin role.
 */
@Controller
class AdminDigestsController {
    /** The mail HTML uses inline styles (as mail must); it has no scripts and loads nothing remote. */
    static final String PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'self'";

    private final Digests digests;
    private final CurrentConfig config;

    AdminDigestsController(Digests digests, CurrentConfig config) {
        this.digests = digests;
        this.config = config;
    }

    @GetMapping("/admin/digests")
    String page(Model model) {
        model.addAttribute("recent", digests.recent(100));
        model.addAttribute("contacts", config.get().contacts().toList());
        return "admin/digests";
    }

    @GetMapping("/admin/digests/preview")
    ResponseEntity<String> preview(@RequestParam String contact, HttpServletResponse response) {
        var preview = digests.preview(contact);
        if (preview.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        response.setHeader("Content-Security-Policy", PREVIEW_CSP);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(preview.get().html());
    }

    @PostMapping("/admin/digests/send")
    String send(@RequestParam String contact, RedirectAttributes flash) {
        var reports = digests.sendNow(Optional.of(contact));
        flash.addFlashAttribute("reports", reports);
        return "redirect:/admin/digests";
    }

    @PostMapping("/admin/digests/retry")
    String retry(@RequestParam String id) {
        digests.retry(id);
        digests.deliverDue();
        return "redirect:/admin/digests";
    }
}
