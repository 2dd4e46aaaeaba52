package se.omvarldsradar.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.context.MessageSource;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.omvarldsradar.config.Frequency;

/**
 * Renders the mail templates in {@code templates/mail/}: {@code NAME.html} and {@code NAME-text.txt}, with
 * texts from messages*.properties in the recipient's language. Its own engine, so mails render the same in
 * the CLI (no web server) and the server.
 */
@Component
class MailRenderer {
    /** Between two entries' rows in the digest's HTML: the indentation of the table rows around them. */
    private static final String ENTRY_SEPARATOR = "\n  ";
    /** Around a section's number where the frame puts its entries: NUL, which no name, text or link in a digest holds. */
    private static final String MARKER = "\u0000";
    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    /**
     * The evaluation context every template starts from (Thymeleaf wraps it per template), so that what its
     * property accessors find is kept from one entry to the next instead of looked up again per template.
     * Only read after the constructor: its lists are made here, before any thread renders.
     */
    private final StandardEvaluationContext evaluation = new StandardEvaluationContext();

    MailRenderer(MessageSource messages) {
        this.messages = messages;
        evaluation.setPropertyAccessors(List.of(new RecordComponentAccessor(), new ReflectivePropertyAccessor()));
        evaluation.getMethodResolvers();
        evaluation.getTypeLocator();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /** Plain text and HTML of one mail. */
    record Bodies(String text, String html) {
    }

    Bodies render(String name, String language, Map<String, Object> model) {
        Context ctx = new Context(Locale.forLanguageTag(language), model);
        ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return new Bodies(engine.process(name + "-text", ctx), engine.process(name, ctx));
    }

    /**
     * A digest: {@code digest-entry} renders each entry (escaping it as any template does), {@code digest} renders
     * the frame around them. Entries already in {@code entries} are not rendered again. The frame gets a marker
     * where each section's entries go and the entries are copied in after: given the entries' markup itself,
     * {@code th:utext} parses it and the engine walks every element of a hundred entries again for each digest.
     */
    Bodies renderDigest(DigestContent d, RenderedEntries entries) {
        List<String> html = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (DigestContent.Section s : d.sections()) {
            StringJoiner h = new StringJoiner(ENTRY_SEPARATOR);
            StringBuilder t = new StringBuilder();
            for (DigestContent.Entry e : s.entries()) {
                Bodies b = entries.get(d.language(), e, () -> render("digest-entry", d.language(), Map.of("e", e)));
                h.add(b.html());
                t.append(b.text());
            }
            html.add(h.toString());
            text.add(t.toString());
            markers.add(MARKER + markers.size() + MARKER);
        }
        Bodies frame = render("digest", d.language(), Map.of("d", d, "entriesHtml", markers, "entriesText", markers));
        return new Bodies(splice(frame.text(), markers, text), splice(frame.html(), markers, html));
    }

    /** The frame with each marker, in order, replaced by its section's entries. */
    static String splice(String frame, List<String> markers, List<String> sections) {
        StringBuilder out = new StringBuilder(frame.length() + sections.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int n = 0; n < markers.size(); n++) {
            int at = frame.indexOf(markers.get(n), from);
            if (at < 0) {
                throw new IllegalStateException("the digest template did not place section " + n + "'s entries");
            }
            out.append(frame, from, at).append(sections.get(n));
            from = at + markers.get(n).length();
        }
        return out.append(frame, from, frame.length()).toString();
    }

    String message(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    /** A frequency in the recipient's words: "Varje dag kl. 07:00" for {@code daily 07:00}. */
    String frequency(String text, String language) {
        return Frequency.inWords(text, messages, Locale.forLanguageTag(language));
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
}
