package se.omvarldsradar.search.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark step 2: runs the query mix with C concurrent clients, each waiting for its answer before the
 * next (closed loop), and prints p50/p90/p99. Usage: LoadClient http BASE_URL C REQUESTS WARMUP, or
 * LoadClient pg JDBC_URL C REQUESTS WARMUP; LoadClient paths prints the mix as request paths (for wrk).
 */
public final class LoadClient {
    /** Staff credentials (the development default unless RADAR_BENCH_AUTH=user:password is set). */
    private static final String AUTH = "Basic " + java.util.Base64.getEncoder().encodeToString(
            System.getenv().getOrDefault("RADAR_BENCH_AUTH", "staff:secret").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("paths")) {
            BenchQueries.mix().forEach(q -> System.out.println("/api/search?" + q.params()));
            return;
        }
        String target = args[1];
        int clients = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        List<BenchQueries> mix = BenchQueries.mix();
        run(mode, target, clients, warmup, mix, false);
        long[] latencies = run(mode, target, clients, requests, mix, true);
        Arrays.sort(latencies);
        System.out.printf("RESULT %s clients=%d requests=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n", mode, clients,
                latencies.length, pct(latencies, 50), pct(latencies, 90), pct(latencies, 99),
                latencies[latencies.length - 1] / 1e6);
    }

    private static long[] run(String mode, String target, int clients, int requests, List<BenchQueries> mix, boolean report)
            throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads[c] = Thread.ofPlatform().start(() -> {
                try (Runner runner = mode.equals("pg") ? new Pg(target) : new Http(target)) {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        BenchQueries q = mix.get(i % mix.size());
                        long t = System.nanoTime();
                        runner.search(q);
                        latencies[i] = System.nanoTime() - t;
                        if (report && latencies[i] > 1_000_000_000L) {
                            System.out.printf("slow: %.0f ms %s, ended %s%n", latencies[i] / 1e6, q.params(), java.time.LocalTime.now());
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        if (report) {
            System.out.printf("%s: %d requests in %.1f s (%.0f/s)%n", mode, requests, (System.nanoTime() - start) / 1e9,
                    requests / ((System.nanoTime() - start) / 1e9));
            for (int q = 0; q < mix.size(); q++) {
                long[] own = new long[(requests - q + mix.size() - 1) / mix.size()];
                for (int i = q, j = 0; i < requests; i += mix.size()) {
                    own[j++] = latencies[i];
                }
                Arrays.sort(own);
                System.out.printf("  %-60s p50=%7.1fms p99=%7.1fms%n", mix.get(q).params(), pct(own, 50), pct(own, 99));
            }
        }
        return latencies;
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    private interface Runner extends AutoCloseable {
        void search(BenchQueries q) throws Exception;
    }

    private static final class Http implements Runner {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;

        Http(String base) {
            this.base = base;
        }

        @Override
        public void search(BenchQueries q) throws Exception {
            var r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?" + q.params()))
                    .header("Authorization", AUTH).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(q.params() + " -> HTTP " + r.statusCode() + " " + new String(r.body()));
            }
        }

        @Override
        public void close() {
            http.close();
        }
    }

    private static final class Pg implements Runner {
        private final Connection c;

        Pg(String url) throws Exception {
            c = DriverManager.getConnection(url);
        }

        @Override
        public void search(BenchQueries q) throws Exception {
            try (Statement s = c.createStatement()) {
                for (String sql : java.util.stream.Stream.concat(java.util.stream.Stream.of(q.topSql()), q.facetSql().stream()).toList()) {
                    try (ResultSet rs = s.executeQuery(sql)) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
            }
        }

        @Override
        public void close() throws Exception {
            c.close();
        }
    }
}
