package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.passerelle.PasserelleException;
import org.passerelle.pseudo.TablePseudonymizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table's pseudonymisation rules in a small YAML file, so that a study's choices are written
 * down once and reused:
 * <pre>
 * person: patient_id            # whose offset shifts dates (default: the first id column)
 * columns:
 *   patient_id: id              # id, date, age, postcode, text or drop; other columns are kept
 *   date_entree: date
 *   compte_rendu: text
 * quasi: [age, code_postal, sexe]
 * k: 5
 * </pre>
 */
record TableRules(Map<String, TablePseudonymizer.Rule> columns, String person, List<String> quasi, int k) {

    static final TableRules NONE = new TableRules(Map.of(), null, List.of(), 5);
    private static final Set<String> KEYS = Set.of("person", "columns", "quasi", "k");

    static TableRules load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw invalid(file + ": cannot be read or is not valid YAML (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw invalid(file + ": expected a mapping with columns (and person, quasi, k)");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw invalid(file + ": unknown key '" + key + "' (expected " + new java.util.TreeSet<>(KEYS) + ")");
            }
        });
        Map<String, TablePseudonymizer.Rule> columns = new LinkedHashMap<>();
        JsonNode columnNode = root.path("columns");
        if (!columnNode.isObject() || columnNode.isEmpty()) {
            throw invalid(file + ": columns: expected a mapping of column names to rules");
        }
        columnNode.fields().forEachRemaining(entry -> {
            String rule = entry.getValue().asText("").toUpperCase(Locale.ROOT);
            try {
                columns.put(entry.getKey(), TablePseudonymizer.Rule.valueOf(rule));
            } catch (IllegalArgumentException e) {
                throw invalid(file + ": columns." + entry.getKey() + ": unknown rule '" + entry.getValue().asText()
                        + "' (id, date, age, postcode, text or drop)");
            }
        });
        List<String> quasi = new ArrayList<>();
        JsonNode quasiNode = root.path("quasi");
        if (!quasiNode.isMissingNode()) {
            if (!quasiNode.isArray()) {
                throw invalid(file + ": quasi: expected a list of column names");
            }
            quasiNode.forEach(item -> quasi.add(item.asText()));
        }
        JsonNode kNode = root.path("k");
        if (!kNode.isMissingNode() && (!kNode.isInt() || kNode.asInt() < 2)) {
            throw invalid(file + ": k: a whole number, 2 or more");
        }
        String person = root.path("person").isTextual() ? root.path("person").asText() : null;
        return new TableRules(columns, person, quasi, kNode.isMissingNode() ? 5 : kNode.asInt());
    }

    private static PasserelleException invalid(String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-rules", message);
    }
}
