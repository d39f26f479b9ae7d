package org.passerelle.footprint;

import java.util.List;

/**
 * The outcome of one footprint estimate: either computed impacts with their provenance, or the
 * documented EcoLogits error that prevented it. Estimates never throw for a model or zone that is
 * unknown: that is an ordinary outcome.
 */
public sealed interface Estimate {

    /** The request this estimate answers. */
    EstimateRequest request();

    /**
     * Computed impacts.
     *
     * @param zone        the electricity zone actually used
     * @param dataVersion the model file and mix file the numbers come from
     * @param warnings    rendered EcoLogits warnings, de-duplicated by code
     */
    record Computed(EstimateRequest request, Impacts impacts, String zone, String dataVersion,
                    List<Warning> warnings) implements Estimate {
        public Computed {
            warnings = List.copyOf(warnings);
        }
    }

    /** No numbers: {@code code} is e.g. {@code model-not-registered} or {@code zone-not-registered}. */
    record Failed(EstimateRequest request, String code, String message) implements Estimate {
    }

    /** An EcoLogits warning: a stable code and its message with the documentation link. */
    record Warning(String code, String message) {
    }
}
