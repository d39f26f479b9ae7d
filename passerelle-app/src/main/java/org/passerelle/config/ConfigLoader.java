package org.passerelle.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the YAML configuration into a {@link GatewayConfig}, validating every value and refusing
 * unknown keys, with messages that name the key path and the bad value
 * ({@code providers[2].hosting: unknown value 'cloud'}). Nothing is corrected silently.
 */
public final class ConfigLoader {

    private static final Set<String> ROOT_KEYS = Set.of("server", "storage", "policy", "policy-file", "providers", "models",
            "dataset-rules", "oidc");
    private static final Set<String> OIDC_KEYS = Set.of("issuer", "client-id", "client-secret-env", "audience", "redirect-uri",
            "scopes", "username-claim", "roles-claim", "roles", "team-claim");
    private static final Set<String> SERVER_KEYS = Set.of("port", "max-body-bytes", "stream-heartbeat-ms",
            "stream-idle-timeout-ms", "max-output-tokens", "max-streams-per-key", "upstream-timeout-ms", "max-invalid-keys-per-minute");
    private static final Set<String> STORAGE_KEYS = Set.of("url", "url-env");
    private static final Set<String> POLICY_KEYS = Set.of("on-sensitive", "allow-external", "allow-paid-subscriptions",
            "training", "tasks");
    private static final Set<String> TRAINING_KEYS = Set.of("required", "self-attestation", "validity-days");
    private static final Set<String> TASK_KEYS = Set.of("min-tier");
    private static final Set<String> PROVIDER_KEYS = Set.of("id", "type", "base-url", "api-key-env", "hosting", "zone", "pue", "wue",
            "enabled", "paid-subscription", "model-file");
    private static final Set<String> MODEL_KEYS = Set.of("id", "provider", "upstream-name", "parameters", "active-parameters",
            "capabilities", "context-length", "tier", "version");
    private static final Set<String> PROVIDER_TYPES = Set.of("openai", "ollama", "embedded");

    private ConfigLoader() {
    }

    public static GatewayConfig load(Path file, Path dataDirectory) {
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Path parent = file.toAbsolutePath().getParent();
        return parse(yaml, dataDirectory, parent);
    }

    public static GatewayConfig parse(String yaml, Path dataDirectory) {
        return parse(yaml, dataDirectory, Path.of("."));
    }

