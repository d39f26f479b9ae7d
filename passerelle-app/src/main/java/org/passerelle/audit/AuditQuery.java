package org.passerelle.audit;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads audit events back, filtered, for administrators and the data-protection officer. */
public final class AuditQuery {

    /** Filters; any may be null; a {@code limit} of 0 means every event (reports, exports). */
    public record Filter(Instant from, Instant to, String userId, String teamId, String project, String decision,
                         String label, int limit) {

        public Filter(Instant from, Instant to, String userId, String decision, String label, int limit) {
            this(from, to, userId, null, null, decision, label, limit);
        }
    }

    private AuditQuery() {
    }

    public static List<AuditEvent> find(Jdbi jdbi, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_events WHERE 1 = 1");
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
        }
        if (filter.userId() != null) {
            sql.append(" AND user_id = :user");
        }
        if (filter.teamId() != null) {
            sql.append(" AND user_id IN (SELECT id FROM users WHERE team_id = :team)");
        }
        if (filter.project() != null) {
            sql.append(" AND project = :project");
        }
        if (filter.decision() != null) {
            sql.append(" AND decision = :decision");
        }
        if (filter.label() != null) {
            sql.append(" AND labels LIKE :label");
        }
        sql.append(filter.limit() == 0 ? " ORDER BY seq" : " ORDER BY seq DESC LIMIT :limit");
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql.toString());
            if (filter.limit() != 0) {
                query.bind("limit", Math.max(1, Math.min(filter.limit(), 10_000)));
            }
            if (filter.from() != null) {
                query.bind("from", Timestamp.valueOf(filter.from().atOffset(ZoneOffset.UTC).toLocalDateTime()));
            }
            if (filter.to() != null) {
                query.bind("to", Timestamp.valueOf(filter.to().atOffset(ZoneOffset.UTC).toLocalDateTime()));
            }
            if (filter.userId() != null) {
                query.bind("user", filter.userId());
            }
            if (filter.teamId() != null) {
                query.bind("team", filter.teamId());
            }
            if (filter.project() != null) {
                query.bind("project", filter.project());
            }
            if (filter.decision() != null) {
                query.bind("decision", filter.decision());
            }
            if (filter.label() != null) {
                query.bind("label", "%" + filter.label() + ":%");
            }
            List<AuditEvent> events = new ArrayList<>();
            for (Map<String, Object> row : query.mapToMap()) {
                events.add(event(row));
            }
            return events;
        });
    }

    static AuditEvent event(Map<String, Object> row) {
        Map<String, Integer> labels = AuditEvent.parseLabels(String.valueOf(row.get("labels")));
        Object at = row.get("occurred_at");
        Instant occurred = at instanceof Timestamp timestamp ? timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : at instanceof java.time.LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : Instant.parse(String.valueOf(at));
        return new AuditEvent(String.valueOf(row.get("id")), occurred, (String) row.get("user_id"), (String) row.get("key_id"),
                String.valueOf(row.get("endpoint")), (String) row.get("requested_model"), (String) row.get("served_model"),
                (String) row.get("provider"), (String) row.get("hosting"), String.valueOf(row.get("decision")),
                (String) row.get("reason"), Boolean.TRUE.equals(row.get("sensitive")), labels,
                ((Number) row.get("output_tokens")).longValue(), ((Number) row.get("latency_ms")).longValue(),
                row.get("energy_wh") == null ? null : ((Number) row.get("energy_wh")).doubleValue(),
                row.get("gwp_g") == null ? null : ((Number) row.get("gwp_g")).doubleValue(),
                ((Number) row.get("status")).intValue(),
                new AuditEvent.Context((String) row.get("project"), (String) row.get("task"), number(row.get("temperature")),
                        number(row.get("energy_wh_min")), number(row.get("energy_wh_max")), number(row.get("gwp_g_min")),
                        number(row.get("gwp_g_max"))));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
