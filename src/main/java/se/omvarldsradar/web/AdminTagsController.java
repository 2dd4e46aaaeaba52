package se.omvarldsradar.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.crawl.Retagger;
import se.omvarldsradar.item.Items;

/** The office's tag overrides on an item, and re-tagging everything after the category terms changed. */
@Controller
class AdminTagsController {
    private final Items items;
    private final Retagger retagger;
    private final CurrentConfig config;

    AdminTagsController(Items items, Retagger retagger, CurrentConfig config) {
        this.items = items;
        this.retagger = retagger;
        this.config = config;
    }

    @PostMapping("/admin/items/{id}/tags")
    String override(@PathVariable String id, @RequestParam(name = "sector", required = false) List<String> sectors,
            @RequestParam(name = "focus", required = false) List<String> focus,
            @RequestParam(name = "action", defaultValue = "save") String action, Principal who,
            RedirectAttributes redirect) {
        boolean done;
        if (action.equals("clear")) {
            done = retagger.clearOverride(id) || items.find(id).isPresent();
        } else {
            done = items.overrideTags(id, known(sectors, config.get().sectors()), known(focus, config.get().focus()),
                    who == null ? "office" : who.getName());
        }
        if (!done) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no item " + id);
        }
        redirect.addFlashAttribute("tagsSaved", true);
        return "redirect:/items/" + id;
    }

    @PostMapping("/admin/retag")
    String retag(RedirectAttributes redirect) {
        redirect.addFlashAttribute("retagged", retagger.retagAll());
        return "redirect:/admin/sources";
    }

    /** Only categories that exist in feeds.yml, in their configured order. */
    private static List<String> known(List<String> chosen, List<CategoryDefinition> categories) {
        return chosen == null ? List.of() : categories.stream().map(CategoryDefinition::id).filter(chosen::contains).toList();
    }
}
