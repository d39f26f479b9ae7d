package org.passerelle.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Compares builds of the detector in one JVM, which is the only fair comparison on a machine
 * whose speed drifts from minute to minute: each build ({@code passerelle-core/target/classes}
 * copied aside before and after a change) is loaded by its own class loader, and rounds of each
 * alternate, each round starting with the next build; the best and median rounds of each are
 * reported, and the median of each round's ratio to the first build's (a slow spell slows both
 * builds of a round alike). Differences of a few per cent are still noise here: repeat, and trust
 * only what repeats.
 *
 * <p>Run from the repository root:
 * {@code java -cp passerelle-benchmarks/target/benchmarks.jar org.passerelle.benchmarks.DetectorAB
 * mix|documents ROUNDS CLASSES_DIR...} ({@code mix}: the 1 MB mix as one text; {@code documents}:
 * the same megabyte document by document).
 */
public final class DetectorAB {

    private DetectorAB() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !(args[0].equals("mix") || args[0].equals("documents"))) {
            System.err.println("usage: DetectorAB mix|documents ROUNDS CLASSES_DIR...");
            System.exit(2);
        }
        boolean documents = args[0].equals("documents");
        int rounds = Integer.parseInt(args[1]);
        String[] builds = Arrays.copyOfRange(args, 2, args.length);
        Corpora.Mix megabyte = Corpora.megabyte();
        List<String> texts = documents ? megabyte.documents() : List.of(megabyte.text());
        Object[] detectors = new Object[builds.length];
        Method[] analyze = new Method[builds.length];
        for (int b = 0; b < builds.length; b++) {
            // The parent is the platform loader: each build sees only its own classes (the core has
            // no dependencies).
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(builds[b]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> detector = loader.loadClass("org.passerelle.detect.Detector");
            detectors[b] = detector.getMethod("withDefaults").invoke(null);
            analyze[b] = detector.getMethod("analyze", String.class);
        }
        int warmUp = 5;
        double[][] times = new double[builds.length][rounds];
        for (int round = 0; round < warmUp + rounds; round++) {
            // Each round starts with the next build: the one run first tends to lose otherwise.
            for (int turn = 0; turn < builds.length; turn++) {
                int b = (round + turn) % builds.length;
                long start = System.nanoTime();
                for (int pass = 0; pass < 3; pass++) {
                    for (String text : texts) {
                        analyze[b].invoke(detectors[b], text);
                    }
                }
                double millis = (System.nanoTime() - start) / 3e6;
                if (round >= warmUp) {
                    times[b][round - warmUp] = millis;
                }
            }
        }
        for (int b = 0; b < builds.length; b++) {
            // Each round's time against the first build's in the same round: a slow spell slows both.
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = times[b][round] / times[0][round];
            }
            double[] sorted = times[b].clone();
            Arrays.sort(sorted);
            Arrays.sort(ratios);
            System.out.printf("%-40s best %.1f, median %.1f ms per MB; median ratio to the first %.3f (%.3f to %.3f in half"
                    + " the rounds)%n", builds[b], sorted[0], sorted[rounds / 2], ratios[rounds / 2], ratios[rounds / 4],
                    ratios[rounds * 3 / 4]);
        }
    }
}
