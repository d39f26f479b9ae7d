package org.passerelle.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.config.GatewayConfig;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Reason;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.Impacts;
import org.passerelle.policy.Advice;
import org.passerelle.policy.Decision;
import org.passerelle.usage.UsageLedger;

import java.util.List;

import java.util.Locale;

/**
 * What every answer says about itself: which model and provider served it, where it runs, what
 * the policy decided and why, what sensitive data were found (labels and counts, never text),
 * and its footprint. Sent as {@code X-Passerelle-*} headers and as a {@code passerelle} object.
 */
record Provenance(String requestId, String project, String requestedModel, GatewayConfig.Model model, GatewayConfig.Provider provider, Decision decision,
                  Analysis analysis, Advice advice, List<UsageLedger.Standing> quotaWarnings, List<String> failedOver) {

    Provenance {
        failedOver = List.copyOf(failedOver);
    }

    /** The same answer's provenance, served by another model after {@code failed} failed with {@code code}. */
    Provenance failover(GatewayConfig.Model next, GatewayConfig.Provider nextProvider, String failed, String code) {
        List<String> failures = new java.util.ArrayList<>(failedOver);
        failures.add(failed + ":" + code);
        return new Provenance(requestId, project, requestedModel, next, nextProvider, decision, analysis, advice,
                quotaWarnings, failures);
    }

    static final String EXPERT_REVIEW = "Generated code must be reviewed by an expert before use (institute's "
            + "recommendations, section 4).";
    static final String CLASSICAL_ML = "This looks like prediction or clustering on tabular data: classical machine "
            + "learning (scikit-learn, R) does it better, reproducibly and with far less energy than a language model.";

    void headers(ServerResponse response) {
        response.header(HeaderNames.create("X-Passerelle-Request-Id"), requestId);
        response.header(HeaderNames.create("X-Passerelle-Model"), model.id());
        response.header(HeaderNames.create("X-Passerelle-Provider"), provider.id());
        response.header(HeaderNames.create("X-Passerelle-Hosting"), provider.hosting().id());
        response.header(HeaderNames.create("X-Passerelle-Decision"), decision.name());
        response.header(HeaderNames.create("X-Passerelle-Sensitive"), Boolean.toString(analysis.classification().sensitive()));
        if (advice.task() != null) {
            response.header(HeaderNames.create("X-Passerelle-Task"), advice.task().id());
        }
        if (!failedOver.isEmpty()) {
            response.header(HeaderNames.create("X-Passerelle-Failover"), String.join(",", failedOver));
        }
        if (advice.expertReview()) {
            response.header(HeaderNames.create("X-Passerelle-Notice"), "expert-review-required");
        }
        if (advice.classicalMl()) {
            response.header(HeaderNames.create("X-Passerelle-Hint"), "classical-machine-learning");
        }
        if (advice.suggestion() != null) {
            response.header(HeaderNames.create("X-Passerelle-Suggestion"), advice.suggestion().id());
        }
        for (UsageLedger.Standing warning : quotaWarnings) {
            response.header(HeaderNames.create("X-Passerelle-Quota-Warning"), describe(warning));
        }
    }

    /** A quota warning as a header says it: {@code user day requests 85/100}. */
    static String describe(UsageLedger.Standing standing) {
        return standing.quota().scope().name().toLowerCase(Locale.ROOT) + " " + standing.quota().period().name()
                .toLowerCase(Locale.ROOT) + " " + standing.quota().metric().id() + " " + amount(standing.used()) + "/"
                + amount(standing.quota().soft());
    }

    private static String amount(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    void footprintHeaders(ServerResponse response, Estimate estimate) {
        if (estimate instanceof Estimate.Computed computed) {
            response.header(HeaderNames.create("X-Passerelle-Energy-Wh"), format(computed.impacts().energy().mean() * 1000));
            response.header(HeaderNames.create("X-Passerelle-GWP-gCO2eq"), format(computed.impacts().gwp().mean() * 1000));
        }
    }

    /** @param suggested the footprint the suggested model would have had for the same answer, or null */
    ObjectNode json(Estimate estimate, long outputTokens, double latencySeconds, Estimate suggested) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("request_id", requestId);
        if (project != null) {
            node.put("project", project);
        }
        node.put("requested_model", requestedModel);
        node.put("served_model", model.id());
        node.put("provider", provider.id());
        node.put("hosting", provider.hosting().id());
        node.put("decision", decision.name());
        if (decision instanceof Decision.Reroute reroute) {
            node.put("reason", reroute.reason());
            node.put("reason_code", reroute.code());
        }
        if (advice.task() != null) {
            node.put("task", advice.task().id());
        }
        if (!failedOver.isEmpty()) {
            var failures = node.putArray("failover");
            for (String failure : failedOver) {
                int colon = failure.lastIndexOf(':');
                failures.addObject().put("model", failure.substring(0, colon)).put("code", failure.substring(colon + 1));
            }
        }
        if (advice.route() != null) {
            node.put("route", advice.route());
        }
        var notices = node.putArray("notices");
        if (advice.expertReview()) {
            notices.addObject().put("code", "expert_review_required").put("message", EXPERT_REVIEW);
        }
        if (advice.classicalMl()) {
            notices.addObject().put("code", "classical_machine_learning").put("message", CLASSICAL_ML);
        }
        if (advice.suggestion() != null) {
            ObjectNode suggestion = node.putObject("suggestion");
            suggestion.put("model", advice.suggestion().id());
            if (estimate instanceof Estimate.Computed served && suggested instanceof Estimate.Computed smaller) {
                suggestion.put("saving_wh", (served.impacts().energy().mean() - smaller.impacts().energy().mean()) * 1000);
                suggestion.put("saving_gco2eq", (served.impacts().gwp().mean() - smaller.impacts().gwp().mean()) * 1000);
            }
            suggestion.put("message", "'" + advice.suggestion().id() + "' is good enough for " + advice.task().id()
                    + " and uses less energy; try it, or the model 'auto'.");
        }
        if (!quotaWarnings.isEmpty()) {
            var warnings = node.putArray("quota_warnings");
            for (UsageLedger.Standing warning : quotaWarnings) {
                warnings.addObject().put("scope", warning.quota().scope().name().toLowerCase(Locale.ROOT))
                        .put("period", warning.quota().period().name().toLowerCase(Locale.ROOT))
                        .put("metric", warning.quota().metric().id()).put("used", warning.used())
                        .put("soft_limit", warning.quota().soft()).put("resets_at", warning.resetsAt().toString());
            }
        }
        node.put("sensitive", analysis.classification().sensitive());
        var reasons = node.putArray("reasons");
        analysis.classification().reasons().stream().map(Reason::name).sorted().forEach(reasons::add);
        ObjectNode findings = node.putObject("findings");
        analysis.counts().forEach((label, count) -> findings.put(label.name(), count));
        ObjectNode footprint = node.putObject("footprint");
        footprint.put("output_tokens", outputTokens);
        footprint.put("latency_s", latencySeconds);
        footprint.put("profile", estimate.request().profile().label());
        switch (estimate) {
            case Estimate.Computed computed -> {
                Impacts impacts = computed.impacts();
                EstimateJson.range(footprint, "energy_wh", impacts.energy().scaled(1000));
                EstimateJson.range(footprint, "gwp_gco2eq", impacts.gwp().scaled(1000));
                EstimateJson.range(footprint, "adpe_mgsbeq", impacts.adpe().scaled(1_000_000));
                EstimateJson.range(footprint, "pe_kj", impacts.pe().scaled(1000));
                EstimateJson.range(footprint, "water_ml", impacts.wcf().scaled(1000));
                footprint.put("zone", computed.zone());
            }
            case Estimate.Failed failed -> footprint.put("error", failed.code());
        }
        return node;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
