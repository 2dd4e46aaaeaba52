package se.omvarldsradar.extract.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.ExtractionException;

/**
 * The options of an {@code html} source: CSS selectors ({@code item} required; {@code title}, {@code link},
 * {@code date}, {@code summary} within an item), {@code dateFormats}, and {@code dateIs: deadline} when the
 * listed date is the call's deadline rather than its publication date.
 */
record ListingOptions(String item, String title, String link, String date, String summary, List<String> dateFormats,
        boolean dateIsDeadline, ZoneId zone) {

    static ListingOptions of(SourceDefinition source) {
        if (!(source.options().get("selectors") instanceof Map<?, ?> selectors) || selectors.get("item") == null) {
            throw new ExtractionException("an html source needs 'selectors' with at least 'item' (a CSS selector)");
        }
        List<String> formats = source.options().get("dateFormats") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of("d MMMM yyyy", "yyyy-MM-dd");
        String dateIs = source.option("dateIs");
        return new ListingOptions(text(selectors, "item"), text(selectors, "title"), text(selectors, "link"),
                text(selectors, "date"), text(selectors, "summary"), formats, "deadline".equalsIgnoreCase(dateIs),
                Dates.DEFAULT_ZONE);
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }
}