    /** @param baseDirectory where a relative {@code policy-file} is looked for (the configuration's folder) */
    public static GatewayConfig parse(String yaml, Path dataDirectory, Path baseDirectory) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new ConfigException("the configuration is not valid YAML (line "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation().getLineNr() : -1) + ")");
        }
        GatewayConfig defaults = GatewayConfig.defaults(dataDirectory);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return defaults;
        }
        requireObject(root, "(root)");
        checkKeys(root, "", ROOT_KEYS);
        JsonNode server = root.path("server");
        int port = defaults.port();
        long maxBody = defaults.maxBodyBytes();
        java.time.Duration heartbeat = defaults.streamHeartbeat();
        java.time.Duration idle = defaults.streamIdleTimeout();
        int maxOutputTokens = defaults.maxOutputTokens();
        int maxStreams = defaults.maxStreamsPerKey();
        java.time.Duration upstreamTimeout = defaults.upstreamTimeout();
        int maxInvalidKeys = defaults.maxInvalidKeysPerMinute();
        if (!server.isMissingNode()) {
            requireObject(server, "server");
            checkKeys(server, "server.", SERVER_KEYS);
            port = integer(server, "port", "server.port", port, 0, 65535);
            maxBody = integer(server, "max-body-bytes", "server.max-body-bytes", (int) Math.min(maxBody, Integer.MAX_VALUE),
                    1024, Integer.MAX_VALUE);
            heartbeat = java.time.Duration.ofMillis(integer(server, "stream-heartbeat-ms", "server.stream-heartbeat-ms",
                    (int) heartbeat.toMillis(), 10, 3_600_000));
            idle = java.time.Duration.ofMillis(integer(server, "stream-idle-timeout-ms", "server.stream-idle-timeout-ms",
                    (int) idle.toMillis(), 10, 86_400_000));
            maxOutputTokens = integer(server, "max-output-tokens", "server.max-output-tokens", maxOutputTokens, 1, 10_000_000);
            maxStreams = integer(server, "max-streams-per-key", "server.max-streams-per-key", maxStreams, 1, 10_000);
            upstreamTimeout = java.time.Duration.ofMillis(integer(server, "upstream-timeout-ms", "server.upstream-timeout-ms",
                    (int) upstreamTimeout.toMillis(), 10, 3_600_000));
            maxInvalidKeys = integer(server, "max-invalid-keys-per-minute", "server.max-invalid-keys-per-minute",
                    maxInvalidKeys, 1, 1_000_000);
        }
        String storageUrl = defaults.storageUrl();
        JsonNode storage = root.path("storage");
        if (!storage.isMissingNode()) {
            requireObject(storage, "storage");
            checkKeys(storage, "storage.", STORAGE_KEYS);
            if (storage.has("url") && storage.has("url-env")) {
                throw new ConfigException("storage: give url or url-env, not both");
            }
            if (storage.has("url-env")) {
                // The URL (and the password in it) from the environment: containers and secrets stores.
                String variable = required(storage, "url-env", "storage.url-env");
                String value = System.getenv(variable);
                if (value == null || value.isBlank()) {
                    throw new ConfigException("storage.url-env: the environment variable " + variable + " is not set");
                }
                storageUrl = value.strip();
            } else {
                storageUrl = text(storage, "url", "storage.url", storageUrl);
            }
            if (!storageUrl.startsWith("jdbc:h2:") && !storageUrl.startsWith("jdbc:postgresql:")) {
                throw new ConfigException("storage.url: the URL is neither an H2 nor a PostgreSQL JDBC URL");
            }
        }
        List<GatewayConfig.Provider> providers = root.has("providers") ? providers(root.get("providers"), baseDirectory)
                : defaults.providers();
        List<GatewayConfig.Model> models = root.has("models") ? models(root.get("models"), providers) : defaults.models();
        if (!root.has("models") && root.has("providers")) {
            models = List.of();
        }
        JsonNode policy = root.path("policy");
        String policyPath = "policy";
        if (root.has("policy-file")) {
            if (root.has("policy")) {
                throw new ConfigException("policy-file: give the policy either inline (policy) or in a file (policy-file), not both");
            }
            String name = required(root, "policy-file", "policy-file");
            Path file = baseDirectory.resolve(name);
            try {
                policy = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            } catch (IOException e) {
                throw new ConfigException("policy-file: " + file + " cannot be read or is not valid YAML ("
                        + e.getClass().getSimpleName() + ")");
            }
            policyPath = name + ": policy";
            if (policy == null || policy.isNull() || policy.isMissingNode()) {
                policy = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        }
        PolicyConfig policyConfig = policy.isMissingNode() ? defaults.policy() : policy(policy, policyPath, providers);
        org.passerelle.dataset.DatasetRules datasetRules = root.has("dataset-rules")
                ? org.passerelle.dataset.DatasetRules.load(baseDirectory.resolve(required(root, "dataset-rules", "dataset-rules")))
                : defaults.datasetRules();
        OidcConfig oidc = root.has("oidc") ? oidc(root.get("oidc")) : null;
        return new GatewayConfig(port, maxBody, storageUrl, policyConfig, providers, models, heartbeat, idle,
                maxOutputTokens, maxStreams, upstreamTimeout, dataDirectory, maxInvalidKeys, datasetRules, oidc);
    }

    private static OidcConfig oidc(JsonNode node) {
        requireObject(node, "oidc");
        checkKeys(node, "oidc.", OIDC_KEYS);
        String issuer = required(node, "issuer", "oidc.issuer");
        try {
            URI uri = URI.create(issuer);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException("oidc.issuer: '" + issuer + "' is not an http(s) URL");
        }
        String clientId = required(node, "client-id", "oidc.client-id");
        String redirect = text(node, "redirect-uri", "oidc.redirect-uri", null);
        if (redirect != null && !redirect.matches("https?://[^/]+/.*")) {
            throw new ConfigException("oidc.redirect-uri: '" + redirect + "' is not an http(s) URL");
        }
        List<String> scopes = new ArrayList<>();
        JsonNode scopeNode = node.path("scopes");
        if (scopeNode.isMissingNode()) {
            scopes.addAll(List.of("openid", "profile", "email"));
        } else if (!scopeNode.isArray()) {
            throw new ConfigException("oidc.scopes: expected a list");
        } else {
            scopeNode.forEach(scope -> scopes.add(scope.asText()));
            if (!scopes.contains("openid")) {
                throw new ConfigException("oidc.scopes: must include openid");
            }
        }
        java.util.Map<String, org.passerelle.auth.Role> roles = new java.util.LinkedHashMap<>();
        JsonNode roleNode = node.path("roles");
        if (!roleNode.isMissingNode()) {
            requireObject(roleNode, "oidc.roles");
            roleNode.fields().forEachRemaining(entry -> {
                try {
                    roles.put(entry.getKey(), org.passerelle.auth.Role.valueOf(entry.getValue().asText().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("oidc.roles." + entry.getKey() + ": unknown role '" + entry.getValue().asText()
                            + "' (user, dpo or admin)");
                }
            });
        }
        return new OidcConfig(issuer.replaceAll("/+$", ""), clientId, text(node, "client-secret-env", "oidc.client-secret-env", null),
                text(node, "audience", "oidc.audience", clientId), redirect, scopes,
                text(node, "username-claim", "oidc.username-claim", "preferred_username"),
                text(node, "roles-claim", "oidc.roles-claim", null), roles, text(node, "team-claim", "oidc.team-claim", null));
    }

    private static PolicyConfig policy(JsonNode policy, String path, List<GatewayConfig.Provider> providers) {
        PolicyConfig defaults = PolicyConfig.defaults();
        requireObject(policy, path);
        checkKeys(policy, path + ".", POLICY_KEYS);
        String value = text(policy, "on-sensitive", path + ".on-sensitive", "reroute");
        GatewayConfig.OnSensitive onSensitive = switch (value) {
            case "reroute" -> GatewayConfig.OnSensitive.REROUTE;
            case "refuse" -> GatewayConfig.OnSensitive.REFUSE;
            default -> throw new ConfigException(path + ".on-sensitive: unknown value '" + value + "' (reroute or refuse)");
        };
        boolean allowExternal = bool(policy, "allow-external", path + ".allow-external", defaults.allowExternal());
        Set<String> paid = new HashSet<>();
        JsonNode paidNode = policy.path("allow-paid-subscriptions");
        if (!paidNode.isMissingNode() && !paidNode.isNull()) {
            if (!paidNode.isArray()) {
                throw new ConfigException(path + ".allow-paid-subscriptions: expected a list of provider ids");
            }
            for (int i = 0; i < paidNode.size(); i++) {
                String id = paidNode.get(i).asText();
                if (providers.stream().noneMatch(p -> p.id().equals(id))) {
                    throw new ConfigException(path + ".allow-paid-subscriptions[" + i + "]: no provider has the id '" + id + "'");
                }
                paid.add(id);
            }
        }
        PolicyConfig.Training training = defaults.training();
        JsonNode trainingNode = policy.path("training");
        if (!trainingNode.isMissingNode()) {
            String at = path + ".training";
            requireObject(trainingNode, at);
            checkKeys(trainingNode, at + ".", TRAINING_KEYS);
            training = new PolicyConfig.Training(bool(trainingNode, "required", at + ".required", training.required()),
                    bool(trainingNode, "self-attestation", at + ".self-attestation", training.selfAttestation()),
                    integer(trainingNode, "validity-days", at + ".validity-days", training.validityDays(), 1, 3660));
        }
        java.util.Map<org.passerelle.routing.Task, Integer> tiers = new java.util.EnumMap<>(defaults.minimumTiers());
        JsonNode tasks = policy.path("tasks");
        if (!tasks.isMissingNode()) {
            requireObject(tasks, path + ".tasks");
            Iterator<String> names = tasks.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String at = path + ".tasks." + name;
                org.passerelle.routing.Task task = org.passerelle.routing.Task.parse(name).orElseThrow(() -> new ConfigException(
                        at + ": unknown task (expected one of " + java.util.Arrays.stream(org.passerelle.routing.Task.values())
                                .map(org.passerelle.routing.Task::id).toList() + ")"));
                requireObject(tasks.get(name), at);
                checkKeys(tasks.get(name), at + ".", TASK_KEYS);
                tiers.put(task, integer(tasks.get(name), "min-tier", at + ".min-tier", tiers.get(task), 1, PolicyConfig.MAX_TIER));
            }
        }
        return new PolicyConfig(onSensitive, allowExternal, paid, training, tiers);
    }

    /** One entry of a list of mappings: its key path, its node and its (unique) id. */
    private record Entry(String path, JsonNode item, String id) {
    }

    /** A list of mappings with known keys and unique ids, e.g. {@code providers} or {@code models}. */
    private static List<Entry> entries(JsonNode node, String name, Set<String> keys) {
        if (!node.isArray()) {
            throw new ConfigException(name + ": expected a list");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = name + "[" + i + "]";
            JsonNode item = node.get(i);
            requireObject(item, path);
            checkKeys(item, path + ".", keys);
            String id = required(item, "id", path + ".id");
            if (!ids.add(id)) {
                throw new ConfigException(path + ".id: '" + id + "' is used twice");
            }
            entries.add(new Entry(path, item, id));
        }
        return entries;
    }

    private static List<GatewayConfig.Provider> providers(JsonNode node, Path baseDirectory) {
        List<GatewayConfig.Provider> providers = new ArrayList<>();
        for (Entry entry : entries(node, "providers", PROVIDER_KEYS)) {
            String path = entry.path();
            JsonNode item = entry.item();
            String id = entry.id();
            String type = required(item, "type", path + ".type");
            if (!PROVIDER_TYPES.contains(type)) {
                throw new ConfigException(path + ".type: unknown value '" + type + "' (expected one of " + PROVIDER_TYPES + ")");
            }
            Path modelFile = null;
            if (type.equals("embedded")) {
                // A GGUF model run in the gateway's process: local by construction, reached on loopback.
                if (item.has("base-url")) {
                    throw new ConfigException(path + ".base-url: an embedded provider has no URL; give its model-file");
                }
                if (item.has("hosting") && !"local".equals(item.get("hosting").asText())) {
                    throw new ConfigException(path + ".hosting: an embedded model runs in the gateway's process: local");
                }
                modelFile = baseDirectory.resolve(required(item, "model-file", path + ".model-file")).toAbsolutePath().normalize();
                if (!Files.isRegularFile(modelFile)) {
                    throw new ConfigException(path + ".model-file: " + modelFile + ": no such file");
                }
            } else if (item.has("model-file")) {
                throw new ConfigException(path + ".model-file: only an embedded provider has a model file");
            }
            String baseUrl = modelFile != null ? "http://127.0.0.1" : required(item, "base-url", path + ".base-url");
            try {
                URI uri = URI.create(baseUrl);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException(path + ".base-url: '" + baseUrl + "' is not an http(s) URL");
            }
            String hostingText = modelFile != null ? "local" : required(item, "hosting", path + ".hosting");
            HostingClass hosting;
            try {
                hosting = HostingClass.valueOf(hostingText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(path + ".hosting: unknown value '" + hostingText
                        + "' (local, internal, sovereign or external)");
            }
            String zone = text(item, "zone", path + ".zone", hosting.mayReceiveSensitiveData() ? "FRA" : null);
            double pue = number(item, "pue", path + ".pue", 1.0, 1.0, 3.0);
            double wue = number(item, "wue", path + ".wue", 0.0, 0.0, 10.0);
            String apiKeyEnv = text(item, "api-key-env", path + ".api-key-env", null);
            boolean enabled = bool(item, "enabled", path + ".enabled", true);
            boolean paid = bool(item, "paid-subscription", path + ".paid-subscription", false);
            providers.add(new GatewayConfig.Provider(id, type, baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1)
                    : baseUrl, apiKeyEnv, hosting, zone, pue, wue, enabled, paid, modelFile));
        }
        return providers;
    }

    private static List<GatewayConfig.Model> models(JsonNode node, List<GatewayConfig.Provider> providers) {
        List<GatewayConfig.Model> models = new ArrayList<>();
        for (Entry entry : entries(node, "models", MODEL_KEYS)) {
            String path = entry.path();
            JsonNode item = entry.item();
            String id = entry.id();
            if (id.equals("auto") || id.startsWith("auto:")) {
                throw new ConfigException(path + ".id: '" + id + "' is reserved for frugal routing");
            }
            String provider = required(item, "provider", path + ".provider");
            if (providers.stream().noneMatch(p -> p.id().equals(provider))) {
                throw new ConfigException(path + ".provider: no provider has the id '" + provider + "'");
            }
            String upstream = text(item, "upstream-name", path + ".upstream-name", id);
            double parameters = number(item, "parameters", path + ".parameters", Double.NaN, 0.001, 100_000);
            if (Double.isNaN(parameters)) {
                throw new ConfigException(path + ".parameters: required (billions of parameters, e.g. 1.24)");
            }
            double active = number(item, "active-parameters", path + ".active-parameters", parameters, 0.001, parameters);
            List<String> capabilities = new ArrayList<>();
            JsonNode caps = item.path("capabilities");
            if (caps.isMissingNode()) {
                capabilities.add("chat");
            } else if (!caps.isArray()) {
                throw new ConfigException(path + ".capabilities: expected a list");
            } else {
                caps.forEach(cap -> capabilities.add(cap.asText()));
            }
            int context = integer(item, "context-length", path + ".context-length", 8192, 128, 10_000_000);
            int tier = integer(item, "tier", path + ".tier", PolicyConfig.defaultTier(parameters), 1, PolicyConfig.MAX_TIER);
            String version = text(item, "version", path + ".version", null);
            models.add(new GatewayConfig.Model(id, provider, upstream, parameters, active, capabilities, context, tier, version));
        }
        return models;
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ConfigException(path + ": expected a mapping of keys to values");
        }
    }

    private static void checkKeys(JsonNode node, String prefix, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ConfigException(prefix + name + ": unknown key (expected one of " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private static String required(JsonNode node, String key, String path) {
        String value = text(node, key, path, null);
        if (value == null || value.isBlank()) {
            throw new ConfigException(path + ": required");
        }
        return value;
    }

    private static String text(JsonNode node, String key, String path, String fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw new ConfigException(path + ": expected text, got '" + value + "'");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String key, String path, boolean fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new ConfigException(path + ": expected true or false, got '" + value.asText() + "'");
        }
        return value.asBoolean();
    }

    private static int integer(JsonNode node, String key, String path, int fallback, int min, int max) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw new ConfigException(path + ": '" + value.asText() + "' is not a whole number from " + min + " to " + max);
        }
        return value.asInt();
    }

    private static double number(JsonNode node, String key, String path, double fallback, double min, double max) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            throw new ConfigException(path + ": '" + value.asText() + "' is not a number from " + min + " to " + max);
        }
        return value.asDouble();
    }
}
