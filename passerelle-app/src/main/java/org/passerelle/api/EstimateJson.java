package org.passerelle.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Impacts;
import org.passerelle.footprint.Range;

/** A footprint estimate as JSON, the same for the command line and the API. */
public final class EstimateJson {

    private EstimateJson() {
    }

    public static ObjectNode of(Estimate estimate) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        EstimateRequest request = estimate.request();
        node.put("provider", request.provider());
        node.put("model", request.model());
        node.put("output_tokens", request.outputTokens());
        if (Double.isInfinite(request.latencySeconds())) {
            node.putNull("request_latency_s");
        } else {
            node.put("request_latency_s", request.latencySeconds());
        }
        node.put("profile", request.profile().label());
        switch (estimate) {
            case Estimate.Failed failed -> {
                ObjectNode error = node.putObject("error");
                error.put("code", failed.code());
                error.put("message", failed.message());
            }
            case Estimate.Computed computed -> {
                node.put("zone", computed.zone());
                node.put("data_version", computed.dataVersion());
                Impacts impacts = computed.impacts();
                ObjectNode values = node.putObject("impacts");
                range(values, "energy_kwh", impacts.energy());
                range(values, "gwp_kgco2eq", impacts.gwp());
                range(values, "adpe_kgsbeq", impacts.adpe());
                range(values, "pe_mj", impacts.pe());
                range(values, "wcf_l", impacts.wcf());
                ObjectNode embodied = node.putObject("embodied");
                range(embodied, "gwp_kgco2eq", impacts.embodiedGwp());
                range(embodied, "adpe_kgsbeq", impacts.embodiedAdpe());
                range(embodied, "pe_mj", impacts.embodiedPe());
                ArrayNode warnings = node.putArray("warnings");
                for (Estimate.Warning warning : computed.warnings()) {
                    warnings.addObject().put("code", warning.code()).put("message", warning.message());
                }
            }
        }
        return node;
    }

    static void range(ObjectNode parent, String name, Range range) {
        parent.putObject(name).put("mean", range.mean()).put("min", range.min()).put("max", range.max());
    }
}
