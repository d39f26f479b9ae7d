package org.passerelle.footprint;

/**
 * The EcoLogits LLM-inference impact model (footprint-method §3-§5), for one request.
 *
 * <p>Operand order follows EcoLogits' code exactly so that results agree bit for bit; integer
 * quantities are divided as doubles. Pure, allocation-light and thread-safe.
 */
final class LlmImpactModel {

    private static final double GPU_ENERGY_ALPHA = 1.1665273170451914e-06;
    private static final double GPU_ENERGY_BETA = -0.011205921025579175;
    private static final double GPU_ENERGY_GAMMA = 4.052928146734005e-05;
    private static final double LATENCY_ALPHA = 0.0006785088094353663;
    private static final double LATENCY_BETA = 0.0003119310311688259;
    private static final double LATENCY_GAMMA = 0.019473717579473387;
    private static final double QUANTIZATION_BITS = 16;
    private static final double GPU_MEMORY_GB = 80;
    private static final int SERVER_GPUS = 8;
    private static final double SERVER_POWER_KW = 1.2;
    private static final double SERVER_EMBODIED_GWP = 5700;
    private static final double SERVER_EMBODIED_ADPE = 0.37;
    private static final double SERVER_EMBODIED_PE = 70000;
    private static final double HARDWARE_LIFESPAN_S = 3 * 365 * 24 * 60 * 60;
    private static final int BATCH_SIZE = 64;
    private static final double MEMORY_OVERHEAD = 1.2;

    /** {@code exp(β_E·B)}; StrictMath gives the correctly rounded value Python gets from glibc. */
    private static final double BATCH_ENERGY_FACTOR = StrictMath.exp(GPU_ENERGY_BETA * BATCH_SIZE);

    static {
        if (BATCH_ENERGY_FACTOR != 0.4881273492297933) {
            throw new ExceptionInInitializerError("exp(64·β_E) is not the correctly rounded value");
        }
    }

    private LlmImpactModel() {
    }

    /**
     * Computes the impacts of one request.
     *
     * @param latency measured request latency in seconds; {@code +∞} when not measured
     */
    static Impacts compute(Profile profile, ModelSpec model, double outputTokens, double latency,
                           DataCenter dataCenter, ElectricityMix mix) {
        Range active = model.activeParams();
        Range total = model.totalParams();
        Double tps = profile.useDeployment ? model.tps() : null;
        Double ttft = profile.useDeployment ? model.ttft() : null;
        if (active.isScalar() && total.isScalar()) {
            return point(profile, active.min(), total.min(), tps, ttft, outputTokens, latency, dataCenter, mix);
        }
        Impacts low = point(profile, active.min(), total.min(), tps, ttft, outputTokens, latency, dataCenter, mix);
        Impacts high = point(profile, active.max(), total.max(), tps, ttft, outputTokens, latency, dataCenter, mix);
        return new Impacts(
                span(low.energy(), high.energy()),
                span(low.usageGwp(), high.usageGwp()),
                span(low.usageAdpe(), high.usageAdpe()),
                span(low.usagePe(), high.usagePe()),
                span(low.wcf(), high.wcf()),
                span(low.embodiedGwp(), high.embodiedGwp()),
                span(low.embodiedAdpe(), high.embodiedAdpe()),
                span(low.embodiedPe(), high.embodiedPe()));
    }

    private static Range span(Range low, Range high) {
        return Range.of(low.min(), high.max());
    }

    private static Impacts point(Profile profile, double active, double total, Double tps, Double ttft,
                                 double outputTokens, double latency, DataCenter dataCenter,
                                 ElectricityMix mix) {
        // §4.1 GPU energy, independent of latency.
        double energyPerTokenWh = GPU_ENERGY_ALPHA * BATCH_ENERGY_FACTOR * active + GPU_ENERGY_GAMMA;
        double energyPerTokenKwh = energyPerTokenWh / 1000;
        double gpuEnergy = outputTokens * energyPerTokenKwh;

        // §4.2 generation latency, capped by the measured request latency.
        double secondsPerToken;
        if (tps == null) {
            secondsPerToken = LATENCY_ALPHA * active + LATENCY_BETA * BATCH_SIZE + LATENCY_GAMMA;
        } else {
            if (tps == 0) {
                throw new FootprintException("invalid-throughput", "the model's deployment throughput is zero");
            }
            secondsPerToken = 1 / tps;
        }
        double estimatedLatency = outputTokens * secondsPerToken;
        if (ttft != null) {
            estimatedLatency = estimatedLatency + ttft;
        }
        double generationLatency = latency < estimatedLatency ? latency : estimatedLatency;

        // §4.3 GPUs needed to hold the weights, rounded up to a power of two.
        double modelMemory = MEMORY_OVERHEAD * total * QUANTIZATION_BITS / 8;
        double rawGpus = Math.ceil(modelMemory / GPU_MEMORY_GB);
        if (!(rawGpus >= 1)) {
            throw new FootprintException("invalid-parameters",
                    "total parameter count must be positive to size the GPUs, got " + total + " B");
        }
        int gpus = powerOfTwoAtLeast(rawGpus);
        double serverShare = (double) gpus / SERVER_GPUS;

        // §4.4-4.5 energy.
        double serverEnergy = generationLatency / 3600 * SERVER_POWER_KW * serverShare * (1.0 / BATCH_SIZE);
        double itEnergy = serverEnergy + gpus * gpuEnergy;
        Range requestEnergy = dataCenter.pue().times(itEnergy);

        // §4.6 usage impacts.
        Range usageGwp = requestEnergy.times(mix.gwp());
        Range usageAdpe = requestEnergy.times(mix.adpe());
        Range usagePe = requestEnergy.times(mix.pe());
        Range waterIntensity = dataCenter.wue().plus(dataCenter.pue().times(mix.wue()));
        Range water = profile.waterOnItEnergy
                ? Range.of(itEnergy).times(waterIntensity)
                : requestEnergy.times(waterIntensity);

        // §4.7 embodied impacts, amortised over the hardware's life and the batch.
        double lifetimeBatch = HARDWARE_LIFESPAN_S * BATCH_SIZE;
        double hardwareGwp = serverShare * SERVER_EMBODIED_GWP + gpus * profile.gpuEmbodiedGwp;
        double hardwareAdpe = serverShare * SERVER_EMBODIED_ADPE + gpus * profile.gpuEmbodiedAdpe;
        double hardwarePe = serverShare * SERVER_EMBODIED_PE + gpus * profile.gpuEmbodiedPe;
        return new Impacts(requestEnergy, usageGwp, usageAdpe, usagePe, water,
                Range.of(generationLatency * hardwareGwp / lifetimeBatch),
                Range.of(generationLatency * hardwareAdpe / lifetimeBatch),
                Range.of(generationLatency * hardwarePe / lifetimeBatch));
    }

    /** The smallest power of two ≥ n, computed with integers (a log would not be exact). */
    static int powerOfTwoAtLeast(double n) {
        if (n > (1 << 30)) {
            throw new FootprintException("invalid-parameters", "model too large to size: " + n + " GPUs");
        }
        int count = (int) n;
        return count <= 1 ? 1 : Integer.highestOneBit(count - 1) << 1;
    }
}
