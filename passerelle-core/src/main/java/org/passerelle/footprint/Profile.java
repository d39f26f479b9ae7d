package org.passerelle.footprint;

import java.util.Arrays;

/**
 * A version of the EcoLogits method. The method changed between releases in three places only:
 * whether per-model deployment throughput replaces the latency regression, the embodied impacts
 * of one GPU, and the energy on which the data-centre water is computed (footprint-method §3).
 */
public enum Profile {
    /** EcoLogits 0.9.x: latency always from the regression; the source document's figures. */
    V0_9("0.9", false, 164, 5.1e-3, 1828, false),
    /** EcoLogits 0.10: deployment {@code tps/ttft} from the model record, when present. */
    V0_10("0.10", true, 164, 5.1e-3, 1828, false),
    /** EcoLogits 0.11: new GPU embodied factors, water on IT energy (before PUE). */
    V0_11("0.11", true, 273, 0.00895, 3721, true);

    private final String label;
    final boolean useDeployment;
    final double gpuEmbodiedGwp;
    final double gpuEmbodiedAdpe;
    final double gpuEmbodiedPe;
    final boolean waterOnItEnergy;

    Profile(String label, boolean useDeployment, double gpuEmbodiedGwp, double gpuEmbodiedAdpe,
            double gpuEmbodiedPe, boolean waterOnItEnergy) {
        this.label = label;
        this.useDeployment = useDeployment;
        this.gpuEmbodiedGwp = gpuEmbodiedGwp;
        this.gpuEmbodiedAdpe = gpuEmbodiedAdpe;
        this.gpuEmbodiedPe = gpuEmbodiedPe;
        this.waterOnItEnergy = waterOnItEnergy;
    }

    /** The profile's name as people write it: {@code 0.9}, {@code 0.10}, {@code 0.11}. */
    public String label() {
        return label;
    }

    /** Parses {@code 0.9}, {@code 0.10} or {@code 0.11}. */
    public static Profile parse(String text) {
        for (Profile profile : values()) {
            if (profile.label.equals(text)) {
                return profile;
            }
        }
        throw new FootprintException("unknown-profile", "unknown footprint profile '" + text
                + "'; expected one of " + Arrays.stream(values()).map(Profile::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
