package se.omvarldsradar.crawl.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.item.SourceHealth;
import se.omvarldsradar.item.SourceStates;

/**
 * The {@code sources} part of {@code /actuator/health}: how many enabled sources are ok, failing, unhealthy,
 * empty, silent or never crawled, and which are unhealthy. Always UP: a broken source outside our control must
 * not make the service look down (the shipped sources all fail on a machine without internet access).
 */
@Component
class SourcesHealthIndicator implements HealthIndicator {
    private final CurrentConfig config;
    private final SourceStates states;
    private final Clock clock;

    SourcesHealthIndicator(CurrentConfig config, SourceStates states, Optional<Clock> clock) {
        this.config = config;
        this.states = states;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> unhealthy = new ArrayList<>();
        Map<String, SourceHealth> recorded = states.all().stream()
                .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
        for (SourceDefinition s : config.get().enabledSources()) {
            SourceHealth health = recorded.getOrDefault(s.id(), SourceHealth.never(s.id()));
            String state = health.state(now, s.schedule().typicalInterval());
            counts.merge(state, 1, Integer::sum);
            if (state.equals("unhealthy")) {
                unhealthy.add(s.id());
            }
        }
        return Health.up().withDetail("enabled", config.get().enabledSources().size()).withDetail("states", counts)
                .withDetail("unhealthy", unhealthy).build();
    }
}
