package org.passerelle.config;

import org.passerelle.routing.Task;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The institute's rules as configured (docs/architecture.md, policy section). Rules 1 and 2 (no
 * sensitive data, no sensitive code outside local and internal models) and 6 (fail closed) have
 * no switch: the policy can tighten the others, never loosen those.
 *
 * @param onSensitive            rule 1: reroute a sensitive request to an allowed model, or refuse it
 * @param allowExternal          rule 4: whether {@code external} providers may be used at all
 * @param allowedPaidSubscriptions rule 4: ids of paid non-sovereign subscriptions explicitly allowed
 * @param training               rule 5: the training gate
 * @param minimumTiers           frugal routing: the lowest model tier good enough for each task
 */
public record PolicyConfig(GatewayConfig.OnSensitive onSensitive, boolean allowExternal,
                           Set<String> allowedPaidSubscriptions, Training training, Map<Task, Integer> minimumTiers) {

    public PolicyConfig {
        allowedPaidSubscriptions = Set.copyOf(allowedPaidSubscriptions);
        minimumTiers = Map.copyOf(minimumTiers);
    }

    /**
     * Rule 5 (R1): training before use.
     *
     * @param required        whether a valid attestation is needed to reach any model
     * @param selfAttestation whether users may record their own attestation
     * @param validityDays    how long an attestation is valid when no expiry is given
     */
    public record Training(boolean required, boolean selfAttestation, int validityDays) {
    }

    public int minimumTier(Task task) {
        return minimumTiers.getOrDefault(task, 1);
    }

    /** Model tiers: 1 small (a few billion parameters), 2 medium, 3 large. */
    public static final int MAX_TIER = 3;

    /** The defaults: reroute, no external provider, training required (self-attestation allowed, one year). */
    public static PolicyConfig defaults() {
        Map<Task, Integer> tiers = new EnumMap<>(Task.class);
        tiers.put(Task.CORRECTION, 1);
        tiers.put(Task.CLASSIFICATION, 1);
        tiers.put(Task.SUMMARY, 1);
        tiers.put(Task.TRANSLATION, 2);
        tiers.put(Task.EXTRACTION, 2);
        tiers.put(Task.QUESTION_ANSWERING, 2);
        tiers.put(Task.CREATIVE_WRITING, 2);
        tiers.put(Task.CODE, 2);
        return new PolicyConfig(GatewayConfig.OnSensitive.REROUTE, false, Set.of(),
                new Training(true, true, 365), tiers);
    }

    /** The default tier of a model of this size: under 4 B parameters 1, under 30 B 2, else 3. */
    public static int defaultTier(double parametersBillion) {
        return parametersBillion < 4 ? 1 : parametersBillion < 30 ? 2 : 3;
    }
}
