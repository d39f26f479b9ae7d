package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditLog;
import org.passerelle.metrics.GatewayMetrics;
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
import org.passerelle.upstream.ModelOperation;
import org.passerelle.upstream.Protocol;
import org.passerelle.upstream.Upstream;
import org.passerelle.upstream.UpstreamException;
import org.passerelle.routing.TaskRecognizer;
import org.passerelle.usage.UsageLedger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
    private final GatewayMetrics metrics;
    private final Clock clock;
    private final Duration streamHeartbeat;
    private final Duration streamIdleTimeout;
    private final UsageLedger ledger;
    private final TaskRecognizer tasks = new TaskRecognizer();
    private final int maxOutputTokens;
    private final int maxStreamsPerKey;
    /** Streams being relayed, per API key. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> streams =
            new java.util.concurrent.ConcurrentHashMap<>();

    ModelCalls(Authenticator authenticator, Detector detector, Policy policy, Upstream upstream, Footprint footprint,
                    long maxBodyBytes, AuditLog audit, GatewayMetrics metrics, Clock clock, Duration streamHeartbeat,
                    Duration streamIdleTimeout, UsageLedger ledger, int maxOutputTokens, int maxStreamsPerKey) {
        this.ledger = ledger;
        this.maxOutputTokens = maxOutputTokens;
        this.maxStreamsPerKey = maxStreamsPerKey;
        this.authenticator = authenticator;
        this.detector = detector;
        this.policy = policy;
        this.upstream = upstream;
        this.footprint = footprint;
        this.maxBodyBytes = maxBodyBytes;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.streamHeartbeat = streamHeartbeat;
        this.streamIdleTimeout = streamIdleTimeout;
    }

    void chat(ServerRequest request, ServerResponse response) {
        handle(ModelOperation.CHAT, request, response);
    }

    void completion(ServerRequest request, ServerResponse response) {
        handle(ModelOperation.COMPLETION, request, response);
    }

    void embedding(ServerRequest request, ServerResponse response) {
        handle(ModelOperation.EMBEDDING, request, response);
    }

    /** Handles the request and records its audit event, whatever the outcome. */
    private void handle(ModelOperation operation, ServerRequest request, ServerResponse response) {
        RequestRecord record = new RequestRecord(operation.endpoint());
        try {
            handle(operation, request, response, record);
        } catch (RuntimeException | StackOverflowError e) {
            record.failed(e);
            throw e;
        } finally {
            AuditEvent event = record.toEvent(clock);
            audit.record(event, record.charge(ledger.today()));
            metrics.record(event);
        }
    }

    private void handle(ModelOperation operation, ServerRequest request, ServerResponse response, RequestRecord record) {
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
        boolean stream = streamNode != null && streamNode.asBoolean(false) && operation != ModelOperation.EMBEDDING;
        for (String field : new String[] {"max_tokens", "max_completion_tokens"}) {
            JsonNode asked = body.get(field);
            if (asked != null && !asked.isNull() && (!asked.canConvertToLong() || !asked.isIntegralNumber()
                    || asked.asLong() < 1 || asked.asLong() > maxOutputTokens)) {
                throw ApiError.invalid("invalid_" + field, "'" + field + "' must be a whole number from 1 to "
                        + maxOutputTokens + ".", field);
            }
        }
        String requested = modelNode.asText();
        record.requestedModel = requested.length() > 200 ? requested.substring(0, 200) : requested;
        record.project = project(request, record.caller);
        JsonNode temperature = body.get("temperature");
        if (temperature != null && temperature.isNumber()) {
            record.temperature = temperature.asDouble();
        }
        MessageText.Scanned scanned = MessageText.of(operation, body);
        Analysis analysis = scan(scanned.text());
        record.analysis = analysis;
        String instruction = MessageText.instruction(operation, body);
        TaskRecognizer.Recognition recognition = instruction == null ? null : tasks.recognize(instruction);
        String capability = operation == ModelOperation.CHAT && MessageText.hasImages(body) ? "vision" : operation.capability();
        long promptTokens = (scanned.text().length() + 3) / 4;
        record.promptTokens = promptTokens;
        Policy.Request policyRequest = new Policy.Request(record.caller, requested, analysis.classification(),
                capability, recognition, promptTokens);
        Decision decision = policy.decide(policyRequest);
        record.decision = decision.name();
        record.task = switch (decision) {
            case Decision.Allow allow -> allow.advice().task() == null ? null : allow.advice().task().id();
            case Decision.Reroute reroute -> reroute.advice().task() == null ? null : reroute.advice().task().id();
            case Decision.Refuse refuse -> recognition == null ? null : recognition.task().id();
        };
        if (decision instanceof Decision.Refuse refuse && refuse.code().equals("model_not_found")) {
            record.requestedModel = null; // an unknown name is the client's text: not kept
        }
        switch (decision) {
            case Decision.Refuse refuse -> throw refusal(refuse, analysis, scanned);
            case Decision.Allow allow -> forward(operation, response, body, stream,
                    new Provenance(record.id, record.project, requested, allow.model(), allow.provider(), decision, analysis,
                            allow.advice(), admit(record), List.of()), record, policyRequest);
            case Decision.Reroute reroute -> {
                record.reason = reroute.code();
                forward(operation, response, body, stream, new Provenance(record.id, record.project, requested,
                        reroute.model(), reroute.provider(), decision, analysis, reroute.advice(), admit(record), List.of()),
                        record, policyRequest);
            }
        }
    }

    /**
     * The project a request belongs to: the {@code X-Passerelle-Project} header, else the key's or
     * the user's default project, else none. A short name of letters, digits and {@code ._:/-}.
     */
    static String project(ServerRequest request, org.passerelle.auth.Caller caller) {
        String named = request.headers().first(io.helidon.http.HeaderNames.create("X-Passerelle-Project")).orElse(null);
        if (named == null || named.isBlank()) {
            return caller.defaultProject();
        }
        try {
            return org.passerelle.registry.Registry.project(named);
        } catch (org.passerelle.PasserelleException invalid) {
            throw ApiError.invalid("invalid_project", "The X-Passerelle-Project header must be a name of up to 100 letters, "
                    + "digits, spaces and . _ : / -.", null);
        }
    }

    /** Quotas: counts the request when a hard quota applies, refuses it with 429 past one; returns the soft warnings. */
    private List<UsageLedger.Standing> admit(RequestRecord record) {
        try {
            UsageLedger.Admission admission = ledger.admit(record.caller);
            record.requestCounted = admission.requestCounted();
            return admission.warnings();
        } catch (UsageLedger.QuotaExceeded exceeded) {
            UsageLedger.Standing standing = exceeded.standing();
            record.reason = "quota_exceeded";
            ObjectNode details = Json.MAPPER.createObjectNode();
            details.put("scope", standing.quota().scope().name().toLowerCase(java.util.Locale.ROOT))
                    .put("period", standing.quota().period().name().toLowerCase(java.util.Locale.ROOT))
                    .put("metric", standing.quota().metric().id()).put("used", standing.used())
                    .put("hard_limit", standing.quota().hard()).put("resets_at", standing.resetsAt().toString());
            long seconds = Duration.between(clock.instant(), standing.resetsAt()).toSeconds();
            throw new ApiError(429, "rate_limit_error", "quota_exceeded", "Your " + standing.quota().scope().name()
                    .toLowerCase(java.util.Locale.ROOT) + "'s " + standing.quota().period().name().toLowerCase(java.util.Locale.ROOT)
                    + "ly quota of " + standing.quota().metric().id() + " is used up; it resets at " + standing.resetsAt()
                    + ".", null, details).retryAfter(seconds);
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

    private static ApiError refusal(Decision.Refuse refuse, Analysis analysis, MessageText.Scanned scanned) {
        if (refuse.code().equals("model_not_found")) {
            return new ApiError(404, "invalid_request_error", "model_not_found", refuse.message(), "model");
        }
        if (!refuse.code().equals("sensitive_data") && !refuse.code().equals("sensitive_code")) {
            ObjectNode details = Json.MAPPER.createObjectNode();
            if (refuse.code().equals("training_required")) {
                details.put("training_url", "/training").put("attestation_url", "/api/me/attestations");
            }
            return new ApiError(refuse.status(), "policy_error", refuse.code(), refuse.message(), "model", details);
        }
        Map<Label, List<int[]>> spans = new EnumMap<>(Label.class);
        for (Finding finding : analysis.findings()) {
            spans.computeIfAbsent(finding.label(), label -> new ArrayList<>()).add(new int[] {finding.start(), finding.end()});
        }
        StringBuilder found = new StringBuilder();
        spans.forEach((label, list) -> found.append(found.isEmpty() ? "" : ", ").append(label).append(" ×").append(list.size()));
        String message = refuse.message() + (found.isEmpty() ? "" : " Found: " + found + ".")
                + " Allowed hosting: " + refuse.allowedHosting().stream().map(h -> h.id()).toList() + ".";
        // Where the data are (the parameter and the offsets within it), so that a client can point
        // at them; never what they are.
        ObjectNode details = Json.MAPPER.createObjectNode();
        ArrayNode labels = details.putArray("findings");
        spans.forEach((label, list) -> {
            ObjectNode item = labels.addObject().put("label", label.name()).put("count", list.size());
            ArrayNode places = item.putArray("locations");
            for (int[] span : list) {
                MessageText.Segment segment = scanned.locate(span[0]);
                if (segment != null) {
                    places.addObject().put("param", segment.param()).put("start", span[0] - segment.start())
                            .put("end", Math.min(span[1], segment.start() + segment.length()) - segment.start());
                }
            }
        });
        ArrayNode allowed = details.putArray("allowed_hosting");
        refuse.allowedHosting().forEach(hosting -> allowed.add(hosting.id()));
        ArrayNode reasons = details.putArray("reasons");
        analysis.classification().reasons().stream().map(Reason::name).sorted().forEach(reasons::add);
        return new ApiError(refuse.status(), "policy_error", refuse.code(), message, "messages", details);
    }

    /**
     * Forwards to the decided model; when it fails before anything was sent to the client, to the
     * next model the policy allows for this request (failover), until one answers or none is left.
     */
    private void forward(ModelOperation operation, ServerResponse response, ObjectNode body, boolean stream,
                         Provenance provenance, RequestRecord record, Policy.Request policyRequest) {
        Set<String> tried = new java.util.HashSet<>();
        Provenance current = provenance;
        while (true) {
            tried.add(current.model().id());
            try {
                limitStreams(operation, response, body, stream, current, record);
                return;
            } catch (UpstreamException failure) {
                if (response.isSent() || failure.code().equals("too_many_streams")) {
                    throw failure;
                }
                java.util.Optional<Decision.Allow> next = policy.fallback(policyRequest, current.decision(), tried);
                if (next.isEmpty()) {
                    throw failure;
                }
                record.reason = record.reason == null ? "failover" : record.reason + ",failover";
                current = current.failover(next.get().model(), next.get().provider(), current.model().id(), failure.code());
                record.provenance = current;
            }
        }
    }

    private void limitStreams(ModelOperation operation, ServerResponse response, ObjectNode body, boolean stream,
                              Provenance provenance, RequestRecord record) {
        if (!stream) {
            call(operation, response, body, false, provenance, record);
            return;
        }
        java.util.concurrent.atomic.AtomicInteger open = streams.computeIfAbsent(record.caller.keyId(),
                key -> new java.util.concurrent.atomic.AtomicInteger());
        if (open.incrementAndGet() > maxStreamsPerKey) {
            open.decrementAndGet();
            throw new ApiError(429, "rate_limit_error", "too_many_streams", "This API key already receives "
                    + maxStreamsPerKey + " streamed answers; wait for one to end.", "stream");
        }
        try {
            call(operation, response, body, true, provenance, record);
        } finally {
            open.decrementAndGet();
        }
    }

    private void call(ModelOperation operation, ServerResponse response, ObjectNode body, boolean stream,
                      Provenance provenance, RequestRecord record) {
        record.provenance = provenance;
        Protocol protocol = Protocol.of(provenance.provider().type());
        Protocol.Request call = protocol.request(operation, body, provenance.model().upstreamName());
        long started = System.nanoTime();
        Upstream.Response answer = upstream.post(provenance.provider(), call.path(), call.body());
        try (InputStream in = answer.body()) {
            if (answer.status() < 200 || answer.status() >= 300) {
                throw new UpstreamException("upstream_error", "The model server of provider '" + provenance.provider().id()
                        + "' answered with HTTP " + answer.status() + ".", answer.status() == 429 ? 429 : 502);
            }
            if (stream) {
                relayStream(operation, protocol, response, in, provenance, started, record);
            } else {
                relayJson(operation, protocol, response, in, provenance, started, record);
            }
        } catch (IOException e) {
            throw new UpstreamException("upstream_broken", "The connection to the model server broke.", 502);
        }
    }

    private void relayJson(ModelOperation operation, Protocol protocol, ServerResponse response, InputStream in,
                           Provenance provenance, long started, RequestRecord record) throws IOException {
        byte[] bytes = in.readNBytes(MAX_UPSTREAM_BYTES);
        double latency = (System.nanoTime() - started) / 1e9;
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            parsed = null;
        }
        ObjectNode object = protocol.response(operation, parsed);
        long tokens = object.path("usage").path("completion_tokens").asLong(-1);
        if (tokens < 0) {
            tokens = operation == ModelOperation.EMBEDDING ? 0 : (operation.answerText(object).length() + 3) / 4;
        }
        Estimate estimate = estimate(provenance, tokens, latency);
        record.outputTokens = tokens;
        record.estimate = estimate;
        long promptTokens = object.path("usage").path("prompt_tokens").asLong(-1);
        if (promptTokens >= 0) {
            record.promptTokens = promptTokens;
        }
        object.put("model", provenance.model().id());
        object.set("passerelle", provenance.json(estimate, tokens, latency, suggested(provenance, tokens)));
        provenance.headers(response);
        provenance.footprintHeaders(response, estimate);
        Json.send(response, 200, object);
    }

    /** What the reader thread hands to the writer: a chunk, the end, or a failure. */
    private sealed interface StreamItem {
        record Chunk(ObjectNode chunk) implements StreamItem {
        }

        record End() implements StreamItem {
        }

        record Failure(UpstreamException failure) implements StreamItem {
        }
    }

    /**
     * Relays a stream event by event, each written and flushed as it arrives; after the upstream's
     * end, one more chunk carries provenance and footprint, then {@code [DONE]}. A virtual thread
     * reads the upstream so that the writer can send a comment while the upstream is silent and give
     * up after the idle timeout. Garbage from the upstream is never relayed: the stream ends with an
     * error event instead. A client that goes away cancels the upstream call; what was generated is
     * still recorded.
     */
    private void relayStream(ModelOperation operation, Protocol protocol, ServerResponse response, InputStream in,
                             Provenance provenance, long started, RequestRecord record) throws IOException {
        Protocol.StreamDecoder decoder = protocol.decoder(operation,
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        BlockingQueue<StreamItem> items = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().name("passerelle-stream-reader").start(() -> {
            try {
                for (ObjectNode chunk = decoder.next(); chunk != null; chunk = decoder.next()) {
                    items.add(new StreamItem.Chunk(chunk));
                }
                items.add(new StreamItem.End());
            } catch (UpstreamException e) {
                items.add(new StreamItem.Failure(e));
            } catch (IOException | RuntimeException e) {
                items.add(new StreamItem.Failure(new UpstreamException("upstream_stream_broken",
                        "The model server's stream ended abnormally.", 502)));
            }
        });
        // Wait for the first event before committing to a 200: a stream that fails or stays silent at
        // once is an ordinary error, and the request can still go to another model.
        StreamItem opening;
        try {
            opening = items.poll(streamIdleTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening = null;
        }
        if (opening == null || opening instanceof StreamItem.Failure) {
            reader.interrupt();
            in.close();
            throw opening instanceof StreamItem.Failure failure ? failure.failure()
                    : new UpstreamException("upstream_idle_timeout", "The model server sent nothing for "
                    + streamIdleTimeout.toSeconds() + " s.", 504);
        }
        response.status(200);
        response.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        provenance.headers(response);
        long chunks = 0;
        long reportedTokens = -1;
        String lastId = null;
        OutputStream out = response.outputStream();
        try {
            StreamItem item = opening;
            long silentSince = System.nanoTime();
            while (true) {
                if (item == null) {
                    if (System.nanoTime() - silentSince >= streamIdleTimeout.toNanos()) {
                        record.reason = "upstream_idle_timeout";
                        writeError(out, new UpstreamException("upstream_idle_timeout",
                                "The model server sent nothing for " + streamIdleTimeout.toSeconds() + " s; the stream was closed.", 504));
                        break;
                    }
                    write(out, ": keep-alive\n\n"); // a comment: clients ignore it, proxies see the stream alive
                } else {
                    silentSince = System.nanoTime();
                    if (item instanceof StreamItem.End) {
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
                        last.set("passerelle", provenance.json(estimate, tokens, latency, suggested(provenance, tokens)));
                        write(out, "data: " + Json.MAPPER.writeValueAsString(last) + "\n\n");
                        write(out, "data: [DONE]\n\n");
                        return;
                    }
                    if (item instanceof StreamItem.Failure failure) {
                        record.reason = failure.failure().code();
                        writeError(out, failure.failure());
                        break;
                    }
                    ObjectNode chunk = ((StreamItem.Chunk) item).chunk();
                    lastId = chunk.path("id").asText(lastId);
                    if (chunk.path("usage").path("completion_tokens").isNumber()) {
                        reportedTokens = chunk.path("usage").path("completion_tokens").asLong();
                    }
                    if (!operation.chunkText(chunk).isEmpty()) {
                        chunks++;
                    }
                    chunk.put("model", provenance.model().id());
                    write(out, "data: " + Json.MAPPER.writeValueAsString(chunk) + "\n\n");
                }
                item = items.poll(streamHeartbeat.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException | UncheckedIOException clientGone) {
            record.reason = "client_disconnected";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record.reason = "interrupted";
        } finally {
            try {
                out.close(); // ends the chunked response; fails harmlessly when the client is gone
            } catch (IOException | RuntimeException ignored) {
                record.reason = record.reason == null ? "client_disconnected" : record.reason;
            }
            // Whatever ended the relay, the upstream call ends with it (closing its body cancels it).
            try {
                in.close();
            } catch (IOException ignored) {
                // the connection is being torn down anyway
            }
            reader.interrupt();
            if (record.estimate == null) {
                record.outputTokens = reportedTokens >= 0 ? reportedTokens : chunks;
                record.estimate = estimate(provenance, record.outputTokens, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static void writeError(OutputStream out, UpstreamException failure) throws IOException {
        ObjectNode error = Json.MAPPER.createObjectNode();
        error.putObject("error").put("message", failure.getMessage()).put("type", "upstream_error").put("code", failure.code());
        write(out, "data: " + Json.MAPPER.writeValueAsString(error) + "\n\n");
    }

    /**
     * Writes and flushes one event. Helidon reports a client that went away with runtime
     * exceptions of its own; they are turned into the {@link IOException} the relay expects.
     */
    private static void write(OutputStream out, String event) throws IOException {
        try {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (RuntimeException connectionClosed) {
            throw new IOException("the client connection is closed", connectionClosed);
        }
    }

    /** What the suggested smaller model would have cost for the same answer; null without a suggestion. */
    private Estimate suggested(Provenance provenance, long tokens) {
        GatewayConfig.Model suggestion = provenance.advice().suggestion();
        if (suggestion == null) {
            return null;
        }
        return footprint.estimate(new EstimateRequest(suggestion.provider(), suggestion.id(), Math.max(0, tokens),
                Double.POSITIVE_INFINITY, null, Profile.V0_10, null));
    }

    private Estimate estimate(Provenance provenance, long tokens, double latency) {
        return footprint.estimate(new EstimateRequest(provenance.provider().id(), provenance.model().id(),
                Math.max(0, tokens), latency > 0 ? latency : Double.POSITIVE_INFINITY, null, Profile.V0_10, null));
    }

}
