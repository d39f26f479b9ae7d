package org.passerelle.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How close synthetic data are to the real data where they should be (utility: each column's
 * distribution, the correlations between columns) and how far where they must be (privacy: no
 * real row copied, synthetic rows no closer to real ones than real rows are to each other).
 *
 * @param columns            one line per column
 * @param maxCorrelationGap  the largest difference between a real and a synthetic correlation (normal scores)
 * @param meanCorrelationGap the mean difference over pairs of columns
 * @param pairs              the pairs of columns with the largest real correlations, real and synthetic
 * @param exactMatches       synthetic rows equal to a real row
 * @param exactMatchRate     exactMatches / synthetic rows
 * @param dcrMedian          median distance from a synthetic row to its closest real row
 * @param dcrFifthPercentile 5th percentile of that distance
 * @param realMedian         median distance from a real row to its closest other real row
 * @param realFifthPercentile 5th percentile of that distance
 */
public record SyntheticReport(List<ColumnLine> columns, double maxCorrelationGap, double meanCorrelationGap,
                              List<Pair> pairs, int exactMatches, double exactMatchRate, double dcrMedian,
                              double dcrFifthPercentile, double realMedian, double realFifthPercentile) {

    /**
     * One column, real against synthetic: for numbers and dates the means, standard deviations
     * and the Kolmogorov-Smirnov distance; for categories the total-variation distance of their
     * frequencies; and the rate of empty cells.
     */
    public record ColumnLine(String name, String kind, double realMean, double syntheticMean, double realSd,
                             double syntheticSd, double distance, double realMissing, double syntheticMissing) {
    }

    /** Two columns' correlation in the real and the synthetic data. */
    public record Pair(String a, String b, double real, double synthetic) {
    }

    private static final int MAX_COMPARED = 2_000;

    /** Compares {@code synthetic} with {@code real}, both read with the model's columns. */
    public static SyntheticReport of(GaussianCopula model, GaussianCopula.Table real, GaussianCopula.Sample sample) {
        GaussianCopula.Table synthetic = sample.table();
        List<Column> columns = model.columns();
        List<ColumnLine> lines = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            lines.add(line(columns.get(j), values(real, j), values(synthetic, j)));
        }
        double[][] realCorrelation = GaussianCopula.correlationOf(model.scores(real, new SplittableRandom(5)));
        double[][] syntheticCorrelation = GaussianCopula.correlationOf(model.scores(synthetic, new SplittableRandom(7)));
        double max = 0;
        double sum = 0;
        int count = 0;
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < columns.size(); a++) {
            for (int b = 0; b < a; b++) {
                double gap = Math.abs(realCorrelation[a][b] - syntheticCorrelation[a][b]);
                max = Math.max(max, gap);
                sum += gap;
                count++;
                pairs.add(new Pair(columns.get(b).name, columns.get(a).name, realCorrelation[a][b], syntheticCorrelation[a][b]));
            }
        }
        pairs.sort((x, y) -> Double.compare(Math.abs(y.real()), Math.abs(x.real())));
        double[] scale = scales(columns, real);
        List<String[]> realRows = subset(real.rows(), 11);
        List<String[]> syntheticRows = subset(synthetic.rows(), 13);
        double[] dcr = syntheticRows.stream().mapToDouble(row -> nearest(row, realRows, columns, scale, null)).sorted().toArray();
        double[] nn = realRows.stream().mapToDouble(row -> nearest(row, realRows, columns, scale, row)).sorted().toArray();
        int rows = synthetic.rows().size();
        return new SyntheticReport(lines, max, count == 0 ? 0 : sum / count, pairs.subList(0, Math.min(5, pairs.size())),
                sample.exactMatches(), rows == 0 ? 0 : (double) sample.exactMatches() / rows,
                quantile(dcr, 0.5), quantile(dcr, 0.05), quantile(nn, 0.5), quantile(nn, 0.05));
    }

    /** The report as people read it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append("utility: each column, real vs synthetic\n");
        text.append(String.format(Locale.ROOT, "  %-20s %-8s %12s %12s %10s %10s %9s %9s%n", "column", "kind", "mean real",
                "mean synth", "sd real", "sd synth", "distance", "empty"));
        for (ColumnLine line : columns) {
            boolean category = line.kind().equals("category");
            text.append(String.format(Locale.ROOT, "  %-20s %-8s %12s %12s %10s %10s %9.3f %4.0f/%-4.0f%n", line.name(), line.kind(),
                    category ? "–" : number(line.realMean()), category ? "–" : number(line.syntheticMean()),
                    category ? "–" : number(line.realSd()), category ? "–" : number(line.syntheticSd()), line.distance(),
                    line.realMissing() * 100, line.syntheticMissing() * 100));
        }
        text.append("  (distance: Kolmogorov-Smirnov for numbers and dates, total variation for categories; 0 is identical;\n"
                + "   empty: % of empty cells, real/synthetic)\n");
        text.append(String.format(Locale.ROOT, "utility: correlations between columns (normal scores): largest gap %.3f, mean gap %.3f%n",
                maxCorrelationGap, meanCorrelationGap));
        for (Pair pair : pairs) {
            text.append(String.format(Locale.ROOT, "  %s ~ %s: real %.3f, synthetic %.3f%n", pair.a(), pair.b(), pair.real(), pair.synthetic()));
        }
        text.append(String.format(Locale.ROOT, "privacy: synthetic rows equal to a real row: %d (%.2f%%)%n", exactMatches, exactMatchRate * 100));
        text.append(String.format(Locale.ROOT, "privacy: distance to the closest real row, synthetic rows: median %.3f, 5th percentile %.3f%n",
                dcrMedian, dcrFifthPercentile));
        text.append(String.format(Locale.ROOT, "         between real rows (closest other real row):   median %.3f, 5th percentile %.3f%n",
                realMedian, realFifthPercentile));
        text.append(dcrFifthPercentile < realFifthPercentile / 2
                ? "         WARNING: some synthetic rows are much closer to real rows than real rows are to each other;\n"
                + "         review them before sharing (fewer rows, coarser columns).\n"
                : "         synthetic rows are no closer to real rows than real rows are to each other.\n");
        return text.toString();
    }

    private static ColumnLine line(Column column, List<String> real, List<String> synthetic) {
        double realMissing = missing(real);
        double syntheticMissing = missing(synthetic);
        if (column.kind == Column.Kind.CATEGORY) {
            double tvd = 0;
            for (String category : column.categories) {
                tvd += Math.abs(share(real, category) - share(synthetic, category));
            }
            tvd += synthetic.stream().filter(v -> !v.isBlank() && !Arrays.asList(column.categories).contains(v.strip())).count()
                    / (double) Math.max(1, synthetic.stream().filter(v -> !v.isBlank()).count());
            return new ColumnLine(column.name, "category", Double.NaN, Double.NaN, Double.NaN, Double.NaN, tvd / 2,
                    realMissing, syntheticMissing);
        }
        double[] a = real.stream().filter(v -> !v.isBlank()).mapToDouble(column::numeric).sorted().toArray();
        double[] b = synthetic.stream().filter(v -> !v.isBlank()).mapToDouble(column::numeric).sorted().toArray();
        return new ColumnLine(column.name, column.kind.name().toLowerCase(Locale.ROOT), mean(a), mean(b), sd(a), sd(b),
                ks(a, b), realMissing, syntheticMissing);
    }

    /** Kolmogorov-Smirnov statistic of two sorted samples. */
    static double ks(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 0 : 1;
        }
        int i = 0;
        int j = 0;
        double max = 0;
        while (i < a.length && j < b.length) {
            double x = Math.min(a[i], b[j]);
            while (i < a.length && a[i] <= x) {
                i++;
            }
            while (j < b.length && b[j] <= x) {
                j++;
            }
            max = Math.max(max, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return max;
    }

    /** Per column, what one unit of difference weighs: the interquartile range (else the range) of the real values. */
    private static double[] scales(List<Column> columns, GaussianCopula.Table real) {
        double[] scale = new double[columns.size()];
        for (int j = 0; j < scale.length; j++) {
            Column column = columns.get(j);
            if (column.kind == Column.Kind.CATEGORY) {
                continue;
            }
            double[] s = column.sorted;
            double iqr = quantile(s, 0.75) - quantile(s, 0.25);
            scale[j] = iqr > 0 ? iqr : Math.max(s[s.length - 1] - s[0], 1e-9);
        }
        return scale;
    }

    /** Distance to the closest row of {@code rows} (skipping {@code self}): mean over columns, each in [0, 1]. */
    private static double nearest(String[] row, List<String[]> rows, List<Column> columns, double[] scale, String[] self) {
        double best = Double.POSITIVE_INFINITY;
        for (String[] other : rows) {
            if (other == self) {
                continue;
            }
            double distance = 0;
            for (int j = 0; j < columns.size() && distance < best * columns.size(); j++) {
                distance += cell(row, other, j, columns.get(j), scale[j]);
            }
            best = Math.min(best, distance / columns.size());
        }
        return best;
    }

    private static double cell(String[] a, String[] b, int j, Column column, double scale) {
        String x = j < a.length ? a[j].strip() : "";
        String y = j < b.length ? b[j].strip() : "";
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() && y.isEmpty() ? 0 : 1;
        }
        if (column.kind == Column.Kind.CATEGORY) {
            return x.equals(y) ? 0 : 1;
        }
        return Math.min(1, Math.abs(column.numeric(x) - column.numeric(y)) / scale);
    }

    private static List<String[]> subset(List<String[]> rows, long seed) {
        if (rows.size() <= MAX_COMPARED) {
            return rows;
        }
        List<String[]> copy = new ArrayList<>(rows);
        java.util.Collections.shuffle(copy, new java.util.Random(seed));
        return copy.subList(0, MAX_COMPARED);
    }

    private static List<String> values(GaussianCopula.Table table, int j) {
        return table.rows().stream().map(row -> j < row.length && row[j] != null ? row[j] : "").toList();
    }

    private static double missing(List<String> values) {
        return values.isEmpty() ? 0 : values.stream().filter(String::isBlank).count() / (double) values.size();
    }

    private static double share(List<String> values, String category) {
        long present = values.stream().filter(v -> !v.isBlank()).count();
        return present == 0 ? 0 : values.stream().filter(v -> v.strip().equals(category)).count() / (double) present;
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4g", value);
    }
}
