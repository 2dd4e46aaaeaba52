import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import se.omvarldsradar.OmvarldsradarApplication;
import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.digest.internal.DigestRuns;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Items;

/**
 * Composes the digests of N contacts with realistic profiles over M new items (stored first, not timed) and
 * prints the time to select, render and record all of them in the outbox. No SMTP.
 * Usage: java ComposeBench DIR [contacts=1000] [items=10000]
 */
public class ComposeBench {
    static final String[] SECTORS = {"logistics", "radio-electronics-gis", "industry", "hospitality", "trade"};
    static final String[] FOCUS = {"business", "social", "environment", "education"};
    static final String[] WORDS_SV = ("hamn logistik gods järnväg terminal innovation digitalisering turism besöksnäring "
            + "evenemang industri tillverkning handel export kompetens skola utbildning miljö klimat vätgas energi "
            + "omställning samverkan region kommun utlysning stöd finansiering projekt forskning näringsliv").split(" ");
    static final String[] WORDS_EN = ("port logistics freight rail terminal innovation digital tourism hospitality events "
            + "industry manufacturing trade export skills school education environment climate hydrogen energy transition "
            + "cooperation region municipality call funding project research business").split(" ");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int contacts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 10000;
        Random rnd = new Random(42);
        Files.createDirectories(dir);
        Path feeds = dir.resolve("feeds.yml");
        String shipped = Files.readString(Path.of("feeds.yml"));
        String categories = shipped.substring(shipped.indexOf("\nsectors:"), shipped.indexOf("\ndepartments:"));
        StringBuilder y = new StringBuilder("sources:\n");
        for (String k : List.of("call", "news", "bulletin")) {
            y.append("  - {id: s-").append(k).append(", name: Källa ").append(k).append(", kind: ").append(k)
                    .append(", type: feed, url: 'http://127.0.0.1:1/").append(k).append(".xml', every: 6h}\n");
        }
        y.append(categories).append("\ndepartments:\n  - name: Bench\n    contacts:\n");
        for (int c = 0; c < contacts; c++) {
            y.append("      - name: Kontakt ").append(c).append("\n        email: c").append(c).append("@bench.example\n");
            y.append("        language: ").append(rnd.nextInt(5) == 0 ? "en" : "sv").append('\n');
            y.append("        sectors: [").append(pick(rnd, SECTORS, 1 + rnd.nextInt(2))).append("]\n");
            if (rnd.nextBoolean()) {
                y.append("        focus: [").append(pick(rnd, FOCUS, 1)).append("]\n");
            }
            if (rnd.nextInt(10) < 3) {
                y.append("        kinds: [call]\n");
            }
            int k = rnd.nextInt(10);
            if (k < 2) {
                y.append("        keywords: [").append(WORDS_SV[rnd.nextInt(WORDS_SV.length)]).append("]\n");
            } else if (k < 3) {
                y.append("        keywords: ['\"grön vätgas\" OR elektrolys* OR hydrogen']\n");
            }
            y.append("        frequency: ").append(rnd.nextBoolean() ? "daily 07:00" : "weekly mon 07:00").append('\n');
        }
        Files.writeString(feeds, y);
        SpringApplication app = new SpringApplication(OmvarldsradarApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> extra = List.of(args).subList(Math.min(3, args.length), args.length);
        List<String> props = new ArrayList<>(List.of("--radar.config=" + feeds, "--radar.data-dir=" + dir.resolve("data"),
                "--radar.index.path=" + dir.resolve("index"), "--spring.quartz.auto-startup=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        props.addAll(extra);
        try (ConfigurableApplicationContext ctx = app.run(props.toArray(String[]::new))) {
            Items store = ctx.getBean(Items.class);
            CurrentConfig config = ctx.getBean(CurrentConfig.class);
            // -Dbench.now=EPOCH_MS fixes the clock the items and digests are dated by, so two runs can be compared.
            Instant now = Instant.ofEpochMilli(Long.getLong("bench.now", System.currentTimeMillis()));
            long t0 = System.nanoTime();
            java.util.Map<String, List<Items.TaggedItem>> byKind = new java.util.LinkedHashMap<>();
            for (int i = 0; i < items; i++) {
                int r = rnd.nextInt(10);
                String k = r < 3 ? "call" : r < 9 ? "news" : "bulletin";
                boolean sv = rnd.nextInt(10) < 7;
                String[] w = sv ? WORDS_SV : WORDS_EN;
                CallDetails call = k.equals("call") ? new CallDetails("CALL-" + i, null, rnd.nextInt(5) == 0 ? "Horizon Europe" : null,
                        null, null, null, List.of(now.plus(Duration.ofDays(1 + rnd.nextInt(90)))), null, null) : null;
                var x = new ExtractedItem("g" + i, "https://example.org/" + k + "/" + i, words(rnd, w, 8), words(rnd, w, 40),
                        words(rnd, w, 120), now.minus(Duration.ofHours(rnd.nextInt(100))), sv ? "sv" : "en", List.of(), call);
                List<Tags.Tag> sectors = new ArrayList<>();
                for (String s : pick(rnd, SECTORS, rnd.nextInt(3)).split(", ")) {
                    if (!s.isBlank()) {
                        sectors.add(new Tags.Tag(s, 1 + rnd.nextDouble() * 3, List.of("bench")));
                    }
                }
                List<Tags.Tag> focus = rnd.nextBoolean() ? List.of(new Tags.Tag(FOCUS[rnd.nextInt(FOCUS.length)], 1.5, List.of("bench")))
                        : List.of();
                byKind.computeIfAbsent(k, key -> new ArrayList<>()).add(new Items.TaggedItem(x, new Tags(sv ? "sv" : "en", sectors, focus)));
            }
            for (var e : byKind.entrySet()) {
                for (int from = 0; from < e.getValue().size(); from += 500) {
                    store.store(config.get().source("s-" + e.getKey()).orElseThrow(),
                            e.getValue().subList(from, Math.min(e.getValue().size(), from + 500)));
                }
            }
            System.out.printf("stored %d items in %.1f s%n", store.count(), (System.nanoTime() - t0) / 1e9);
            DigestRuns runs = ctx.getBean(DigestRuns.class);
            // Process CPU time beside the wall time: on a shared machine it says more about the code than the wall.
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            var reports = runs.composeOnly(now);
            double secs = (System.nanoTime() - t1) / 1e9;
            double cpu = (os.getProcessCpuTime() - c1) / 1e9;
            long queued = reports.stream().filter(r -> r.outcome().equals("queued")).count();
            int entries = reports.stream().mapToInt(r -> r.items()).sum();
            System.out.printf("composed %d digests for %d contacts (%d matching items in all, %.0f per digest) in %.2f s"
                    + " (process CPU %.1f s)%n", queued, reports.size(), entries, entries / (double) Math.max(1, queued), secs, cpu);
            reports.stream().filter(r -> r.outcome().equals("error")).limit(3).forEach(r -> System.out.println(r.line()));
            if (System.getProperty("bench.dump") != null) {
                dump(ctx, Path.of(System.getProperty("bench.dump")));
            }
        }
    }

    /** Every digest's decoded text and HTML, one file per contact, signed tokens masked (they carry an expiry). */
    static void dump(ConfigurableApplicationContext ctx, Path out) throws Exception {
        Files.createDirectories(out);
        var jdbc = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        var session = jakarta.mail.Session.getInstance(new java.util.Properties());
        for (var row : jdbc.sql("select contact_email, subject, mime from outbox").query().listOfRows()) {
            var m = new jakarta.mail.internet.MimeMessage(session, new java.io.ByteArrayInputStream(
                    ((String) row.get("MIME")).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            var parts = (jakarta.mail.internet.MimeMultipart) m.getContent();
            String body = row.get("SUBJECT") + "\n" + parts.getBodyPart(0).getContent() + "\n" + parts.getBodyPart(1).getContent();
            Files.writeString(out.resolve(row.get("CONTACT_EMAIL") + ".txt"), body.replaceAll("token=[^\"&\\s]+", "token=X"));
        }
        // What the digests recorded as had by each contact: the items shown and the deadlines reminded of.
        List<String> state = new ArrayList<>();
        jdbc.sql("select contact_email, item_id, digest_id, included_at from contact_item order by 1, 2, 3").query()
                .listOfRows().forEach(r -> state.add("shown " + r.values()));
        jdbc.sql("select contact_email, item_id, deadline, digest_id from deadline_reminder order by 1, 2, 3").query()
                .listOfRows().forEach(r -> state.add("reminded " + r.values()));
        Files.write(out.resolve("state.log"), state);
    }

    static String pick(Random rnd, String[] from, int n) {
        List<String> all = new ArrayList<>(List.of(from));
        java.util.Collections.shuffle(all, rnd);
        return String.join(", ", all.subList(0, Math.min(n, all.size())));
    }

    static String words(Random rnd, String[] w, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(w[rnd.nextInt(w.length)]);
        }
        return sb.toString();
    }
}
