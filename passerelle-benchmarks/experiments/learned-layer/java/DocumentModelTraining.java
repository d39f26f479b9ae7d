package org.passerelle.detect;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns a {@link DocumentModel} from labelled texts: an L2-regularised logistic regression, the
 * two classes weighed to count equally, fitted by L-BFGS. Deterministic: the same texts give the
 * same file, byte for byte.
 *
 * <p>From the repository's root, with a build's jar (which holds this class):
 * {@code java -cp passerelle-benchmarks/target/benchmarks.jar org.passerelle.detect.DocumentModelTraining OUT FILE...},
 * each FILE read by {@link LabelledText#read}.
 */
public final class DocumentModelTraining {

    /** The inverse of the regularisation's strength (scikit-learn's C). */
    static final double C = 4.0;
    /** A term is learned when it occurs in this many training texts or more. */
    static final int MIN_TEXTS = 2;
    private static final int MAX_ITERATIONS = 2000;
    private static final double GRADIENT_TOLERANCE = 1e-5;
    private static final int MEMORY = 10;

    /** A text's features and label, as the model reads them. */
    record Example(Map<String, Integer> terms, boolean name, boolean code, boolean sensitive) {
    }

    private DocumentModelTraining() {
    }

    /** The examples of some labelled texts: their terms, and whether the detector's rules found a name or a code. */
    static List<Example> examples(Detector detector, List<LabelledText> texts) {
        List<Example> examples = new ArrayList<>(texts.size());
        for (LabelledText text : texts) {
            boolean name = false;
            boolean code = false;
            for (Finding finding : detector.analyze(text.text()).findings()) {
                name |= finding.label() == Label.FIRST_NAME || finding.label() == Label.LAST_NAME;
                code |= finding.label() == Label.PATIENT_ID;
            }
            examples.add(new Example(DocumentModel.terms(text.text()), name, code, text.sensitive()));
        }
        return examples;
    }

    /** The trained model and its vocabulary in the order it is written. */
    record Trained(DocumentModel model, List<String> vocabulary, int texts, int sensitive) {

        void write(Writer out) throws IOException {
            model.write(out, List.of(
                    "Passerelle's document model: a logistic regression over words and pairs of words (DocumentModel).",
                    "Made by DocumentModelTraining from " + texts + " labelled texts (" + sensitive
                            + " sensitive); do not edit, retrain (README, \"The document model\")."), vocabulary);
        }
    }

    static Trained train(List<Example> examples) {
        // the vocabulary: terms in at least MIN_TEXTS texts, in alphabetical order
        Map<String, Integer> textsWith = new TreeMap<>();
        for (Example example : examples) {
            for (String term : example.terms().keySet()) {
                textsWith.merge(term, 1, Integer::sum);
            }
        }
        List<String> vocabulary = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Double> idfs = new ArrayList<>();
        int n = examples.size();
        for (Map.Entry<String, Integer> term : textsWith.entrySet()) {
            if (term.getValue() >= MIN_TEXTS) {
                index.put(term.getKey(), vocabulary.size());
                vocabulary.add(term.getKey());
                idfs.add(Math.log((1.0 + n) / (1.0 + term.getValue())) + 1);
            }
        }
        int terms = vocabulary.size();
        double[] idf = idfs.stream().mapToDouble(Double::doubleValue).toArray();
        // each text as a sparse row: its terms' unit-length tf-idf, then the two flags
        int[][] columns = new int[n][];
        double[][] values = new double[n][];
        double[] label = new double[n];
        double[] cost = new double[n];
        int sensitive = 0;
        for (Example example : examples) {
            sensitive += example.sensitive() ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            Example example = examples.get(i);
            List<int[]> known = new ArrayList<>();
            for (Map.Entry<String, Integer> term : new TreeMap<>(example.terms()).entrySet()) {
                Integer column = index.get(term.getKey());
                if (column != null) {
                    known.add(new int[] {column, term.getValue()});
                }
            }
            columns[i] = new int[known.size() + 2];
            values[i] = new double[known.size() + 2];
            double norm = 0;
            for (int k = 0; k < known.size(); k++) {
                columns[i][k] = known.get(k)[0];
                values[i][k] = (1 + Math.log(known.get(k)[1])) * idf[known.get(k)[0]];
                norm += values[i][k] * values[i][k];
            }
            for (int k = 0; k < known.size(); k++) {
                values[i][k] /= Math.sqrt(norm);
            }
            columns[i][known.size()] = terms;
            values[i][known.size()] = example.name() ? 1 : 0;
            columns[i][known.size() + 1] = terms + 1;
            values[i][known.size() + 1] = example.code() ? 1 : 0;
            label[i] = example.sensitive() ? 1 : -1;
            // balanced: each class weighs as much as the other in the loss
            cost[i] = C * n / (2.0 * (example.sensitive() ? sensitive : n - sensitive));
        }
        double[] w = minimise(new Loss(columns, values, label, cost, terms + 3), new double[terms + 3]);
        DocumentModel model = new DocumentModel(index, idf, java.util.Arrays.copyOf(w, terms), w[terms], w[terms + 1],
                w[terms + 2]);
        return new Trained(model, vocabulary, n, sensitive);
    }

    /** The regularised, weighted logistic loss; the last coordinate is the bias, not regularised. */
    private record Loss(int[][] columns, double[][] values, double[] label, double[] cost, int dimension) {

        /** Writes the gradient at w into gradient and returns the loss. */
        double evaluate(double[] w, double[] gradient) {
            int bias = dimension - 1;
            double loss = 0;
            for (int j = 0; j < bias; j++) {
                loss += 0.5 * w[j] * w[j];
                gradient[j] = w[j];
            }
            gradient[bias] = 0;
            for (int i = 0; i < columns.length; i++) {
                double z = w[bias];
                for (int k = 0; k < columns[i].length; k++) {
                    z += w[columns[i][k]] * values[i][k];
                }
                double margin = label[i] * z;
                // log(1 + e^-m), and its derivative -σ(-m), computed without overflow
                loss += cost[i] * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
                double slope = -cost[i] * label[i] / (1 + Math.exp(margin));
                for (int k = 0; k < columns[i].length; k++) {
                    gradient[columns[i][k]] += slope * values[i][k];
                }
                gradient[bias] += slope;
            }
            return loss;
        }
    }

    /** Limited-memory BFGS with a backtracking (Armijo) line search. */
    private static double[] minimise(Loss loss, double[] start) {
        int d = start.length;
        double[] x = start.clone();
        double[] g = new double[d];
        double f = loss.evaluate(x, g);
        Deque<double[][]> memory = new ArrayDeque<>(); // pairs {s, y}, newest first
        double[] xNext = new double[d];
        double[] gNext = new double[d];
        for (int iteration = 0; iteration < MAX_ITERATIONS && maxAbs(g) > GRADIENT_TOLERANCE; iteration++) {
            double[] direction = direction(g, memory);
            double slope = dot(g, direction);
            if (slope >= 0) { // not a descent direction: start again from the gradient
                memory.clear();
                direction = direction(g, memory);
                slope = dot(g, direction);
            }
            double step = memory.isEmpty() ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
            double fNext;
            while (true) {
                for (int j = 0; j < d; j++) {
                    xNext[j] = x[j] + step * direction[j];
                }
                fNext = loss.evaluate(xNext, gNext);
                if (fNext <= f + 1e-4 * step * slope || step < 1e-20) {
                    break;
                }
                step /= 2;
            }
            double[] s = new double[d];
            double[] y = new double[d];
            for (int j = 0; j < d; j++) {
                s[j] = xNext[j] - x[j];
                y[j] = gNext[j] - g[j];
            }
            if (dot(s, y) > 1e-12) {
                memory.addFirst(new double[][] {s, y});
                if (memory.size() > MEMORY) {
                    memory.removeLast();
                }
            }
            System.arraycopy(xNext, 0, x, 0, d);
            System.arraycopy(gNext, 0, g, 0, d);
            if (f - fNext <= 1e-12 * Math.max(1, Math.abs(f))) {
                f = fNext;
                break;
            }
            f = fNext;
        }
        return x;
    }

    /** The two-loop recursion: minus the inverse Hessian's estimate times the gradient. */
    private static double[] direction(double[] g, Deque<double[][]> memory) {
        double[] q = g.clone();
        double[] alpha = new double[memory.size()];
        int k = 0;
        for (double[][] pair : memory) {
            alpha[k] = dot(pair[0], q) / dot(pair[1], pair[0]);
            axpy(-alpha[k], pair[1], q);
            k++;
        }
        if (!memory.isEmpty()) {
            double[][] newest = memory.peekFirst();
            double scale = dot(newest[0], newest[1]) / dot(newest[1], newest[1]);
            for (int j = 0; j < q.length; j++) {
                q[j] *= scale;
            }
        }
        var older = memory.descendingIterator();
        k = memory.size() - 1;
        while (older.hasNext()) {
            double[][] pair = older.next();
            double beta = dot(pair[1], q) / dot(pair[1], pair[0]);
            axpy(alpha[k] - beta, pair[0], q);
            k--;
        }
        for (int j = 0; j < q.length; j++) {
            q[j] = -q[j];
        }
        return q;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int j = 0; j < x.length; j++) {
            y[j] += a * x[j];
        }
    }

    private static double maxAbs(double[] a) {
        double max = 0;
        for (double value : a) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    /** {@code OUT FILE...}: trains on the labelled texts of every FILE and writes the model to OUT. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DocumentModelTraining OUT FILE...");
            System.exit(2);
        }
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            texts.addAll(LabelledText.read(Path.of(args[i])));
        }
        Trained trained = train(examples(Detector.withDefaults(), texts));
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            trained.write(out);
        }
        System.err.println("trained on " + trained.texts() + " texts, " + trained.vocabulary().size() + " terms");
    }
}
