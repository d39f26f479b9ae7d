package org.passerelle.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.usage.UsageLedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where audit events wait, on disk, while the database is unavailable: one JSON line per event
 * (metadata only, the same fields as the audit table, and its usage charge), appended and forced
 * to disk before the writer goes on, read back in order when the database answers again.
 */
final class AuditSpool {

    /** An event and the usage its request consumed (null when none). */
    record Entry(AuditEvent event, UsageLedger.Charge charge) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    AuditSpool(Path directory) {
        this.file = directory.resolve("audit-spool.jsonl");
    }

    boolean isEmpty() {
        return !Files.exists(file);
    }

    /** Appends entries and forces them to disk. */
    void write(List<Entry> entries) {
        StringBuilder lines = new StringBuilder();
        for (Entry entry : entries) {
            lines.append(line(entry)).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(Entry entry) {
        AuditEvent e = entry.event();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", e.id()).put("occurred_at", e.occurredAt().toString()).put("user_id", e.userId())
                .put("key_id", e.keyId()).put("endpoint", e.endpoint()).put("requested_model", e.requestedModel())
                .put("served_model", e.servedModel()).put("provider", e.provider()).put("hosting", e.hosting())
                .put("decision", e.decision()).put("reason", e.reason()).put("sensitive", e.sensitive())
                .put("labels", e.labelsText()).put("output_tokens", e.outputTokens()).put("latency_ms", e.latencyMillis())
                .put("energy_wh", e.energyWh()).put("gwp_g", e.gwpGrams()).put("status", e.status())
                .put("project", e.context().project()).put("task", e.context().task())
                .put("temperature", e.context().temperature()).put("energy_wh_min", e.context().energyWhMin())
                .put("energy_wh_max", e.context().energyWhMax()).put("gwp_g_min", e.context().gwpGramsMin())
                .put("gwp_g_max", e.context().gwpGramsMax());
        UsageLedger.Charge c = entry.charge();
        if (c != null) {
            node.putObject("charge").put("user_id", c.userId()).put("team_id", c.teamId()).put("day", c.day().toString())
                    .put("tokens", c.tokens()).put("energy_wh", c.energyWh()).put("gwp_g", c.gwpGrams())
                    .put("request_counted", c.requestCounted());
        }
        return node.toString();
    }

    static Entry parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            Map<String, Integer> labels = AuditEvent.parseLabels(n.path("labels").asText(""));
            AuditEvent event = new AuditEvent(n.get("id").asText(), Instant.parse(n.get("occurred_at").asText()),
                    text(n, "user_id"), text(n, "key_id"), n.get("endpoint").asText(), text(n, "requested_model"),
                    text(n, "served_model"), text(n, "provider"), text(n, "hosting"), n.get("decision").asText(),
                    text(n, "reason"), n.get("sensitive").asBoolean(), labels, n.get("output_tokens").asLong(),
                    n.get("latency_ms").asLong(), number(n, "energy_wh"), number(n, "gwp_g"), n.get("status").asInt(),
                    new AuditEvent.Context(text(n, "project"), text(n, "task"), number(n, "temperature"),
                            number(n, "energy_wh_min"), number(n, "energy_wh_max"), number(n, "gwp_g_min"),
                            number(n, "gwp_g_max")));
            JsonNode c = n.get("charge");
            UsageLedger.Charge charge = c == null ? null : new UsageLedger.Charge(text(c, "user_id"), text(c, "team_id"),
                    LocalDate.parse(c.get("day").asText()), c.get("tokens").asLong(), c.get("energy_wh").asDouble(),
                    c.get("gwp_g").asDouble(), c.get("request_counted").asBoolean());
            return new Entry(event, charge);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
