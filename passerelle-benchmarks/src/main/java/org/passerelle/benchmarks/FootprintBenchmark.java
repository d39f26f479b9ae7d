package org.passerelle.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.Profile;

import java.util.concurrent.TimeUnit;

/**
 * Cost of one footprint estimate once the catalogue is loaded: what the gateway pays on every
 * response. Target: under 1 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FootprintBenchmark {

    private Footprint footprint;
    private EstimateRequest rangedModel;
    private EstimateRequest denseModel;

    @Setup
    public void setUp() {
        footprint = Footprint.ecologits();
        rangedModel = new EstimateRequest("openai", "gpt-5", 250, 6.05, null, Profile.V0_9, null);
        denseModel = new EstimateRequest("mistralai", "mistral-large-latest", 250, Double.POSITIVE_INFINITY, null,
                Profile.V0_10, null);
    }

    /** A MoE model with an uncertain size: two passes of the method. */
    @Benchmark
    public Estimate estimateRangedModel() {
        return footprint.estimate(rangedModel);
    }

    /** A dense model with deployment throughput: one pass. */
    @Benchmark
    public Estimate estimateDenseModel() {
        return footprint.estimate(denseModel);
    }
}
