package org.passerelle.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
    public void setUp() throws IOException {
        detector = Detector.withDefaults();
        List<String> texts = new ArrayList<>(texts(Path.of("reference-data/detect-dev/corpus.jsonl"), "text"));
        Path eds = Path.of("../shared/data/eds-pseudo/train.jsonl");
        if (Files.isRegularFile(eds)) {
            texts.addAll(texts(eds, "note_text"));
        }
        StringBuilder builder = new StringBuilder(1 << 20);
        mixDocuments = new ArrayList<>();
        Random random = new Random(42);
        while (builder.length() < 1_000_000) {
            Collections.shuffle(texts, random);
            for (String text : texts) {
                String piece = text.substring(0, Math.min(text.length(), 1_000_000 - builder.length()));
                builder.append(piece).append("\n\n");
                mixDocuments.add(piece);
                if (builder.length() >= 1_000_000) {
                    break;
                }
            }
        }
        mix = builder.substring(0, 1_000_000);
        StringBuilder letter = new StringBuilder();
        for (String text : texts(Path.of("reference-data/detect-dev/corpus.jsonl"), "text")) {
            if (letter.length() + text.length() > 4096) {
                break;
            }
            letter.append(text).append('\n');
        }
        prompt = letter.toString();
    }

    private static List<String> texts(Path corpus, String field) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = mapper.readTree(line);
                texts.add(node.get(field).asText());
            }
        }
        return texts;
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
