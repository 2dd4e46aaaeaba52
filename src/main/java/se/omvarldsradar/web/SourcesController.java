package se.omvarldsradar.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.omvarldsradar.crawl.CrawlControl;

/** The office's sources page: health of every configured source, and "run now". */
@Controller
class SourcesController {
    private final SourceViews sources;
    private final CrawlControl control;

    SourcesController(SourceViews sources, CrawlControl control) {
        this.sources = sources;
        this.control = control;
    }

    @GetMapping({"/sources", "/admin/sources"})
    String sources(Model model) {
        model.addAttribute("sources", sources.all());
        return "sources/sources";
    }

    @PostMapping("/admin/sources/{id}/run")
    String runNow(@PathVariable String id, RedirectAttributes redirect) {
        if (!control.runNow(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no source " + id);
        }
        redirect.addFlashAttribute("started", id);
        return "redirect:/admin/sources";
    }
}
