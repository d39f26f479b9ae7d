package org.passerelle.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.auth.ApiKeys;
import org.passerelle.auth.Authenticator;
import org.passerelle.auth.Caller;
import org.passerelle.config.PolicyConfig;
import org.passerelle.registry.Registry;
import org.passerelle.usage.UsageLedger;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What a user sees of their own account: who they are for the policy ({@code GET /api/me}),
 * their usage and quotas ({@code GET /api/usage}), their training attestations
 * ({@code GET/POST /api/me/attestations}), and the training catalogue ({@code GET /training}).
 */
final class AccountEndpoints {

    private final Authenticator authenticator;
    private final ApiKeys keys;
    private final Registry registry;
    private final UsageLedger ledger;
    private final PolicyConfig policy;
    private final TrainingPage training = new TrainingPage();
    private final org.passerelle.usage.UsageHistory history;
    private final org.passerelle.footprint.Footprint footprint;
    private final java.time.Clock clock;

    AccountEndpoints(Authenticator authenticator, ApiKeys keys, Registry registry, UsageLedger ledger, PolicyConfig policy,
                     org.passerelle.usage.UsageHistory history, org.passerelle.footprint.Footprint footprint,
                     java.time.Clock clock) {
        this.history = history;
        this.footprint = footprint;
        this.clock = clock;
        this.authenticator = authenticator;
        this.keys = keys;
        this.registry = registry;
        this.ledger = ledger;
        this.policy = policy;
    }

    /** {@code GET /api/me}: name, role, team, key kind and processing, training status. */
    void me(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("user", caller.name()).put("role", caller.role().name().toLowerCase(Locale.ROOT))
                .put("key_kind", caller.automated() ? "automated" : "personal")
                .put("processing", caller.processing() == null ? null : caller.processing().name());
        String team = caller.teamId() == null ? null : registry.teams().stream()
                .filter(t -> t.id().equals(caller.teamId())).map(Registry.Team::name).findFirst().orElse(null);
        body.put("team", team);
        ObjectNode trainingNode = body.putObject("training");
        trainingNode.put("required", policy.training().required())
                .put("valid", caller.trainedOn(ledger.today()))
                .put("valid_until", caller.trainedUntil() == null ? null : caller.trainedUntil().toString())
                .put("self_attestation", policy.training().selfAttestation())
                .put("catalogue_url", "/training");
        Json.send(response, 200, body);
    }

    /** {@code GET /api/usage}: the caller's counters (day, month; user and team) and quotas with what is used. */
    void usage(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        ObjectNode body = Json.MAPPER.createObjectNode();
        counters(body.putObject("user"), ledger.current(Registry.Scope.USER, caller.userId()));
        if (caller.teamId() != null) {
            counters(body.putObject("team"), ledger.current(Registry.Scope.TEAM, caller.teamId()));
        } else {
            body.putNull("team");
        }
        ArrayNode quotas = body.putArray("quotas");
        for (UsageLedger.Standing standing : ledger.standings(caller)) {
            ObjectNode item = AdminEndpoints.quota(standing.quota());
            item.remove("subject");
            item.put("used", standing.used()).put("resets_at", standing.resetsAt().toString());
            quotas.add(item);
        }
        Json.send(response, 200, body);
    }

    /**
     * {@code GET /api/usage/history?days=30}: the caller's answered requests by day and model, and
     * what the same answers would have cost on the large external models of the source document's
     * comparison (EcoLogits, profile 0.10, same output tokens).
     */
    void history(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        int days;
        try {
            days = Integer.parseInt(request.query().first("days").orElse("30"));
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > 366) {
            throw ApiError.invalid("invalid_days", "'days' must be a whole number from 1 to 366.", "days");
        }
        java.time.Instant from = ledger.today().minusDays(days - 1L).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        ObjectNode body = Json.MAPPER.createObjectNode().put("days", days).put("from", from.toString());
        ArrayNode lines = body.putArray("data");
        long requests = 0;
        double energy = 0;
        double gwp = 0;
        for (org.passerelle.usage.UsageHistory.Line line : history.byDay(caller.userId(), from)) {
            lines.addObject().put("date", line.period().toString()).put("model", line.model())
                    .put("requests", line.requests()).put("output_tokens", line.outputTokens())
                    .put("energy_wh", line.energyWh()).put("gco2eq", line.gwpGrams());
            requests += line.requests();
            energy += line.energyWh();
            gwp += line.gwpGrams();
        }
        body.putObject("totals").put("requests", requests).put("energy_wh", energy).put("gco2eq", gwp);
        long[] tokens = history.outputTokens(caller.userId(), from);
        ArrayNode comparison = body.putArray("comparison");
        for (String model : org.passerelle.footprint.Footprint.SOURCE_DOCUMENT_MODELS) {
            String[] parts = model.split("/", 2);
            double modelEnergy = 0;
            double modelGwp = 0;
            for (long count : tokens) {
                if (footprint.estimate(new org.passerelle.footprint.EstimateRequest(parts[0], parts[1], count,
                        Double.POSITIVE_INFINITY, null, org.passerelle.footprint.Profile.V0_10, null))
                        instanceof org.passerelle.footprint.Estimate.Computed computed) {
                    modelEnergy += computed.impacts().energy().mean() * 1000;
                    modelGwp += computed.impacts().gwp().mean() * 1000;
                }
            }
            comparison.addObject().put("model", model).put("energy_wh", modelEnergy).put("gco2eq", modelGwp);
        }
        Json.send(response, 200, body);
    }

    static void counters(ObjectNode node, Map<Registry.Period, UsageLedger.Counter> counters) {
        counters.forEach((period, counter) -> node.putObject(period.name().toLowerCase(Locale.ROOT))
                .put("requests", counter.requests()).put("tokens", counter.tokens())
                .put("energy_wh", counter.energyWh()).put("gco2eq", counter.gwpGrams()));
    }

    /** {@code GET /api/me/attestations}: the caller's own attestations. */
    void attestations(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        ObjectNode body = Json.MAPPER.createObjectNode().put("object", "list");
        ArrayNode data = body.putArray("data");
        registry.attestations(caller.name()).forEach(a -> data.add(AdminEndpoints.attestation(a)));
        Json.send(response, 200, body);
    }

    /**
     * {@code POST /api/me/attestations {"training", "attested_on", "ethics_acknowledged": true}}:
     * a user records their own training, when the policy allows it.
     */
    void attest(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        if (!policy.training().selfAttestation()) {
            throw new ApiError(403, "permission_error", "self_attestation_disabled", "The policy does not let users record "
                    + "their own training; ask your administrator to record it.", null);
        }
        ObjectNode input = Json.readObject(request, 64 * 1024);
        Registry.Attestation attestation = registry.attest(caller.name(), AdminEndpoints.text(input, "training", true),
                AdminEndpoints.date(input, "attested_on", false), null, input.path("ethics_acknowledged").asBoolean(false),
                "self", policy.training().validityDays());
        keys.forgetUser(caller.userId());
        Json.send(response, 201, AdminEndpoints.attestation(attestation));
    }

    /** {@code GET /training[?lang=en]}: the catalogue page, French unless English is asked for or preferred. */
    void trainingPage(ServerRequest request, ServerResponse response) {
        String language = request.query().first("lang").orElseGet(() -> request.headers()
                .first(HeaderNames.ACCEPT_LANGUAGE).map(value -> value.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr")
                .orElse("fr"));
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        response.send(training.html(language).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET /api/training}: the catalogue as JSON. */
    void trainingCatalogue(ServerRequest request, ServerResponse response) {
        Json.send(response, 200, training.json());
    }
}
