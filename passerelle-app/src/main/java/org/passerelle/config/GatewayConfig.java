package org.passerelle.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The whole configuration, an immutable tree loaded once and validated at start-up by
 * {@link ConfigLoader}.
 *
 * @param port         HTTP port
 * @param maxBodyBytes largest request body accepted
 * @param storageUrl   JDBC URL of the database (H2 file by default, PostgreSQL for several replicas)
 * @param policy       the institute's rules: sensitive data, external providers, training, frugal routing
 * @param providers    upstream providers
 * @param models       models served, each through one provider
 * @param streamHeartbeat   how long a stream may stay silent before the gateway sends a comment
 * @param streamIdleTimeout how long a stream may stay silent before the gateway gives up on it
 * @param maxOutputTokens   the largest {@code max_tokens} a request may ask for
 * @param maxStreamsPerKey  how many streamed answers one API key may receive at once
 * @param upstreamTimeout   how long a model server may take to start answering
 * @param dataDirectory     where the gateway keeps its files (the H2 database, the audit spool)
 * @param maxInvalidKeysPerMinute how many invalid API keys one address may present in a minute before 429
 */
public record GatewayConfig(int port, long maxBodyBytes, String storageUrl, PolicyConfig policy,
                            List<Provider> providers, List<Model> models, Duration streamHeartbeat,
                            Duration streamIdleTimeout, int maxOutputTokens, int maxStreamsPerKey,
                            Duration upstreamTimeout, Path dataDirectory, int maxInvalidKeysPerMinute,
                            org.passerelle.dataset.DatasetRules datasetRules, OidcConfig oidc) {

    public GatewayConfig {
        providers = List.copyOf(providers);
        models = List.copyOf(models);
    }

    public OnSensitive onSensitive() {
        return policy.onSensitive();
    }

    /** Rule 1 of the policy: reroute to an allowed model (default) or refuse. */
    public enum OnSensitive { REROUTE, REFUSE }

    /**
     * An upstream provider.
     *
     * @param id        unique id, e.g. {@code local-ollama}
     * @param type      protocol: {@code openai} (any OpenAI-compatible server) or {@code ollama} (its native API)
     * @param baseUrl   base URL, e.g. {@code http://localhost:11434/v1}; only configuration sets it
     * @param apiKeyEnv name of the environment variable holding its API key, or null
     * @param hosting   hosting class
     * @param zone      electricity zone for the footprint (local and internal default to FRA)
     * @param pue       power usage effectiveness of its data centre
     * @param wue       water usage effectiveness, L/kWh
     * @param enabled   the per-provider switch (rule 4): a disabled provider serves nothing
     * @param paidSubscription whether it is a paid subscription; a non-sovereign one serves nothing unless
     *                  the policy lists it in {@code allow-paid-subscriptions}
     */
    public record Provider(String id, String type, String baseUrl, String apiKeyEnv, HostingClass hosting,
                           String zone, double pue, double wue, boolean enabled, boolean paidSubscription, Path modelFile) {

        public Provider(String id, String type, String baseUrl, String apiKeyEnv, HostingClass hosting, String zone,
                        double pue, double wue, boolean enabled, boolean paidSubscription) {
            this(id, type, baseUrl, apiKeyEnv, hosting, zone, pue, wue, enabled, paidSubscription, null);
        }

        /** The same provider reached at another base URL (an embedded model's loopback server). */
        public Provider at(String url) {
            return new Provider(id, type, url, apiKeyEnv, hosting, zone, pue, wue, enabled, paidSubscription, modelFile);
        }
    }

    /** This configuration with other providers (same models). */
    public GatewayConfig withProviders(List<Provider> replaced) {
        return with(replaced, models);
    }

    private GatewayConfig with(List<Provider> newProviders, List<Model> newModels) {
        return new GatewayConfig(port, maxBodyBytes, storageUrl, policy, newProviders, newModels, streamHeartbeat,
                streamIdleTimeout, maxOutputTokens, maxStreamsPerKey, upstreamTimeout, dataDirectory, maxInvalidKeysPerMinute,
                datasetRules, oidc);
    }

    /**
     * This configuration with one more model served in-process from a GGUF file ({@code serve
     * --model-file}): a local provider {@code embedded} and a model named after the file, sized from
     * its header, for chat, summaries and translation.
     */
    public GatewayConfig withEmbeddedModel(Path file, String modelId, org.passerelle.upstream.embedded.GgufFile gguf) {
        if (provider("embedded").isPresent()) {
            throw new ConfigException("--model-file: the configuration already has a provider named 'embedded'");
        }
        if (model(modelId).isPresent()) {
            throw new ConfigException("--model-file: the configuration already has a model named '" + modelId + "'");
        }
        List<Provider> providers = new java.util.ArrayList<>(this.providers);
        providers.add(new Provider("embedded", "embedded", "http://127.0.0.1", null, HostingClass.LOCAL, "FRA", 1.0, 0.0,
                true, false, file.toAbsolutePath().normalize()));
        double billions = Math.max(0.001, gguf.billions());
        List<Model> models = new java.util.ArrayList<>(this.models);
        models.add(new Model(modelId, "embedded", modelId, billions, billions, List.of("chat", "summary", "translation"),
                (int) Math.min(Math.max(gguf.contextLength(), 512), 131072), PolicyConfig.defaultTier(billions), null));
        return with(providers, models);
    }

    /**
     * A model the gateway serves.
     *
     * @param id               name clients use
     * @param provider         provider id
     * @param upstreamName     name the provider knows it by
     * @param parameters       total parameters, billions
     * @param activeParameters active parameters, billions (MoE); equals {@code parameters} for dense models
     * @param capabilities     chat, code, embedding...
     * @param contextLength    tokens
     * @param tier             quality tier, 1 (small) to 3 (large), for frugal routing
     * @param version          the model's version or release date as its publisher names it, or null
     */
    public record Model(String id, String provider, String upstreamName, double parameters, double activeParameters,
                        List<String> capabilities, int contextLength, int tier, String version) {
        public Model {
            capabilities = List.copyOf(capabilities);
        }
    }

    public Optional<Provider> provider(String id) {
        return providers.stream().filter(provider -> provider.id().equals(id)).findFirst();
    }

    public Optional<Model> model(String id) {
        return models.stream().filter(model -> model.id().equals(id)).findFirst();
    }

    /** The built-in default: a local Ollama server (its native API) and a few small models. */
    public static GatewayConfig defaults(Path dataDirectory) {
        Provider ollama = new Provider("local-ollama", "ollama", "http://localhost:11434", null, HostingClass.LOCAL,
                "FRA", 1.0, 0.0, true, false);
        return new GatewayConfig(8080, 10L * 1024 * 1024,
                "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("passerelle").toString().replace('\\', '/')
                        // AUTO_SERVER: "passerelle admin" can open the database while the gateway runs.
                        + ";AUTO_SERVER=TRUE",
                PolicyConfig.defaults(), List.of(ollama), List.of(
                new Model("llama3.2:1b", "local-ollama", "llama3.2:1b", 1.24, 1.24, List.of("chat", "summary", "translation"), 131072, 1, "3.2"),
                new Model("qwen2.5:0.5b", "local-ollama", "qwen2.5:0.5b", 0.49, 0.49, List.of("chat"), 32768, 1, "2.5"),
                new Model("mistral:7b", "local-ollama", "mistral:7b", 7.25, 7.25, List.of("chat", "code", "summary", "translation"), 32768, 2, "0.3")),
                Duration.ofSeconds(15), Duration.ofSeconds(300), 32_768, 8, Duration.ofSeconds(120), dataDirectory, 20,
                org.passerelle.dataset.DatasetRules.defaults(), null);
    }
}
