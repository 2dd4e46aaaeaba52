package se.omvarldsradar.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchPage;
import se.omvarldsradar.search.SearchQuery;

/** The search page: server-rendered, works without JavaScript, every state a permalink. */
@Controller
class SearchController {
    private final ItemSearch search;
    private final CurrentConfig config;
    private final Clock clock;

    SearchController(ItemSearch search, CurrentConfig config, Optional<Clock> clock) {
        this.search = search;
        this.config = config;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping({"/", "/search"})
    String search(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            HttpServletResponse response) {
        model.addAttribute("labels", new Labels(config.get(), locale.getLanguage()));
        model.addAttribute("badge", new DeadlineBadge(clock.instant()));
        model.addAttribute("sorts", SearchQuery.SORTS);
        SearchParams p;
        try {
            p = SearchParams.from(params);
            model.addAttribute("p", p);
            SearchPage page = search.search(p.query());
            model.addAttribute("result", page);
        } catch (InvalidQueryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            if (!model.containsAttribute("p")) {
                MultiValueMap<String, String> q = new LinkedMultiValueMap<>();
                q.add("q", params.getFirst("q"));
                model.addAttribute("p", SearchParams.from(q));
            }
        }
        return "search/search";
    }
}
