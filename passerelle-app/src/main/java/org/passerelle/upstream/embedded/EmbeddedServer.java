package org.passerelle.upstream.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.passerelle.PasserelleException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An embedded model behind the OpenAI chat API on a loopback port of the gateway's own process,
 * so that the gateway reaches it like any other provider (policy, streaming, failover, audit and
 * footprint unchanged): {@code POST /v1/chat/completions}, streamed or not, and {@code GET
 * /v1/models}. Listens on 127.0.0.1 only, under a random path that only the gateway knows (another
 * program of the machine cannot reach the model around the gateway's policy and audit); logs nothing.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024 * 1024;

    private final HttpServer server;
    private final EmbeddedModel model;
    private final String name;
    private final String secret;

    private EmbeddedServer(HttpServer server, EmbeddedModel model, String name, String secret) {
        this.server = server;
        this.model = model;
        this.name = name;
        this.secret = secret;
    }

    /** Serves {@code model} under the upstream name {@code name}. */
    public static EmbeddedServer start(EmbeddedModel model, String name) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "embedded-not-started",
                    "the embedded model's loopback port cannot be opened (" + e.getClass().getSimpleName() + ")");
        }
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        EmbeddedServer embedded = new EmbeddedServer(server, model, name, secret);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/" + secret + "/v1/chat/completions", embedded::chat);
        server.createContext("/" + secret + "/v1/models", embedded::models);
        server.start();
        return embedded;
    }

    /** The base URL the gateway's provider points at. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + secret + "/v1";
    }

    public EmbeddedModel model() {
        return model;
    }

    private void models(HttpExchange exchange) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("object", "list");
        body.putArray("data").addObject().put("id", name).put("object", "model").put("owned_by", "passerelle-embedded");
        send(exchange, 200, body);
    }

    private void chat(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                error(exchange, 405, "method_not_allowed", "POST a chat request.");
                return;
            }
            JsonNode request;
            try {
                byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY);
                request = JSON.readTree(bytes);
            } catch (IOException e) {
                error(exchange, 400, "invalid_json", "The request body is not valid JSON.");
                return;
            }
            List<EmbeddedModel.Message> messages = new ArrayList<>();
            for (JsonNode message : request.path("messages")) {
                messages.add(new EmbeddedModel.Message(message.path("role").asText("user"), content(message.path("content"))));
            }
            if (messages.isEmpty()) {
                error(exchange, 400, "missing_messages", "A chat request needs messages.");
                return;
            }
            int maxTokens = request.path("max_tokens").asInt(request.path("max_completion_tokens").asInt(512));
            Double temperature = request.hasNonNull("temperature") ? request.get("temperature").asDouble() : null;
            String id = "chatcmpl-" + UUID.randomUUID();
            if (request.path("stream").asBoolean(false)) {
                stream(exchange, id, messages, maxTokens, temperature);
            } else {
                StringBuilder text = new StringBuilder();
                EmbeddedModel.Generation generation = model.chat(messages, maxTokens, temperature, text::append, () -> false);
                ObjectNode body = JSON.createObjectNode().put("id", id).put("object", "chat.completion").put("model", name);
                ObjectNode choice = body.putArray("choices").addObject().put("index", 0)
                        .put("finish_reason", generation.completionTokens() >= maxTokens ? "length" : "stop");
                choice.putObject("message").put("role", "assistant").put("content", text.toString());
                usage(body, generation);
                send(exchange, 200, body);
            }
        } catch (PasserelleException e) {
            error(exchange, 503, e.code(), e.getMessage());
        }
    }

    private void stream(HttpExchange exchange, String id, List<EmbeddedModel.Message> messages, int maxTokens,
                        Double temperature) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        AtomicBoolean gone = new AtomicBoolean();
        EmbeddedModel.Generation generation = model.chat(messages, maxTokens, temperature, piece -> {
            ObjectNode chunk = JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk").put("model", name);
            chunk.putArray("choices").addObject().put("index", 0).putObject("delta").put("content", piece);
            try {
                event(out, chunk.toString());
            } catch (IOException e) {
                gone.set(true); // the gateway closed the call: its client left
            }
        }, gone::get);
        if (generation.cancelled()) {
            return;
        }
        ObjectNode last = JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk").put("model", name);
        last.putArray("choices").addObject().put("index", 0)
                .put("finish_reason", generation.completionTokens() >= maxTokens ? "length" : "stop").putObject("delta");
        usage(last, generation);
        try {
            event(out, last.toString());
            event(out, "[DONE]");
        } catch (IOException e) {
            // the gateway left after the last token
        }
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void usage(ObjectNode body, EmbeddedModel.Generation generation) {
        body.putObject("usage").put("prompt_tokens", generation.promptTokens()).put("completion_tokens", generation.completionTokens())
                .put("total_tokens", generation.promptTokens() + generation.completionTokens());
    }

    /** Text content: a string, or the text parts of a list of parts. */
    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("type").asText().equals("text")) {
                text.append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", status == 400 ? "invalid_request_error" : "server_error")
                .put("code", code);
        send(exchange, status, body);
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        model.close();
    }
}
