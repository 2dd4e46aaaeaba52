package se.omvarldsradar.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchPage;

/** The JSON API: search, one item, source health. */
@RestController
@RequestMapping("/api")
class ApiController {
    private final ItemSearch search;
    private final Items items;
    private final SourceViews sources;

    ApiController(ItemSearch search, Items items, SourceViews sources) {
        this.search = search;
        this.items = items;
        this.sources = sources;
    }

    @GetMapping("/search")
    SearchPage search(@RequestParam MultiValueMap<String, String> params) {
        return search.search(SearchParams.from(params).query());
    }

    @GetMapping("/items/{id}")
    Item item(@PathVariable String id) {
        return items.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no item " + id));
    }

    @GetMapping("/sources")
    List<SourceViews.SourceView> sources() {
        return sources.all();
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidQueryException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
