package org.passerelle.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Detector;

import java.util.concurrent.TimeUnit;

/**
 * Detection of a 256 KB text made of one short unit repeated: chains of compounds ({@code O'O'…},
 * {@code Le’Le’…}), single digits one space apart (a pasted 0/1 matrix: {@code 1 1 1 …}), a code
 * that never ends ({@code patient-1patient-1…}). Each made the detector quadratic until their
 * walks were bounded (a 64 KB {@code O'O'…} took 4.8 s); a text of prose is the reference.
 * Run: {@code java -jar passerelle-benchmarks/target/benchmarks.jar ForgedInputBenchmark}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ForgedInputBenchmark {

    private static final int SIZE = 256 * 1024;

    @Param({"O'", "Le’", "1 ", "patient-1", "prose"})
    public String unit;

    private Detector detector;
    private String text;

    @Setup
    public void setUp() {
        detector = Detector.withDefaults();
        String repeated = unit.equals("prose") ? Corpora.megabyte().text().substring(0, SIZE) : unit;
        text = repeated.repeat(Math.max(1, SIZE / repeated.length()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Analysis analyze() {
        return detector.analyze(text);
    }
}
