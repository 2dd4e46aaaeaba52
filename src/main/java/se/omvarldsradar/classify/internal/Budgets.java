package se.omvarldsradar.classify.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a call's budget from text: "EUR 3 000 000", "€3,000,000", "EUR 3.5 million", "10 miljoner euro",
 * "5 miljoner kronor", "2,5 MSEK", "800 000 kr". Amounts after a budget phrase ("budget", "totalt",
 * "omfattar") are preferred, the largest of them; without such a phrase a single amount is taken, several
 * are not (one of them may be a per-project cap).
 */
final class Budgets {
    /** An amount in whole units of its currency. */
    record Budget(long amount, String currency) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:[  .,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(?:\\s*(miljon(?:er)?|miljard(?:er)?|million|millions|billion|bn|m|mn|k|tkr|mkr|msek|meur|mdkr))?";
    private static final Pattern BEFORE = Pattern.compile(
            "(?iU)(?:\\b(EUR|SEK)|(€))\\s*" + NUMBER + SCALE + "\\b");
    private static final Pattern AFTER = Pattern.compile(
            "(?iU)" + NUMBER + SCALE + "\\s*(EUR|euro|euros|SEK|kronor|kr|€)(?![\\p{L}])|" + NUMBER + "\\s*(MSEK|MEUR|mkr|tkr|mdkr)\\b");
    private static final Pattern CONTEXT = Pattern.compile(
            "(?iU)\\b(budget\\w*|total\\w*|available|indicative|avsatt|avsätter|omfattar|ram(?:en)?|satsar|finansiering)\\b");

    private Budgets() {
    }

    static Budget find(String text) {
        List<int[]> contexts = new ArrayList<>();
        Matcher c = CONTEXT.matcher(text);
        while (c.find()) {
            contexts.add(new int[] {c.start(), c.end()});
        }
        List<Found> found = new ArrayList<>();
        Matcher b = BEFORE.matcher(text);
        while (b.find()) {
            String currency = b.group(1) != null ? b.group(1) : "€";
            add(found, b.start(), b.group(3), b.group(4), currency);
        }
        Matcher a = AFTER.matcher(text);
        while (a.find()) {
            if (a.group(1) != null) {
                add(found, a.start(), a.group(1), a.group(2), a.group(3));
            } else {
                add(found, a.start(), a.group(4), a.group(5), a.group(5));
            }
        }
        List<Found> inContext = found.stream()
                .filter(f -> contexts.stream().anyMatch(x -> x[1] <= f.at && f.at - x[1] < 80)).toList();
        List<Found> pick = !inContext.isEmpty() ? inContext : found.size() == 1 ? found : List.of();
        return pick.stream().max((x, y) -> Long.compare(x.budget.amount(), y.budget.amount())).map(Found::budget).orElse(null);
    }

    private record Found(int at, Budget budget) {
    }

    private static void add(List<Found> found, int at, String number, String scale, String currency) {
        Long amount = amount(number, scale);
        if (amount != null && amount > 0 && found.stream().noneMatch(f -> f.at == at)) {
            found.add(new Found(at, new Budget(amount, currency(currency))));
        }
    }

    static Long amount(String number, String scale) {
        String s = scale == null ? "" : scale.toLowerCase(Locale.ROOT);
        long factor = switch (s) {
            case "miljon", "miljoner", "million", "millions", "m", "mn", "mkr", "msek", "meur" -> 1_000_000L;
            case "miljard", "miljarder", "billion", "bn", "mdkr" -> 1_000_000_000L;
            case "k", "tkr" -> 1_000L;
            default -> 1L;
        };
        String n = number.replaceAll("[  ]", "");
        // "3,000,000" and "3.000.000" group thousands; "3,5" and "3.5" are decimals
        if (n.matches("\\d{1,3}([.,]\\d{3})+")) {
            n = factor > 1 && n.matches("\\d{1,3}[.,]\\d{3}") ? n.replace(',', '.') : n.replaceAll("[.,]", "");
        } else {
            n = n.replaceAll("[.,](?=\\d{3}[.,])", "").replace(',', '.');
        }
        try {
            return new BigDecimal(n).multiply(BigDecimal.valueOf(factor)).longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String currency(String raw) {
        String c = raw.toLowerCase(Locale.ROOT);
        return c.equals("€") || c.startsWith("eur") || c.equals("meur") ? "EUR" : "SEK";
    }
}
