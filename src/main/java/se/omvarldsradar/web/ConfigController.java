package se.omvarldsradar.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.omvarldsradar.config.ConfigProblem;
import se.omvarldsradar.config.CurrentConfig;

/** The configuration page: which feeds.yml is in force, the problems of the last reload, and "reload now". */
@Controller
class ConfigController {
    private final CurrentConfig config;

    ConfigController(CurrentConfig config) {
        this.config = config;
    }

    @GetMapping("/admin/config")
    String page(Model model) {
        model.addAttribute("status", config.status());
        model.addAttribute("config", config.get());
        return "admin/config";
    }

    @PostMapping("/admin/reload")
    String reload(RedirectAttributes redirect) {
        redirect.addFlashAttribute("reloaded", config.reload().isEmpty());
        return "redirect:/admin/config";
    }

    /** For scripts: {@code curl -X POST -H 'Accept: application/json' …/admin/reload}. */
    @PostMapping(path = "/admin/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> reloadJson() {
        List<ConfigProblem> problems = config.reload();
        return Map.of("ok", problems.isEmpty(), "problems", problems.stream().map(ConfigProblem::toString).toList());
    }
}
