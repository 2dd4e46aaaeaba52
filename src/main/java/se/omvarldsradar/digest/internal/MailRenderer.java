package se.omvarldsradar.digest.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates in {@code templates/mail/}: {@code NAME.html} and {@code NAME-text.txt}, with
 * texts from messages*.properties in the recipient's language. Its own engine, so mails render the same in
 * the CLI (no web server) and the server.
 */
@Component
class MailRenderer {
    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailRenderer(MessageSource messages) {
        this.messages = messages;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /** Plain text and HTML of one mail. */
    record Bodies(String text, String html) {
    }

    Bodies render(String name, String language, Map<String, Object> model) {
        Context ctx = new Context(Locale.forLanguageTag(language), model);
        return new Bodies(engine.process(name + "-text", ctx), engine.process(name, ctx));
    }

    String message(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
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
