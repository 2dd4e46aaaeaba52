package se.omvarldsradar.fetch.internal;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;

import se.omvarldsradar.fetch.FetchResult.ErrorKind;

/**
 * Turns what the JDK client throws into an {@link ErrorKind} and words for the source's health page. The client
 * wraps the telling exception in generic IOExceptions, so the whole cause chain is looked at; the order of the
 * checks matters (a reset also shows as "received no bytes").
 */
final class Failures {
    private Failures() {
    }

    /** A classified failure. */
    record Failure(ErrorKind kind, String message) {
    }

    static Failure classify(Throwable e, String host) {
        String chain = chain(e);
        if (has(e, BodyTooLargeException.class)) {
            return new Failure(ErrorKind.TOO_LARGE, innermost(e, BodyTooLargeException.class).getMessage());
        }
        if (has(e, HttpConnectTimeoutException.class)) {
            return new Failure(ErrorKind.TIMEOUT, "could not connect to " + host + " in time");
        }
        if (has(e, HttpTimeoutException.class)) {
            return new Failure(ErrorKind.TIMEOUT, innermost(e, HttpTimeoutException.class).getMessage());
        }
        if (chain.contains("connection reset")) {
            return new Failure(ErrorKind.NETWORK, "connection reset by the server");
        }
        if (chain.contains("received no bytes")) {
            return new Failure(ErrorKind.NETWORK, "the server closed the connection without sending a response");
        }
        if (chain.contains("status line") || has(e, ProtocolException.class) && !chain.contains("content-encoding")) {
            return new Failure(ErrorKind.PROTOCOL, "the server's answer is not valid HTTP (no readable status line)");
        }
        if (chain.contains("chunk")) {
            return new Failure(ErrorKind.PROTOCOL, "malformed chunked encoding in the body (" + message(e) + ")");
        }
        if (has(e, ZipException.class) || chain.contains("zlib") || chain.contains("content-encoding")) {
            return new Failure(ErrorKind.PROTOCOL, "the body cannot be decoded: " + message(e));
        }
        if (has(e, ConnectException.class)) {
            return new Failure(ErrorKind.NETWORK, "could not connect to " + host + " (" + message(e) + ")");
        }
        if (has(e, UnknownHostException.class)) {
            return new Failure(ErrorKind.NETWORK, "unknown host " + host);
        }
        if (has(e, SSLException.class)) {
            return new Failure(ErrorKind.NETWORK, "TLS with " + host + " failed (" + message(e) + ")");
        }
        if (has(e, EOFException.class) || chain.contains("closed")) {
            return new Failure(ErrorKind.NETWORK, "the connection closed before the response was complete");
        }
        return new Failure(ErrorKind.NETWORK, e.getClass().getSimpleName() + ": " + message(e));
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return innermost(e, type) != null;
    }

    private static Throwable innermost(Throwable e, Class<? extends Throwable> type) {
        Throwable found = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            found = type.isInstance(t) ? t : found;
        }
        return found;
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** The innermost message, which says most. */
    private static String message(Throwable e) {
        String m = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            m = t.getMessage() == null ? m : t.getMessage();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
