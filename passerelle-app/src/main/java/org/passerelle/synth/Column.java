package org.passerelle.synth;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a table as the synthesizer models it: its kind (number, integer, date or
 * category), its empirical marginal distribution and its rate of empty cells.
 */
final class Column {

    enum Kind { NUMBER, INTEGER, DATE, CATEGORY }

    /** A column with at most this many distinct numbers is treated as categories (codes, scores). */
    static final int MAX_NUMERIC_CATEGORIES = 12;

    final String name;
    final Kind kind;
    /** Numbers: the most decimals an observed value has, kept in synthetic values. */
    final int decimals;
    final double missingRate;
    /** Numbers, integers and dates (epoch days): the observed values, sorted. */
    final double[] sorted;
    /** Categories, most frequent first, with their cumulative probabilities (upper bounds). */
    final String[] categories;
    final double[] cumulative;

    private Column(String name, Kind kind, int decimals, double missingRate, double[] sorted, String[] categories,
                   double[] cumulative) {
        this.name = name;
        this.kind = kind;
        this.decimals = decimals;
        this.missingRate = missingRate;
        this.sorted = sorted;
        this.categories = categories;
        this.cumulative = cumulative;
    }

    /** Reads a column's values (empty strings are missing) and decides its kind. */
    static Column of(String name, List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        double missing = values.isEmpty() ? 0 : 1.0 - (double) present.size() / values.size();
        if (present.isEmpty()) {
            return category(name, missing, List.of(""));
        }
        double[] numbers = numbers(present);
        if (numbers != null && Arrays.stream(numbers).distinct().count() > MAX_NUMERIC_CATEGORIES) {
            int decimals = present.stream().mapToInt(v -> {
                int dot = Math.max(v.indexOf('.'), v.indexOf(','));
                return dot < 0 ? 0 : v.length() - dot - 1;
            }).max().orElse(0);
            Arrays.sort(numbers);
            return new Column(name, decimals == 0 ? Kind.INTEGER : Kind.NUMBER, Math.min(decimals, 6), missing, numbers, null, null);
        }
        double[] days = dates(present);
        if (days != null) {
            Arrays.sort(days);
            return new Column(name, Kind.DATE, 0, missing, days, null, null);
        }
        return category(name, missing, present);
    }

    private static Column category(String name, double missing, List<String> present) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        present.forEach(v -> counts.merge(v, 1, Integer::sum));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        String[] categories = new String[entries.size()];
        double[] cumulative = new double[entries.size()];
        double total = 0;
        for (int i = 0; i < entries.size(); i++) {
            categories[i] = entries.get(i).getKey();
            total += entries.get(i).getValue();
            cumulative[i] = total / present.size();
        }
        cumulative[cumulative.length - 1] = 1.0;
        return new Column(name, Kind.CATEGORY, 0, missing, null, categories, cumulative);
    }

    private static double[] numbers(List<String> present) {
        double[] numbers = new double[present.size()];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = Double.parseDouble(present.get(i).replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(numbers[i])) {
                return null;
            }
        }
        return numbers;
    }

    private static double[] dates(List<String> present) {
        double[] days = new double[present.size()];
        for (int i = 0; i < days.length; i++) {
            try {
                days[i] = LocalDate.parse(present.get(i)).toEpochDay();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return days;
    }

    /** The value at probability {@code u} of the marginal (interpolated between observed numbers). */
    String valueAt(double u) {
        if (kind == Kind.CATEGORY) {
            int i = Arrays.binarySearch(cumulative, u);
            int index = i >= 0 ? i : Math.min(-i - 1, categories.length - 1);
            return categories[index];
        }
        double position = u * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.length - 1);
        double value = sorted[low] + (position - low) * (sorted[high] - sorted[low]);
        return switch (kind) {
            case INTEGER -> Long.toString(Math.round(value));
            case DATE -> LocalDate.ofEpochDay(Math.round(value)).toString();
            default -> java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        };
    }

    /** Where a value sits in the marginal: a probability in (0, 1). Missing values sit at the middle. */
    double probability(String value, java.util.random.RandomGenerator random) {
        if (value == null || value.isBlank()) {
            return 0.5;
        }
        String v = value.strip();
        if (kind == Kind.CATEGORY) {
            for (int i = 0; i < categories.length; i++) {
                if (categories[i].equals(v)) {
                    double low = i == 0 ? 0 : cumulative[i - 1];
                    return clamp(low + random.nextDouble() * (cumulative[i] - low));
                }
            }
            return 0.5;
        }
        double x = kind == Kind.DATE ? LocalDate.parse(v).toEpochDay() : Double.parseDouble(v.replace(',', '.'));
        int below = lowerBound(sorted, x);
        int upTo = lowerBound(sorted, Math.nextUp(x));
        return clamp(((below + upTo) / 2.0 + 0.5) / (sorted.length + 1.0));
    }

    /** A value as a number for distances and correlations (categories: their rank by frequency). */
    double numeric(String value) {
        if (value == null || value.isBlank()) {
            return Double.NaN;
        }
        String v = value.strip();
        return switch (kind) {
            case CATEGORY -> {
                for (int i = 0; i < categories.length; i++) {
                    if (categories[i].equals(v)) {
                        yield i;
                    }
                }
                yield Double.NaN;
            }
            case DATE -> LocalDate.parse(v).toEpochDay();
            default -> Double.parseDouble(v.replace(',', '.'));
        };
    }

    private static int lowerBound(double[] sorted, double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double clamp(double u) {
        return Math.min(1 - 1e-9, Math.max(1e-9, u));
    }
}
