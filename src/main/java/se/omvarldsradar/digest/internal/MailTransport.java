package se.omvarldsradar.digest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import se.omvarldsradar.digest.DigestSettings;

/**
 * Hands a message to SMTP when a server is configured ({@code spring.mail.host}), else writes it as an
 * {@code .eml} file in the outbox folder. The file is written whole or not at all (temp file, then move).
 */
@Component
class MailTransport {
    private final Optional<JavaMailSender> smtp;
    private final DigestSettings settings;

    MailTransport(Optional<JavaMailSender> smtp, DigestSettings settings) {
        this.smtp = smtp;
        this.settings = settings;
    }

    boolean usesSmtp() {
        return smtp.isPresent();
    }

    /** Delivers one message; the name is used for the .eml file. */
    void deliver(MimeMessage message, String name) throws MessagingException, IOException {
        if (smtp.isPresent()) {
            smtp.get().send(message);
            return;
        }
        Path dir = settings.outboxDir();
        Files.createDirectories(dir);
        Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".eml");
        Path tmp = Files.createTempFile(dir, ".digest", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            message.writeTo(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
