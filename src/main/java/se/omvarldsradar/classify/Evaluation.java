package se.omvarldsradar.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares tags with gold labels, category by category: precision, recall and F1 per category and micro-F1
 * over all of them (every label decision counts once, so frequent categories weigh more). Not thread-safe.
 */
public final class Evaluation {
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int items;

    /** An evaluation over the given category ids, in the order they are to be reported. */
    public Evaluation(Collection<String> categories) {
        categories.forEach(c -> counts.put(c, new int[3]));
    }

    /** Counts one item: its gold labels and its predicted labels, sectors and focus areas together. */
    public void add(Collection<String> gold, Collection<String> predicted) {
        items++;
        for (String g : gold) {
            int[] c = counts.computeIfAbsent(g, k -> new int[3]);
            c[predicted.contains(g) ? 0 : 2]++;
        }
        for (String p : predicted) {
            if (!gold.contains(p)) {
                counts.computeIfAbsent(p, k -> new int[3])[1]++;
            }
        }
    }

    public Report report() {
        List<Score> scores = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            scores.add(new Score(e.getKey(), c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Report(items, scores, new Score("micro", tp, fp, fn));
    }

    /** True positives, false positives and false negatives of one category (or of all, for micro). */
    public record Score(String category, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int support() {
            return tp + fn;
        }
    }

    /** The scores of an evaluation run. */
    public record Report(int items, List<Score> categories, Score micro) {
        public Report {
            categories = List.copyOf(categories);
        }

        public double microF1() {
            return micro.f1();
        }

        /** A plain-text table, one line per category, ending with the line {@code micro-F1 0.873}. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %7s%n", "category", "precision", "recall", "F1", "gold"));
            for (Score s : categories) {
                sb.append(line(s));
            }
            sb.append(line(micro));
            sb.append(String.format(Locale.ROOT, "items %d%nmicro-F1 %.3f%n", items, microF1()));
            return sb.toString();
        }

        /** The scores as a Markdown table, for docs/classification.md. */
        public String markdown() {
            StringBuilder sb = new StringBuilder("| category | precision | recall | F1 | gold |\n|---|---:|---:|---:|---:|\n");
            for (Score s : categories) {
                sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", s.category(), s.precision(),
                        s.recall(), s.f1(), s.support()));
            }
            sb.append(String.format(Locale.ROOT, "| **micro** | %.3f | %.3f | **%.3f** | %d |%n", micro.precision(),
                    micro.recall(), micro.f1(), micro.support()));
            return sb.toString();
        }

        private static String line(Score s) {
            return String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %7d%n", s.category(), s.precision(), s.recall(),
                    s.f1(), s.support());
        }
    }
}
