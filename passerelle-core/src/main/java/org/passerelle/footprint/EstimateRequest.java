package org.passerelle.footprint;

/**
 * One model call to estimate.
 *
 * @param provider       provider key (EcoLogits' {@code openai}, {@code mistralai}... or a gateway provider id)
 * @param model          model name, exact
 * @param outputTokens   generated tokens, ≥ 0
 * @param latencySeconds measured request latency, {@code Double.POSITIVE_INFINITY} when unknown
 * @param zone           electricity zone, or {@code null} for the provider's default
 * @param profile        method version
 * @param modelsFile     model file to look the model up in, or {@code null} for the profile's default
 */
public record EstimateRequest(String provider, String model, double outputTokens, double latencySeconds,
                              String zone, Profile profile, String modelsFile) {

    public EstimateRequest {
        if (!(outputTokens >= 0) || Double.isInfinite(outputTokens)) {
            throw new FootprintException("invalid-tokens", "output tokens must be a finite number ≥ 0");
        }
        if (!(latencySeconds > 0)) {
            throw new FootprintException("invalid-latency", "request latency must be > 0 seconds (or unknown)");
        }
        if (provider == null || model == null || profile == null) {
            throw new FootprintException("invalid-request", "provider, model and profile are required");
        }
    }

    /** A request with no measured latency, the provider's default zone and the profile's model file. */
    public static EstimateRequest of(String provider, String model, double outputTokens, Profile profile) {
        return new EstimateRequest(provider, model, outputTokens, Double.POSITIVE_INFINITY, null, profile, null);
    }
}
