package org.passerelle.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.passerelle.PasserelleException;
import org.passerelle.registry.Processing;
import org.passerelle.registry.Registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register of datasets, in the gateway's database: the command line ({@code passerelle
 * dataset}), the API ({@code /api/datasets}) and the collector all go through it. Every change is
 * written to {@code dataset_history} in the same transaction: the action, the names of the fields
 * changed, who and when; never their values. Thread-safe.
 */
public final class DatasetRegister {

    /** One change in a dataset's history. */
    public record Change(String action, List<String> fields, String actor, Instant at) {
    }

    private final Jdbi jdbi;
    private final Registry registry;
    private final Clock clock;

    public DatasetRegister(Jdbi jdbi, Registry registry, Clock clock) {
        this.jdbi = jdbi;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Registers a dataset. {@code values} are field keys ({@code personal-data}) to values as typed;
     * owner, origin and personal-data are required.
     */
    public Dataset register(String name, Map<String, String> values, String actor) {
        requireName(name);
        Map<DatasetField, String> fields = parse(values);
        for (DatasetField field : DatasetField.REQUIRED) {
            if (fields.get(field) == null) {
                throw DatasetField.invalid("missing-" + field.key(), "a dataset needs its " + field.key() + " (" + field.help() + ")");
            }
        }
        fields.putIfAbsent(DatasetField.HEALTH_DATA, "false");
        fields.values().removeIf(Objects::isNull);
        String id = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            jdbi.useTransaction(handle -> {
                var insert = handle.createUpdate("INSERT INTO datasets (id, name, owner, origin, personal_data, health_data, "
                        + "legal_basis, article9, framework, processing_id, investigator_agreement, licence, terms, "
                        + "retention_until, description, collection, registered_by, created_at, updated_at) VALUES (:id, :name, "
                        + ":owner, :origin, :personal_data, :health_data, :legal_basis, :article9, :framework, :processing_id, "
                        + ":investigator_agreement, :licence, :terms, :retention_until, :description, :collection, :by, :at, :at)")
                        .bind("id", id).bind("name", name).bind("by", actor).bind("at", now);
                for (DatasetField field : DatasetField.values()) {
                    insert.bind(field.column(), column(field, fields.get(field)));
                }
                insert.execute();
                history(handle, id, "registered", fields.keySet().stream().map(DatasetField::key).toList(), actor, now);
            });
        } catch (PasserelleException e) {
            throw e;
        } catch (RuntimeException e) {
            if (find(name).isPresent()) {
                throw DatasetField.invalid("dataset-exists", "a dataset named '" + Registry.printable(name) + "' is already registered");
            }
            throw e;
        }
        return get(name);
    }

