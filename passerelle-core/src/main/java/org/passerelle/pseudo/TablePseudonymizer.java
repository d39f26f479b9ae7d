package org.passerelle.pseudo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pseudonymises a table column by column: identifiers become keyed pseudonyms, dates are shifted
 * by an offset that depends on the person (so that intervals per person are kept), ages become
 * five-year bands, postcodes their département, free text goes through the {@link Pseudonymizer},
 * dropped columns disappear and others are kept as they are. Counts what changed per column, never
 * values. Thread-safe.
 */
public final class TablePseudonymizer {

    /** What happens to a column. */
    public enum Rule { KEEP, ID, DATE, AGE, POSTCODE, TEXT, DROP }

    /** The table after pseudonymisation and what changed, by column (counts only). */
    public record Result(List<String> header, List<String[]> rows, Map<String, Integer> changed,
                         Map<String, Integer> unreadable) {
    }

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Pseudonymizer text;
    private final KeyedHash hash;

    public TablePseudonymizer(Pseudonymizer text, byte[] key) {
        this.text = text;
        this.hash = new KeyedHash(key);
    }

    /**
     * @param rules  by column name; columns not named are kept
     * @param person the column that identifies the person whose dates are shifted together (an ID
     *               column), or null: then each date is shifted by the row's first ID value
     */
    public Result pseudonymize(List<String> header, List<String[]> rows, Map<String, Rule> rules, String person) {
        for (String column : rules.keySet()) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException("no column is named '" + column + "'");
            }
        }
        int personColumn = person != null ? header.indexOf(person) : -1;
        if (person != null && personColumn < 0) {
            throw new IllegalArgumentException("no column is named '" + person + "'");
        }
        if (personColumn < 0) {
            for (int c = 0; c < header.size(); c++) {
                if (rules.get(header.get(c)) == Rule.ID) {
                    personColumn = c;
                    break;
                }
            }
        }
        List<String> outHeader = new ArrayList<>();
        for (String column : header) {
            if (rules.getOrDefault(column, Rule.KEEP) != Rule.DROP) {
                outHeader.add(column);
            }
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        Map<String, Integer> unreadable = new LinkedHashMap<>();
        List<String[]> outRows = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            String personValue = personColumn >= 0 && personColumn < row.length ? row[personColumn] : "";
            List<String> out = new ArrayList<>(outHeader.size());
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                Rule rule = rules.getOrDefault(column, Rule.KEEP);
                String value = c < row.length ? row[c] : "";
                if (rule == Rule.DROP) {
                    continue;
                }
                String result = value.isBlank() ? value : switch (rule) {
                    case KEEP, DROP -> value;
                    case ID -> pseudonym(column, value);
                    case DATE -> shift(value, personValue);
                    case AGE -> band(value);
                    case POSTCODE -> departement(value);
                    case TEXT -> text.pseudonymize(value).text();
                };
                if (result == null) {
                    unreadable.merge(column, 1, Integer::sum);
                    result = ""; // fail closed: a value that cannot be transformed is not kept
                }
                if (!result.equals(value)) {
                    changed.merge(column, 1, Integer::sum);
                }
                out.add(result);
            }
            outRows.add(out.toArray(String[]::new));
        }
        return new Result(outHeader, outRows, changed, unreadable);
    }

    /** {@code P-QXBKTAMR}: eight letters from the keyed hash of the column and the value. */
    String pseudonym(String column, String value) {
        return "P-" + KeyedHash.letters(hash.of("id\u0000" + column + "\u0000" + Pseudonymizer.normalise(value)), 8);
    }

    /** The person's offset: between -365 and +365 days, never 0, the same for all their dates. */
    long offsetDays(String person) {
        byte[] digest = hash.of("date\u0000" + Pseudonymizer.normalise(person));
        long raw = ((long) Byte.toUnsignedInt(digest[0]) << 8 | Byte.toUnsignedInt(digest[1])) % 730;
        return raw < 365 ? raw - 365 : raw - 364;
    }

    private String shift(String value, String person) {
        String trimmed = value.strip();
        try {
            if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(trimmed).plusDays(offsetDays(person)).toString();
            }
            if (trimmed.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return LocalDate.parse(trimmed, FRENCH).plusDays(offsetDays(person)).format(FRENCH);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    static String band(String value) {
        try {
            int age = (int) Math.floor(Double.parseDouble(value.strip().replace(',', '.')));
            if (age < 0 || age > 130) {
                return null;
            }
            if (age >= 90) {
                return "90+";
            }
            int low = age / 5 * 5;
            return low + "-" + (low + 4);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String departement(String value) {
        String digits = value.strip();
        if (!digits.matches("\\d{5}")) {
            return null;
        }
        if (digits.startsWith("20")) {
            return digits.charAt(2) < '2' ? "2A" : "2B";
        }
        return digits.startsWith("97") || digits.startsWith("98") ? digits.substring(0, 3) : digits.substring(0, 2);
    }

    /**
     * k-anonymity over the quasi-identifiers named: the size of the smallest group of rows sharing
     * the same values, the rows in groups smaller than {@code target}, and, for each
     * quasi-identifier, the k reached if it were removed (the generalisation that helps most).
     */
    public record Risk(int k, int rowsAtRisk, Map<String, Integer> kWithout) {
    }

    public static Risk risk(List<String> header, List<String[]> rows, List<String> quasi, int target) {
        int[] columns = quasi.stream().mapToInt(header::indexOf).toArray();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] < 0) {
                throw new IllegalArgumentException("no column is named '" + quasi.get(i) + "'");
            }
        }
        Map<String, Integer> classes = classes(rows, columns, -1);
        int k = classes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int atRisk = classes.values().stream().filter(size -> size < target).mapToInt(Integer::intValue).sum();
        Map<String, Integer> without = new TreeMap<>();
        for (int skip = 0; skip < columns.length && columns.length > 1; skip++) {
            without.put(quasi.get(skip), classes(rows, columns, skip).values().stream().mapToInt(Integer::intValue).min().orElse(0));
        }
        return new Risk(k, atRisk, without);
    }

    private static Map<String, Integer> classes(List<String[]> rows, int[] columns, int skip) {
        Map<String, Integer> classes = new HashMap<>();
        for (String[] row : rows) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                if (i != skip) {
                    key.append(columns[i] < row.length ? row[columns[i]] : "").append('\u001f');
                }
            }
            classes.merge(key.toString(), 1, Integer::sum);
        }
        return classes;
    }
}
