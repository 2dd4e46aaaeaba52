package se.omvarldsradar.fetch.internal;

import java.time.Instant;

/** Error statuses in words for the health page (the JDK client does not pass on the reason phrase). */
final class HttpStatus {
    private HttpStatus() {
    }

    static String describe(int status, Instant retryAfter) {
        String reason = switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone: the page has been removed";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
        return "HTTP " + status + reason + (retryAfter == null ? "" : "; asked to retry after " + retryAfter);
    }
}
