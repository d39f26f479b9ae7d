package org.passerelle.footprint;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class FootprintPropertiesTest {

    private static final Footprint FOOTPRINT = Footprint.ecologits();

    @Property(tries = 300)
    void footprint_grows_with_output_tokens(@ForAll @IntRange(min = 0, max = 100_000) int tokens,
                                            @ForAll @IntRange(min = 1, max = 10_000) int more) {
        Impacts fewer = impacts(tokens);
        Impacts larger = impacts(tokens + more);

        assertThat(larger.energy().min()).isGreaterThan(fewer.energy().min());
        assertThat(larger.gwp().max()).isGreaterThan(fewer.gwp().max());
        assertThat(larger.wcf().mean()).isGreaterThan(fewer.wcf().mean());
    }

    @Property(tries = 300)
    void every_bound_is_finite_and_ordered(@ForAll @DoubleRange(min = 0.01, max = 5000) double params,
                                           @ForAll @IntRange(min = 0, max = 50_000) int tokens,
                                           @ForAll @DoubleRange(min = 0.01, max = 600) double latency) {
        ModelSpec model = ModelSpec.dense("local", "m", params);
        DataCenter dataCenter = new DataCenter("FRA", Range.of(1.1, 1.4), Range.of(0, 0.5));
        ElectricityMix mix = new ElectricityMix("FRA", 4.858e-8, 11.289, 0.04418, 4.42);
        for (Profile profile : Profile.values()) {
            Impacts impacts = Footprint.compute(profile, model, tokens, latency, dataCenter, mix);
            for (Range range : new Range[] {impacts.energy(), impacts.gwp(), impacts.adpe(), impacts.pe(), impacts.wcf()}) {
                assertThat(range.min()).isFinite().isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(range.max());
            }
        }
    }

    private static Impacts impacts(int tokens) {
        Estimate estimate = FOOTPRINT.estimate(EstimateRequest.of("openai", "gpt-4o-mini", tokens, Profile.V0_10));
        return ((Estimate.Computed) estimate).impacts();
    }
}
