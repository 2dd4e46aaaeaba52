package se.omvarldsradar.crawl.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.crawl.CrawlReport;

/**
 * One crawl of many sources, grouped by host into lanes that run side by side, each lane taking its host's
 * sources one after another: a cycle then takes about as long as its busiest host needs under the per-host
 * delay, and no worker sits blocked on one host while others wait.
 */
public final class HostLanes {
    private HostLanes() {
    }

    /**
     * Crawls the sources, at most {@code concurrency} lanes at once, until {@code stopping} says otherwise;
     * reports each crawl to {@code progress} as it finishes (one at a time) and returns the reports in the
     * sources' order.
     */
    public static List<CrawlReport> crawl(List<SourceDefinition> sources, int concurrency, BooleanSupplier stopping,
            Function<SourceDefinition, CrawlReport> crawl, Consumer<CrawlReport> progress) {
        Map<String, List<SourceDefinition>> lanes = new LinkedHashMap<>();
        sources.forEach(s -> lanes.computeIfAbsent(host(s), h -> new ArrayList<>()).add(s));
        Semaphore slots = new Semaphore(Math.max(1, concurrency));
        Map<String, CrawlReport> done = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (List<SourceDefinition> lane : lanes.values()) {
                futures.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        for (SourceDefinition source : lane) {
                            if (stopping.getAsBoolean()) {
                                break;
                            }
                            CrawlReport r = crawl.apply(source);
                            done.put(source.id(), r);
                            synchronized (progress) {
                                progress.accept(r);
                            }
                        }
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("crawl interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return sources.stream().map(s -> done.get(s.id())).filter(r -> r != null).toList();
    }

    private static String host(SourceDefinition s) {
        return s.url().getHost() == null ? "" : s.url().getHost().toLowerCase(Locale.ROOT);
    }
}
