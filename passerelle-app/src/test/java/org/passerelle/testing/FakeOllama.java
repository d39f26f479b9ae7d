package org.passerelle.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Ollama's native API for tests, over real HTTP: {@code /api/chat} (JSON, or NDJSON when asked
 * to stream) and {@code /api/embed}; records what it received.
 */
public final class FakeOllama implements AutoCloseable {

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    public FakeOllama(String reply) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/chat", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body.contains("\"stream\":true")) {
                    for (String word : reply.split(" ")) {
                        out.write(("{\"model\":\"llama3.2:1b\",\"message\":{\"role\":\"assistant\",\"content\":\"" + word
                                + " \"},\"done\":false}\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                    out.write(("{\"model\":\"llama3.2:1b\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                            + "\"done_reason\":\"stop\",\"prompt_eval_count\":9,\"eval_count\":11}\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(("{\"model\":\"llama3.2:1b\",\"created_at\":\"2026-11-29T10:00:00Z\",\"message\":{\"role\":\"assistant\","
                            + "\"content\":\"" + reply + "\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":9,"
                            + "\"eval_count\":6}").getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        server.createContext("/api/embed", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"model\":\"nomic\",\"embeddings\":[[0.5,0.25]],\"prompt_eval_count\":3}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
