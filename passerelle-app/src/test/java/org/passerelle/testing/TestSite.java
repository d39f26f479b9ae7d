package org.passerelle.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small web site for the collector's tests, over real HTTP on a loopback port: pages by path
 * (status, headers, body), 404 for the rest, and a record of every request (path and User-Agent).
 */
public final class TestSite implements AutoCloseable {

    /** One answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer html(String body) {
            return new Answer(200, Map.of("Content-Type", "text/html; charset=utf-8"), body);
        }

        public static Answer text(String body) {
            return new Answer(200, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
        }
    }

    /** One request received. */
    public record Request(String path, String userAgent) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent")));
            Answer answer = answers.getOrDefault(exchange.getRequestURI().getRawPath(),
                    new Answer(404, Map.of("Content-Type", "text/plain"), "not found"));
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    public TestSite page(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Paths requested, in order. */
    public List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
