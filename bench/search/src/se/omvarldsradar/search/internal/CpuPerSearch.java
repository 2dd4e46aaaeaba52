package se.omvarldsradar.search.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.store.MMapDirectory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.omvarldsradar.search.SearchQuery;

/**
 * The CPU time of each search of the benchmark's mix, in process and without HTTP, measured as the searching
 * thread's own CPU time: unlike wall time it barely moves when other work shares the machine, so two builds can
 * be compared on a busy machine. Not a latency figure. Usage: CpuPerSearch INDEX_DIR [rounds=200] [only]
 */
public final class CpuPerSearch {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String only = args.length > 2 ? args[2] : ""; // a part of the parameters: only those queries
        List<BenchQueries> mix = BenchQueries.mix().stream().filter(q -> q.params().contains(only)).toList();
        List<SearchQuery> queries = mix.stream().map(q -> query(q.params())).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LuceneIndex index = new LuceneIndex(new MMapDirectory(Path.of(args[0])), "bench", 0, 1)) {
            LuceneItemSearch search = new LuceneItemSearch(index, null, new SimpleMeterRegistry(), Optional.empty());
            for (int r = 0; r < 100; r++) { // warm-up: let the JIT compile the searching code
                queries.forEach(search::search);
            }
            long[][] cpu = new long[queries.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    search.search(queries.get(i));
                    cpu[i][r] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
            double sum = 0;
            for (int i = 0; i < queries.size(); i++) {
                long[] c = cpu[i].clone();
                Arrays.sort(c);
                double median = c[rounds / 2] / 1e6;
                sum += median;
                System.out.printf("  %-60s cpu median %6.2f ms%n", mix.get(i).params(), median);
            }
            System.out.printf("RESULT cpu-per-search mix mean of medians %.2f ms (%d rounds)%n", sum / queries.size(), rounds);
        }
    }

    /** The API's parameters as the web layer reads them (facets by name, language as lang, 1-based page). */
    static SearchQuery query(String params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        String q = "";
        String sort = null;
        LocalDate from = null;
        LocalDate to = null;
        for (String kv : params.split("&")) {
            String[] p = kv.split("=", 2);
            String value = URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8);
            switch (p[0]) {
                case "q" -> q = value;
                case "sort" -> sort = value;
                case "from" -> from = LocalDate.parse(value);
                case "to" -> to = LocalDate.parse(value);
                case "language" -> filters.computeIfAbsent("lang", k -> new ArrayList<>()).add(value);
                default -> filters.computeIfAbsent(p[0], k -> new ArrayList<>()).add(value);
            }
        }
        return new SearchQuery(q, filters, from, to, null, null, sort, 0, 20);
    }
}
