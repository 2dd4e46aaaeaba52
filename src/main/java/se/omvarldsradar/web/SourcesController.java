package se.omvarldsradar.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.omvarldsradar.crawl.CrawlControl;
import se.omvarldsradar.crawl.RunAllProgress;

/** The office's sources page: health of every configured source, "run now" and "run all now". */
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
        model.addAttribute("runAll", control.runAllProgress());
        return "sources/sources";
    }

    /** "Run all now": starts a crawl of every enabled source in the background; the page then shows its progress. */
    @PostMapping("/admin/sources/run")
    String runAll() {
        control.runAll();
        return "redirect:/admin/sources";
    }

    /** The progress of "run all now", for scripts and for following it without reloading the page. */
    @GetMapping("/admin/sources/run")
    @ResponseBody
    RunAllProgress runAllProgress() {
        return control.runAllProgress();
    }

    @PostMapping("/admin/sources/{id}/run")
    String runNow(@PathVariable String id, RedirectAttributes redirect) {
        switch (control.runNow(id)) {
            case STARTED -> redirect.addFlashAttribute("started", id);
            case BUSY -> redirect.addFlashAttribute("busy", id);
            case UNKNOWN -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no source " + id);
        }
        return "redirect:/admin/sources";
    }
}
