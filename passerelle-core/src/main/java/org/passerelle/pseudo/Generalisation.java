package org.passerelle.pseudo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The generalisations that would make a table k-anonymous over its quasi-identifiers: each
 * column gets a ladder of coarser versions of its values, chosen by what the values look like
 * (age bands: 10, then 20 years; dates: month, then year; postcodes: département; anything:
 * removed), and the least generalisation of all the columns together that reaches the target k
 * is searched for. Counts only; values never leave the table.
 */
public final class Generalisation {

    /** One rung of a column's ladder: its name and what it does to a value. */
    private record Rung(String name, UnaryOperator<String> apply) {
    }

    /**
     * The least generalisation found: what to do to each quasi-identifier (those left as they
     * are are not named) and the k it gives.
     */
    public record Plan(Map<String, String> steps, int k) {
    }

    private static final int MAX_COMBINATIONS = 20_000;

    private Generalisation() {
    }

    /** The least generalisation reaching {@code target}, or empty when even removing every quasi-identifier would not. */
    public static Optional<Plan> toReach(List<String> header, List<String[]> rows, List<String> quasi, int target) {
        int[] columns = quasi.stream().mapToInt(header::indexOf).toArray();
        List<List<Rung>> ladders = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] < 0) {
                throw new IllegalArgumentException("no column is named '" + quasi.get(c) + "'");
            }
            ladders.add(ladder(rows, columns[c]));
        }
        if (rows.size() < target) {
            return Optional.empty();
        }
        // Each rung costs its share of the way to removing the column (removing always costs 1), so
        // that coarsening an age is preferred to removing the sex; the cheapest plan reaching the
        // target wins, the larger k breaking ties.
        List<int[]> combinations = new ArrayList<>();
        all(new int[columns.length], 0, ladders, combinations);
        combinations.sort(java.util.Comparator.comparingDouble(combination -> cost(combination, ladders)));
        Plan best = null;
        double bestCost = Double.NaN;
        for (int[] combination : combinations.subList(0, Math.min(combinations.size(), MAX_COMBINATIONS))) {
            double cost = cost(combination, ladders);
            if (best != null && cost > bestCost + 1e-9) {
                break;
            }
            int k = k(rows, columns, ladders, combination);
            if (k >= target && (best == null || k > best.k())) {
                Map<String, String> steps = new LinkedHashMap<>();
                for (int c = 0; c < columns.length; c++) {
                    if (combination[c] > 0) {
                        steps.put(quasi.get(c), ladders.get(c).get(combination[c]).name());
                    }
                }
                best = new Plan(steps, k);
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double cost(int[] combination, List<List<Rung>> ladders) {
        double cost = 0;
        for (int c = 0; c < combination.length; c++) {
            cost += (double) combination[c] / (ladders.get(c).size() - 1);
        }
        return cost;
    }

    /** Every combination of rungs. */
    private static void all(int[] levels, int column, List<List<Rung>> ladders, List<int[]> out) {
        if (column == levels.length) {
            out.add(levels.clone());
            return;
        }
        for (int level = 0; level < ladders.get(column).size(); level++) {
            levels[column] = level;
            all(levels, column + 1, ladders, out);
        }
        levels[column] = 0;
    }

    private static int k(List<String[]> rows, int[] columns, List<List<Rung>> ladders, int[] levels) {
        Map<String, Integer> classes = new HashMap<>();
        for (String[] row : rows) {
            StringBuilder key = new StringBuilder();
            for (int c = 0; c < columns.length; c++) {
                String value = columns[c] < row.length ? row[columns[c]].strip() : "";
                key.append(ladders.get(c).get(levels[c]).apply().apply(value)).append('\u001f');
            }
            classes.merge(key.toString(), 1, Integer::sum);
        }
        return classes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** A column's ladder, from "as it is" to "removed", by the shape of its values. */
    private static List<Rung> ladder(List<String[]> rows, int column) {
        List<String> values = rows.stream().map(r -> column < r.length ? r[column].strip() : "").filter(v -> !v.isEmpty()).toList();
        List<Rung> ladder = new ArrayList<>();
        ladder.add(new Rung("as it is", v -> v));
        if (!values.isEmpty() && values.stream().allMatch(v -> v.matches("\\d{1,3}(-\\d{1,3})?|\\d{1,3}\\+"))) {
            ladder.add(new Rung("10-year bands", v -> band(v, 10)));
            ladder.add(new Rung("20-year bands", v -> band(v, 20)));
        } else if (!values.isEmpty() && values.stream().allMatch(v -> v.matches("\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4}"))) {
            ladder.add(new Rung("months", v -> v.isEmpty() ? v : v.contains("-") ? v.substring(0, 7) : v.substring(3)));
            ladder.add(new Rung("years", v -> v.isEmpty() ? v : v.contains("-") ? v.substring(0, 4) : v.substring(6)));
        } else if (!values.isEmpty() && values.stream().allMatch(v -> v.matches("\\d{5}"))) {
            ladder.add(new Rung("départements", v -> v.isEmpty() ? v : TablePseudonymizer.departement(v)));
        }
        ladder.add(new Rung("removed", v -> "*"));
        return ladder;
    }

    /** An age or an age band ("67", "65-69", "90+") in bands of {@code width} years. */
    static String band(String value, int width) {
        if (value.isEmpty()) {
            return value;
        }
        if (value.endsWith("+")) {
            return value;
        }
        int age = Integer.parseInt(value.contains("-") ? value.substring(0, value.indexOf('-')) : value);
        if (age >= 90) {
            return "90+";
        }
        int low = age / width * width;
        return low + "-" + (low + width - 1);
    }
}
