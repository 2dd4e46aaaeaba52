package se.omvarldsradar.fetch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * A loopback server WireMock cannot imitate: it answers /robots.txt with 404 and every other path with headers
 * and the first bytes of the promised body, then holds the connection open without sending more.
 */
final class StallingServer implements AutoCloseable {
    private final ServerSocket server;
    private final CountDownLatch closed = new CountDownLatch(1);

    StallingServer() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            String requestLine;
            while ((requestLine = in.readLine()) != null) {
                while (!in.readLine().isEmpty()) {
                    // headers are not needed
                }
                if (requestLine.contains("/robots.txt")) {
                    out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                closed.await();
                return;
            }
        } catch (IOException | InterruptedException e) {
            // the test is over or the client gave up; either way nothing to do
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
    }
}
