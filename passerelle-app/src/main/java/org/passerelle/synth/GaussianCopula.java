package org.passerelle.synth;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.passerelle.PasserelleException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic-data generator that keeps each column's distribution and the dependencies between
 * columns: every column is mapped to normal scores through its empirical distribution (categories
 * through their frequency intervals), the correlation of those scores is estimated, and new rows
 * are drawn from that multivariate normal and mapped back through each column's distribution.
 * Empty cells keep their rate. A drawn row equal to a real one is drawn again.
 */
public final class GaussianCopula {

    /** A table: a header and rows of cells (empty: missing). */
    public record Table(List<String> header, List<String[]> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** Synthetic rows, and how many drawn rows were equal to a real one and drawn again. */
    public record Sample(Table table, int redrawn, int exactMatches) {
    }

    static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final int MAX_REDRAWS = 100;

    private final List<Column> columns;
    private final double[][] correlation;
    private final double[][] cholesky;
    private final Set<String> realRows;

    private GaussianCopula(List<Column> columns, double[][] correlation, Set<String> realRows) {
        this.columns = columns;
        this.correlation = correlation;
        this.cholesky = cholesky(correlation);
        this.realRows = realRows;
    }

    /** Learns the marginals and the correlation of normal scores of {@code table}. */
    public static GaussianCopula fit(Table table, long seed) {
        if (table.rows().size() < 10) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "too-few-rows",
                    "a table needs 10 rows at least to learn from (it has " + table.rows().size() + ")");
        }
        int d = table.header().size();
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            List<String> values = new ArrayList<>(table.rows().size());
            for (String[] row : table.rows()) {
                values.add(j < row.length ? row[j] : "");
            }
            columns.add(Column.of(table.header().get(j), values));
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] target = correlationOf(scores(columns, table, random));
        Set<String> real = new HashSet<>();
        table.rows().forEach(row -> real.add(key(row, d)));
        // Categories and ties blur the correlation of scores: a latent correlation of r comes out
        // weaker once drawn rows are read back. Calibrate the latent correlation until rows drawn
        // from the model show the real data's correlation of scores (moment matching).
        double[][] latent = target;
        GaussianCopula model = new GaussianCopula(columns, latent, real);
        int m = Math.min(Math.max(table.rows().size(), 2_000), 20_000);
        for (int iteration = 0; iteration < CALIBRATION_ROUNDS; iteration++) {
            double[][] drawn = correlationOf(scores(columns, model.draws(m, random), random));
            double[][] next = new double[d][d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    next[a][b] = a == b ? 1 : Math.max(-0.999, Math.min(0.999, latent[a][b] + target[a][b] - drawn[a][b]));
                }
            }
            latent = next;
            model = new GaussianCopula(columns, latent, real);
        }
        return model;
    }

    private static final int CALIBRATION_ROUNDS = 4;

    /** Rows drawn from the model, copies of real rows included (for calibration). */
    private Table draws(int n, SplittableRandom random) {
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(draw(random, columns.size()));
        }
        return new Table(header(), rows);
    }

    /** Draws {@code n} rows; reproducible for a given seed. */
    public Sample sample(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int d = columns.size();
        List<String[]> rows = new ArrayList<>(n);
        int redrawn = 0;
        int matches = 0;
        for (int i = 0; i < n; i++) {
            String[] row = draw(random, d);
            int attempts = 0;
            while (realRows.contains(key(row, d)) && attempts < MAX_REDRAWS) {
                row = draw(random, d);
                attempts++;
                redrawn++;
            }
            if (realRows.contains(key(row, d))) {
                matches++;
            }
            rows.add(row);
        }
        return new Sample(new Table(header(), rows), redrawn, matches);
    }

    public List<String> header() {
        return columns.stream().map(column -> column.name).toList();
    }

    List<Column> columns() {
        return columns;
    }

    /** The latent correlation of normal scores learnt (after calibration), column by column. */
    public double[][] correlation() {
        double[][] copy = new double[correlation.length][];
        for (int i = 0; i < correlation.length; i++) {
            copy[i] = correlation[i].clone();
        }
        return copy;
    }

    private String[] draw(SplittableRandom random, int d) {
        double[] e = new double[d];
        for (int j = 0; j < d; j++) {
            e[j] = gaussian(random);
        }
        String[] row = new String[d];
        for (int j = 0; j < d; j++) {
            double z = 0;
            for (int k = 0; k <= j; k++) {
                z += cholesky[j][k] * e[k];
            }
            Column column = columns.get(j);
            double u = Math.min(1 - 1e-12, Math.max(1e-12, NORMAL.cumulativeProbability(z)));
            row[j] = random.nextDouble() < column.missingRate ? "" : column.valueAt(u);
        }
        return row;
    }

    /** Normal scores of a table's cells under these marginals (missing cells score 0). */
    double[][] scores(Table table, SplittableRandom random) {
        return scores(columns, table, random);
    }

    private static double[][] scores(List<Column> columns, Table table, SplittableRandom random) {
        int d = columns.size();
        double[][] scores = new double[table.rows().size()][d];
        for (int i = 0; i < scores.length; i++) {
            String[] row = table.rows().get(i);
            for (int j = 0; j < d; j++) {
                String value = j < row.length ? row[j] : "";
                scores[i][j] = value == null || value.isBlank() ? 0
                        : NORMAL.inverseCumulativeProbability(columns.get(j).probability(value, random));
            }
        }
        return scores;
    }

    static double[][] correlationOf(double[][] data) {
        int n = data.length;
        int d = n == 0 ? 0 : data[0].length;
        double[] mean = new double[d];
        for (double[] row : data) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] covariance = new double[d][d];
        for (double[] row : data) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    covariance[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]);
                }
            }
        }
        double[][] correlation = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                double denominator = Math.sqrt(covariance[a][a] * covariance[b][b]);
                double r = a == b ? 1 : denominator > 0 ? covariance[a][b] / denominator : 0;
                correlation[a][b] = r;
                correlation[b][a] = r;
            }
        }
        return correlation;
    }

    /** Lower-triangular L with L Lᵀ = R; R is shrunk towards the identity until it is positive definite. */
    static double[][] cholesky(double[][] r) {
        int d = r.length;
        for (double shrink = 0; shrink < 1; shrink = shrink == 0 ? 1e-6 : shrink * 10) {
            double[][] l = new double[d][d];
            boolean ok = true;
            for (int i = 0; i < d && ok; i++) {
                for (int j = 0; j <= i; j++) {
                    double value = (i == j ? 1 : (1 - shrink) * r[i][j]);
                    for (int k = 0; k < j; k++) {
                        value -= l[i][k] * l[j][k];
                    }
                    if (i == j) {
                        if (value <= 1e-12) {
                            ok = false;
                            break;
                        }
                        l[i][i] = Math.sqrt(value);
                    } else {
                        l[i][j] = value / l[j][j];
                    }
                }
            }
            if (ok) {
                return l;
            }
        }
        double[][] identity = new double[d][d];
        for (int i = 0; i < d; i++) {
            identity[i][i] = 1;
        }
        return identity;
    }

    /** A standard normal draw (Box-Muller on the given generator, so that runs are reproducible). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static String key(String[] row, int d) {
        StringBuilder key = new StringBuilder();
        for (int j = 0; j < d; j++) {
            key.append(j < row.length && row[j] != null ? row[j].strip() : "").append('\u001f');
        }
        return key.toString();
    }
}
