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
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Detector;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Detection and classification speed, on one thread:
 * <ul>
 *   <li>{@code oneMegabyteMix}: a 1 MB text made of the detect-dev documents and, when the shared
 *       folder is present, AP-HP's eds-pseudo snippets, shuffled with a fixed seed, analysed as one
 *       text; throughput in MB/s is 1000 / (ms per op);</li>
 *   <li>{@code oneMegabyteAsDocuments}: the same megabyte, each document analysed on its own;</li>
 *   <li>{@code fourKilobytePrompt}: a 4 KB prompt (a discharge letter and a question), sampled so
 *       that JMH reports the p50/p99 time of one request's scan;</li>
 *   <li>{@code fourKilobyteTask}: the task recognition of the same prompt (frugal routing).</li>
 * </ul>
 * Run: {@code java -jar passerelle-benchmarks/target/benchmarks.jar DetectionBenchmark}
 * from the repository root (it reads {@code reference-data/detect-dev/corpus.jsonl}).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DetectionBenchmark {

    private Detector detector;
    private String mix;
    private List<String> mixDocuments;
    private String prompt;

    @Setup
    public void setUp() {
        detector = Detector.withDefaults();
        Corpora.Mix megabyte = Corpora.megabyte();
        mix = megabyte.text();
        mixDocuments = megabyte.documents();
        prompt = Corpora.prompt();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Analysis oneMegabyteMix() {
        return detector.analyze(mix);
    }

    /** The same megabyte as the documents it is made of, each analysed on its own, as requests arrive. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int oneMegabyteAsDocuments() {
        int findings = 0;
        for (String document : mixDocuments) {
            findings += detector.analyze(document).findings().size();
        }
        return findings;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Analysis fourKilobytePrompt() {
        return detector.analyze(prompt);
    }

    private final org.passerelle.routing.TaskRecognizer tasks = new org.passerelle.routing.TaskRecognizer();

    /** Task recognition of the same 4 KB prompt, which frugal routing adds to every chat request. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public org.passerelle.routing.TaskRecognizer.Recognition fourKilobyteTask() {
        return tasks.recognize(prompt);
    }
}
