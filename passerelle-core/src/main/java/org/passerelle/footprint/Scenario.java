package org.passerelle.footprint;

import java.util.Arrays;
import java.util.Locale;

/**
 * The EcoLogits Calculator's text-generation presets (footprint-method §9): a typical number of
 * output tokens for a familiar task, so that people can compare models on something they know.
 */
public enum Scenario {
    TWEET("tweet", "Write a tweet", 50),
    EMAIL("email", "Write an email", 170),
    SUMMARY("summary", "Write an article summary", 250),
    CONVERSATION("conversation", "Small conversation with a chatbot", 400),
    REPORT("report", "Write a report of 5 pages", 5000),
    CODE("code", "Write the code for this app", 15000);

    /** The calculator's default throughput for models it has no statistics for, tokens/s. */
    public static final double DEFAULT_THROUGHPUT = 80.0;

    private final String id;
    private final String description;
    private final int outputTokens;

    Scenario(String id, String description, int outputTokens) {
        this.id = id;
        this.description = description;
        this.outputTokens = outputTokens;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public int outputTokens() {
        return outputTokens;
    }

    /**
     * The latency the calculator assumes: under profile 0.9, tokens divided by the model's
     * OpenRouter throughput (80 tok/s when unknown); from 0.10 on, none (the model's own
     * deployment data are used).
     */
    public double latencySeconds(Footprint footprint, Profile profile, String provider, String model) {
        if (profile != Profile.V0_9) {
            return Double.POSITIVE_INFINITY;
        }
        double throughput = footprint.calculatorThroughput(provider, model).orElse(DEFAULT_THROUGHPUT);
        return outputTokens / throughput;
    }

    public static Scenario parse(String text) {
        for (Scenario scenario : values()) {
            if (scenario.id.equals(text.toLowerCase(Locale.ROOT))) {
                return scenario;
            }
        }
        throw new FootprintException("unknown-scenario", "unknown scenario '" + text + "'; expected one of "
                + Arrays.stream(values()).map(Scenario::id).toList());
    }
}
