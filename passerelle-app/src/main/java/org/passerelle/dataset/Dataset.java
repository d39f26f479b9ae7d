package org.passerelle.dataset;

import org.passerelle.registry.Processing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registered dataset: its fields (metadata about the data, never the data), who registered it,
 * the processing it is linked to and the provenance labels attached to it.
 *
 * @param fields     the fields that are set, by field; a processing is given by its name
 * @param processing the linked processing, or null
 * @param labels     the provenance labels attached, oldest first
 */
public record Dataset(String id, String name, Map<DatasetField, String> fields, String registeredBy,
                      Processing processing, List<Label> labels) {

    /** A provenance label ({@code FILE.provenance.json}) attached to the dataset. */
    public record Label(String file, String sha256, String kind, String model, String date) {
    }

    public Dataset {
        EnumMap<DatasetField, String> copy = new EnumMap<>(DatasetField.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        labels = List.copyOf(labels);
    }

    public String get(DatasetField field) {
        return fields.get(field);
    }

    /**
     * What the rules look at on {@code day}: every field set, by key, plus {@code processing-valid}
     * and {@code provenance} (the strongest kind attached: synthetic, else ai-generated).
     */
    public Map<String, String> facts(LocalDate day) {
        Map<String, String> facts = new LinkedHashMap<>();
        fields.forEach((field, value) -> facts.put(field.key(), value));
        facts.put(DatasetRules.PROCESSING_VALID, Boolean.toString(processing != null && processing.validOn(day)));
        if (labels.stream().anyMatch(label -> label.kind().equals("synthetic"))) {
            facts.put(DatasetRules.PROVENANCE, "synthetic");
        } else if (!labels.isEmpty()) {
            facts.put(DatasetRules.PROVENANCE, "ai-generated");
        }
        return facts;
    }
}
