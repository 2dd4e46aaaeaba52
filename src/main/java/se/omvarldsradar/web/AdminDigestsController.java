package se.omvarldsradar.web;

import java.nio.charset.StandardCharsets;
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

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.digest.Digests;
import se.omvarldsradar.digest.Preferences;

/**
 * The digests admin page: recent digests with status and error (failed first), each contact's next digest
 * previewed in the browser, "send now" and "retry". Needs the ADMIN role (SecurityConfig).
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
        model.addAttribute("contacts", config.get().contacts().map(this::row).toList());
        return "admin/digests";
    }

    /** A contact as feeds.yml has it, with the frequency in force and whether they paused (their own choices). */
    record ContactRow(Contact contact, String frequency, boolean paused) {
    }

    private ContactRow row(Contact c) {
        Optional<Preferences> chosen = digests.preferences(c.email());
        return new ContactRow(c, chosen.map(Preferences::frequency).orElse(c.frequency().toString()),
                chosen.map(Preferences::paused).orElse(false));
    }

    /**
     * The preview page: to whom, the subject, whether it would go out now (nothing new, or paused by the contact,
     * sends nothing), a "send now" button, and the mail itself in a sandboxed frame as the contact would see it.
     */
    @GetMapping("/admin/digests/preview")
    String preview(@RequestParam String contact, Model model, HttpServletResponse response) {
        var found = config.get().contact(contact);
        var preview = found.flatMap(c -> digests.preview(c.email()));
        model.addAttribute("email", contact);
        if (found.isEmpty() || preview.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "admin/preview";
        }
        model.addAttribute("row", row(found.get()));
        model.addAttribute("preview", preview.get());
        return "admin/preview";
    }

    /** The preview's HTML part alone, for the preview page's frame. */
    @GetMapping("/admin/digests/preview/html")
    ResponseEntity<String> previewHtml(@RequestParam String contact, HttpServletResponse response) {
        var preview = digests.preview(contact);
        if (preview.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        response.setHeader("Content-Security-Policy", PREVIEW_CSP);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(linksInNewTab(preview.get().html()));
    }

    /** In the frame a link opens a new tab, as in a mail program, instead of loading the site inside the frame. */
    static String linksInNewTab(String html) {
        int head = html.indexOf("<head>");
        return head < 0 ? html : html.substring(0, head + 6) + "\n<base target=\"_blank\">" + html.substring(head + 6);
    }

    /** The preview's plain-text part, as a mail program without HTML shows it. */
    @GetMapping("/admin/digests/preview/text")
    ResponseEntity<String> previewText(@RequestParam String contact) {
        return digests.preview(contact)
                .map(p -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                        .body(p.text()))
                .orElseGet(() -> ResponseEntity.notFound().build());
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