    /** Changes some fields ("" clears an optional one); returns the dataset as it now is. */
    public Dataset update(String name, Map<String, String> values, String actor) {
        Dataset before = get(name);
        Map<DatasetField, String> changes = parse(values);
        for (DatasetField field : DatasetField.REQUIRED) {
            if (changes.containsKey(field) && changes.get(field) == null) {
                throw DatasetField.invalid("missing-" + field.key(), field.key() + " cannot be cleared");
            }
        }
        if (changes.containsKey(DatasetField.HEALTH_DATA) && changes.get(DatasetField.HEALTH_DATA) == null) {
            changes.put(DatasetField.HEALTH_DATA, "false");
        }
        changes.entrySet().removeIf(change -> Objects.equals(change.getValue(), before.get(change.getKey())));
        if (changes.isEmpty()) {
            return before;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbi.useTransaction(handle -> {
            String assignments = changes.keySet().stream().map(f -> f.column() + " = :" + f.column()).collect(Collectors.joining(", "));
            var update = handle.createUpdate("UPDATE datasets SET " + assignments + ", updated_at = :at WHERE id = :id")
                    .bind("id", before.id()).bind("at", now);
            changes.forEach((field, value) -> update.bind(field.column(), column(field, value)));
            update.execute();
            history(handle, before.id(), "updated", changes.keySet().stream().map(DatasetField::key).toList(), actor, now);
        });
        return get(name);
    }

    /**
     * Attaches a provenance label ({@code FILE.provenance.json}, as {@code passerelle label} writes
     * it) to a dataset: the file's name, SHA-256, kind, model and date are recorded.
     */
    public Dataset.Label attach(String name, JsonNode label, String actor) {
        Dataset dataset = get(name);
        if (label == null || !"passerelle-provenance/1".equals(label.path("schema").asText())) {
            throw DatasetField.invalid("invalid-label", "not a provenance label (schema passerelle-provenance/1)");
        }
        String sha256 = label.path("sha256").asText("");
        String kind = label.path("kind").asText("");
        String file = label.path("file").asText("");
        if (!sha256.matches("[0-9a-f]{64}") || !(kind.equals("synthetic") || kind.equals("ai-generated"))
                || file.isBlank() || file.length() > 300) {
            throw DatasetField.invalid("invalid-label", "a provenance label names its file, kind (synthetic or ai-generated) and SHA-256");
        }
        Dataset.Label attached = new Dataset.Label(file, sha256, kind, optional(label, "model", 200), optional(label, "date", 40));
        LocalDateTime now = LocalDateTime.now(clock);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO dataset_provenance (id, dataset_id, file_name, sha256, kind, model, label_date, "
                            + "attached_at) VALUES (:id, :dataset, :file, :sha, :kind, :model, :date, :at)")
                    .bind("id", UUID.randomUUID().toString()).bind("dataset", dataset.id()).bind("file", attached.file())
                    .bind("sha", sha256).bind("kind", kind).bind("model", attached.model()).bind("date", attached.date())
                    .bind("at", now).execute();
            history(handle, dataset.id(), "provenance-attached", List.of("provenance"), actor, now);
        });
        return attached;
    }

    public Dataset get(String name) {
        return find(name).orElseThrow(() -> new PasserelleException(PasserelleException.Kind.NOT_FOUND, "no-such-dataset",
                "no dataset is named '" + Registry.printable(name) + "'"));
    }

    public java.util.Optional<Dataset> find(String name) {
        return read("WHERE d.name = :name", name).stream().findFirst();
    }

    /** Every dataset, by name; only those {@code registeredBy} registered when it is given. */
    public List<Dataset> list(String registeredBy) {
        return registeredBy == null ? read("", null) : read("WHERE d.registered_by = :name", registeredBy);
    }

    /** A dataset's changes, oldest first. */
    public List<Change> history(String name) {
        String id = get(name).id();
        return jdbi.withHandle(handle -> handle.createQuery("SELECT action, fields, actor, occurred_at FROM dataset_history "
                        + "WHERE dataset_id = :id ORDER BY seq")
                .bind("id", id)
                .map((rs, ctx) -> new Change(rs.getString(1), List.of(rs.getString(2).split(",")), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC)))
                .list());
    }

    // ---- helpers

    private List<Dataset> read(String where, String name) {
        Map<String, Processing> processings = registry.processings().stream()
                .collect(Collectors.toMap(Processing::id, Function.identity()));
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("SELECT d.* FROM datasets d " + where + " ORDER BY d.name");
            if (name != null) {
                query.bind("name", name);
            }
            List<Map<String, Object>> rows = query.mapToMap().list();
            List<Dataset> datasets = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Map<String, Object> lower = new LinkedHashMap<>();
                row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
                Map<DatasetField, String> fields = new EnumMap<>(DatasetField.class);
                Processing processing = null;
                for (DatasetField field : DatasetField.values()) {
                    Object value = lower.get(field.column());
                    if (value == null) {
                        continue;
                    }
                    if (field == DatasetField.PROCESSING) {
                        processing = processings.get(value.toString());
                        fields.put(field, processing == null ? value.toString() : processing.name());
                    } else if (field.type() == DatasetField.Type.DATE) {
                        fields.put(field, Registry.date(value).toString());
                    } else {
                        fields.put(field, value.toString());
                    }
                }
                String id = lower.get("id").toString();
                List<Dataset.Label> labels = handle.createQuery("SELECT file_name, sha256, kind, model, label_date FROM "
                                + "dataset_provenance WHERE dataset_id = :id ORDER BY attached_at, id").bind("id", id)
                        .map((rs, ctx) -> new Dataset.Label(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)))
                        .list();
                datasets.add(new Dataset(id, lower.get("name").toString(), fields, lower.get("registered_by").toString(),
                        processing, labels));
            }
            return datasets;
        });
    }

    /** Field keys and values as typed, checked; unknown keys are refused. A value of null or "" clears. */
    private Map<DatasetField, String> parse(Map<String, String> values) {
        Map<DatasetField, String> fields = new EnumMap<>(DatasetField.class);
        values.forEach((key, value) -> {
            DatasetField field = DatasetField.byKey(key).orElseThrow(() -> DatasetField.invalid("unknown-field",
                    "unknown field '" + Registry.printable(key) + "'"));
            String normalised = field.normalise(value);
            if (field == DatasetField.PROCESSING && normalised != null) {
                registry.processingId(normalised); // fails when there is no such processing
            }
            fields.put(field, normalised);
        });
        return fields;
    }

    /** A field's value as its column holds it. */
    private Object column(DatasetField field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case BOOLEAN -> Boolean.parseBoolean(value);
            case DATE -> LocalDate.parse(value);
            case PROCESSING -> registry.processingId(value);
            default -> value;
        };
    }

    private static void history(Handle handle, String datasetId, String action, List<String> fields, String actor,
                                LocalDateTime at) {
        handle.createUpdate("INSERT INTO dataset_history (dataset_id, action, fields, actor, occurred_at) "
                        + "VALUES (:dataset, :action, :fields, :actor, :at)")
                .bind("dataset", datasetId).bind("action", action)
                .bind("fields", String.join(",", fields)).bind("actor", actor).bind("at", at).execute();
    }

    private static String optional(JsonNode node, String field, int max) {
        String value = node.path(field).asText(null);
        return value == null || value.isBlank() ? null : value.length() > max ? value.substring(0, max) : value;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw DatasetField.invalid("invalid-name", "a dataset needs a name of 1 to 200 printable characters");
        }
    }
}
