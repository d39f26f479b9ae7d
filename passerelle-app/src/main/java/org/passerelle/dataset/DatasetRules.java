package org.passerelle.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.passerelle.config.ConfigException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules that say whether a registered dataset may be used for a purpose (training,
 * fine-tuning, evaluation), read from readable YAML: the built-in {@code dataset-rules.yaml},
 * which cites section 7 of the institute's recommendations, or an administrator's copy. Every
 * field and value the rules name is checked when they are loaded, with the key path of a mistake.
 */
public final class DatasetRules {

    static final String PROCESSING_VALID = "processing-valid";
    static final String PROVENANCE = "provenance";
    private static final String BUILT_IN = "/org/passerelle/dataset/dataset-rules.yaml";
    private static final Set<String> ROOT_KEYS = Set.of("purposes", "contact", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "purposes", "when", "require", "message", "source");

    /** Text in French and English. */
    public record Text(String fr, String en) {
        public String in(String language) {
            return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? en : fr;
        }
    }

    /** {@code fact: present}, {@code fact: absent}, or {@code fact: [accepted values]}. */
    record Condition(String fact, Kind kind, Set<String> values) {
        enum Kind { PRESENT, ABSENT, ONE_OF }

        boolean holds(Map<String, String> facts) {
            String value = facts.get(fact);
            return switch (kind) {
                case PRESENT -> value != null;
                case ABSENT -> value == null;
                case ONE_OF -> value != null && values.contains(value);
            };
        }
    }

    /** One rule: where it applies, what it requires, and what to say when it is not met. */
    public record Rule(String id, Set<String> purposes, List<Condition> when, List<Condition> require, Text message,
                       String source) {

        boolean appliesTo(String purpose, Map<String, String> facts) {
            return (purposes.isEmpty() || purposes.contains(purpose)) && when.stream().allMatch(c -> c.holds(facts));
        }

        /** The fields this rule asks for. */
        public List<String> fields() {
            return require.stream().map(Condition::fact).toList();
        }
    }

    /** The answer for one dataset and purpose: allowed, or the rules not met. */
    public record Verdict(String dataset, String purpose, boolean allowed, List<Rule> unmet, Text contact) {
    }

    private final Map<String, Text> purposes;
    private final Text contact;
    private final List<Rule> rules;
    private final String yaml;

    private DatasetRules(Map<String, Text> purposes, Text contact, List<Rule> rules, String yaml) {
        this.purposes = purposes;
        this.contact = contact;
        this.rules = List.copyOf(rules);
        this.yaml = yaml;
    }

