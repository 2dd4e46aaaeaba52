package se.omvarldsradar.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchPage;

/** The search page: server-rendered, works without JavaScript, every state a permalink. */
@Controller
class SearchController {
    private final ItemSearch search;
    private final CurrentConfig config;

    SearchController(ItemSearch search, CurrentConfig config) {
        this.search = search;
        this.config = config;
    }

    @GetMapping({"/", "/search"})
    String search(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            HttpServletResponse response) {
        SearchParams p = SearchParams.from(params);
        model.addAttribute("p", p);
        model.addAttribute("labels", new Labels(config.get(), locale.getLanguage()));
        try {
            SearchPage page = search.search(p.query());
            model.addAttribute("result", page);
        } catch (InvalidQueryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        }
        return "search/search";
    }
}
