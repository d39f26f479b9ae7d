package org.passerelle.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Datasets, check answers and histories as JSON, the same for the command line and the API. */
public final class DatasetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DatasetJson() {
    }

    public static ObjectNode dataset(Dataset dataset) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("name", dataset.name());
        for (DatasetField field : DatasetField.values()) {
            String value = dataset.get(field);
            if (field.type() == DatasetField.Type.BOOLEAN) {
                body.put(field.key(), Boolean.parseBoolean(value));
            } else {
                body.put(field.key(), value);
            }
        }
        body.put("registered_by", dataset.registeredBy());
        ArrayNode labels = body.putArray("provenance");
        dataset.labels().forEach(label -> labels.addObject().put("file", label.file()).put("kind", label.kind())
                .put("model", label.model()).put("date", label.date()).put("sha256", label.sha256()));
        return body;
    }

    public static ObjectNode verdict(DatasetRules.Verdict verdict, String language) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("dataset", verdict.dataset()).put("purpose", verdict.purpose()).put("allowed", verdict.allowed());
        ArrayNode missing = body.putArray("missing");
        for (DatasetRules.Rule rule : verdict.unmet()) {
            ObjectNode item = missing.addObject().put("rule", rule.id()).put("message", rule.message().in(language))
                    .put("source", rule.source());
            ArrayNode fields = item.putArray("fields");
            rule.fields().forEach(fields::add);
        }
        if (!verdict.allowed()) {
            body.put("contact", verdict.contact().in(language));
        }
        return body;
    }

    public static ArrayNode history(java.util.List<DatasetRegister.Change> changes) {
        ArrayNode list = MAPPER.createArrayNode();
        changes.forEach(change -> {
            ObjectNode item = list.addObject().put("action", change.action()).put("actor", change.actor())
                    .put("at", change.at().toString());
            ArrayNode fields = item.putArray("fields");
            change.fields().forEach(fields::add);
        });
        return list;
    }
}
