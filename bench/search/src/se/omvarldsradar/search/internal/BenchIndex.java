package se.omvarldsradar.search.internal;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.apache.lucene.store.FSDirectory;

import se.omvarldsradar.item.Item;

/**
 * Benchmark step 1: generates N items and indexes them through the application's own {@link LuceneIndex} and
 * {@link ItemDocuments} (one thread, upsert by id, as the Indexer does), then writes the same items as a
 * tab-separated file for PostgreSQL's COPY. Usage: BenchIndex N INDEX_DIR TSV_FILE
 * <p>The index is then merged as the service's nightly maintenance leaves it ({@code radar.index.max-segments},
 * default 1; {@code -Dbench.max-segments=0} keeps the segments as writing left them), timed apart from indexing.
 */
public final class BenchIndex {
    private BenchIndex() {
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        Path dir = Path.of(args[1]);
        Path tsv = Path.of(args[2]);
        Instant now = Instant.parse(System.getProperty("bench.now", "2026-06-01T00:00:00Z"));
        BenchItems items = new BenchItems(now);

        long t0 = System.nanoTime();
        for (long i = 0; i < Math.min(n, 20_000); i++) {
            items.item(i); // the generator's own cost, to subtract from nothing but to report
        }
        double genRate = Math.min(n, 20_000) / ((System.nanoTime() - t0) / 1e9);

        Files.createDirectories(dir);
        long start = System.nanoTime();
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(dir), dir.toString())) {
            for (long i = 0; i < n; i++) {
                Item item = items.item(i);
                index.upsert(item.id(), ItemDocuments.toDocument(item, item.sourceId(), now), item.seq());
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("indexed %,d in %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
            index.commit();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        int maxSegments = Integer.getInteger("bench.max-segments", 1);
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(dir), dir.toString())) {
            long m = System.nanoTime();
            int before = index.merge(maxSegments);
            System.out.printf("RESULT merge segments=%d->%d seconds=%.1f (radar.index.max-segments=%d, as the nightly"
                    + " maintenance leaves the index)%n", before, index.segments(), (System.nanoTime() - m) / 1e9, maxSegments);
        }
        long bytes;
        try (var files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("RESULT index items=%d seconds=%.1f rate=%.0f/s (generator alone %.0f/s) size=%.0f MB%n", n, secs,
                n / secs, genRate, bytes / 1e6);

        try (BufferedWriter w = Files.newBufferedWriter(tsv)) {
            for (long i = 0; i < n; i++) {
                w.write(row(items.item(i)));
            }
        }
    }

    /** One COPY row: id, lang, title, body, sectors, kind, source, published, first deadline ahead or last. */
    private static String row(Item item) {
        String deadline = item.call() == null || item.call().deadlines().isEmpty() ? "\\N"
                : DateTimeFormatter.ISO_INSTANT.format(item.call().deadlines().getLast());
        return String.join("\t", item.id(), item.language(), item.title(), item.summary(),
                item.sectors().stream().collect(Collectors.joining(",", "{", "}")), item.kind().id(), item.sourceId(),
                DateTimeFormatter.ISO_INSTANT.format(item.published()), deadline) + "\n";
    }
}
