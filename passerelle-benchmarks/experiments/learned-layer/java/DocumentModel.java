package org.passerelle.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic regression over a text's words, learned from the repository's labelled texts: the
 * probability that a text in which the rules found a name or a patient code, but not enough to
 * call it sensitive, is about a person's health all the same ({@link Classifier} asks it then).
 *
 * <p>Its features are those of {@link #terms}: a text's lower-case words of two characters or
 * more and the pairs of consecutive ones, each weighing {@code (1 + ln count) × idf}, the vector
 * scaled to length one; and whether a name and a patient code were found. The weights are a
 * resource, {@code document-model.tsv}, made by {@link DocumentModelTraining} from the texts
 * listed in the README; a test retrains it and compares.
 *
 * <p>Immutable and thread-safe. Never reads or keeps a text beyond the call.
 */
public final class DocumentModel {

    private static final String RESOURCE = "document-model.tsv";

    private final Map<String, Integer> index;
    private final double[] idf;
    private final double[] weights;
    private final double nameWeight;
    private final double codeWeight;
    private final double bias;

    DocumentModel(Map<String, Integer> index, double[] idf, double[] weights, double nameWeight, double codeWeight,
                  double bias) {
        this.index = Map.copyOf(index);
        this.idf = idf.clone();
        this.weights = weights.clone();
        this.nameWeight = nameWeight;
        this.codeWeight = codeWeight;
        this.bias = bias;
    }

    /** The model shipped with Passerelle, read once. */
    public static DocumentModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final DocumentModel MODEL;

        static {
            try (InputStream in = DocumentModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing: " + RESOURCE);
                }
                MODEL = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How many words and pairs of words the model knows. */
    public int vocabularySize() {
        return idf.length;
    }

    /**
     * @param name whether the rules found a given or family name in the text
     * @param code whether they found a patient code
     * @return the probability that the text is sensitive, in [0, 1]
     */
    public double probability(String text, boolean name, boolean code) {
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Integer> term : terms(text).entrySet()) {
            Integer i = index.get(term.getKey());
            if (i != null) {
                double value = (1 + Math.log(term.getValue())) * idf[i];
                norm += value * value;
                dot += value * weights[i];
            }
        }
        double z = bias + (norm > 0 ? dot / Math.sqrt(norm) : 0) + (name ? nameWeight : 0) + (code ? codeWeight : 0);
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * A text's terms and how often each occurs: its words (maximal runs of letters, digits and
     * underscores, lower-cased, of two characters or more) and each pair of consecutive words,
     * written with a space between them.
     */
    static Map<String, Integer> terms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String previous = null;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (!wordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int characters = 0;
            while (i < length && wordChar(c = text.codePointAt(i))) {
                i += Character.charCount(c);
                characters++;
            }
            if (characters >= 2) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                counts.merge(word, 1, Integer::sum);
                if (previous != null) {
                    counts.merge(previous + ' ' + word, 1, Integer::sum);
                }
                previous = word;
            }
        }
        return counts;
    }

    private static boolean wordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * Writes the model as text: a header of comments, then {@code <bias>}, {@code <name>} and {@code
     * <code>} lines with their weight (brackets, which no term holds), then one {@code term<TAB>idf<TAB>weight} line per term in
     * the order given.
     */
    void write(Writer out, List<String> comments, List<String> vocabulary) throws IOException {
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        out.write("<bias>\t" + number(bias) + "\n");
        out.write("<name>\t" + number(nameWeight) + "\n");
        out.write("<code>\t" + number(codeWeight) + "\n");
        for (String term : vocabulary) {
            int i = index.get(term);
            out.write(term + "\t" + number(idf[i]) + "\t" + number(weights[i]) + "\n");
        }
    }

    /** Six significant digits: far finer than the model's own uncertainty, and a third of the file. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    static DocumentModel read(InputStream in) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        DoubleList idf = new DoubleList();
        DoubleList weights = new DoubleList();
        double bias = 0;
        double name = 0;
        double code = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                switch (fields[0]) {
                    case "<bias>" -> bias = Double.parseDouble(fields[1]);
                    case "<name>" -> name = Double.parseDouble(fields[1]);
                    case "<code>" -> code = Double.parseDouble(fields[1]);
                    default -> {
                        if (fields.length != 3 || index.put(fields[0], idf.size()) != null) {
                            throw new IOException("document model, line " + lineNumber + ": expected a new term, its idf and its weight");
                        }
                        idf.add(Double.parseDouble(fields[1]));
                        weights.add(Double.parseDouble(fields[2]));
                    }
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("document model, line " + lineNumber + ": not a number where one is expected");
            }
        }
        return new DocumentModel(index, idf.toArray(), weights.toArray(), name, code, bias);
    }

    /** A growing array of doubles, without boxing thirty thousand of them. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
