package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditLog;
import org.passerelle.audit.AuditQuery;
import org.passerelle.auth.Authenticator;
import org.passerelle.auth.Caller;
import org.passerelle.auth.Role;
import org.passerelle.metrics.GatewayMetrics;
import org.passerelle.store.Database;
import org.passerelle.config.GatewayConfig;
import org.passerelle.config.HostingClass;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Reason;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.FootprintException;
import org.passerelle.footprint.Profile;

import java.util.Arrays;

/** The small endpoints: health, models, scan and footprint. */
final class Endpoints {

    private final GatewayConfig config;
    private final Authenticator authenticator;
    private final Detector detector;
    private final Footprint footprint;
    private final String version;
    private final Database database;
    private final GatewayMetrics metrics;
    private final org.passerelle.policy.Policy policy;
    private final org.passerelle.registry.Registry registry;
    private final org.passerelle.extract.TextExtractor extractor;

    Endpoints(GatewayConfig config, Authenticator authenticator, Detector detector, Footprint footprint, String version,
              Database database, GatewayMetrics metrics, org.passerelle.policy.Policy policy,
              org.passerelle.registry.Registry registry) {
        this.policy = policy;
        this.registry = registry;
        this.extractor = new org.passerelle.extract.TextExtractor(config.maxBodyBytes(),
                org.passerelle.extract.TextExtractor.DEFAULT_MAX_CHARS);
        this.config = config;
        this.authenticator = authenticator;
        this.detector = detector;
        this.footprint = footprint;
        this.version = version;
        this.database = database;
        this.metrics = metrics;
    }

