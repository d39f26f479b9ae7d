package org.passerelle.footprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models the method knows, looked up by the exact, case-sensitive pair (provider, name).
 * Loaded from an EcoLogits {@code models.json} (aliases included), plus models declared by the
 * gateway's own configuration. Immutable once built; thread-safe.
 */
public final class ModelRepository {

    private final String dataVersion;
    private final Map<String, ModelSpec> models;

    private ModelRepository(String dataVersion, Map<String, ModelSpec> models) {
        this.dataVersion = dataVersion;
        this.models = Map.copyOf(models);
    }

    /** The name of the data file this repository was read from, recorded with each estimate. */
    public String dataVersion() {
        return dataVersion;
    }

    public Optional<ModelSpec> find(String provider, String name) {
        return Optional.ofNullable(models.get(key(provider, name)));
    }

    public Collection<ModelSpec> all() {
        return models.values();
    }

    /** A repository with these extra models added (a declared model replaces one of the same key). */
    public ModelRepository with(Collection<ModelSpec> extra) {
        Map<String, ModelSpec> merged = new HashMap<>(models);
        for (ModelSpec spec : extra) {
            merged.put(key(spec.provider(), spec.name()), spec);
        }
        return new ModelRepository(dataVersion, merged);
    }

    /** Reads an EcoLogits {@code models.json}. Duplicate models or dangling aliases are errors. */
    public static ModelRepository read(String dataVersion, InputStream json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new FootprintException("invalid-model-file", "model file " + dataVersion + " is not valid JSON", e);
        }
        Map<String, ModelSpec> models = new HashMap<>();
        for (JsonNode node : root.path("models")) {
            ModelSpec spec = parseModel(dataVersion, node);
            if (models.putIfAbsent(key(spec.provider(), spec.name()), spec) != null) {
                throw new FootprintException("invalid-model-file",
                        dataVersion + ": model " + spec.provider() + "/" + spec.name() + " is listed twice");
            }
        }
        for (JsonNode alias : root.path("aliases")) {
            String provider = alias.path("provider").asText();
            String target = alias.path("alias").asText();
            ModelSpec spec = models.get(key(provider, target));
            if (spec == null) {
                throw new FootprintException("invalid-model-file",
                        dataVersion + ": alias " + alias.path("name").asText() + " points to unknown model " + target);
            }
            String name = alias.path("name").asText();
            models.put(key(provider, name), spec.named(name));
        }
        return new ModelRepository(dataVersion, models);
    }

    private static ModelSpec parseModel(String dataVersion, JsonNode node) {
        String provider = node.path("provider").asText();
        String name = node.path("name").asText();
        JsonNode architecture = node.path("architecture");
        Range active;
        Range total;
        switch (architecture.path("type").asText()) {
            case "dense" -> {
                active = parseParameters(dataVersion, name, architecture.path("parameters"));
                total = active;
            }
            case "moe" -> {
                total = parseParameters(dataVersion, name, architecture.path("parameters").path("total"));
                active = parseParameters(dataVersion, name, architecture.path("parameters").path("active"));
            }
            default -> throw new FootprintException("invalid-model-file",
                    dataVersion + ": model " + provider + "/" + name + " has an unknown architecture type");
        }
        List<String> warnings = new ArrayList<>();
        for (JsonNode warning : node.path("warnings")) {
            warnings.add(warning.asText());
        }
        JsonNode deployment = node.path("deployment");
        Double tps = deployment.path("tps").isNumber() ? deployment.path("tps").asDouble() : null;
        Double ttft = deployment.path("ttft").isNumber() ? deployment.path("ttft").asDouble() : null;
        return new ModelSpec(provider, name, active, total, tps, ttft, warnings);
    }

    private static Range parseParameters(String dataVersion, String name, JsonNode node) {
        if (node.isNumber()) {
            return Range.of(node.asDouble());
        }
        if (node.path("min").isNumber() && node.path("max").isNumber()) {
            return Range.of(node.path("min").asDouble(), node.path("max").asDouble());
        }
        throw new FootprintException("invalid-model-file", dataVersion + ": model " + name + " has no parameter count");
    }

    private static String key(String provider, String name) {
        return provider + '\u0000' + name;
    }
}
