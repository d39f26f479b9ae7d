package org.passerelle.footprint;

import java.util.List;

/**
 * What the method needs to know of a model: its active and total parameter counts in billions
 * (ranges when undisclosed), its measured serving speed when known, and the warnings that go
 * with any estimate made for it.
 *
 * @param provider     provider key, e.g. {@code openai}, {@code mistralai}, or a gateway provider id
 * @param name         model name, exact and case-sensitive
 * @param activeParams active parameters, billions
 * @param totalParams  total parameters, billions
 * @param tps          output tokens per second of the deployment, or {@code null}
 * @param ttft         time to first token of the deployment, seconds, or {@code null}
 * @param warnings     EcoLogits warning codes, in file order
 */
public record ModelSpec(String provider, String name, Range activeParams, Range totalParams,
                        Double tps, Double ttft, List<String> warnings) {

    public ModelSpec {
        warnings = List.copyOf(warnings);
    }

    /** A dense model of {@code params} billion parameters with no known deployment data. */
    public static ModelSpec dense(String provider, String name, double params) {
        return new ModelSpec(provider, name, Range.of(params), Range.of(params), null, null, List.of());
    }

    /** The same model known under another name (EcoLogits aliases). */
    public ModelSpec named(String alias) {
        return new ModelSpec(provider, alias, activeParams, totalParams, tps, ttft, warnings);
    }
}
