package se.omvarldsradar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP for tests that look at status codes and redirects as a mail client or browser would. Requests
 * carry the development admin's HTTP Basic credentials and a session cookie; a POST first reads a CSRF token
 * from the login page, as a browser posting one of our forms would have one.
 */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));

    private Http() {
    }

    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN).GET().build());
    }

    /** A form POST, {@code body} already URL-encoded. */
    public static HttpResponse<String> post(String url, String body) {
        return post(url, body, "text/html");
    }

    /** A form POST asking for the given media type back. */
    public static HttpResponse<String> post(String url, String body, String accept) {
        URI uri = URI.create(url);
        String[] session = csrf(uri.resolve("/login"));
        String withToken = (body == null || body.isEmpty() ? "" : body + "&") + "_csrf=" + session[1];
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept).header("Authorization", ADMIN).header("Cookie", session[0])
                .POST(HttpRequest.BodyPublishers.ofString(withToken)).build());
    }

    /** A POST with no CSRF token, as a mail client's one-click unsubscribe sends it. */
    public static HttpResponse<String> postWithoutToken(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The session cookie and CSRF token of a fresh session (handled by hand: the cookie is Secure, as in production). */
    private static String[] csrf(URI loginPage) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(loginPage).GET().build());
        Matcher m = CSRF.matcher(page.body());
        String cookie = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse("");
        if (!m.find() || cookie.isEmpty()) {
            throw new IllegalStateException("no session or CSRF token from " + loginPage);
        }
        return new String[] {cookie, m.group(1)};
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
