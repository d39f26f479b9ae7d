package org.passerelle.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible model server that misbehaves on command, over real HTTP on loopback: it
 * answers with an error, with garbage, cuts a stream in the middle, stays silent, or answers too
 * late. Counts the requests it received.
 */
public final class MisbehavingUpstream implements AutoCloseable {

    public enum Mode {
        /** HTTP 500. */
        ERROR,
        /** HTTP 200 with a body that is not JSON. */
        GARBAGE,
        /** A stream whose first event is not JSON. */
        GARBAGE_STREAM,
        /** A stream of two good events, then the connection is cut. */
        CUT_STREAM,
        /** Headers, then nothing until the gateway gives up (the connection is released on close). */
        SILENT,
        /** No answer before the gateway's upstream timeout. */
        SLOW
    }

    private final HttpServer server;
    private final AtomicInteger received = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Mode mode;

    public MisbehavingUpstream(Mode mode) throws IOException {
        this.mode = mode;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            try (OutputStream out = exchange.getResponseBody()) {
                switch (this.mode) {
                    case ERROR -> exchange.sendResponseHeaders(500, -1);
                    case GARBAGE -> {
                        byte[] body = "<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, body.length);
                        out.write(body);
                    }
                    case GARBAGE_STREAM -> {
                        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                        exchange.sendResponseHeaders(200, 0);
                        out.write("data: {\"choices\": [{\"delta\": \n\n".getBytes(StandardCharsets.UTF_8));
                    }
                    case CUT_STREAM -> {
                        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                        exchange.sendResponseHeaders(200, 0);
                        for (String word : new String[] {"Début", " de", " réponse"}) {
                            out.write(("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                                    + "\"delta\":{\"content\":\"" + word + "\"}}]}\n\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                        exchange.close();
                    }
                    case SILENT -> {
                        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                        exchange.sendResponseHeaders(200, 0);
                        out.flush();
                        awaitRelease();
                    }
                    case SLOW -> {
                        awaitRelease();
                        exchange.sendResponseHeaders(500, -1);
                    }
                }
            } catch (IOException gone) {
                // the gateway gave up on us, as it should
            }
        });
        server.start();
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int received() {
        return received.get();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
