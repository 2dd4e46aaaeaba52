package se.omvarldsradar.digest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.omvarldsradar.digest.DigestPreview;
import se.omvarldsradar.digest.DigestReport;
import se.omvarldsradar.digest.DigestSettings;
import se.omvarldsradar.digest.ReaderText;
import se.omvarldsradar.item.Items;

/** One run of digests: choose the recipients, read what they share once, record each digest, then deliver. */
@Component
public class DigestRuns {
    private static final Logger log = LoggerFactory.getLogger(DigestRuns.class);
    /** Digests recorded per transaction: few enough that a batch's MIME texts are a few MB at most. */
    static final int BATCH = 25;

    private final Recipients recipients;
    private final DigestWriter writer;
    private final DigestSender sender;
    private final Items items;
    private final RecipientState state;
    private final DigestSettings settings;
    private final Clock clock;

    DigestRuns(Recipients recipients, DigestWriter writer, DigestSender sender, Items items,
            RecipientState state, DigestSettings settings, Optional<Clock> clock) {
        this.recipients = recipients;
        this.writer = writer;
        this.sender = sender;
        this.items = items;
        this.state = state;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every recipient's digest (or one contact's) now, whatever the schedule; then delivers. */
    public List<DigestReport> now(Optional<String> email) {
        Instant now = clock.instant();
        String period = "now-" + HexFormat.of().toHexDigits(now.toEpochMilli());
        return run(r -> email.map(e -> !r.alert() && r.email().equalsIgnoreCase(e)).orElse(true), r -> period, now, true);
    }

    /** The digests of every recipient whose frequency is this cron expression, for the current period. */
    public List<DigestReport> due(String cron) {
        Instant now = clock.instant();
        return run(r -> r.profile().frequency().cron().equals(cron), r -> periodKey(r, now), now, true);
    }

    /** Composes and records without delivering (the benchmark measures composition alone). */
    public List<DigestReport> composeOnly(Instant now) {
        String period = "now-" + HexFormat.of().toHexDigits(now.toEpochMilli());
        return run(r -> true, r -> period, now, false);
    }

    /** The cron expressions of every recipient's frequency: the schedule keeps one job per expression. */
    public Set<String> crons() {
        return recipients.all().stream().map(r -> r.profile().frequency().cron()).collect(Collectors.toSet());
    }

    /**
     * Composes recipients side by side, one per core: each digest is independent (its own rows, its own
     * message), and the per-item text the recipients share is safe to use from several threads. Each worker
     * records {@link #BATCH} digests per transaction, so the commits do not serialise the run.
     */
    private List<DigestReport> composeAll(List<Recipient> chosen, Function<Recipient, String> period, DigestRun run) {
        List<List<Recipient>> batches = new ArrayList<>();
        for (int from = 0; from < chosen.size(); from += BATCH) {
            batches.add(chosen.subList(from, Math.min(chosen.size(), from + BATCH)));
        }
        Function<List<Recipient>, List<DigestReport>> compose = b -> writer.record(b.stream()
                .map(r -> writer.draft(r, period.apply(r), run)).toList());
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), batches.size()));
        if (threads == 1) {
            return batches.stream().flatMap(b -> compose.apply(b).stream()).toList();
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<List<DigestReport>>> futures = batches.stream()
                    .map(b -> pool.submit(() -> compose.apply(b))).toList();
            List<DigestReport> reports = new ArrayList<>(chosen.size());
            for (var f : futures) {
                reports.addAll(f.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("digest run interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public Optional<DigestPreview> preview(String email) {
        Instant now = clock.instant();
        return recipients.contact(email).map(r -> writer.preview(r, load(List.of(r), now)));
    }

    private List<DigestReport> run(Predicate<Recipient> which, Function<Recipient, String> period, Instant now,
            boolean deliver) {
        List<Recipient> chosen = recipients.all().stream().filter(which).toList();
        DigestRun run = load(chosen, now);
        List<DigestReport> reports = composeAll(chosen, period, run);
        if (!deliver) {
            return reports;
        }
        int sent = sender.deliverDue();
        log.info("Digests: {} composed, {} delivered", reports.stream().filter(r -> r.outcome().equals("queued")).count(), sent);
        return reports.stream().map(r -> r.outcome().equals("queued") ? writer.afterDelivery(r) : r).toList();
    }

    private DigestRun load(List<Recipient> chosen, Instant now) {
        return DigestRun.load(items, state, chosen.stream().map(Recipient::key).toList(), settings.firstLookback(), now,
                settings.closingSoon());
    }

    static String periodKey(Recipient r, Instant now) {
        var date = now.atZone(ReaderText.ZONE).toLocalDate();
        return r.profile().frequency().weekly()
                ? "w" + date.get(IsoFields.WEEK_BASED_YEAR) + "-" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                : "d" + date;
    }
}
