package se.omvarldsradar.fetch.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.FetchResult.ErrorKind;
import se.omvarldsradar.fetch.FetchSettings;

/**
 * robots.txt rules per scheme, host and port, fetched once and kept for the configured time. As Google and
 * StormCrawler do: a 4xx (but 429) means no rules, so everything is allowed; 429, 5xx and network failures
 * mean the site cannot say what it allows, so nothing is fetched until it can (kept for the shorter error time).
 */
final class RobotsCache {
    /** May the URL be fetched, and how long to leave between requests to its host. */
    record Verdict(ErrorKind refusedAs, String refusal, Duration crawlDelay, Instant retryAfter) {
        boolean allowed() {
            return refusal == null;
        }
    }

    private record Entry(BaseRobotRules rules, String problem, Instant retryAfter, Instant expires) {
    }

    private final FetchSettings settings;
    private final Clock clock;
    private final List<String> agents;
    // The parser's own cap turns a long Crawl-delay into "allow none" silently; we want to see it and say so.
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ReentrantLock> loading = new ConcurrentHashMap<>();

    RobotsCache(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.agents = List.of(settings.robotsAgent());
    }

    /** Judges the URL, fetching its host's robots.txt through {@code fetch} when not cached. */
    Verdict check(URI url, Function<FetchRequest, FetchResult> fetch) throws InterruptedException {
        String site = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        Entry entry = fresh(site);
        if (entry == null) {
            // One fetch per site even when several requests for it arrive together.
            ReentrantLock lock = loading.computeIfAbsent(site, s -> new ReentrantLock());
            lock.lockInterruptibly();
            try {
                entry = fresh(site);
                if (entry == null) {
                    FetchResult robots = fetch.apply(FetchRequest.get(URI.create(site + "/robots.txt")));
                    if (robots.errorKind() == ErrorKind.BACKOFF) {
                        return new Verdict(ErrorKind.BACKOFF, robots.error(), Duration.ZERO, robots.retryAfter());
                    }
                    entry = entry(site, robots);
                    entries.put(site, entry);
                }
            } finally {
                lock.unlock();
            }
        }
        return judge(url, entry);
    }

    private Entry fresh(String site) {
        Entry e = entries.get(site);
        return e != null && e.expires().isAfter(clock.instant()) ? e : null;
    }

    private Entry entry(String site, FetchResult robots) {
        Instant now = clock.instant();
        int status = robots.status();
        if (robots.ok() && status / 100 == 2) {
            BaseRobotRules rules = parser.parseContent(site + "/robots.txt", robots.body(), robots.contentType(), agents);
            return new Entry(rules, null, null, now.plus(settings.robotsCacheTtl()));
        }
        // As Google does, a robots.txt lost in redirects counts as missing.
        if (status >= 400 && status < 500 && status != 429 || robots.errorKind() == ErrorKind.TOO_MANY_REDIRECTS) {
            return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), null, null,
                    now.plus(settings.robotsCacheTtl()));
        }
        return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE),
                "robots.txt could not be read (" + robots.error() + "); nothing is fetched from the site until it can",
                robots.retryAfter(), now.plus(settings.robotsErrorTtl()));
    }

    private Verdict judge(URI url, Entry entry) {
        if (entry.problem() != null) {
            return new Verdict(ErrorKind.ROBOTS, entry.problem(), Duration.ZERO, entry.retryAfter());
        }
        long delayMs = entry.rules().getCrawlDelay();
        Duration delay = delayMs == BaseRobotRules.UNSET_CRAWL_DELAY || delayMs < 0 ? Duration.ZERO
                : Duration.ofMillis(delayMs);
        if (delay.compareTo(settings.maxCrawlDelay()) > 0) {
            return new Verdict(ErrorKind.ROBOTS, "robots.txt Crawl-delay " + Durations.words(delay) + " exceeds "
                    + Durations.words(settings.maxCrawlDelay()) + "; not fetched", delay, null);
        }
        if (!entry.rules().isAllowed(url.toString())) {
            return new Verdict(ErrorKind.ROBOTS, "disallowed by robots.txt", delay, null);
        }
        return new Verdict(ErrorKind.NONE, null, delay, null);
    }
}
