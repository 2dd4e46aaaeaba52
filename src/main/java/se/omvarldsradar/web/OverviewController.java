package se.omvarldsradar.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.omvarldsradar.config.CategoryDefinition;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.search.ItemSearch;
import se.omvarldsradar.search.Overview;
import se.omvarldsradar.search.SearchQuery;

/** The overview page: items per sector per week and the deadlines ahead, as SVG charts with tables beside. */
@Controller
class OverviewController {
    static final int WEEKS = 12;
    static final int DAYS = 90;
    private final ItemSearch search;
    private final CurrentConfig config;
    private final MessageSource messages;
    private final Optional<java.time.Clock> clock;

    OverviewController(ItemSearch search, CurrentConfig config, MessageSource messages, Optional<java.time.Clock> clock) {
        this.search = search;
        this.config = config;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/overview")
    String overview(Model model, Locale locale) {
        Overview o = search.overview(WEEKS, DAYS);
        List<CategoryDefinition> sectors = config.get().sectors();
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            series.add(new BarChart.Series(sectors.get(i).label(locale.getLanguage()), "c" + (i % 8)));
        }
        List<BarChart.Column> weekly = o.weeks().stream().map(w -> new BarChart.Column(weekLabel(w.start(), locale),
                weekLabel(w.start(), locale) + " (" + w.start() + ")",
                sectors.stream().map(s -> w.perSector().getOrDefault(s.id(), 0L)).toList())).toList();
        List<BarChart.Column> ahead = new ArrayList<>();
        LocalDate today = o.today();
        for (int i = 0; i * 7 < DAYS; i++) {
            LocalDate start = today.plusDays(i * 7L);
            LocalDate end = start.plusDays(6);
            long n = o.deadlines().stream().map(d -> LocalDate.ofInstant(d.deadline(), SearchQuery.ZONE))
                    .filter(d -> !d.isBefore(start) && !d.isAfter(end)).count();
            ahead.add(new BarChart.Column(start.getDayOfMonth() + "/" + start.getMonthValue(), start + "–" + end, List.of(n)));
        }
        model.addAttribute("overview", o);
        model.addAttribute("sectors", sectors);
        model.addAttribute("weeklyChart", BarChart.stacked(weekly, series));
        model.addAttribute("deadlineChart", BarChart.stacked(ahead,
                List.of(new BarChart.Series(messages.getMessage("overview.call", null, locale), "c0"))));
        model.addAttribute("weeks", WEEKS);
        model.addAttribute("days", DAYS);
        model.addAttribute("badge", new DeadlineBadge(clock.orElse(java.time.Clock.systemUTC()).instant()));
        return "overview/overview";
    }

    private String weekLabel(LocalDate monday, Locale locale) {
        return messages.getMessage("overview.weekOf", new Object[] {Integer.toString(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))}, locale);
    }
}
