package se.omvarldsradar.crawl;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.omvarldsradar.classify.CallDetailsReader;
import se.omvarldsradar.classify.TagHints;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractors;
import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.Fetcher;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.item.Items.TaggedItem;
import se.omvarldsradar.item.SourceHealth;
import se.omvarldsradar.item.SourceStates;
import se.omvarldsradar.item.StoreOutcome;

/** The crawl pipeline for one source: fetch, extract, tag, store, record health. Never throws for a bad source. */
@Service
public class Crawler {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final CurrentConfig config;
    private final Fetcher fetcher;
    private final Extractors extractors;
    private final Tagger tagger;
    private final CallDetailsReader callDetails;
    private final Items items;
    private final SourceStates states;
    private final Clock clock;

    Crawler(CurrentConfig config, Fetcher fetcher, Extractors extractors, Tagger tagger, CallDetailsReader callDetails,
            Items items, SourceStates states, Optional<Clock> clock) {
        this.config = config;
        this.fetcher = fetcher;
        this.extractors = extractors;
        this.tagger = tagger;
        this.callDetails = callDetails;
        this.items = items;
        this.states = states;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Crawls every enabled source once, reporting each as it finishes. */
    public List<CrawlReport> crawlAll(Consumer<CrawlReport> progress) {
        List<CrawlReport> reports = new ArrayList<>();
        for (SourceDefinition source : config.get().enabledSources()) {
            CrawlReport r = crawl(source);
            progress.accept(r);
            reports.add(r);
        }
        return reports;
    }

    /** Crawls the source with this id, if it is configured. */
    public Optional<CrawlReport> crawl(String sourceId) {
        return config.get().source(sourceId).map(this::crawl);
    }

    public CrawlReport crawl(SourceDefinition source) {
        long start = System.nanoTime();
        var now = clock.instant();
        try {
            SourceHealth state = states.get(source.id());
            FetchResult fetched = fetcher.fetch(FetchRequest.get(source.url()).conditional(state.etag(), state.lastModified()));
            if (!fetched.ok()) {
                return failed(source, now, fetched.status(), fetched.error(), start);
            }
            if (fetched.notModified()) {
                states.success(source.id(), now, 304, 0, 0, 0, millis(start), null, null, "not modified");
                return report(source, "unchanged", 304, 0, 0, 0, start, null);
            }
            ExtractionResult extracted = extractors.forType(source.type())
                    .extract(new Document(fetched.finalUrl(), fetched.contentType(), fetched.body()), source);
            TagHints hints = new TagHints(source.sectors(), source.focus(), source.language());
            List<TaggedItem> tagged = extracted.items().stream().map(x -> tag(x, hints)).toList();
            List<StoreOutcome> outcomes = items.store(source, tagged);
            int added = count(outcomes, StoreOutcome.Change.NEW);
            int updated = count(outcomes, StoreOutcome.Change.UPDATED);
            String note = extracted.warnings().isEmpty() ? null : String.join("; ", extracted.warnings());
            states.success(source.id(), now, fetched.status(), outcomes.size(), added, updated, millis(start),
                    fetched.etag(), fetched.lastModified(), note);
            return report(source, "ok", fetched.status(), outcomes.size(), added, updated, start, null);
        } catch (ExtractionException e) {
            return failed(source, now, 200, e.getMessage(), start);
        } catch (RuntimeException e) {
            log.warn("Crawling {} failed", source.id(), e);
            return failed(source, now, null, e.getClass().getSimpleName() + ": " + e.getMessage(), start);
        }
    }

    private TaggedItem tag(ExtractedItem x, TagHints hints) {
        ExtractedItem withCall = x.withCall(callDetails.read(x));
        return new TaggedItem(withCall, tagger.tag(withCall, hints));
    }

    private CrawlReport failed(SourceDefinition source, java.time.Instant now, Integer status, String error, long start) {
        states.failure(source.id(), now, status, error, millis(start));
        return report(source, "failed", status == null ? 0 : status, 0, 0, 0, start, error);
    }

    private static CrawlReport report(SourceDefinition s, String status, int http, int found, int added, int updated,
            long start, String error) {
        return new CrawlReport(s.id(), status, http, found, added, updated, Duration.ofNanos(System.nanoTime() - start), error);
    }

    private static int count(List<StoreOutcome> outcomes, StoreOutcome.Change change) {
        return (int) outcomes.stream().filter(o -> o.change() == change).count();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
