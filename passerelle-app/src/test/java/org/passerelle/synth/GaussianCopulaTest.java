package org.passerelle.synth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator on a generated cohort with known dependencies: age drives systolic pressure
 * (correlation about 0.7), sex shifts weight, a diagnosis depends on age, dates of admission are
 * spread over two years and 10% of cholesterol values are missing.
 */
class GaussianCopulaTest {

    private static double pearson(List<String[]> rows, int a, int b) {
        double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r[a])).toArray();
        double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r[b])).toArray();
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void marginals_and_correlations_are_kept_and_no_synthetic_row_equals_a_real_one() {
        GaussianCopula.Table real = GaussianCopulaTestData.cohort(3000, 1);
        GaussianCopula model = GaussianCopula.fit(real, 42);
        GaussianCopula.Sample sample = model.sample(3000, 43);
        List<String[]> synthetic = sample.table().rows();

        assertThat(pearson(synthetic, 0, 2)).isCloseTo(pearson(real.rows(), 0, 2), within(0.06));
        SyntheticReport report = SyntheticReport.of(model, real, sample);
        assertThat(report.maxCorrelationGap()).isLessThan(0.06);
        assertThat(report.columns()).allSatisfy(line -> assertThat(line.distance()).as(line.name()).isLessThan(0.06));
        SyntheticReport.ColumnLine cholesterol = report.columns().get(6);
        assertThat(cholesterol.syntheticMissing()).isCloseTo(cholesterol.realMissing(), within(0.03));
        assertThat(report.columns().get(5).kind()).isEqualTo("date");
        assertThat(report.columns().get(0).kind()).isEqualTo("integer");
        assertThat(report.columns().get(4).kind()).isEqualTo("category");
        // Older synthetic patients are diagnosed I10/E11 more often, as in the real data.
        long oldZ00 = synthetic.stream().filter(r -> Integer.parseInt(r[0]) > 70 && r[4].equals("Z00")).count();
        long youngZ00 = synthetic.stream().filter(r -> Integer.parseInt(r[0]) < 50 && r[4].equals("Z00")).count();
        assertThat(youngZ00).isGreaterThan(3 * oldZ00);

        Set<String> realRows = new HashSet<>();
        real.rows().forEach(row -> realRows.add(String.join(";", row)));
        assertThat(synthetic).noneMatch(row -> realRows.contains(String.join(";", row)));
        assertThat(report.exactMatches()).isZero();
        assertThat(report.dcrFifthPercentile()).isGreaterThan(0);
        assertThat(report.text()).contains("largest gap").contains("privacy");
    }

    @Test
    void a_small_categorical_table_has_its_copies_of_real_rows_drawn_again() {
        List<String[]> rows = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            rows.add(new String[] {random.nextBoolean() ? "F" : "M", random.nextBoolean() ? "oui" : "non"});
        }
        GaussianCopula.Table real = new GaussianCopula.Table(List.of("sexe", "fumeur"), rows);
        // Every combination exists among the real rows: nothing new can be drawn, and the report says so.
        GaussianCopula.Sample sample = GaussianCopula.fit(real, 1).sample(50, 2);
        assertThat(sample.redrawn()).isPositive();
        assertThat(sample.exactMatches()).isEqualTo(50);
        assertThat(SyntheticReport.of(GaussianCopula.fit(real, 1), real, sample).exactMatchRate()).isEqualTo(1.0);
    }

    @Test
    void the_same_seed_gives_the_same_rows() {
        GaussianCopula.Table real = GaussianCopulaTestData.cohort(300, 5);
        List<String[]> a = GaussianCopula.fit(real, 9).sample(100, 10).table().rows();
        List<String[]> b = GaussianCopula.fit(real, 9).sample(100, 10).table().rows();
        assertThat(a).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(b);
    }

    @Test
    void ks_of_identical_and_disjoint_samples() {
        assertThat(SyntheticReport.ks(new double[] {1, 2, 3}, new double[] {1, 2, 3})).isZero();
        assertThat(SyntheticReport.ks(new double[] {1, 2}, new double[] {5, 6})).isEqualTo(1.0);
    }
}
