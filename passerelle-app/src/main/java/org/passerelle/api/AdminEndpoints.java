package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.auth.ApiKeys;
import org.passerelle.auth.Authenticator;
import org.passerelle.auth.Caller;
import org.passerelle.auth.IssuedKey;
import org.passerelle.auth.Role;
import org.passerelle.config.HostingClass;
import org.passerelle.config.PolicyConfig;
import org.passerelle.registry.Processing;
import org.passerelle.registry.Registry;
import org.passerelle.usage.UsageLedger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/admin/...}: users, teams, keys, processings, attestations, quotas and usage, for
 * administrators; the data-protection officer reads them all and registers processings. Every
 * answer is metadata; key secrets are shown once, when issued.
 */
final class AdminEndpoints {

    private static final Role[] READERS = {Role.ADMIN, Role.DPO};
    private static final Role[] ADMINS = {Role.ADMIN};

    private final Authenticator authenticator;
    private final ApiKeys keys;
    private final Registry registry;
    private final UsageLedger ledger;
    private final PolicyConfig policy;
    private final org.passerelle.config.GatewayConfig config;
    private final java.net.http.HttpClient probe = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(2)).version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    AdminEndpoints(Authenticator authenticator, ApiKeys keys, Registry registry, UsageLedger ledger,
                   org.passerelle.config.GatewayConfig config) {
        this.config = config;
        PolicyConfig policy = config.policy();
        this.authenticator = authenticator;
        this.keys = keys;
        this.registry = registry;
        this.ledger = ledger;
        this.policy = policy;
    }

    /** The caller, if their role is one of {@code roles}; else 403. */
    static Caller require(Authenticator authenticator, ServerRequest request, Role... roles) {
        Caller caller = authenticator.require(request);
        if (Arrays.stream(roles).noneMatch(role -> role == caller.role())) {
            throw new ApiError(403, "permission_error", "forbidden", "This endpoint is for "
                    + Arrays.stream(roles).map(role -> role.name().toLowerCase(Locale.ROOT)).toList() + ".", null);
        }
        return caller;
    }

    // ---- users and teams

    void users(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        for (Registry.User user : registry.users()) {
            data.addObject().put("id", user.id()).put("name", user.name())
                    .put("role", user.role().name().toLowerCase(Locale.ROOT)).put("team", user.team());
        }
        Json.send(response, 200, body);
    }

    /** {@code POST /api/admin/users {"name", "role", "team"}}: creates a user and returns a first key, once. */
    void createUser(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        ObjectNode input = Json.readObject(request, 64 * 1024);
        String name = text(input, "name", true);
        Role role = role(text(input, "role", false));
        String team = text(input, "team", false);
        if (team != null) {
            registry.teamId(team); // fails before the user is created
        }
        String id = keys.createUser(name, role == null ? Role.USER : role);
        if (team != null) {
            registry.updateUser(name, null, team);
        }
        IssuedKey key = keys.issue(id, "personal");
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("id", id).put("name", name).put("role", (role == null ? Role.USER : role).name().toLowerCase(Locale.ROOT))
                .put("team", team).put("key_id", key.keyId()).put("key", key.secret());
        Json.send(response, 201, body);
    }

    /** {@code POST /api/admin/users/{name} {"role", "team"}}: changes a user's role or team ("" removes the team). */
    void updateUser(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        String name = request.path().pathParameters().get("name");
        ObjectNode input = Json.readObject(request, 64 * 1024);
        registry.updateUser(name, role(text(input, "role", false)), text(input, "team", false));
        if (input.has("project")) {
            registry.setUserProject(name, text(input, "project", false));
        }
        keys.forgetUser(registry.userId(name));
        Json.send(response, 200, Json.MAPPER.createObjectNode().put("name", name).put("updated", true));
    }

    void teams(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        registry.teams().forEach(team -> data.addObject().put("id", team.id()).put("name", team.name()));
        Json.send(response, 200, body);
    }

    void createTeam(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        Registry.Team team = registry.createTeam(text(Json.readObject(request, 64 * 1024), "name", true));
        Json.send(response, 201, Json.MAPPER.createObjectNode().put("id", team.id()).put("name", team.name()));
    }

    // ---- keys

    void keys(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        for (Map<String, Object> key : keys.list()) {
            data.addObject().put("id", String.valueOf(key.get("id"))).put("user", String.valueOf(key.get("user_name")))
                    .put("prefix", String.valueOf(key.get("prefix"))).put("kind", String.valueOf(key.get("kind")))
                    .put("processing", (String) key.get("processing"))
                    .put("created_at", String.valueOf(key.get("created_at")))
                    .put("revoked_at", key.get("revoked_at") == null ? null : String.valueOf(key.get("revoked_at")));
        }
        Json.send(response, 200, body);
    }

    /** {@code POST /api/admin/keys {"user", "kind", "processing"}}: issues a key, shown once. */
    void createKey(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        ObjectNode input = Json.readObject(request, 64 * 1024);
        String user = text(input, "user", true);
        String kind = text(input, "kind", false);
        kind = kind == null ? "personal" : kind;
        if (!kind.equals("personal") && !kind.equals("automated")) {
            throw ApiError.invalid("invalid_kind", "'kind' must be personal or automated.", "kind");
        }
        String processing = text(input, "processing", false);
        String processingId = processing == null ? null : registry.processingId(processing);
        String project = Registry.project(text(input, "project", false));
        IssuedKey key = keys.issue(registry.userId(user), kind);
        if (processingId != null) {
            keys.bind(key.keyId(), processingId);
        }
        if (project != null) {
            registry.setKeyProject(key.keyId(), project);
        }
        Json.send(response, 201, Json.MAPPER.createObjectNode().put("id", key.keyId()).put("user", user).put("kind", kind)
                .put("processing", processing).put("project", project).put("key", key.secret()));
    }

    void revokeKey(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        String id = request.path().pathParameters().get("id");
        if (!keys.revoke(id)) {
            throw new ApiError(404, "invalid_request_error", "no_such_key", "No live key has this id.", null);
        }
        Json.send(response, 200, Json.MAPPER.createObjectNode().put("id", id).put("revoked", true));
    }

    /** {@code POST /api/admin/keys/{id}/processing {"processing": name|null}}: binds a key to a processing. */
    void bindKey(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        String id = request.path().pathParameters().get("id");
        String processing = text(Json.readObject(request, 64 * 1024), "processing", false);
        if (!keys.bind(id, processing == null ? null : registry.processingId(processing))) {
            throw new ApiError(404, "invalid_request_error", "no_such_key", "No key has this id.", null);
        }
        Json.send(response, 200, Json.MAPPER.createObjectNode().put("id", id).put("processing", processing));
    }

    // ---- processings

    void processings(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        LocalDate today = ledger.today();
        for (Processing processing : registry.processings()) {
            data.add(processing(processing, today));
        }
        Json.send(response, 200, body);
    }

    /**
     * {@code POST /api/admin/processings {"name", "purpose", "dpia_reference", "approved_on",
     * "expires_on", "allowed_hosting": [...], "allowed_providers": [...]}}.
     */
    void createProcessing(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode input = Json.readObject(request, 64 * 1024);
        Processing processing = registry.createProcessing(text(input, "name", true), text(input, "purpose", true),
                text(input, "dpia_reference", true), date(input, "approved_on", true), date(input, "expires_on", true),
                Registry.hostingClasses(String.join(",", strings(input, "allowed_hosting"))),
                Set.copyOf(strings(input, "allowed_providers")));
        Json.send(response, 201, processing(processing, ledger.today()));
    }

    private static ObjectNode processing(Processing processing, LocalDate today) {
        ObjectNode item = Json.MAPPER.createObjectNode();
        item.put("id", processing.id()).put("name", processing.name()).put("purpose", processing.purpose())
                .put("dpia_reference", processing.dpiaReference()).put("approved_on", processing.approvedOn().toString())
                .put("expires_on", processing.expiresOn().toString()).put("valid", processing.validOn(today));
        ArrayNode hosting = item.putArray("allowed_hosting");
        processing.allowedHosting().stream().map(HostingClass::id).sorted().forEach(hosting::add);
        ArrayNode providers = item.putArray("allowed_providers");
        processing.allowedProviders().stream().sorted().forEach(providers::add);
        return item;
    }

    // ---- attestations

    void attestations(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        registry.attestations(request.query().first("user").orElse(null)).forEach(a -> data.add(attestation(a)));
        Json.send(response, 200, body);
    }

    /** {@code POST /api/admin/attestations {"user", "training", "attested_on", "expires_on", "ethics_acknowledged"}}. */
    void createAttestation(ServerRequest request, ServerResponse response) {
        Caller caller = require(authenticator, request, ADMINS);
        ObjectNode input = Json.readObject(request, 64 * 1024);
        String user = text(input, "user", true);
        Registry.Attestation attestation = registry.attest(user, text(input, "training", true),
                date(input, "attested_on", false), date(input, "expires_on", false),
                input.path("ethics_acknowledged").asBoolean(false), caller.name(), policy.training().validityDays());
        keys.forgetUser(registry.userId(user));
        Json.send(response, 201, attestation(attestation));
    }

    static ObjectNode attestation(Registry.Attestation attestation) {
        return Json.MAPPER.createObjectNode().put("id", attestation.id()).put("user", attestation.user())
                .put("training", attestation.training()).put("attested_on", attestation.attestedOn().toString())
                .put("expires_on", attestation.expiresOn().toString())
                .put("ethics_acknowledged", attestation.ethicsAcknowledged()).put("recorded_by", attestation.recordedBy());
    }

    // ---- quotas and usage

    void quotas(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        registry.quotas().forEach(quota -> data.add(quota(quota)));
        Json.send(response, 200, body);
    }

    /** {@code POST /api/admin/quotas {"scope": user|team, "subject": name|*, "period", "metric", "soft", "hard"}}. */
    void setQuota(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        ObjectNode input = Json.readObject(request, 64 * 1024);
        Registry.Quota quota = registry.setQuota(choice(Registry.Scope.class, text(input, "scope", true), "scope"),
                text(input, "subject", true), choice(Registry.Period.class, text(input, "period", true), "period"),
                metric(text(input, "metric", true)), number(input, "soft"), number(input, "hard"));
        ledger.forgetQuotas();
        Json.send(response, 201, quota(quota));
    }

    void deleteQuota(ServerRequest request, ServerResponse response) {
        require(authenticator, request, ADMINS);
        String id = request.path().pathParameters().get("id");
        if (!registry.deleteQuota(id)) {
            throw new ApiError(404, "invalid_request_error", "no_such_quota", "No quota has this id.", null);
        }
        ledger.forgetQuotas();
        Json.send(response, 200, Json.MAPPER.createObjectNode().put("id", id).put("deleted", true));
    }

    /** {@code GET /api/admin/usage}: every user's and team's counters for the current day and month. */
    void usage(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        for (Registry.User user : registry.users()) {
            ObjectNode item = data.addObject().put("scope", "user").put("name", user.name());
            AccountEndpoints.counters(item, ledger.current(Registry.Scope.USER, user.id()));
        }
        for (Registry.Team team : registry.teams()) {
            ObjectNode item = data.addObject().put("scope", "team").put("name", team.name());
            AccountEndpoints.counters(item, ledger.current(Registry.Scope.TEAM, team.id()));
        }
        Json.send(response, 200, body);
    }

    static ObjectNode quota(Registry.Quota quota) {
        ObjectNode item = Json.MAPPER.createObjectNode().put("id", quota.id())
                .put("scope", quota.scope().name().toLowerCase(Locale.ROOT)).put("subject", quota.subject())
                .put("period", quota.period().name().toLowerCase(Locale.ROOT)).put("metric", quota.metric().id());
        item.put("soft", quota.soft());
        item.put("hard", quota.hard());
        return item;
    }

    // ---- providers, models and the organisation's footprint

    /**
     * {@code GET /api/admin/providers}: each provider with its hosting class, switches and live
     * status (reached or not, and how fast: a GET of its model list, 2 s at most), and its models.
     */
    void providers(ServerRequest request, ServerResponse response) {
        require(authenticator, request, READERS);
        ObjectNode body = list();
        ArrayNode data = body.putArray("data");
        java.util.List<java.util.concurrent.Future<ObjectNode>> probes = new java.util.ArrayList<>();
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (org.passerelle.config.GatewayConfig.Provider provider : config.providers()) {
                probes.add(executor.submit(() -> status(provider)));
            }
            for (java.util.concurrent.Future<ObjectNode> probe : probes) {
                data.add(probe.get());
            }
        } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(500, "server_error", "probe_failed", "The providers could not be probed.", null);
        }
        Json.send(response, 200, body);
    }

    private ObjectNode status(org.passerelle.config.GatewayConfig.Provider provider) {
        ObjectNode item = Json.MAPPER.createObjectNode();
        item.put("id", provider.id()).put("type", provider.type()).put("hosting", provider.hosting().id())
                .put("enabled", provider.enabled()).put("paid_subscription", provider.paidSubscription());
        String path = provider.type().equals("ollama") ? "/api/tags" : "/models";
        long started = System.nanoTime();
        try {
            java.net.http.HttpResponse<Void> answer = probe.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(provider.baseUrl() + path)).timeout(java.time.Duration.ofSeconds(2)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            item.put("reachable", true).put("http_status", answer.statusCode());
        } catch (java.io.IOException | RuntimeException e) {
            item.put("reachable", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            item.put("reachable", false);
        }
        item.put("probe_ms", (System.nanoTime() - started) / 1_000_000);
        ArrayNode models = item.putArray("models");
        config.models().stream().filter(model -> model.provider().equals(provider.id())).forEach(model ->
                models.addObject().put("id", model.id()).put("parameters_billion", model.parameters()).put("tier", model.tier()));
        return item;
    }

    // ---- input helpers

    private static ObjectNode list() {
        return Json.MAPPER.createObjectNode().put("object", "list");
    }

    static String text(ObjectNode input, String field, boolean required) {
        JsonNode node = input.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiError.invalid("missing_" + field, "'" + field + "' is required.", field);
            }
            return null;
        }
        if (!node.isTextual()) {
            throw ApiError.invalid("invalid_type", "'" + field + "' must be a string.", field);
        }
        return node.asText();
    }

    static LocalDate date(ObjectNode input, String field, boolean required) {
        String text = text(input, field, required);
        return text == null ? null : parseDate(text, field);
    }

    /** An ISO date given in a body field or a query parameter, or a 400 naming the parameter. */
    static LocalDate parseDate(String text, String param) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("invalid_date", "'" + param + "' must be a date such as 2026-01-31.", param);
        }
    }

    private static Double number(ObjectNode input, String field) {
        JsonNode node = input.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw ApiError.invalid("invalid_type", "'" + field + "' must be a number.", field);
        }
        return node.asDouble();
    }

    private static java.util.List<String> strings(ObjectNode input, String field) {
        JsonNode node = input.get(field);
        if (node == null || node.isNull()) {
            return java.util.List.of();
        }
        if (!node.isArray()) {
            throw ApiError.invalid("invalid_type", "'" + field + "' must be an array of strings.", field);
        }
        java.util.List<String> values = new java.util.ArrayList<>();
        node.forEach(item -> values.add(item.asText()));
        return values;
    }

    private static Role role(String text) {
        return text == null ? null : choice(Role.class, text, "role");
    }

    static Registry.Metric metric(String text) {
        for (Registry.Metric metric : Registry.Metric.values()) {
            if (metric.id().equals(text)) {
                return metric;
            }
        }
        throw ApiError.invalid("invalid_metric", "'metric' must be one of requests, tokens, energy_wh, gco2eq.", "metric");
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("invalid_" + field, "'" + field + "' must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(value -> value.name().toLowerCase(Locale.ROOT)).toList() + ".", field);
        }
    }
}
