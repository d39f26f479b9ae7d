package org.passerelle.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible upstream that streams on command: {@code chunks} chunks with a pause
 * between them, then {@code [DONE]}; or, with {@code stallAfter}, a few chunks and then silence.
 * {@link #cancelled()} opens when a write fails because the gateway closed the connection.
 */
public final class PacedUpstream implements AutoCloseable {

    private final HttpServer server;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /**
     * @param chunks     chunks to send
     * @param pauseMillis pause between chunks
     * @param stallAfter after this many chunks, stop sending and wait until closed (or -1)
     */
    public PacedUpstream(int chunks, long pauseMillis, int stallAfter) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < chunks; i++) {
                    if (i == stallAfter) {
                        release.await();
                        return;
                    }
                    out.write(("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"content\":\"w" + i + " \"}}]}\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(pauseMillis); // the upstream's own pace, not a test synchronisation
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                cancelled.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public CountDownLatch cancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
