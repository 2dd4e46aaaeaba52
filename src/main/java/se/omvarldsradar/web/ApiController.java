package se.omvarldsradar.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Omvärldsradar", description = "Search EU funding calls and news; items; source health")
class ApiController {
    private final ItemSearch search;
    private final Items items;
    private final SourceViews sources;

    ApiController(ItemSearch search, Items items, SourceViews sources) {
        this.search = search;
        this.items = items;
        this.sources = sources;
    }

    @Operation(summary = "Search items", description = "The search page's parameters; repeat a facet parameter to OR its values. "
            + "Query syntax: words (all must match), \"phrases\", OR, -exclude, prefix* (3+ letters), field:value. "
            + "Expensive or malformed queries get 400 with a message.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "query text", example = "hamn logistik")
    @Parameter(name = "sector", in = ParameterIn.QUERY, description = "growth area id (repeatable)", example = "logistics")
    @Parameter(name = "focus", in = ParameterIn.QUERY, description = "focus area id (repeatable)")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "call, news or bulletin (repeatable)")
    @Parameter(name = "source", in = ParameterIn.QUERY, description = "source id (repeatable)")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "open, forthcoming or closed (repeatable)")
    @Parameter(name = "programme", in = ParameterIn.QUERY, description = "funding programme (repeatable)")
    @Parameter(name = "language", in = ParameterIn.QUERY, description = "item language: sv, en or xx (repeatable)")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "publication year (repeatable)")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "published on or after (ISO day)", example = "2026-01-01")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "published on or before (ISO day)")
    @Parameter(name = "deadlineFrom", in = ParameterIn.QUERY, description = "a deadline on or after (ISO day)")
    @Parameter(name = "deadlineTo", in = ParameterIn.QUERY, description = "a deadline on or before (ISO day)")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default), newest, or deadline (open calls soonest first, then closed)")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page", example = "1")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "results per page, at most 100", example = "20")
    @GetMapping("/search")
    SearchPage search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return search.search(SearchParams.from(params).query());
    }

    @Operation(summary = "One item with every field, call details and tags")
    @GetMapping("/items/{id}")
    Item item(@PathVariable String id) {
        return items.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no item " + id));
    }

    @Operation(summary = "The configured sources and the health of each")
    @GetMapping("/sources")
    List<SourceViews.SourceView> sources() {
        return sources.all();
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidQueryException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
