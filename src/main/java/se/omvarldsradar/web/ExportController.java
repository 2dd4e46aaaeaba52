package se.omvarldsradar.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.omvarldsradar.config.RadarSettings;
import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.SearchHit;
import se.omvarldsradar.search.SearchPage;
import se.omvarldsradar.search.SearchQuery;

/** Every search as an Atom feed and its calls' deadlines as an iCalendar, with the search page's parameters. */
@RestController
class ExportController {
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private final ItemSearch search;
    private final Items items;
    private final RadarSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    ExportController(ItemSearch search, Items items, RadarSettings settings, MessageSource messages, Optional<Clock> clock) {
        this.search = search;
        this.items = items;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/search.atom")
    ResponseEntity<String> atom(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        SearchParams p = SearchParams.from(params);
        // A feed reader wants what is new: newest first unless the subscriber chose another order.
        SearchQuery q = p.query().withPage(0, SearchQuery.MAX_SIZE);
        SearchPage page = search.search(p.sort() == null ? q.withSort("newest") : q);
        String base = settings.baseUrl();
        String body = AtomExport.of(title(p, locale), base + p.at("/search.atom"), base + p.at("/search"), base,
                page.hits(), byId(page), clock.instant());
        return ResponseEntity.ok().contentType(ATOM).body(body);
    }

    @GetMapping("/search.ics")
    ResponseEntity<String> calendar(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        SearchParams p = SearchParams.from(params);
        SearchPage page = search.search(p.query().withPage(0, SearchQuery.MAX_SIZE));
        Map<String, Item> found = byId(page);
        var calls = page.hits().stream().filter(h -> h.deadline() != null).map(h -> found.get(h.id()))
                .filter(i -> i != null && i.call() != null).toList();
        String body = CalendarExport.of(calls, title(p, locale), settings.baseUrl(), messages, locale, clock.instant());
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"omvarldsradar.ics\"").body(body);
    }

    private Map<String, Item> byId(SearchPage page) {
        return items.findAll(page.hits().stream().map(SearchHit::id).toList()).stream()
                .collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a));
    }

    private String title(SearchParams p, Locale locale) {
        String name = messages.getMessage("app.name", null, locale);
        return p.q().isBlank() ? name : name + ": " + p.q();
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<String> invalid(InvalidQueryException e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
