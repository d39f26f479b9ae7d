package org.passerelle.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jdbi.v3.core.Jdbi;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditLog;
import org.passerelle.audit.AuditQuery;
import org.passerelle.config.GatewayConfig;
import org.passerelle.footprint.Footprint;
import org.passerelle.registry.Registry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents built from the audit trail, for the command line and the API alike: statements,
 * footprint reports and the data-protection officer's export. Reads metadata only.
 */
public final class Reports {

    private final Jdbi jdbi;
    private final GatewayConfig config;
    private final Footprint footprint;
    private final String version;

    public Reports(Jdbi jdbi, GatewayConfig config, Footprint footprint, String version) {
        this.jdbi = jdbi;
        this.config = config;
        this.footprint = footprint;
        this.version = version;
    }

    /** Events of a period given as dates, both included (UTC days). */
    public static AuditQuery.Filter period(LocalDate from, LocalDate to, String userId, String teamId, String project,
                                           String decision, String label) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new org.passerelle.PasserelleException(org.passerelle.PasserelleException.Kind.INVALID_INPUT,
                    "invalid-period", "the end of the period is before its start");
        }
        return new AuditQuery.Filter(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), userId, teamId, project,
                decision, label, 0);
    }

    public Statement.Facts statement(String project, String userName, LocalDate from, LocalDate to, String language) {
        Registry registry = new Registry(jdbi, java.time.Clock.systemUTC());
        String userId = userName == null ? null : registry.userId(userName);
        List<AuditEvent> events = AuditQuery.find(jdbi, period(from, to, userId, null, project, null, null));
        Map<String, String> notes = new HashMap<>();
        registry.modelNotes().forEach((model, note) -> notes.put(model, note.in(language)));
        return Statement.gather(events, config, notes, project, userName, from, to, version);
    }

    public FootprintReport.Report footprint(AuditQuery.Filter filter, List<FootprintReport.Dimension> by) {
        Map<String, FootprintReport.Person> people = new HashMap<>();
        new Registry(jdbi, java.time.Clock.systemUTC()).people()
                .forEach((id, person) -> people.put(id, new FootprintReport.Person(person[0], person[1])));
        return FootprintReport.build(AuditQuery.find(jdbi, filter), by, people, footprint);
    }

    /** The DPO's export: the events the filter selects, and the whole chain's verification, stated. */
    public record Export(List<AuditEvent> events, boolean chainIntact, Long firstBrokenSeq, long chainLength) {
    }

    public Export export(AuditQuery.Filter filter) {
        Optional<Long> broken = AuditLog.verify(jdbi);
        long length = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM audit_events").mapTo(Long.class).one());
        return new Export(AuditQuery.find(jdbi, filter), broken.isEmpty(), broken.orElse(null), length);
    }

    private static final List<String> COLUMNS = List.of("id", "occurred_at", "user_id", "key_id", "endpoint", "project",
            "task", "requested_model", "served_model", "provider", "hosting", "decision", "reason", "sensitive", "labels",
            "output_tokens", "latency_ms", "temperature", "energy_wh", "energy_wh_min", "energy_wh_max", "gco2eq",
            "gco2eq_min", "gco2eq_max", "status");

    private static List<Object> values(AuditEvent e) {
        return java.util.Arrays.asList(e.id(), e.occurredAt().toString(), e.userId(), e.keyId(), e.endpoint(),
                e.context().project(), e.context().task(), e.requestedModel(), e.servedModel(), e.provider(), e.hosting(),
                e.decision(), e.reason(), e.sensitive(), e.labelsText(), e.outputTokens(), e.latencyMillis(),
                e.context().temperature(), e.energyWh(), e.context().energyWhMin(), e.context().energyWhMax(), e.gwpGrams(),
                e.context().gwpGramsMin(), e.context().gwpGramsMax(), e.status());
    }

    /** CSV: a first comment line states the chain's verification; then a header and one line per event. */
    public static String csv(Export export) {
        StringBuilder csv = new StringBuilder("# audit chain: ").append(export.chainIntact() ? "intact" : "BROKEN at event "
                + export.firstBrokenSeq()).append(" (").append(export.chainLength()).append(" events verified); ")
                .append(export.events().size()).append(" events exported; metadata only\n");
        csv.append(String.join(",", COLUMNS)).append('\n');
        for (AuditEvent event : export.events()) {
            List<Object> values = values(event);
            for (int i = 0; i < values.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(values.get(i) == null ? "" : FootprintReport.cell(String.valueOf(values.get(i))));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    public static ObjectNode json(Export export, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode chain = root.putObject("chain");
        chain.put("intact", export.chainIntact());
        chain.put("events_verified", export.chainLength());
        if (export.firstBrokenSeq() != null) {
            chain.put("first_broken_seq", export.firstBrokenSeq());
        }
        root.put("count", export.events().size());
        ArrayNode events = root.putArray("events");
        for (AuditEvent event : export.events()) {
            ObjectNode item = events.addObject();
            List<Object> values = values(event);
            for (int i = 0; i < COLUMNS.size(); i++) {
                item.set(COLUMNS.get(i), mapper.valueToTree(values.get(i)));
            }
        }
        return root;
    }

    /** The report as JSON, for the API and the admin page. */
    public static ObjectNode json(FootprintReport.Report report, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode by = root.putArray("by");
        report.by().forEach(dimension -> by.add(dimension.id()));
        ArrayNode lines = root.putArray("data");
        report.lines().forEach(line -> lines.add(line(line, report.by(), mapper)));
        root.set("total", line(report.total(), List.of(), mapper));
        return root;
    }

    private static ObjectNode line(FootprintReport.Line line, List<FootprintReport.Dimension> by,
                                   com.fasterxml.jackson.databind.ObjectMapper mapper) {
        ObjectNode item = mapper.createObjectNode();
        for (int i = 0; i < by.size(); i++) {
            item.put(by.get(i).id(), line.keys().get(i));
        }
        item.put("requests", line.requests()).put("output_tokens", line.outputTokens())
                .put("energy_wh", line.energyWh()).put("energy_wh_min", line.energyRange().min())
                .put("energy_wh_max", line.energyRange().max()).put("gco2eq", line.gwpGrams())
                .put("gco2eq_min", line.gwpRange().min()).put("gco2eq_max", line.gwpRange().max());
        ObjectNode equivalents = item.putObject("equivalent_gco2eq");
        line.equivalentGrams().forEach(equivalents::put);
        return item;
    }
}
