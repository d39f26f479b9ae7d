package org.passerelle.usage;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A user's usage over time, read from the audit trail (metadata only): requests by day and served
 * model. (The organisation's, by any grouping, is {@code report.FootprintReport}.) Thread-safe.
 */
public final class UsageHistory {

    /** Requests answered by one model on one day (or month), with what they consumed. */
    public record Line(LocalDate period, String team, String model, long requests, long outputTokens, double energyWh,
                       double gwpGrams) {
    }

    private final Jdbi jdbi;

    public UsageHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A user's answered requests since {@code from}, by UTC day and served model. */
    public List<Line> byDay(String userId, Instant from) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT CAST(occurred_at AS DATE) AS d, served_model, COUNT(*) AS n, "
                        + "SUM(output_tokens) AS t, SUM(COALESCE(energy_wh, 0)) AS e, SUM(COALESCE(gwp_g, 0)) AS g "
                        + "FROM audit_events WHERE user_id = :user AND occurred_at >= :from AND served_model IS NOT NULL "
                        + "GROUP BY CAST(occurred_at AS DATE), served_model ORDER BY d, served_model")
                .bind("user", userId).bind("from", utc(from))
                .map((rs, ctx) -> new Line(rs.getDate("d").toLocalDate(), null, rs.getString("served_model"), rs.getLong("n"),
                        rs.getLong("t"), rs.getDouble("e"), rs.getDouble("g")))
                .list());
    }

    /** The output tokens of each of a user's answered requests since {@code from}. */
    public long[] outputTokens(String userId, Instant from) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT output_tokens FROM audit_events WHERE user_id = :user "
                        + "AND occurred_at >= :from AND served_model IS NOT NULL")
                .bind("user", userId).bind("from", utc(from))
                .mapTo(Long.class).stream().mapToLong(Long::longValue).toArray());
    }

    /** The audit trail stores UTC wall-clock times: compare with the same. */
    private static java.sql.Timestamp utc(Instant instant) {
        return java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
    }
}
