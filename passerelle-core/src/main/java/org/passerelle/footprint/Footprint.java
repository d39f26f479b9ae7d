package org.passerelle.footprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The footprint engine: the EcoLogits method over its model repository and electricity mixes,
 * plus the models and data centres the gateway declares itself.
 *
 * <p>Built once (reading the shipped data files), then immutable and thread-safe; an estimate
 * does no I/O and allocates a few small objects. Unknown models and zones give a
 * {@link Estimate.Failed}, never an exception.
 */
public final class Footprint {

    /**
     * The large external models of the source document's comparison (writing an article summary),
     * as {@code provider/model}: the yardstick the web page compares a user's usage with.
     */
    public static final java.util.List<String> SOURCE_DOCUMENT_MODELS = java.util.List.of(
            "openai/gpt-5", "anthropic/claude-sonnet-4-0", "google_genai/gemini-2.5-flash", "mistralai/mistral-large-latest");

    /** The shipped model files, by name; each profile has a default among them. */
    public static final List<String> MODEL_FILES =
            List.of("models_v0.9.1.json", "models_v0.9.3.json", "models_main_5be90da.json");
    private static final String MIXES_FILE = "electricity_mixes.csv";
    private static final String THROUGHPUTS_FILE = "calculator_throughputs_c6c2a93.json";
    private static final String RESOURCE_DIR = "/org/passerelle/footprint/ecologits/";
    private static final String WARNING_LINK = " For further information visit https://ecologits.ai/tutorial/warnings_and_errors/#";
    private static final Map<String, String> WARNING_MESSAGES = Map.of(
            "model-arch-not-released", "The model architecture has not been released, expect lower precision.",
            "model-arch-multimodal", "The model architecture is multimodal, expect lower precision.",
            "electricity-mix-adpe-world", "The electricity mix ADPe factor is using the world default value, expect lower precision.",
            "electricity-mix-pe-world", "The electricity mix PE factor is using the world default value, expect lower precision.",
            "electricity-mix-wue-world", "The electricity mix WUE factor is using the world default value, expect lower precision.");

    /** EcoLogits' provider data-centre defaults (footprint-method §6.3), the same in 0.9 to 0.11. */
    private static final Map<String, DataCenter> ECOLOGITS_PROVIDERS = Map.of(
            "anthropic", new DataCenter("USA", Range.of(1.09, 1.14), Range.of(0.13, 0.999)),
            "cohere", new DataCenter("USA", Range.of(1.09), Range.of(0.999)),
            "google_genai", new DataCenter("USA", Range.of(1.09), Range.of(0.999)),
            "huggingface_hub", new DataCenter("USA", Range.of(1.09, 1.14), Range.of(0.13, 0.99)),
            "mistralai", new DataCenter("SWE", Range.of(1.16), Range.of(0.09)),
            "openai", new DataCenter("USA", Range.of(1.20), Range.of(0.569)));

    private final Map<String, ModelRepository> repositories;
    private final Map<Profile, String> defaultModelFile;
    private final ElectricityMixes mixes;
    private final Map<String, DataCenter> dataCenters;
    private final Map<String, Double> throughputs;

    private Footprint(Map<String, ModelRepository> repositories, Map<Profile, String> defaultModelFile,
                      ElectricityMixes mixes, Map<String, DataCenter> dataCenters, Map<String, Double> throughputs) {
        this.repositories = Map.copyOf(repositories);
        this.defaultModelFile = Map.copyOf(defaultModelFile);
        this.mixes = mixes;
        this.dataCenters = Map.copyOf(dataCenters);
        this.throughputs = Map.copyOf(throughputs);
    }