    /**
     * {@code GET /metrics}: Prometheus exposition. Served without a key, as scrapers expect; it
     * holds counts and durations by configured model and provider only. Restrict it at the network.
     */
    void metrics(ServerRequest request, ServerResponse response) {
        response.header(io.helidon.http.HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        response.send(metrics.scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * {@code GET /api/admin/audit?from=&to=&user=&decision=&label=&limit=}: audit events
     * (metadata only), newest first, for administrators; with the chain's verification result.
     */
    void audit(ServerRequest request, ServerResponse response) {
        AdminEndpoints.require(authenticator, request, Role.ADMIN, Role.DPO);
        var query = request.query();
        AuditQuery.Filter filter = new AuditQuery.Filter(instant(query.first("from").orElse(null), "from"),
                instant(query.first("to").orElse(null), "to"), query.first("user").orElse(null),
                query.first("decision").orElse(null), query.first("label").orElse(null),
                Math.max(1, integer(query.first("limit").orElse("100"), "limit")));
        ObjectNode body = Json.MAPPER.createObjectNode();
        var broken = AuditLog.verify(database.jdbi());
        body.put("chain_intact", broken.isEmpty());
        broken.ifPresent(seq -> body.put("first_broken_seq", seq));
        ArrayNode events = body.putArray("data");
        for (AuditEvent event : AuditQuery.find(database.jdbi(), filter)) {
            ObjectNode item = events.addObject();
            item.put("id", event.id());
            item.put("occurred_at", event.occurredAt().toString());
            item.put("user_id", event.userId());
            item.put("key_id", event.keyId());
            item.put("endpoint", event.endpoint());
            item.put("requested_model", event.requestedModel());
            item.put("served_model", event.servedModel());
            item.put("provider", event.provider());
            item.put("hosting", event.hosting());
            item.put("decision", event.decision());
            item.put("reason", event.reason());
            item.put("sensitive", event.sensitive());
            ObjectNode labels = item.putObject("labels");
            event.labels().forEach(labels::put);
            item.put("output_tokens", event.outputTokens());
            item.put("latency_ms", event.latencyMillis());
            item.put("energy_wh", event.energyWh());
            item.put("gwp_gco2eq", event.gwpGrams());
            item.put("status", event.status());
        }
        Json.send(response, 200, body);
    }

    private static java.time.Instant instant(String text, String param) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.invalid("invalid_date", "'" + param + "' must be a date (2025-03-01) or an instant (2025-03-01T10:00:00Z).", param);
        }
    }

    private static int integer(String text, String param) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.invalid("invalid_type", "'" + param + "' must be a whole number.", param);
        }
    }

    /** {@code GET /health}: no authentication, no detail beyond liveness and version. */
    void health(ServerRequest request, ServerResponse response) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("status", "ok");
        body.put("version", version);
        Json.send(response, 200, body);
    }

    /**
     * {@code GET /v1/models}: the virtual models {@code auto} and {@code auto:<task>}, then the
     * models the caller may use (not those the policy switches off for them), with hosting class,
     * size, tier and estimated energy as extra fields.
     */
    void models(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("object", "list");
        ArrayNode data = body.putArray("data");
        java.util.List<String> virtual = new java.util.ArrayList<>();
        virtual.add("auto");
        for (org.passerelle.routing.Task task : org.passerelle.routing.Task.values()) {
            virtual.add("auto:" + task.id());
        }
        for (String id : virtual) {
            data.addObject().put("id", id).put("object", "model").put("created", 0).put("owned_by", "passerelle")
                    .put("description", id.equals("auto") ? "the most frugal allowed model good enough for the task "
                            + "recognised in the request" : "the most frugal allowed model good enough for "
                            + id.substring(5));
        }
        java.util.Map<String, org.passerelle.registry.Registry.ModelNotes> notes = registry.modelNotes();
        for (GatewayConfig.Model model : config.models()) {
            if (!policy.usable(caller, model)) {
                continue;
            }
            GatewayConfig.Provider provider = config.provider(model.provider()).orElseThrow();
            ObjectNode item = data.addObject();
            item.put("id", model.id());
            item.put("object", "model");
            item.put("created", 0);
            item.put("owned_by", provider.id());
            item.put("hosting", provider.hosting().id());
            item.put("parameters_billion", model.parameters());
            item.put("context_length", model.contextLength());
            item.put("tier", model.tier());
            item.put("version", model.version());
            if (notes.containsKey(model.id())) {
                item.putObject("biases_and_limits").put("fr", notes.get(model.id()).french())
                        .put("en", notes.get(model.id()).english());
            }
            item.put("energy_wh_per_250_tokens", policy.referenceEnergyWh(model.id()));
            ArrayNode capabilities = item.putArray("capabilities");
            model.capabilities().forEach(capabilities::add);
        }
        Json.send(response, 200, body);
    }

    /** {@code POST /api/scan}: {@code {"text": ...}} → findings, classification, hosting classes allowed. */
    void scan(ServerRequest request, ServerResponse response) {
        authenticator.require(request);
        ObjectNode input = Json.readObject(request, config.maxBodyBytes());
        JsonNode text = input.get("text");
        if (text == null || !text.isTextual()) {
            throw ApiError.invalid("invalid_type", "'text' must be a string.", "text");
        }
        Json.send(response, 200, scanResult(detector.analyze(text.asText())));
    }

    /** Findings, classification and the hosting classes still allowed, as {@code /api/scan} answers them. */
    private static ObjectNode scanResult(Analysis analysis) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("sensitive", analysis.classification().sensitive());
        ArrayNode reasons = body.putArray("reasons");
        analysis.classification().reasons().stream().map(Reason::name).sorted().forEach(reasons::add);
        ArrayNode findings = body.putArray("findings");
        for (Finding finding : analysis.findings()) {
            findings.addObject().put("label", finding.label().name()).put("start", finding.start()).put("end", finding.end())
                    .put("score", finding.score()).put("recognizer", finding.explanation().recognizer())
                    .put("rule", finding.explanation().rule());
        }
        ArrayNode allowed = body.putArray("allowed_hosting");
        Arrays.stream(HostingClass.values())
                .filter(hosting -> !analysis.classification().sensitive() || hosting.mayReceiveSensitiveData())
                .forEach(hosting -> allowed.add(hosting.id()));
        return body;
    }

    /**
     * {@code POST /api/extract[?name=FILE_NAME]} (the file's bytes as the body): its text, extracted in memory and
     * kept nowhere, with the scan of that text, so that the page can show and highlight it before
     * anything is sent to a model.
     */
    void extract(ServerRequest request, ServerResponse response) {
        authenticator.require(request);
        byte[] bytes;
        try (java.io.InputStream in = request.content().inputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
        } catch (java.io.IOException e) {
            throw ApiError.invalid("unreadable_body", "The file could not be read from the request.", null);
        }
        if (bytes.length > config.maxBodyBytes()) {
            throw new ApiError(413, "invalid_request_error", "file_too_large", "The file is larger than the limit of "
                    + config.maxBodyBytes() + " bytes.", null);
        }
        if (bytes.length == 0) {
            throw ApiError.invalid("empty_file", "The file is empty.", null);
        }
        // the file's name, when the page gives it, is a hint for its type only: it is neither logged nor kept
        String name = request.query().first("name").orElse("upload");
        org.passerelle.extract.ExtractedText extracted = extractor.extract(name, bytes);
        ObjectNode body = scanResult(detector.analyze(extracted.text()));
        body.put("text", extracted.text());
        body.put("content_type", extracted.contentType());
        body.put("bytes", extracted.bytes());
        Json.send(response, 200, body);
    }

    /** {@code POST /api/footprint}: an EcoLogits estimate for a provider, model and token count. */
    void footprint(ServerRequest request, ServerResponse response) {
        authenticator.require(request);
        ObjectNode input = Json.readObject(request, 64 * 1024);
        String provider = requiredText(input, "provider");
        String model = requiredText(input, "model");
        JsonNode tokens = input.get("output_tokens");
        if (tokens == null || !tokens.isNumber()) {
            throw ApiError.invalid("invalid_type", "'output_tokens' must be a number.", "output_tokens");
        }
        JsonNode latency = input.get("latency_s");
        if (latency != null && !latency.isNull() && !latency.isNumber()) {
            throw ApiError.invalid("invalid_type", "'latency_s' must be a number.", "latency_s");
        }
        JsonNode zone = input.get("zone");
        JsonNode profile = input.get("profile");
        try {
            EstimateRequest estimate = new EstimateRequest(provider, model, tokens.asDouble(),
                    latency == null || latency.isNull() ? Double.POSITIVE_INFINITY : latency.asDouble(),
                    zone != null && zone.isTextual() ? zone.asText() : null,
                    profile != null && profile.isTextual() ? Profile.parse(profile.asText()) : Profile.V0_10, null);
            Json.send(response, 200, EstimateJson.of(footprint.estimate(estimate)));
        } catch (FootprintException e) {
            throw ApiError.invalid(e.code().replace('-', '_'), e.getMessage(), null);
        }
    }

    private static String requiredText(ObjectNode input, String field) {
        JsonNode node = input.get(field);
        if (node == null || !node.isTextual()) {
            throw ApiError.invalid("invalid_type", "'" + field + "' must be a string.", field);
        }
        return node.asText();
    }
}
