package se.omvarldsradar.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.digest.DigestSettings;
import se.omvarldsradar.digest.ReaderText;
import se.omvarldsradar.digest.internal.DigestContent.Entry;
import se.omvarldsradar.digest.internal.DigestContent.Section;
import se.omvarldsradar.digest.internal.DigestSelector.Selection;
import se.omvarldsradar.item.Item;

/**
 * Turns a selection into the digest's sections, in the recipient's language: new calls by deadline, calls
 * closing soon, updated items with what changed, then news and bulletins grouped by sector; at most
 * {@code radar.digest.max-per-section} entries each, with a link to the rest on the search page.
 */
@Component
class DigestComposer {
    private static final int SUMMARY = 300;
    private final CurrentConfig config;
    private final DigestSettings settings;
    private final MessageSource messages;
    private final LinkSigner signer;

    DigestComposer(CurrentConfig config, DigestSettings settings, MessageSource messages, LinkSigner signer) {
        this.config = config;
        this.settings = settings;
        this.messages = messages;
        this.signer = signer;
    }

    /** The content, and the ids of the items it shows (the ones recorded as had by the recipient). */
    record Composed(DigestContent content, List<String> shown, String subject) {
    }

    Composed compose(Recipient r, Selection s, DigestRun run) {
        String lang = r.profile().language();
        String base = config.settings().baseUrl();
        List<Section> sections = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        // New items taken in the run's orders, worked out once per run: the same order as sorting each digest's.
        int max = settings.maxPerSection();
        SectionOrder.Part calls = run.order().calls(s.freshAt(), max);
        add(sections, shown, msg("mail.section.calls", lang), calls.first(), calls.total(), List.of(), lang, run,
                SearchLinks.calls(base, r, false));
        add(sections, shown, msg("mail.section.closing", lang, settings.closingSoon().toDays()), s.closing(),
                s.closing().size(), List.of(), lang, run, SearchLinks.calls(base, r, true));
        add(sections, shown, msg("mail.section.updated", lang), s.updated().stream().map(DigestSelector.Updated::item).toList(),
                s.updated().size(), s.updated().stream().map(u -> ReaderText.changes(u.changes(), lang, messages)).toList(), lang,
                run, SearchLinks.calls(base, r, false));
        for (SectionOrder.Part p : run.order().newsBySector(s.freshAt(), r.profile().sectors(), max)) {
            add(sections, shown, p.sector().isEmpty() ? msg("mail.section.other", lang) : label(p.sector(), lang), p.first(),
                    p.total(), List.of(), lang, run, SearchLinks.news(base, r, p.sector()));
        }
        String counts = counts(s, lang);
        String subject = r.alert() ? msg("mail.subject.alert", lang, r.search().q(), counts) : msg("mail.subject", lang, counts);
        String greeting = r.alert() ? msg("mail.greeting.alert", lang) : msg("mail.greeting", lang, r.profile().name());
        String intro = r.alert() ? msg("mail.intro.alert", lang, r.search().q(), counts) : msg("mail.intro", lang, counts);
        String token = signer.sign(r.key());
        String preferences = r.alert() ? SearchLinks.signed(base + "/alerts", signer.sign(Recipient.owner(r.email())), lang)
                : SearchLinks.signed(base + "/preferences", token, lang);
        return new Composed(new DigestContent(greeting, intro, lang, sections,
                r.alert() ? SearchLinks.saved(base, r) : SearchLinks.inLanguage(base + "/search", lang),
                SearchLinks.signed(base + "/unsubscribe", token, lang), preferences, r.alert()), shown, subject);
    }

    private String counts(Selection s, String lang) {
        List<String> parts = new ArrayList<>();
        if (s.fresh() > 0 || (s.updated().isEmpty() && s.closing().isEmpty())) {
            parts.add(msg("mail.count.new", lang, s.fresh()));
        }
        if (!s.updated().isEmpty()) {
            parts.add(msg("mail.count.updated", lang, s.updated().size()));
        }
        if (!s.closing().isEmpty()) {
            parts.add(msg("mail.count.closing", lang, s.closing().size()));
        }
        return String.join(", ", parts);
    }

    /** A section of the first of its {@code total} items, if it has any; {@code items} may hold more than it shows. */
    private void add(List<Section> sections, List<String> shown, String title, List<Item> items, int total,
            List<List<String>> changes, String lang, DigestRun run, String moreUrl) {
        if (items.isEmpty()) {
            return;
        }
        int max = settings.maxPerSection();
        List<Entry> entries = new ArrayList<>();
        for (int n = 0; n < Math.min(max, items.size()); n++) {
            Item i = items.get(n);
            entries.add(changes.isEmpty() ? run.rendered().entry(lang, i.id(), () -> entry(i, List.of(), lang, run.now()))
                    : entry(i, changes.get(n), lang, run.now()));
            shown.add(items.get(n).id());
        }
        sections.add(new Section(title, entries, Math.max(0, total - max), moreUrl));
    }

    private Entry entry(Item i, List<String> changes, String lang, java.time.Instant now) {
        String source = config.get().source(i.sourceId()).map(SourceDefinition::name).orElse(i.sourceId());
        List<String> tags = new ArrayList<>();
        i.sectors().forEach(s -> tags.add(label(s, lang)));
        i.focus().forEach(f -> tags.add(label(f, lang)));
        String summary = i.summary() == null ? "" : i.summary().strip();
        if (summary.length() > SUMMARY) {
            summary = summary.substring(0, SUMMARY).strip() + " …";
        }
        return new Entry(i.id(), i.title(), httpOnly(i.url()), source, ReaderText.day(i.date(), lang),
                i.call() == null ? null : ReaderText.day(i.call().nextDeadline(now), lang), tags, summary, changes);
    }

    private String msg(String key, String lang, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }

    private String label(String category, String lang) {
        return config.get().category(category).map(c -> c.label(lang)).orElse(category);
    }

    static String httpOnly(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
    }
}