    /** The engine over the EcoLogits data files shipped in this jar. */
    public static Footprint ecologits() {
        Map<String, ModelRepository> repositories = new LinkedHashMap<>();
        for (String file : MODEL_FILES) {
            try (InputStream in = open(file)) {
                repositories.put(file, ModelRepository.read(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<Profile, String> defaults = new EnumMap<>(Profile.class);
        defaults.put(Profile.V0_9, "models_v0.9.1.json");
        // 0.10 and 0.11: the 0.10 file is the newest model repository available as a file here.
        defaults.put(Profile.V0_10, "models_main_5be90da.json");
        defaults.put(Profile.V0_11, "models_main_5be90da.json");
        ElectricityMixes mixes;
        try (InputStream in = open(MIXES_FILE)) {
            mixes = ElectricityMixes.read(MIXES_FILE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Footprint(repositories, defaults, mixes, ECOLOGITS_PROVIDERS, readThroughputs());
    }

    /**
     * An engine that also knows the gateway's own models and providers (local, internal...).
     * A declared model is added to every model file; a declared data centre replaces a default.
     */
    public Footprint withDeclared(Collection<ModelSpec> models, Map<String, DataCenter> providers) {
        Map<String, ModelRepository> merged = new LinkedHashMap<>();
        repositories.forEach((file, repository) -> merged.put(file, repository.with(models)));
        Map<String, DataCenter> centers = new HashMap<>(dataCenters);
        centers.putAll(providers);
        return new Footprint(merged, defaultModelFile, mixes, centers, throughputs);
    }

    public Estimate estimate(EstimateRequest request) {
        String file = request.modelsFile() != null ? request.modelsFile() : defaultModelFile.get(request.profile());
        ModelRepository repository = repositories.get(file);
        if (repository == null) {
            return new Estimate.Failed(request, "models-file-not-found", "no shipped model file is named " + file);
        }
        Optional<ModelSpec> model = repository.find(request.provider(), request.model());
        if (model.isEmpty()) {
            return new Estimate.Failed(request, "model-not-registered", "The model is not registered in the model repository.");
        }
        DataCenter dataCenter = dataCenters.get(request.provider());
        String zone = request.zone() != null ? request.zone() : dataCenter != null ? dataCenter.defaultZone() : "WOR";
        Optional<ElectricityMix> mix = mixes.find(zone);
        if (mix.isEmpty()) {
            return new Estimate.Failed(request, "zone-not-registered", "The zone is not registered.");
        }
        if (dataCenter == null) {
            return new Estimate.Failed(request, "provider-not-registered",
                    "The provider has no data-centre figures (PUE, WUE).");
        }
        Impacts impacts;
        try {
            impacts = LlmImpactModel.compute(request.profile(), model.get(), request.outputTokens(),
                    request.latencySeconds(), dataCenter, mix.get());
        } catch (FootprintException e) {
            return new Estimate.Failed(request, e.code(), e.getMessage());
        }
        return new Estimate.Computed(request, impacts, zone, file + "+" + mixes.dataVersion(),
                warnings(request.profile(), model.get(), mix.get()));
    }

    /**
     * The core estimator with explicit inputs, for callers that already know the model's size and
     * the mix (EcoLogits' {@code compute_llm_impacts}). Throws {@link FootprintException} for
     * impossible inputs (zero throughput, non-positive parameter counts).
     */
    public static Impacts compute(Profile profile, ModelSpec model, double outputTokens, double latencySeconds,
                                  DataCenter dataCenter, ElectricityMix mix) {
        return LlmImpactModel.compute(profile, model, outputTokens, latencySeconds, dataCenter, mix);
    }

    public Optional<ModelSpec> model(Profile profile, String provider, String name) {
        return repositories.get(defaultModelFile.get(profile)).find(provider, name);
    }

    public Optional<DataCenter> dataCenter(String provider) {
        return Optional.ofNullable(dataCenters.get(provider));
    }

    public Optional<ElectricityMix> mix(String zone) {
        return mixes.find(zone);
    }

    public Set<String> zones() {
        return mixes.zones();
    }

    /** The calculator's OpenRouter throughput for a model, tokens/s, when it has one. */
    public OptionalDouble calculatorThroughput(String provider, String model) {
        Double value = throughputs.get(provider + "/" + model);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static List<Estimate.Warning> warnings(Profile profile, ModelSpec model, ElectricityMix mix) {
        List<String> codes = new ArrayList<>(model.warnings());
        if (profile == Profile.V0_11) {
            for (String code : mix.warnings()) {
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        List<Estimate.Warning> rendered = new ArrayList<>(codes.size());
        for (String code : codes) {
            String message = WARNING_MESSAGES.getOrDefault(code, code);
            rendered.add(new Estimate.Warning(code, message + WARNING_LINK + code));
        }
        return rendered;
    }

    private static Map<String, Double> readThroughputs() {
        Map<String, Double> result = new HashMap<>();
        try (InputStream in = open(THROUGHPUTS_FILE)) {
            for (JsonNode node : new ObjectMapper().readTree(in).path("models")) {
                result.put(node.path("provider").asText() + "/" + node.path("name").asText(),
                        node.path("throughput").asDouble());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static InputStream open(String file) {
        InputStream in = Footprint.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new FootprintException("missing-data-file", "the EcoLogits data file " + file + " is not on the class path");
        }
        return in;
    }
}
