package se.omvarldsradar.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.item.SourceStates;

/** The sources page: health of every configured source, for the office. */
@Controller
class SourcesController {
    private final CurrentConfig config;
    private final SourceStates states;

    SourcesController(CurrentConfig config, SourceStates states) {
        this.config = config;
        this.states = states;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", config.get().sources().stream()
                .map(s -> new ApiController.SourceView(s.id(), s.name(), s.kind().id(), s.type(), s.url().toString(),
                        s.enabled(), s.schedule().toString(), states.get(s.id())))
                .toList());
        return "sources/sources";
    }
}
