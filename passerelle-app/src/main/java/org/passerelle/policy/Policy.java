package org.passerelle.policy;

import org.passerelle.auth.Caller;
import org.passerelle.config.GatewayConfig;
import org.passerelle.config.HostingClass;
import org.passerelle.config.PolicyConfig;
import org.passerelle.detect.Classification;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.Profile;
import org.passerelle.registry.Processing;
import org.passerelle.routing.Task;
import org.passerelle.routing.TaskRecognizer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one component that decides where a request may go, for every endpoint. The rules
 * (docs/architecture.md, policy section), in the order they are checked:
 * <ol>
 *   <li>training (rule 5, R1): a user without a valid attestation gets {@code training_required};</li>
 *   <li>what a provider may receive at all: a disabled provider, an {@code external} one while
 *       {@code allow-external} is false, a non-sovereign paid subscription not explicitly allowed
 *       (rule 4), and for an {@code automated} key a sovereign or external provider its registered
 *       processing does not cover, with a valid DPIA (rule 3, {@code dpia_required}): refused;</li>
 *   <li>what the request carries: sensitive data (rule 1) or code about access rights,
 *       authentication, cryptography or sensitive-data processing (rule 2) reach only
 *       {@code local}/{@code internal} models: rerouted to the most capable such model, or refused
 *       with {@code on-sensitive: refuse} or when there is none.</li>
 * </ol>
 * The virtual models {@code auto} and {@code auto:<task>} choose, among the models every rule
 * allows for this request, with the capability and context length it needs, the one with the
 * lowest estimated energy that meets the task's minimum tier (R2). Stateless; thread-safe.
 */
public final class Policy {

    /** The answer length at which models' footprints are compared (EcoLogits, profile 0.10). */
    static final int REFERENCE_TOKENS = 250;

    private static final List<HostingClass> SENSITIVE_ALLOWED =
            Arrays.stream(HostingClass.values()).filter(HostingClass::mayReceiveSensitiveData).toList();

    /** One request as the policy sees it. */
    public record Request(Caller caller, String model, Classification classification, String capability,
                          TaskRecognizer.Recognition recognition, long promptTokens) {
    }

    /** Why a model may not serve a request; {@code reroutable} when another model could (rules 1 and 2). */
    private record Block(String code, String message, boolean reroutable) {
    }

    private final GatewayConfig config;
    private final PolicyConfig rules;
    private final Clock clock;
    private final Map<String, Double> energy = new HashMap<>();

    public Policy(GatewayConfig config, Footprint footprint, Clock clock) {
        this.config = config;
        this.rules = config.policy();
        this.clock = clock;
        for (GatewayConfig.Model model : config.models()) {
            Estimate estimate = footprint.estimate(new EstimateRequest(model.provider(), model.id(), REFERENCE_TOKENS,
                    Double.POSITIVE_INFINITY, null, Profile.V0_10, null));
            energy.put(model.id(), estimate instanceof Estimate.Computed computed
                    ? computed.impacts().energy().mean() : Double.MAX_VALUE);
        }
    }

    public Decision decide(Request request) {
        if (rules.training().required() && !request.caller().trainedOn(today())) {
            return new Decision.Refuse(403, "training_required", "Before using AI models through Passerelle, follow one "
                    + "of the trainings of the institute's catalogue (GET /training) and acknowledge its ethics note; "
                    + (rules.training().selfAttestation() ? "then record it yourself (POST /api/me/attestations) or ask"
                    : "then ask") + " your administrator to record it.", List.of());
        }
        String requested = request.model() == null ? "" : request.model();
        if (requested.equals("auto") || requested.startsWith("auto:")) {
            return auto(request, requested);
        }
        Optional<GatewayConfig.Model> named = config.model(requested);
        if (named.isEmpty()) {
            // The name is the client's text: not repeated back (it could be anything the client typed).
            return new Decision.Refuse(404, "model_not_found", "The model named in the request does not exist on this "
                    + "gateway; GET /v1/models lists the models you may use.", List.of());
        }
        GatewayConfig.Model model = named.get();
        GatewayConfig.Provider provider = provider(model);
        Task task = task(request, null);
        Optional<Block> block = block(request, task, provider);
        if (block.isEmpty()) {
            return new Decision.Allow(model, provider, advice(request, task, model, null));
        }
        if (!block.get().reroutable() || rules.onSensitive() == GatewayConfig.OnSensitive.REFUSE) {
            return refusal(block.get());
        }
        Optional<GatewayConfig.Model> alternative = config.models().stream()
                .filter(candidate -> candidate.capabilities().contains(request.capability()))
                .filter(candidate -> block(request, task, provider(candidate)).isEmpty())
                .max(Comparator.comparingInt(GatewayConfig.Model::tier).thenComparingDouble(GatewayConfig.Model::parameters));
        if (alternative.isEmpty()) {
            return refusal(block.get());
        }
        return new Decision.Reroute(model, alternative.get(), provider(alternative.get()), block.get().code(),
                block.get().code().equals("sensitive_code")
                        ? "code about security or sensitive-data processing may only be generated by local or internal models"
                        : "sensitive data may only reach local or internal models",
                advice(request, task, alternative.get(), null));
    }