    /** The built-in rules. */
    public static DatasetRules defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final DatasetRules DEFAULTS = parse(builtInText(), "dataset-rules.yaml");
    }

    /** The built-in rules file, comments included, to copy and edit. */
    public static String builtInText() {
        try (InputStream in = DatasetRules.class.getResourceAsStream(BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DatasetRules load(Path file) {
        try {
            return parse(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads rules; {@code name} prefixes the key paths of errors. */
    public static DatasetRules parse(String yaml, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new ConfigException(name + ": not valid YAML (line "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation().getLineNr() : -1) + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(name + ": expected a mapping with purposes, contact and rules");
        }
        keys(root, name, ROOT_KEYS);
        Map<String, Text> purposes = new LinkedHashMap<>();
        JsonNode purposeNode = object(root.path("purposes"), name + ": purposes");
        purposeNode.fieldNames().forEachRemaining(id -> purposes.put(id, text(purposeNode.get(id), name + ": purposes." + id)));
        if (purposes.isEmpty()) {
            throw new ConfigException(name + ": purposes: name at least one purpose");
        }
        Text contact = text(root.path("contact"), name + ": contact");
        JsonNode ruleNodes = root.path("rules");
        if (!ruleNodes.isArray()) {
            throw new ConfigException(name + ": rules: expected a list");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < ruleNodes.size(); i++) {
            String at = name + ": rules[" + i + "]";
            JsonNode node = object(ruleNodes.get(i), at);
            keys(node, at, RULE_KEYS);
            String id = node.path("id").asText("");
            if (id.isBlank() || !ids.add(id)) {
                throw new ConfigException(at + ".id: each rule needs an id of its own");
            }
            Set<String> applies = new LinkedHashSet<>();
            for (String purpose : values(node.path("purposes"), at + ".purposes")) {
                if (!purposes.containsKey(purpose)) {
                    throw new ConfigException(at + ".purposes: unknown purpose '" + purpose + "' (" + purposes.keySet() + ")");
                }
                applies.add(purpose);
            }
            List<Condition> require = conditions(node.path("require"), at + ".require");
            if (require.isEmpty()) {
                throw new ConfigException(at + ".require: a rule requires at least one condition");
            }
            if (!node.path("source").isTextual()) {
                throw new ConfigException(at + ".source: say where the rule comes from");
            }
            rules.add(new Rule(id, applies, conditions(node.path("when"), at + ".when"), require,
                    text(node.path("message"), at + ".message"), node.path("source").asText()));
        }
        return new DatasetRules(purposes, contact, rules, yaml);
    }

    /** The purposes, by id, with their descriptions. */
    public Map<String, Text> purposes() {
        return purposes;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The text the rules were read from. */
    public String yaml() {
        return yaml;
    }

    /** Whether {@code dataset} may be used for {@code purpose} on {@code day}, and if not, why. */
    public Verdict check(Dataset dataset, String purpose, LocalDate day) {
        if (!purposes.containsKey(purpose)) {
            throw DatasetField.invalid("unknown-purpose", "unknown purpose (expected one of "
                    + String.join(", ", purposes.keySet()) + ")");
        }
        Map<String, String> facts = dataset.facts(day);
        List<Rule> unmet = rules.stream()
                .filter(rule -> rule.appliesTo(purpose, facts))
                .filter(rule -> !rule.require().stream().allMatch(c -> c.holds(facts)))
                .toList();
        return new Verdict(dataset.name(), purpose, unmet.isEmpty(), unmet, contact);
    }

    // ---- reading

    private static List<Condition> conditions(JsonNode node, String at) {
        List<Condition> conditions = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return conditions;
        }
        object(node, at);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String fact = names.next();
            String path = at + "." + fact;
            List<String> accepted = accepted(fact, path);
            JsonNode value = node.get(fact);
            if (value.isTextual() && (value.asText().equals("present") || value.asText().equals("absent"))) {
                conditions.add(new Condition(fact, value.asText().equals("present") ? Condition.Kind.PRESENT
                        : Condition.Kind.ABSENT, Set.of()));
                continue;
            }
            Set<String> values = new LinkedHashSet<>(values(value, path));
            if (values.isEmpty()) {
                throw new ConfigException(path + ": expected present, absent, a value or a list of values");
            }
            for (String v : values) {
                if (!accepted.isEmpty() && !accepted.contains(v)) {
                    throw new ConfigException(path + ": unknown value '" + v + "' (expected one of " + String.join(", ", accepted) + ")");
                }
            }
            conditions.add(new Condition(fact, Condition.Kind.ONE_OF, values));
        }
        return conditions;
    }

    /** The values a fact may take (empty: any text), or an error for an unknown fact. */
    private static List<String> accepted(String fact, String path) {
        if (fact.equals(PROCESSING_VALID)) {
            return List.of("true", "false");
        }
        if (fact.equals(PROVENANCE)) {
            return List.of("synthetic", "ai-generated");
        }
        return DatasetField.byKey(fact).map(DatasetField::choices).orElseThrow(() -> new ConfigException(path
                + ": unknown field (expected one of " + java.util.Arrays.stream(DatasetField.values()).map(DatasetField::key)
                .toList() + ", " + PROCESSING_VALID + ", " + PROVENANCE + ")"));
    }

    private static List<String> values(JsonNode node, String at) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw new ConfigException(at + ": expected a value or a list of values");
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> {
            if (!item.isValueNode()) {
                throw new ConfigException(at + ": expected a list of values");
            }
            values.add(item.asText());
        });
        return values;
    }

    private static Text text(JsonNode node, String at) {
        object(node, at);
        if (!node.path("fr").isTextual() || !node.path("en").isTextual()) {
            throw new ConfigException(at + ": expected fr and en texts");
        }
        keys(node, at, Set.of("fr", "en"));
        return new Text(node.get("fr").asText().strip(), node.get("en").asText().strip());
    }

    private static JsonNode object(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new ConfigException(at + ": expected a mapping");
        }
        return node;
    }

    private static void keys(JsonNode node, String at, Set<String> known) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw new ConfigException(at + ": unknown key '" + key + "' (expected " + new java.util.TreeSet<>(known) + ")");
            }
        });
    }
}
