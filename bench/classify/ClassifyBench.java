import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import se.omvarldsradar.classify.CallDetailsReader;
import se.omvarldsradar.classify.Classifiers;
import se.omvarldsradar.classify.ClassifyLine;
import se.omvarldsradar.classify.TagHints;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.config.ConfigLoader;
import se.omvarldsradar.extract.ExtractedItem;

/**
 * Throughput of tagging plus call-detail reading, the work the crawler does per item, on the labelled dev
 * set (real item lengths) repeated. Usage: ClassifyBench FEEDS_YML DEV_JSONL [passes] [threads].
 */
public final class ClassifyBench {
    public static void main(String[] args) throws Exception {
        Classifiers classifiers = Classifiers.of(ConfigLoader.load(Path.of(args[0])));
        List<ExtractedItem> items = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(ClassifyLine::parse).map(ClassifyLine::item).toList();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long chars = items.stream().mapToLong(i -> i.fullText().length()).sum();
        System.out.printf(Locale.ROOT, "%d items, mean %d characters, %d passes, %d thread(s)%n", items.size(),
                chars / items.size(), passes, threads);

        run(classifiers, items, 3, threads); // warm-up: JIT and analyser reuse
        long start = System.nanoTime();
        long checksum = run(classifiers, items, passes, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        long n = (long) items.size() * passes;
        System.out.printf(Locale.ROOT, "%d items in %.2f s: %.0f items/s (%.1f MB/s of text), checksum %d%n", n, seconds,
                n / seconds, chars * passes / seconds / 1e6, checksum);
    }

    private static long run(Classifiers c, List<ExtractedItem> items, int passes, int threads) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                parts.add(pool.submit(() -> {
                    long tags = 0;
                    for (int p = offset; p < passes; p += threads) {
                        tags += classifyAll(c.tagger(), c.callDetails(), items);
                    }
                    return tags;
                }));
            }
            long sum = 0;
            for (Future<Long> f : parts) {
                sum += f.get();
            }
            return sum;
        }
    }

    private static long classifyAll(Tagger tagger, CallDetailsReader reader, List<ExtractedItem> items) {
        long tags = 0;
        for (ExtractedItem x : items) {
            ExtractedItem withCall = x.withCall(reader.read(x));
            var t = tagger.tag(withCall, TagHints.NONE);
            tags += t.sectors().size() + t.focus().size();
        }
        return tags;
    }
}
