package org.passerelle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.auth.Authenticator;
import org.passerelle.auth.Caller;
import org.passerelle.auth.Role;
import org.passerelle.dataset.Dataset;
import org.passerelle.dataset.DatasetField;
import org.passerelle.dataset.DatasetJson;
import org.passerelle.dataset.DatasetRegister;
import org.passerelle.dataset.DatasetRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/datasets}: the register of datasets (R7). Any signed-in user registers datasets and
 * sees, changes and checks those they registered; administrators and the data-protection officer
 * see and change them all. Answers hold the register's metadata, never data.
 */
final class DatasetEndpoints {

    private static final long MAX_BODY = 64 * 1024;

    private final Authenticator authenticator;
    private final DatasetRegister register;
    private final DatasetRules rules;
    private final Clock clock;

    DatasetEndpoints(Authenticator authenticator, DatasetRegister register, DatasetRules rules, Clock clock) {
        this.authenticator = authenticator;
        this.register = register;
        this.rules = rules;
        this.clock = clock;
    }

    /** {@code GET /api/datasets}: the datasets the caller may see, the fields they have and the purposes. */
    void list(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        ObjectNode body = Json.MAPPER.createObjectNode().put("object", "list");
        ArrayNode data = body.putArray("data");
        register.list(seesAll(caller) ? null : caller.name()).forEach(dataset -> data.add(DatasetJson.dataset(dataset)));
        ArrayNode fields = body.putArray("fields");
        for (DatasetField field : DatasetField.values()) {
            ObjectNode item = fields.addObject().put("key", field.key()).put("type", field.type().name().toLowerCase())
                    .put("help", field.help());
            field.choices().forEach(item.putArray("choices")::add);
        }
        ObjectNode purposes = body.putObject("purposes");
        rules.purposes().forEach((id, text) -> purposes.putObject(id).put("fr", text.fr()).put("en", text.en()));
        Json.send(response, 200, body);
    }

    /** {@code POST /api/datasets {"name", "owner", "origin", "personal-data", ...}}. */
    void create(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        ObjectNode input = Json.readObject(request, MAX_BODY);
        String name = AdminEndpoints.text(input, "name", true);
        input.remove("name");
        Json.send(response, 201, DatasetJson.dataset(register.register(name, values(input), caller.name())));
    }

    void get(ServerRequest request, ServerResponse response) {
        Json.send(response, 200, DatasetJson.dataset(visible(request)));
    }

    /** {@code POST /api/datasets/{name} {"field": value, ...}}: null or "" clears a field. */
    void update(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        Dataset dataset = visible(request, caller);
        ObjectNode input = Json.readObject(request, MAX_BODY);
        Json.send(response, 200, DatasetJson.dataset(register.update(dataset.name(), values(input), caller.name())));
    }

    /** {@code GET /api/datasets/{name}/check?purpose=training&lang=fr}. */
    void check(ServerRequest request, ServerResponse response) {
        Dataset dataset = visible(request);
        String purpose = request.query().first("purpose").orElse("training");
        String language = request.query().first("lang").orElse("fr");
        Json.send(response, 200, DatasetJson.verdict(rules.check(dataset, purpose, LocalDate.now(clock)), language));
    }

    void history(ServerRequest request, ServerResponse response) {
        Dataset dataset = visible(request);
        ObjectNode body = Json.MAPPER.createObjectNode().put("object", "list");
        body.set("data", DatasetJson.history(register.history(dataset.name())));
        Json.send(response, 200, body);
    }

    /** {@code POST /api/datasets/{name}/provenance}: the body is a provenance label ({@code FILE.provenance.json}). */
    void attach(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        Dataset dataset = visible(request, caller);
        Dataset.Label label = register.attach(dataset.name(), Json.readObject(request, MAX_BODY), caller.name());
        Json.send(response, 201, Json.MAPPER.createObjectNode().put("dataset", dataset.name()).put("file", label.file())
                .put("kind", label.kind()).put("sha256", label.sha256()));
    }

    private Dataset visible(ServerRequest request) {
        return visible(request, authenticator.require(request));
    }

    /** The dataset the path names, if the caller may see it; else 404, as if it did not exist. */
    private Dataset visible(ServerRequest request, Caller caller) {
        Dataset dataset = register.get(request.path().pathParameters().get("name"));
        if (!seesAll(caller) && !dataset.registeredBy().equals(caller.name())) {
            throw new ApiError(404, "invalid_request_error", "no-such-dataset", "No dataset of yours has this name.", null);
        }
        return dataset;
    }

    private static boolean seesAll(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.DPO;
    }

    /** Field values from JSON: strings, booleans and numbers as text, null as "" (cleared). */
    private static Map<String, String> values(ObjectNode input) {
        Map<String, String> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = input.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.isValueNode()) {
                throw ApiError.invalid("invalid_type", "'" + org.passerelle.registry.Registry.printable(field.getKey())
                        + "' must be a string, a boolean or null.", field.getKey());
            }
            values.put(field.getKey(), value.isNull() ? "" : value.asText());
        }
        return values;
    }
}
