package org.passerelle.footprint;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Models the gateway declares itself (a local Ollama model, an internal vLLM server). */
class DeclaredModelsTest {

    private final Footprint footprint = Footprint.ecologits().withDeclared(
            List.of(ModelSpec.dense("local", "llama3.2:1b", 1.24), ModelSpec.dense("internal-vllm", "mistral-small", 24)),
            Map.of("local", DataCenter.onPremises(null, 1.0, 0.0),
                    "internal-vllm", DataCenter.onPremises(null, 1.4, 0.5)));

    @Test
    void a_local_model_is_estimated_on_the_french_mix_by_default() {
        Estimate estimate = footprint.estimate(EstimateRequest.of("local", "llama3.2:1b", 250, Profile.V0_10));

        assertThat(estimate).isInstanceOf(Estimate.Computed.class);
        Estimate.Computed computed = (Estimate.Computed) estimate;
        assertThat(computed.zone()).isEqualTo("FRA");
        assertThat(computed.warnings()).isEmpty();
        assertThat(computed.impacts().energy().isScalar()).isTrue();
    }

    @Test
    void the_result_is_the_method_applied_to_the_declared_parameters() {
        Estimate.Computed computed = (Estimate.Computed) footprint.estimate(
                new EstimateRequest("internal-vllm", "mistral-small", 400, 12.5, null, Profile.V0_10, null));
        ElectricityMix france = new ElectricityMix("FRA", 4.858e-08, 9.3135, 0.04418, 3.6737);
        Impacts expected = Footprint.compute(Profile.V0_10, ModelSpec.dense("x", "y", 24), 400, 12.5,
                DataCenter.onPremises("FRA", 1.4, 0.5), mixOf("FRA", france));

        assertThat(computed.impacts()).isEqualTo(expected);
    }

    @Test
    void a_small_local_model_costs_far_less_than_a_large_external_one() {
        Estimate.Computed local = (Estimate.Computed) footprint.estimate(EstimateRequest.of("local", "llama3.2:1b", 250, Profile.V0_10));
        Estimate.Computed external = (Estimate.Computed) footprint.estimate(EstimateRequest.of("openai", "gpt-5", 250, Profile.V0_10));

        assertThat(local.impacts().energy().max() * 10).isLessThan(external.impacts().energy().min());
        assertThat(local.impacts().gwp().max() * 30).isLessThan(external.impacts().gwp().min());
    }

    @Test
    void on_premises_data_centres_are_validated() {
        assertThatThrownBy(() -> DataCenter.onPremises("FRA", 0.8, 0)).isInstanceOf(FootprintException.class)
                .hasMessageContaining("PUE");
    }

    @Test
    void an_unknown_declared_zone_is_the_documented_error() {
        Footprint elsewhere = Footprint.ecologits().withDeclared(List.of(ModelSpec.dense("lab", "m", 3)),
                Map.of("lab", DataCenter.onPremises("ATL", 1.0, 0.0)));

        Estimate estimate = elsewhere.estimate(EstimateRequest.of("lab", "m", 10, Profile.V0_10));

        assertThat(estimate).isInstanceOfSatisfying(Estimate.Failed.class,
                failed -> assertThat(failed.code()).isEqualTo("zone-not-registered"));
    }

    /** The FRA row of the shipped electricity_mixes.csv, read through the engine to avoid copying it. */
    private ElectricityMix mixOf(String zone, ElectricityMix fallback) {
        return footprint.mix(zone).orElse(fallback);
    }
}
