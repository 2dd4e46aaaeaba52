package se.omvarldsradar.classify.internal;

import java.util.List;

import se.omvarldsradar.classify.CallDetailsReader;
import se.omvarldsradar.classify.internal.Budgets.Budget;
import se.omvarldsradar.classify.internal.CallDates.Dates;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;

/**
 * Completes call details from the item's text: identifier, programme, deadlines, opening and budget. What
 * the source gave wins field by field; status is left to {@link CallDetails#statusAt} so it follows the clock.
 */
public final class TextCallDetails implements CallDetailsReader {
    private final LanguageGuesser languages;

    public TextCallDetails(LanguageGuesser languages) {
        this.languages = languages;
    }

    @Override
    public CallDetails read(ExtractedItem item) {
        CallDetails given = item.call();
        String text = item.fullText();
        if (text.isBlank()) {
            return given;
        }
        // Every identifier, date and amount pattern needs a digit: a text without one is not searched for them.
        boolean digits = hasDigit(text);
        String callId = given != null && given.callId() != null ? given.callId() : digits ? CallIds.find(text) : null;
        String programme = given != null && given.programme() != null ? given.programme() : programme(callId, text);
        boolean needDates = given == null || given.deadlines().isEmpty() || given.opening() == null;
        // Swedish dates are Stockholm time; the zone only matters for dates without a named one
        Dates dates = needDates && digits ? CallDates.read(text, () -> "sv".equals(languages.guess(text, item.language())))
                : new Dates(List.of(), null);
        boolean needBudget = given == null || given.budgetAmount() == null;
        Budget budget = needBudget && digits ? Budgets.find(text) : null;
        if (given == null && callId == null && programme == null && dates.deadlines().isEmpty()
                && dates.opening() == null && budget == null) {
            return null;
        }
        return new CallDetails(callId,
                given != null ? given.callTitle() : null,
                programme,
                given != null ? given.actionType() : null,
                given != null ? given.status() : null,
                given != null && given.opening() != null ? given.opening() : dates.opening(),
                given != null && !given.deadlines().isEmpty() ? given.deadlines() : dates.deadlines(),
                needBudget ? budget == null ? null : budget.amount() : given.budgetAmount(),
                needBudget ? budget == null ? null : budget.currency() : given.budgetCurrency());
    }

    /** Whether the text has a digit of any script (the budget patterns match Unicode digits). */
    static boolean hasDigit(String text) {
        for (int n = 0; n < text.length(); n++) {
            if (Character.isDigit(text.charAt(n))) {
                return true;
            }
        }
        return false;
    }

    private static String programme(String callId, String text) {
        String byId = Programmes.ofCallId(callId);
        return byId != null ? byId : Programmes.inText(text);
    }
}
