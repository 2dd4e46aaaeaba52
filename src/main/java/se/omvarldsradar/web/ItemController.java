package se.omvarldsradar.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.digest.ReaderText;
import se.omvarldsradar.item.ItemChange;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.search.ItemSearch;

/** The item page: every field, call details, why each tag, the sources that mentioned it, its changes, more like it. */
@Controller
class ItemController {
    private static final int SIMILAR = 5;
    private final Items items;
    private final ItemSearch search;
    private final CurrentConfig config;
    private final MessageSource messages;
    private final Clock clock;

    ItemController(Items items, ItemSearch search, CurrentConfig config, MessageSource messages, Optional<Clock> clock) {
        this.items = items;
        this.messages = messages;
        this.search = search;
        this.config = config;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable String id, Model model, Locale locale) {
        var item = items.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var now = clock.instant();
        model.addAttribute("item", item);
        model.addAttribute("safeUrl", Links.httpOnly(item.url()));
        model.addAttribute("labels", new Labels(config.get(), locale.getLanguage()));
        model.addAttribute("badge", new DeadlineBadge(now));
        model.addAttribute("status", item.call() == null || item.call().statusAt(now) == null ? null
                : item.call().statusAt(now).name().toLowerCase(Locale.ROOT));
        model.addAttribute("sources", items.sourcesOf(id));
        model.addAttribute("changes", history(items.changes(id), locale));
        model.addAttribute("override", items.override(id).orElse(null));
        model.addAttribute("config", config.get());
        model.addAttribute("similar", search.similar(id, SIMILAR));
        model.addAttribute("calendarLink", "/search.ics?q=" + java.net.URLEncoder.encode("id:\"" + id + "\"",
                java.nio.charset.StandardCharsets.UTF_8));
        return "item/item";
    }

    /** One moment of the item's history: when a crawl saw it change, and what changed, in the digests' words. */
    record Change(Instant at, List<String> notes) {
    }

    /** The changes a crawl stored together, as the digest's "updated" entry says them ("Sista ansökningsdag flyttad …"). */
    private List<Change> history(List<ItemChange> changes, Locale locale) {
        Map<Instant, List<ItemChange>> byMoment = new LinkedHashMap<>();
        changes.forEach(c -> byMoment.computeIfAbsent(c.changedAt(), k -> new ArrayList<>()).add(c));
        List<Change> history = new ArrayList<>();
        byMoment.forEach((at, cs) -> history.add(new Change(at, ReaderText.changes(cs, locale.getLanguage(), messages))));
        return history;
    }
}
