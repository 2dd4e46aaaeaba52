package se.omvarldsradar.search.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

/**
 * Generates realistic items, reproducibly: Swedish (70 %), English (25 %) and other (5 %) text with Zipf word
 * frequencies over a real core vocabulary and a long synthetic tail, log-normal body lengths (median ~70
 * words, a tail of long calls), tags, sources, programmes and call deadlines.
 */
final class BenchItems {
    static final String[] SECTORS = {"logistics", "radio-electronics-gis", "industry", "hospitality", "trade"};
    static final String[] FOCUS = {"business", "social-sustainability", "environment", "education"};
    static final String[] PROGRAMMES = {"Horizon Europe", "Interreg Aurora", "Interreg Baltic Sea Region", "LIFE", "Erasmus+",
            "Digital Europe", "CEF Transport", "Creative Europe", "ESF+", "ERUF Mellersta Norrland", "Just Transition Fund",
            "Innovation Fund", "Single Market Programme", "EU4Health", "Interreg Europe"};
    static final String[] SV_CORE = ("och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan "
            + "man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra "
            + "utlysning stöd ansökan projekt finansiering kommun region hamn logistik transport järnväg gods terminal intermodal "
            + "industri tillverkning innovation digitalisering besöksnäring turism evenemang handel export företag näringsliv "
            + "hållbarhet miljö klimat energi utbildning skola kompetens forskning samverkan partner budget program sista "
            + "ansökningsdag öppnar stänger radio elektronik geografisk information gis sensor data infrastruktur stad landsbygd "
            + "social inkludering unga arbetsmarknad integration vatten avfall cirkulär ekonomi vätgas elektrifiering fordon "
            + "sjöfart flyg godsstråk korridor östersjön norrland gävleborg gävle sandviken sverige europa eu kommission").split(" ");
    static final String[] EN_CORE = ("the of and to in a is that for it as was with be by on not he this are or his from at which but have "
            + "an they you were her she there been one all we their has would when if more no out so said what up its about into "
            + "call funding grant proposal project municipality region port logistics transport rail freight terminal intermodal "
            + "industry manufacturing innovation digital tourism events trade export companies business sustainability "
            + "environment climate energy education school skills research cooperation partners budget programme deadline opening "
            + "closing radio electronics geographic information gis sensors data infrastructure city rural social inclusion youth "
            + "labour market integration water waste circular economy hydrogen electrification vehicles shipping aviation "
            + "corridor baltic sea europe european commission horizon interreg").split(" ");
    private static final String[] SYLLABLES = "ka la ma na ra sa ta va be de fe ge le me ne re se te ve bi di fi gi li mi ni ri si ti "
            .concat("vi bo do fo go lo mo no ro so to vo bu du fu gu lu mu nu ru su tu ell ing and ers ning het lig isk tion ment")
            .split(" ");
    private static final int TAIL = 60_000;

    private final Zipf sv = new Zipf(SV_CORE, TAIL, 1);
    private final Zipf en = new Zipf(EN_CORE, TAIL, 2);
    private final Zipf xx = new Zipf(new String[] {"le", "la", "et", "der", "die", "und", "projet", "projekt"}, TAIL, 3);
    private final Instant now;

    BenchItems(Instant now) {
        this.now = now;
    }

    Item item(long n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        double l = r.nextDouble();
        String lang = l < 0.70 ? "sv" : l < 0.95 ? "en" : "xx";
        Zipf words = lang.equals("sv") ? sv : lang.equals("en") ? en : xx;
        String title = words.text(r, 4 + r.nextInt(10), false);
        int bodyWords = (int) Math.min(3000, Math.max(5, Math.exp(Math.log(70) + 0.9 * r.nextGaussian())));
        String body = words.text(r, bodyWords, true);
        double k = r.nextDouble();
        ItemKind kind = k < 0.3 ? ItemKind.CALL : k < 0.9 ? ItemKind.NEWS : ItemKind.BULLETIN;
        Instant published = now.minus(r.nextLong(5 * 365 * 24 * 60), ChronoUnit.MINUTES);
        CallDetails call = null;
        if (kind == ItemKind.CALL) {
            List<Instant> deadlines = new ArrayList<>();
            Instant d = published.plus(30 + r.nextInt(200), ChronoUnit.DAYS);
            for (int i = 0, c = 1 + r.nextInt(3); i < c; i++) {
                deadlines.add(d);
                d = d.plus(60 + r.nextInt(120), ChronoUnit.DAYS);
            }
            call = new CallDetails("CALL-" + n, title, PROGRAMMES[r.nextInt(PROGRAMMES.length)], null, null, null, deadlines,
                    null, null);
        }
        return new Item("bench-" + n, kind, "source-" + r.nextInt(200), "https://example.org/items/" + n, title, body, null,
                lang, published, published, published, "NEW", List.of(), call,
                new Tags(lang, tags(r, SECTORS, 0.6), tags(r, FOCUS, 0.4)), n + 1);
    }

    private static List<Tags.Tag> tags(SplittableRandom r, String[] ids, double p) {
        List<Tags.Tag> out = new ArrayList<>();
        while (r.nextDouble() < p && out.size() < 3) {
            String id = ids[r.nextInt(ids.length)];
            if (out.stream().noneMatch(t -> t.category().equals(id))) {
                out.add(new Tags.Tag(id, 1.0, List.of()));
            }
        }
        return out;
    }

    /** Words drawn with Zipf frequencies (s = 1): the core words are the most frequent, then a synthetic tail. */
    static final class Zipf {
        final String[] vocab;
        final double[] cumulative;

        Zipf(String[] core, int tail, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            vocab = new String[core.length + tail];
            System.arraycopy(core, 0, vocab, 0, core.length);
            for (int i = core.length; i < vocab.length; i++) {
                StringBuilder w = new StringBuilder();
                for (int s = 0, n = 2 + r.nextInt(3); s < n; s++) {
                    w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
                }
                vocab[i] = w.toString();
            }
            cumulative = new double[vocab.length];
            double sum = 0;
            for (int i = 0; i < vocab.length; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < vocab.length; i++) {
                cumulative[i] /= sum;
            }
        }

        String word(SplittableRandom r) {
            int i = java.util.Arrays.binarySearch(cumulative, r.nextDouble());
            return vocab[i < 0 ? -i - 1 : i];
        }

        String text(SplittableRandom r, int n, boolean sentences) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String w = word(r);
                if (i == 0 || (sentences && sb.charAt(sb.length() - 2) == '.')) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                }
                sb.append(w).append(sentences && r.nextInt(14) == 0 ? ". " : " ");
            }
            return sb.toString().strip();
        }
    }
}
