package org.passerelle.spark;

import org.passerelle.pseudo.TablePseudonymizer;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The job's arguments: {@code --notes DIR} or {@code --table FILE.csv}, {@code --output DIR},
 * {@code --key-file FILE}, and for tables {@code --sep}, {@code --person} and the column rules
 * {@code --id --date --age --postcode --text --drop} (comma-separated columns), as on the command line.
 */
public record JobOptions(String notes, String table, String output, String keyFile, String separator, String person,
                         Map<String, TablePseudonymizer.Rule> rules) implements Serializable {

    public JobOptions {
        rules = Map.copyOf(rules);
    }

    public static JobOptions parse(String... args) {
        String notes = null;
        String table = null;
        String output = null;
        String keyFile = null;
        String separator = ",";
        String person = null;
        Map<String, TablePseudonymizer.Rule> rules = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--notes" -> notes = value;
                case "--table" -> table = value;
                case "--output" -> output = value;
                case "--key-file" -> keyFile = value;
                case "--sep" -> separator = value;
                case "--person" -> person = value;
                case "--id", "--date", "--age", "--postcode", "--text", "--drop" -> {
                    TablePseudonymizer.Rule rule = TablePseudonymizer.Rule.valueOf(name.substring(2).toUpperCase(Locale.ROOT));
                    for (String column : value.split(",")) {
                        rules.put(column.strip(), rule);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if ((notes == null) == (table == null)) {
            throw new IllegalArgumentException("give --notes DIR or --table FILE.csv");
        }
        if (output == null || keyFile == null) {
            throw new IllegalArgumentException("--output DIR and --key-file FILE are required");
        }
        if (table != null && rules.isEmpty()) {
            throw new IllegalArgumentException("a table needs column rules: --id, --date, --age, --postcode, --text or --drop");
        }
        return new JobOptions(notes, table, output, keyFile, separator, person, rules);
    }
}