    /** {@code auto} and {@code auto:<task>}: the lowest-energy allowed model that meets the task's tier. */
    private Decision auto(Request request, String requested) {
        Task named = null;
        if (requested.startsWith("auto:")) {
            named = Task.parse(requested.substring(5)).orElse(null);
            if (named == null) {
                return new Decision.Refuse(404, "model_not_found", "The task after 'auto:' is not one Passerelle knows; use "
                        + "auto or auto:<task> with one of " + Arrays.stream(Task.values()).map(Task::id).toList() + ".", List.of());
            }
        }
        Task task = task(request, named);
        List<GatewayConfig.Model> capable = config.models().stream()
                .filter(model -> model.capabilities().contains(request.capability()))
                .filter(model -> model.contextLength() >= request.promptTokens())
                .toList();
        if (task == Task.CODE && capable.stream().anyMatch(model -> model.capabilities().contains("code"))) {
            capable = capable.stream().filter(model -> model.capabilities().contains("code")).toList();
        }
        Block firstBlock = null;
        List<GatewayConfig.Model> allowed = new java.util.ArrayList<>();
        for (GatewayConfig.Model model : capable) {
            Optional<Block> block = block(request, task, provider(model));
            if (block.isEmpty()) {
                allowed.add(model);
            } else if (firstBlock == null || block.get().reroutable()) {
                firstBlock = block.get();
            }
        }
        if (allowed.isEmpty()) {
            if (firstBlock != null && firstBlock.reroutable()) {
                return refusal(firstBlock);
            }
            return new Decision.Refuse(403, "no_allowed_model", "No model this gateway serves may take this request "
                    + "(capability " + request.capability() + ", about " + request.promptTokens() + " tokens"
                    + (firstBlock == null ? "" : "; " + firstBlock.message()) + ").", List.of());
        }
        int tier = task == null ? 1 : rules.minimumTier(task);
        Comparator<GatewayConfig.Model> frugal = Comparator.comparingDouble(model -> energy.get(model.id()));
        Optional<GatewayConfig.Model> good = allowed.stream().filter(model -> model.tier() >= tier).min(frugal);
        GatewayConfig.Model chosen = good.orElseGet(() -> allowed.stream()
                .max(Comparator.comparingInt(GatewayConfig.Model::tier).thenComparing(frugal.reversed())).orElseThrow());
        String route = good.isPresent()
                ? "lowest estimated energy among " + allowed.size() + " allowed models of tier " + tier + " or more"
                + (task == null ? "" : " for " + task.id())
                : "no allowed model reaches tier " + tier + " for " + task.id() + "; the highest tier available serves";
        return new Decision.Allow(chosen, provider(chosen), new Advice(task, task == Task.CODE,
                request.recognition() != null && request.recognition().classicalMachineLearning(), null, route));
    }

    /** Task-driven advice for a named model: the expert-review notice, the ML hint, a more frugal model. */
    private Advice advice(Request request, Task task, GatewayConfig.Model served, String route) {
        if (task == null) {
            return Advice.NONE;
        }
        GatewayConfig.Model suggestion = null;
        int tier = rules.minimumTier(task);
        if (served.tier() > tier) {
            suggestion = config.models().stream()
                    .filter(model -> model.capabilities().contains(request.capability()))
                    .filter(model -> task != Task.CODE || model.capabilities().contains("code"))
                    .filter(model -> model.tier() >= tier && model.contextLength() >= request.promptTokens())
                    .filter(model -> energy.get(model.id()) < energy.get(served.id()))
                    .filter(model -> block(request, task, provider(model)).isEmpty())
                    .min(Comparator.comparingDouble(model -> energy.get(model.id())))
                    .orElse(null);
        }
        return new Advice(task, task == Task.CODE,
                request.recognition() != null && request.recognition().classicalMachineLearning(), suggestion, route);
    }

    private static Task task(Request request, Task named) {
        if (named != null) {
            return named;
        }
        return request.recognition() == null ? null : request.recognition().task();
    }

