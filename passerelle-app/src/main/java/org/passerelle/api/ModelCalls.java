package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.audit.AuditLog;
import org.passerelle.auth.Authenticator;
import org.passerelle.config.GatewayConfig;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Classification;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Label;
import org.passerelle.detect.Reason;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.Profile;
import org.passerelle.policy.Decision;
import org.passerelle.policy.Policy;
import org.passerelle.upstream.Upstream;
import org.passerelle.upstream.UpstreamException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/chat/completions}, {@code /v1/completions} and {@code /v1/embeddings}:
 * authenticate, scan every text the request carries, decide, forward to the allowed model
 * (streamed or not), answer with provenance and footprint. Unknown request fields pass through to
 * the upstream untouched; only {@code model} is rewritten to the upstream's name.
 */
final class ModelCalls {

    /** The largest upstream answer read into memory (non-streamed). */
    private static final int MAX_UPSTREAM_BYTES = 32 * 1024 * 1024;

    private final Authenticator authenticator;
    private final Detector detector;
    private final Policy policy;
    private final Upstream upstream;
    private final Footprint footprint;
    private final long maxBodyBytes;
    private final AuditLog audit;
    private final Clock clock;

    ModelCalls(Authenticator authenticator, Detector detector, Policy policy, Upstream upstream, Footprint footprint,
                    long maxBodyBytes, AuditLog audit, Clock clock) {
        this.authenticator = authenticator;
        this.detector = detector;
        this.policy = policy;
        this.upstream = upstream;
        this.footprint = footprint;
        this.maxBodyBytes = maxBodyBytes;
        this.audit = audit;
        this.clock = clock;
    }

    void chat(ServerRequest request, ServerResponse response) {
        handle(Operation.CHAT, request, response);
    }

    void completion(ServerRequest request, ServerResponse response) {
        handle(Operation.COMPLETION, request, response);
    }

    void embedding(ServerRequest request, ServerResponse response) {
        handle(Operation.EMBEDDING, request, response);
    }

    /** Handles the request and records its audit event, whatever the outcome. */
    private void handle(Operation operation, ServerRequest request, ServerResponse response) {
        RequestRecord record = new RequestRecord(operation.endpoint());
        try {
            handle(operation, request, response, record);
        } catch (RuntimeException | StackOverflowError e) {
            record.failed(e);
            throw e;
        } finally {
            audit.record(record.toEvent(clock));
        }
    }

    private void handle(Operation operation, ServerRequest request, ServerResponse response, RequestRecord record) {
        record.caller = authenticator.require(request);
        ObjectNode body = Json.readObject(request, maxBodyBytes);
        JsonNode modelNode = body.get("model");
        if (modelNode == null || modelNode.isNull()) {
            throw ApiError.invalid("missing_model", "'model' is required.", "model");
        }
        if (!modelNode.isTextual()) {
            throw ApiError.invalid("invalid_type", "'model' must be a string.", "model");
        }
        JsonNode streamNode = body.get("stream");
        if (streamNode != null && !streamNode.isNull() && !streamNode.isBoolean()) {
            throw ApiError.invalid("invalid_type", "'stream' must be a boolean.", "stream");
        }
        boolean stream = streamNode != null && streamNode.asBoolean(false) && operation != Operation.EMBEDDING;
        String requested = modelNode.asText();
        record.requestedModel = requested.length() > 200 ? requested.substring(0, 200) : requested;
        String text = operation.text(body);
        Analysis analysis = scan(text);
        record.analysis = analysis;
        Decision decision = policy.decide(requested, analysis.classification(), operation.capability());
        record.decision = decision.name();
        if (decision instanceof Decision.Refuse refuse && refuse.code().equals("model_not_found")) {
            record.requestedModel = null; // an unknown name is the client's text: not kept
        }
        switch (decision) {
            case Decision.Refuse refuse -> throw refusal(refuse, analysis);
            case Decision.Allow allow -> forward(operation, response, body, stream,
                    new Provenance(requested, allow.model(), allow.provider(), decision, analysis), record);
            case Decision.Reroute reroute -> {
                record.reason = "sensitive_data";
                forward(operation, response, body, stream,
                        new Provenance(requested, reroute.model(), reroute.provider(), decision, analysis), record);
            }
        }
    }

    /** Fail closed: a text that could not be scanned is sensitive. */
    private Analysis scan(String text) {
        try {
            return detector.analyze(text);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysis(List.of(), new Classification(true, Set.of(Reason.DETECTION_FAILED)), false);
        }
    }

    private static ApiError refusal(Decision.Refuse refuse, Analysis analysis) {
        if (refuse.code().equals("model_not_found")) {
            return new ApiError(404, "invalid_request_error", "model_not_found", refuse.message(), "model");
        }
        Map<Label, List<int[]>> spans = new EnumMap<>(Label.class);
        for (Finding finding : analysis.findings()) {
            spans.computeIfAbsent(finding.label(), label -> new ArrayList<>()).add(new int[] {finding.start(), finding.end()});
        }
        StringBuilder found = new StringBuilder();
        spans.forEach((label, list) -> found.append(found.isEmpty() ? "" : ", ").append(label).append(" ×").append(list.size()));
        String message = refuse.message() + (found.isEmpty() ? "" : " Found: " + found + ".")
                + " Allowed hosting: " + refuse.allowedHosting().stream().map(h -> h.id()).toList() + ".";
        return new ApiError(403, "policy_error", refuse.code(), message, "messages");
    }

