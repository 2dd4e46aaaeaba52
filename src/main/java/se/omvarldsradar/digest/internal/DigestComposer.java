package se.omvarldsradar.digest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.digest.DigestSettings;
import se.omvarldsradar.digest.internal.DigestContent.Entry;
import se.omvarldsradar.digest.internal.DigestContent.Section;
import se.omvarldsradar.item.Item;

/** Turns a contact's items into the digest's text and HTML bodies, in the contact's language. */
@Component
class DigestComposer {
    private static final int SUMMARY = 300;
    private final CurrentConfig config;
    private final DigestSettings settings;
    private final MessageSource messages;
    private final LinkSigner signer;
    private final SpringTemplateEngine engine;
    private final Clock clock;

    DigestComposer(CurrentConfig config, DigestSettings settings, MessageSource messages, LinkSigner signer,
            Optional<Clock> clock) {
        this.config = config;
        this.settings = settings;
        this.messages = messages;
        this.signer = signer;
        this.clock = clock.orElse(Clock.systemUTC());
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/mail/");
        r.setSuffix(suffix);
        r.setTemplateMode(mode);
        r.setCharacterEncoding("UTF-8");
        r.setOrder(order);
        r.setCheckExistence(true);
        return r;
    }

    /** The rendered digest: subject, plain text and HTML. */
    record Rendered(String subject, String text, String html, String unsubscribeUrl) {
    }

    Rendered render(Contact contact, List<Item> items) {
        DigestContent content = content(contact, items);
        Locale locale = Locale.forLanguageTag(contact.language());
        Context ctx = new Context(locale, Map.of("d", content));
        String subject = messages.getMessage("mail.subject", new Object[] {content.total()}, locale);
        return new Rendered(subject, engine.process("digest-text", ctx), engine.process("digest", ctx),
                content.unsubscribeUrl());
    }

    DigestContent content(Contact contact, List<Item> items) {
        Instant now = clock.instant();
        String lang = contact.language();
        List<Section> sections = new ArrayList<>();
        List<Item> calls = items.stream().filter(i -> i.kind() == ItemKind.CALL)
                .sorted(Comparator.comparing((Item i) -> i.call() == null || i.call().nextDeadline(now) == null
                        ? Instant.MAX : i.call().nextDeadline(now)))
                .toList();
        if (!calls.isEmpty()) {
            sections.add(section(messages.getMessage("mail.section.calls", null, Locale.forLanguageTag(lang)), calls, lang, now));
        }
        Map<String, List<Item>> bySector = new LinkedHashMap<>();
        for (Item i : items) {
            if (i.kind() != ItemKind.CALL) {
                String key = i.sectors().stream().filter(s -> contact.sectors().contains(s)).findFirst()
                        .or(() -> i.sectors().stream().findFirst()).orElse("");
                bySector.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        bySector.forEach((sector, list) -> sections.add(section(sector.isEmpty()
                ? messages.getMessage("mail.section.other", null, Locale.forLanguageTag(lang))
                : label(sector, lang), list, lang, now)));
        String token = signer.sign(contact.email());
        String base = config.settings().baseUrl();
        return new DigestContent(contact.name(), lang, sections, items.size(), base + "/search",
                base + "/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                base + "/preferences?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), now);
    }

    private Section section(String title, List<Item> items, String lang, Instant now) {
        int max = settings.maxPerSection();
        List<Entry> entries = items.stream().limit(max).map(i -> entry(i, lang, now)).toList();
        return new Section(title, entries, Math.max(0, items.size() - max));
    }

    private Entry entry(Item i, String lang, Instant now) {
        String source = config.get().source(i.sourceId()).map(SourceDefinition::name).orElse(i.sourceId());
        List<String> tags = new ArrayList<>();
        i.sectors().forEach(s -> tags.add(label(s, lang)));
        i.focus().forEach(f -> tags.add(label(f, lang)));
        String summary = i.summary() == null ? "" : i.summary().strip();
        if (summary.length() > SUMMARY) {
            summary = summary.substring(0, SUMMARY).strip() + " …";
        }
        return new Entry(i.id(), i.title(), httpOnly(i.url()), source, day(i.date()),
                i.call() == null ? null : day(i.call().nextDeadline(now)), tags, summary);
    }

    private static String day(Instant instant) {
        return instant == null ? null : java.time.LocalDate.ofInstant(instant, java.time.ZoneId.of("Europe/Stockholm")).toString();
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
