package se.omvarldsradar.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.crawl.CrawlControl;
import se.omvarldsradar.item.SourceHealth;
import se.omvarldsradar.item.SourceStates;

/** Each configured source with its health and next scheduled run, for the sources page and API. */
@Component
class SourceViews {
    private final CurrentConfig config;
    private final SourceStates states;
    private final CrawlControl control;
    private final Clock clock;

    SourceViews(CurrentConfig config, SourceStates states, CrawlControl control, Optional<Clock> clock) {
        this.config = config;
        this.states = states;
        this.control = control;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One source's definition, health, derived state (ok, failing, unhealthy, empty, silent, never) and next run. */
    public record SourceView(String id, String name, String kind, String type, String url, boolean enabled,
            String schedule, String state, Instant nextRun, SourceHealth health) {
    }

    List<SourceView> all() {
        Instant now = clock.instant();
        return config.get().sources().stream().map(s -> view(s, now)).toList();
    }

    private SourceView view(SourceDefinition s, Instant now) {
        SourceHealth h = states.get(s.id());
        Duration interval = s.schedule().isCron() ? Duration.ofDays(1) : s.schedule().every();
        Instant next = s.enabled() ? control.nextRun(s.id()).orElse(null) : null;
        return new SourceView(s.id(), s.name(), s.kind().id(), s.type(), s.url().toString(), s.enabled(),
                s.schedule().toString(), s.enabled() ? h.state(now, interval) : "disabled", next, h);
    }
}
