package org.passerelle.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated cohort with known dependencies: age drives systolic pressure (correlation about
 * 0.8), sex shifts weight, the diagnosis depends on age, admissions spread over two years, and
 * 10% of cholesterol values are missing.
 */
public final class GaussianCopulaTestData {

    private GaussianCopulaTestData() {
    }

    public static GaussianCopula.Table cohort(int n, long seed) {
        Random random = new Random(seed);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int age = 30 + random.nextInt(55);
            String sex = random.nextBoolean() ? "F" : "M";
            double systolic = 90 + 0.8 * age + random.nextGaussian() * 9;
            double weight = (sex.equals("F") ? 64 : 79) + random.nextGaussian() * 10;
            String diagnosis = age > 65 ? (random.nextDouble() < 0.6 ? "I10" : "E11") : (random.nextDouble() < 0.2 ? "I10" : "Z00");
            String admitted = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(730)).toString();
            String cholesterol = random.nextDouble() < 0.1 ? "" : String.format(java.util.Locale.ROOT, "%.2f", 4 + random.nextGaussian() * 0.8);
            rows.add(new String[] {Integer.toString(age), sex, String.format(java.util.Locale.ROOT, "%.1f", systolic),
                    String.format(java.util.Locale.ROOT, "%.1f", weight), diagnosis, admitted, cholesterol});
        }
        return new GaussianCopula.Table(List.of("age", "sexe", "pas", "poids", "diagnostic", "date_entree", "cholesterol"), rows);
    }
}
