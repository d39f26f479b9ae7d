package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.auth.Authenticator;
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

    Endpoints(GatewayConfig config, Authenticator authenticator, Detector detector, Footprint footprint, String version) {
        this.config = config;
        this.authenticator = authenticator;
        this.detector = detector;
        this.footprint = footprint;
        this.version = version;
    }

    /** {@code GET /health}: no authentication, no detail beyond liveness and version. */
    void health(ServerRequest request, ServerResponse response) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("status", "ok");
        body.put("version", version);
        Json.send(response, 200, body);
    }

    /** {@code GET /v1/models}: the models, with their hosting class and size as extra fields. */
    void models(ServerRequest request, ServerResponse response) {
        authenticator.require(request);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("object", "list");
        ArrayNode data = body.putArray("data");
        for (GatewayConfig.Model model : config.models()) {
            GatewayConfig.Provider provider = config.provider(model.provider()).orElseThrow();
            ObjectNode item = data.addObject();
            item.put("id", model.id());
            item.put("object", "model");
            item.put("created", 0);
            item.put("owned_by", provider.id());
            item.put("hosting", provider.hosting().id());
            item.put("parameters_billion", model.parameters());
            item.put("context_length", model.contextLength());
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
        Analysis analysis = detector.analyze(text.asText());
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
