package se.omvarldsradar.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: reads a password (hidden on a terminal, else the first line of standard input)
 * and prints its bcrypt hash in the form {@code radar.security.users[].password} takes.
 */
final class HashPasswordCommand {
    private HashPasswordCommand() {
    }

    static int run(Console console, InputStream in, PrintStream out) {
        String password;
        if (console != null) {
            char[] chars = console.readPassword("Password: ");
            password = chars == null ? null : new String(chars);
        } else {
            try {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                password = null;
            }
        }
        if (password == null || password.isEmpty()) {
            System.err.println("No password given");
            return 1;
        }
        out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
        return 0;
    }
}
