package se.omvarldsradar.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.item.Items;

/** The item page: every field, call details, why each tag, the sources that mentioned it, its changes. */
@Controller
class ItemController {
    private final Items items;
    private final CurrentConfig config;

    ItemController(Items items, CurrentConfig config) {
        this.items = items;
        this.config = config;
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable String id, Model model, Locale locale) {
        var item = items.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("item", item);
        model.addAttribute("safeUrl", Links.httpOnly(item.url()));
        model.addAttribute("labels", new Labels(config.get(), locale.getLanguage()));
        model.addAttribute("sources", items.sourcesOf(id));
        model.addAttribute("changes", items.changes(id));
        model.addAttribute("override", items.override(id).orElse(null));
        model.addAttribute("config", config.get());
        return "item/item";
    }
}
