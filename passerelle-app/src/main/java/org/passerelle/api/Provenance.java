package org.passerelle.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.config.GatewayConfig;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Reason;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.Impacts;
import org.passerelle.policy.Decision;

import java.util.Locale;

/**
 * What every answer says about itself: which model and provider served it, where it runs, what
 * the policy decided and why, what sensitive data were found (labels and counts, never text),
 * and its footprint. Sent as {@code X-Passerelle-*} headers and as a {@code passerelle} object.
 */
record Provenance(String requestedModel, GatewayConfig.Model model, GatewayConfig.Provider provider, Decision decision,
                  Analysis analysis) {

    void headers(ServerResponse response) {
        response.header(HeaderNames.create("X-Passerelle-Model"), model.id());
        response.header(HeaderNames.create("X-Passerelle-Provider"), provider.id());
        response.header(HeaderNames.create("X-Passerelle-Hosting"), provider.hosting().id());
        response.header(HeaderNames.create("X-Passerelle-Decision"), decision.name());
        response.header(HeaderNames.create("X-Passerelle-Sensitive"), Boolean.toString(analysis.classification().sensitive()));
    }

    void footprintHeaders(ServerResponse response, Estimate estimate) {
        if (estimate instanceof Estimate.Computed computed) {
            response.header(HeaderNames.create("X-Passerelle-Energy-Wh"), format(computed.impacts().energy().mean() * 1000));
            response.header(HeaderNames.create("X-Passerelle-GWP-gCO2eq"), format(computed.impacts().gwp().mean() * 1000));
        }
    }

    ObjectNode json(Estimate estimate, long outputTokens, double latencySeconds) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("requested_model", requestedModel);
        node.put("served_model", model.id());
        node.put("provider", provider.id());
        node.put("hosting", provider.hosting().id());
        node.put("decision", decision.name());
        if (decision instanceof Decision.Reroute reroute) {
            node.put("reason", reroute.reason());
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
