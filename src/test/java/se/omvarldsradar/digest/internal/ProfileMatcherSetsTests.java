package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

/**
 * Matching by sets finds exactly the items the per-item predicate finds, for random profiles and alerts over
 * random items, all sharing one run's sets (so a set cached under the wrong key shows as a difference).
 */
class ProfileMatcherSetsTests {
    static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    static final String[] WORDS = ("hamn hamnterminal grön vätgas elektrolysörer energi logistik port hydrogen green "
            + "freight Hamnen VÄTGAS innovation turism").split(" ");
    static final String[] SECTORS = {"logistics", "industry", "trade", "hospitality"};
    static final String[] FOCUS = {"business", "social", "environment"};
    static final double[] SCORES = {0, 0.5, 1.0, 1.5, 2.0, 3.0};
    static final String[] PROGRAMMES = {"Horizon Europe", "HORIZON europe", "Interreg Aurora", "LIFE"};
    static final String[] FOLLOWED_PROGRAMMES = {"horizon europe", "Interreg Aurora", "Erasmus+"};
    static final String[] KEYWORDS = {"hamn", "vätgas", " Hydrogen ", "energi", "port", "grön vätgas",
            "\"grön vätgas\" OR elektrolys* OR hydrogen", "vätgas -hamnterminal", "sector:logistics AND energi",
            "kind:call", "programme:\"Horizon Europe\"", "\"unbalanced", "hamn*", "green AND freight", "vätgs~1", "hamn^0 OR port",
            "[energi TO hamn]"};
    static final String[] ALERT_QUERIES = {"", "vätgas", "hydrogen OR port", "\"unbalanced", "hamn*", "freigt~ OR hamn"};
    static final List<Map<String, List<String>>> ALERT_FILTERS = List.of(Map.of(), Map.of("sector", List.of("logistics")),
            Map.of("kind", List.of("CALL")), Map.of("programme", List.of("Horizon Europe")),
            Map.of("sector", List.of("trade", "industry"), "lang", List.of("en")));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void matchesTheSameItemsAsThePerItemPredicate(long seed) {
        Random rnd = new Random(seed);
        List<ItemText> texts = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            texts.add(new ItemText(item(rnd, n), NOW));
        }
        ItemSets sets = new ItemSets(texts);
        long matched = 0;
        for (int p = 0; p < 200; p++) {
            Recipient r = rnd.nextInt(10) == 0 ? alert(rnd, p) : Recipient.contact(contact(rnd, p));
            Predicate<ItemText> oracle = PerItemMatcher.compile(r);
            BitSet expected = new BitSet();
            for (int n = 0; n < texts.size(); n++) {
                if (oracle.test(texts.get(n))) {
                    expected.set(n);
                }
            }
            assertThat(ProfileMatcher.matching(r, sets)).as("%s", r).isEqualTo(expected);
            matched += expected.cardinality();
        }
        // Neither everything nor nothing: the comparison says something only where the answers differ.
        assertThat(matched).isBetween(200L * 200 / 20, 200L * 200 * 19 / 20);
    }

    private static Item item(Random rnd, int n) {
        ItemKind kind = ItemKind.values()[rnd.nextInt(ItemKind.values().length)];
        String lang = List.of("sv", "en", "de").get(rnd.nextInt(3));
        CallDetails call = kind == ItemKind.CALL || rnd.nextInt(10) == 0
                ? new CallDetails("C-" + n, null, rnd.nextInt(3) == 0 ? null : PROGRAMMES[rnd.nextInt(PROGRAMMES.length)], null,
                        null, null, List.of(NOW.plus(Duration.ofDays(1 + rnd.nextInt(60)))), null, null)
                : null;
        Tags tags = new Tags(lang, tags(rnd, SECTORS, 3), tags(rnd, FOCUS, 2));
        return new Item("i" + n, kind, "s", "https://example.org/" + n, words(rnd, 4),
                rnd.nextInt(5) == 0 ? null : words(rnd, 12), rnd.nextBoolean() ? null : words(rnd, 30), lang, NOW, NOW, NOW,
                "NEW", List.of(), call, tags, n);
    }

    /** Up to {@code max} tags, a category now and then twice with another score. */
    private static List<Tags.Tag> tags(Random rnd, String[] categories, int max) {
        List<Tags.Tag> tags = new ArrayList<>();
        for (int t = rnd.nextInt(max + 1); t > 0; t--) {
            tags.add(new Tags.Tag(categories[rnd.nextInt(categories.length)], SCORES[rnd.nextInt(SCORES.length)], List.of()));
        }
        return tags;
    }

    private static Contact contact(Random rnd, int p) {
        List<ItemKind> kinds = new ArrayList<>();
        for (ItemKind k : ItemKind.values()) {
            if (rnd.nextInt(3) == 0) {
                kinds.add(k);
            }
        }
        boolean none = rnd.nextInt(8) == 0;
        return new Contact("D", "N", "c" + p + "@example.org", "sv", none ? List.of() : pick(rnd, SECTORS, 2),
                none ? List.of() : pick(rnd, FOCUS, 1), kinds, none ? List.of() : pick(rnd, FOLLOWED_PROGRAMMES, 1),
                none ? List.of() : pick(rnd, KEYWORDS, 2), Frequency.daily(LocalTime.of(7, 0)), SCORES[rnd.nextInt(SCORES.length)],
                false);
    }

    private static Recipient alert(Random rnd, int p) {
        return new Recipient("alert:" + p, null, new Recipient.SavedSearch("a" + p,
                ALERT_QUERIES[rnd.nextInt(ALERT_QUERIES.length)], ALERT_FILTERS.get(rnd.nextInt(ALERT_FILTERS.size()))));
    }

    /** Up to {@code max} of the values, at random (possibly none, possibly one twice). */
    private static List<String> pick(Random rnd, String[] from, int max) {
        List<String> out = new ArrayList<>();
        for (int n = rnd.nextInt(max + 1); n > 0; n--) {
            out.add(from[rnd.nextInt(from.length)]);
        }
        return out;
    }

    private static String words(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