    private void forward(Operation operation, ServerResponse response, ObjectNode body, boolean stream,
                         Provenance provenance, RequestRecord record) {
        record.provenance = provenance;
        body.put("model", provenance.model().upstreamName());
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        Upstream.Response answer = upstream.post(provenance.provider(), operation.upstreamPath(), json);
        try (InputStream in = answer.body()) {
            if (answer.status() < 200 || answer.status() >= 300) {
                throw new UpstreamException("upstream_error", "The model server of provider '" + provenance.provider().id()
                        + "' answered with HTTP " + answer.status() + ".", answer.status() == 429 ? 429 : 502);
            }
            if (stream) {
                relayStream(operation, response, in, provenance, started, record);
            } else {
                relayJson(operation, response, in, provenance, started, record);
            }
        } catch (IOException e) {
            throw new UpstreamException("upstream_broken", "The connection to the model server broke.", 502);
        }
    }

    private void relayJson(Operation operation, ServerResponse response, InputStream in, Provenance provenance, long started,
                           RequestRecord record) throws IOException {
        byte[] bytes = in.readNBytes(MAX_UPSTREAM_BYTES);
        double latency = (System.nanoTime() - started) / 1e9;
        JsonNode answer;
        try {
            answer = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            answer = null;
        }
        if (!(answer instanceof ObjectNode object)) {
            throw new UpstreamException("upstream_invalid_response", "The model server answered with something that is "
                    + "not a JSON object.", 502);
        }
        long tokens = object.path("usage").path("completion_tokens").asLong(-1);
        if (tokens < 0) {
            tokens = (operation.answerText(object).length() + 3) / 4; // about four characters a token
        }
        Estimate estimate = estimate(provenance, tokens, latency);
        record.outputTokens = tokens;
        record.estimate = estimate;
        object.put("model", provenance.model().id());
        object.set("passerelle", provenance.json(estimate, tokens, latency));
        provenance.headers(response);
        provenance.footprintHeaders(response, estimate);
        Json.send(response, 200, object);
    }

    private void relayStream(Operation operation, ServerResponse response, InputStream in, Provenance provenance, long started,
                             RequestRecord record) throws IOException {
        response.status(200);
        response.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        provenance.headers(response);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long chunks = 0;
        long reportedTokens = -1;
        String lastId = null;
        boolean done = false;
        try (OutputStream out = response.outputStream()) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("data:")) {
                    continue; // comments, event names and blank separators are not relayed as such
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    double latency = (System.nanoTime() - started) / 1e9;
                    long tokens = reportedTokens >= 0 ? reportedTokens : chunks;
                    Estimate estimate = estimate(provenance, tokens, latency);
                    record.outputTokens = tokens;
                    record.estimate = estimate;
                    ObjectNode last = Json.MAPPER.createObjectNode();
                    last.put("id", lastId == null ? "passerelle" : lastId);
                    last.put("object", operation.chunkObject());
                    last.put("model", provenance.model().id());
                    last.putArray("choices");
                    last.set("passerelle", provenance.json(estimate, tokens, latency));
                    write(out, "data: " + Json.MAPPER.writeValueAsString(last) + "\n\n");
                    write(out, "data: [DONE]\n\n");
                    done = true;
                    break;
                }
                JsonNode chunk;
                try {
                    chunk = Json.MAPPER.readTree(data);
                } catch (IOException e) {
                    chunk = null;
                }
                if (!(chunk instanceof ObjectNode object)) {
                    break; // garbage from upstream is never relayed
                }
                lastId = object.path("id").asText(lastId);
                if (object.path("usage").path("completion_tokens").isNumber()) {
                    reportedTokens = object.path("usage").path("completion_tokens").asLong();
                }
                if (!operation.chunkText(object).isEmpty()) {
                    chunks++;
                }
                object.put("model", provenance.model().id());
                write(out, "data: " + Json.MAPPER.writeValueAsString(object) + "\n\n");
            }
            if (!done) {
                record.outputTokens = reportedTokens >= 0 ? reportedTokens : chunks;
                record.estimate = estimate(provenance, record.outputTokens, (System.nanoTime() - started) / 1e9);
                record.reason = "upstream_stream_broken";
                ObjectNode error = Json.MAPPER.createObjectNode();
                error.putObject("error").put("message", "The model server's stream ended abnormally.")
                        .put("type", "upstream_error").put("code", "upstream_stream_broken");
                write(out, "data: " + Json.MAPPER.writeValueAsString(error) + "\n\n");
            }
        }
    }

    private static void write(OutputStream out, String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Estimate estimate(Provenance provenance, long tokens, double latency) {
        return footprint.estimate(new EstimateRequest(provenance.provider().id(), provenance.model().id(),
                Math.max(0, tokens), latency > 0 ? latency : Double.POSITIVE_INFINITY, null, Profile.V0_10, null));
    }

}