    /** Why this provider may not serve this request, if it may not. */
    private Optional<Block> block(Request request, Task task, GatewayConfig.Provider provider) {
        HostingClass hosting = provider.hosting();
        if (!provider.enabled()) {
            return Optional.of(new Block("provider_disabled", "The provider '" + provider.id()
                    + "' is switched off by the administrators.", false));
        }
        if (hosting == HostingClass.EXTERNAL && !rules.allowExternal()) {
            return Optional.of(new Block("external_disabled", "External AI platforms are not allowed by the institute's "
                    + "policy (allow-external: false); use a local, internal or sovereign model.", false));
        }
        if (hosting == HostingClass.EXTERNAL && provider.paidSubscription()
                && !rules.allowedPaidSubscriptions().contains(provider.id())) {
            return Optional.of(new Block("paid_subscription_not_allowed", "The provider '" + provider.id() + "' is a paid "
                    + "subscription to a non-sovereign platform, which the institute does not provide.", false));
        }
        if (request.caller().automated() && !hosting.mayReceiveSensitiveData()) {
            Processing processing = request.caller().processing();
            if (processing == null || !processing.validOn(today()) || !processing.allows(provider.id(), hosting)) {
                return Optional.of(new Block("dpia_required", "Automated use of a " + hosting.id() + " provider requires "
                        + "the API key to be bound to a registered processing whose data-protection impact assessment "
                        + "(DPIA) is recorded, valid today and covers the provider '" + provider.id() + "'"
                        + (processing == null ? "; this key is bound to none." : "; the processing '" + processing.name()
                        + "' does not.") + " Ask your data-protection officer.", false));
            }
        }
        if (!hosting.mayReceiveSensitiveData()) {
            if (request.classification().sensitive()) {
                return Optional.of(new Block("sensitive_data", "This request contains sensitive data, which may only be "
                        + "sent to local or internal models. Remove or pseudonymise the data (passerelle pseudonymize), "
                        + "or use a local model.", true));
            }
            if (task == Task.CODE && request.recognition() != null && !request.recognition().codeTopics().isEmpty()) {
                return Optional.of(new Block("sensitive_code", "Code for " + request.recognition().codeTopics().stream()
                        .map(topic -> topic.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).sorted().toList()
                        + " may only be generated by local or internal models, and must be reviewed by an expert.", true));
            }
        }
        return Optional.empty();
    }

    private static Decision.Refuse refusal(Block block) {
        return new Decision.Refuse(403, block.code(), block.message(),
                block.reroutable() ? SENSITIVE_ALLOWED : List.of());
    }

    private GatewayConfig.Provider provider(GatewayConfig.Model model) {
        return config.provider(model.provider()).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The estimated energy (Wh) of a {@value #REFERENCE_TOKENS}-token answer by this model, used to rank models. */
    public double referenceEnergyWh(String modelId) {
        return energy.getOrDefault(modelId, Double.NaN) * 1000;
    }

    /**
     * The model to try when the one serving a request failed before answering anything: among
     * the models every rule allows for this request, with its capability and context, not tried
     * yet, and hosted no further out than the failed one (a local model's request never fails over
     * to an external platform), those of the failed model's tier or more first, the least
     * energy-hungry first; else the highest tier left.
     */
    public Optional<Decision.Allow> fallback(Request request, Decision served, java.util.Set<String> tried) {
        Advice advice;
        int tier;
        HostingClass hosting;
        switch (served) {
            case Decision.Allow allow -> {
                advice = allow.advice();
                tier = allow.model().tier();
                hosting = allow.provider().hosting();
            }
            case Decision.Reroute reroute -> {
                advice = reroute.advice();
                tier = reroute.model().tier();
                hosting = reroute.provider().hosting();
            }
            case Decision.Refuse refuse -> {
                return Optional.empty();
            }
        }
        Task task = advice.task();
        Comparator<GatewayConfig.Model> frugal = Comparator.comparingDouble(model -> energy.get(model.id()));
        List<GatewayConfig.Model> candidates = config.models().stream()
                .filter(model -> !tried.contains(model.id()))
                .filter(model -> provider(model).hosting().ordinal() <= hosting.ordinal())
                .filter(model -> model.capabilities().contains(request.capability()))
                .filter(model -> model.contextLength() >= request.promptTokens())
                .filter(model -> block(request, task, provider(model)).isEmpty())
                .toList();
        Optional<GatewayConfig.Model> next = candidates.stream().filter(model -> model.tier() >= tier).min(frugal)
                .or(() -> candidates.stream().max(Comparator.comparingInt(GatewayConfig.Model::tier).thenComparing(frugal.reversed())));
        return next.map(model -> new Decision.Allow(model, provider(model),
                new Advice(task, advice.expertReview(), advice.classicalMl(), null, advice.route())));
    }

    /** Whether the caller may use this model at all, whatever the request: for {@code /v1/models}. */
    public boolean usable(Caller caller, GatewayConfig.Model model) {
        Request probe = new Request(caller, model.id(), new Classification(false, java.util.Set.of()), "chat", null, 0);
        Optional<Block> block = block(probe, null, provider(model));
        return block.isEmpty();
    }
}
