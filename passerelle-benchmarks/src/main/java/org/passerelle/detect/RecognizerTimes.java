package org.passerelle.detect;

import org.passerelle.benchmarks.Corpora;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where detection spends its time: building the document and each recognizer, timed alone on
 * the 1 MB mix (best of the rounds). It lives in the detector's package to reach the recognizers,
 * which are not public; it is a measuring tool, not part of the product.
 *
 * <p>Run from the repository root:
 * {@code java -cp passerelle-benchmarks/target/benchmarks.jar org.passerelle.detect.RecognizerTimes [ROUNDS]}.
 */
public final class RecognizerTimes {

    private RecognizerTimes() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        String mix = Corpora.megabyte().text();
        List<Recognizer> recognizers = RecognizerRegistry.defaults().recognizers();
        Map<String, Double> best = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        int warmUp = 3;
        for (int round = 0; round < warmUp + rounds; round++) {
            long start = System.nanoTime();
            Document document = null;
            for (int pass = 0; pass < 5; pass++) {
                document = new Document(mix);
            }
            record(best, round >= warmUp, "document", start);
            start = System.nanoTime();
            document.signals();
            record(best, round >= warmUp, "vocabulary bits and cues (once)", start, 1);
            for (Recognizer recognizer : recognizers) {
                start = System.nanoTime();
                for (int pass = 0; pass < 5; pass++) {
                    out.clear();
                    recognizer.recognize(document, out);
                }
                record(best, round >= warmUp, recognizer.id(), start);
            }
        }
        double total = 0;
        for (Map.Entry<String, Double> entry : best.entrySet()) {
            System.out.printf("%-34s %7.2f ms%n", entry.getKey(), entry.getValue());
            total += entry.getValue();
        }
        System.out.printf("%-34s %7.2f ms (an analysis adds propagation, overlaps, birth dates and classification)%n",
                "sum", total);
    }

    private static void record(Map<String, Double> best, boolean measured, String part, long start) {
        record(best, measured, part, start, 5);
    }

    private static void record(Map<String, Double> best, boolean measured, String part, long start, int passes) {
        if (measured) {
            best.merge(part, (System.nanoTime() - start) / 1e6 / passes, Math::min);
        }
    }
}
