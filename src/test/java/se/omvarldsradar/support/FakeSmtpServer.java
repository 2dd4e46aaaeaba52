package se.omvarldsradar.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A tiny SMTP server for failure cases GreenMail cannot play: it answers each message's end of DATA with the
 * next scripted reply ({@code 250}, {@code 451 …}, {@code 550 …}, or {@code HANG}: never answer), 250 once
 * the script is used up. Only messages answered 250 count as received. It can be stopped and started again
 * on the same port ("SMTP down, then up").
 */
public final class FakeSmtpServer implements AutoCloseable {
    public static final String HANG = "HANG";
    /** A reply that waits, the message read, until the test calls {@link #release()}, then accepts it. */
    public static final String HOLD = "HOLD";
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private final int port;
    private final Queue<String> script = new ConcurrentLinkedQueue<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final CountDownLatch hung = new CountDownLatch(1);
    private volatile ServerSocket server;

    public FakeSmtpServer(int port) {
        this.port = port;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Replies to use, in order, for the next messages' end of DATA. */
    public FakeSmtpServer script(String... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The raw messages answered with 250. */
    public List<String> accepted() {
        return accepted;
    }

    public CountDownLatch hung() {
        return hung;
    }

    /** Counted down when a message is held (a {@link #HOLD} reply). */
    public CountDownLatch holding() {
        return holding;
    }

    /** Lets the held message through: it is accepted (250). */
    public void release() {
        released.countDown();
    }

    public synchronized FakeSmtpServer start() throws IOException {
        stopped = new CountDownLatch(1);
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread.ofPlatform().daemon().start(() -> {
            while (!s.isClosed()) {
                try {
                    Socket c = s.accept();
                    Thread.ofPlatform().daemon().start(() -> session(c));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return this;
    }

    @Override
    public synchronized void close() throws IOException {
        stopped.countDown();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private void session(Socket c) {
        try (c; BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = c.getOutputStream()) {
            say(out, "220 fake ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (cmd) {
                    case "EHLO", "HELO" -> say(out, "250 fake");
                    case "DATA" -> {
                        say(out, "354 go ahead");
                        StringBuilder msg = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            msg.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                        }
                        String reply = script.poll();
                        if (HOLD.equals(reply)) {
                            holding.countDown();
                            released.await();
                            reply = "250";
                        }
                        if (HANG.equals(reply)) {
                            hung.countDown();
                            stopped.await(); // never answers; the session ends when the server is closed
                            return;
                        }
                        if (reply == null || reply.startsWith("250")) {
                            accepted.add(msg.toString());
                            say(out, "250 accepted");
                        } else {
                            say(out, reply);
                        }
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "250 ok");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the test ended
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
