package org.passerelle.usage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.passerelle.auth.Caller;
import org.passerelle.registry.Registry;
import org.passerelle.registry.Registry.Metric;
import org.passerelle.registry.Registry.Period;
import org.passerelle.registry.Registry.Quota;
import org.passerelle.registry.Registry.Scope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Usage counters per user and per team, by day and by month (UTC), and the quotas on them.
 *
 * <p>Counting is off the request path: what a request consumed is a {@link Charge} that the audit
 * writer adds to the counters in the same transaction as the request's audit event. Quotas are
 * checked on the request path, and only for callers that have one: a hard quota admits a request
 * with one conditional {@code UPDATE ... WHERE requests < limit AND tokens < limit ...} per
 * counter, in one transaction, so that the database's row locks make several replicas sharing one
 * PostgreSQL count every request once and never admit one past a limit. A request quota is thus
 * exact; token, energy and emission quotas admit requests while the counter is below the limit,
 * so the last requests admitted may carry it past the limit by what they consume. Thread-safe.
 */
public final class UsageLedger {

    /** How long the quotas read from the database are used before being read again. */
    static final java.time.Duration QUOTA_CACHE_TTL = java.time.Duration.ofSeconds(30);

    /** What one request consumed, to add to its user's and team's counters. */
    public record Charge(String userId, String teamId, LocalDate day, long tokens, double energyWh, double gwpGrams,
                         boolean requestCounted) {
    }

    /** One counter: a user's or team's consumption in one period. */
    public record Counter(long requests, long tokens, double energyWh, double gwpGrams) {
        static final Counter ZERO = new Counter(0, 0, 0, 0);

        public double value(Metric metric) {
            return switch (metric) {
                case REQUESTS -> requests;
                case TOKENS -> tokens;
                case ENERGY_WH -> energyWh;
                case GCO2EQ -> gwpGrams;
            };
        }
    }

    /** A quota applying to a caller, with what was used and when the period ends. */
    public record Standing(Quota quota, double used, Instant resetsAt) {
        public boolean overSoft() {
            return quota.soft() != null && used >= quota.soft();
        }
    }

    /** The outcome of admitting a request: whether the request was counted, and the soft limits reached. */
    public record Admission(boolean requestCounted, List<Standing> warnings) {
        static final Admission FREE = new Admission(false, List.of());
    }

    /** A hard quota reached: the request is refused until {@code standing.resetsAt()}. */
    public static final class QuotaExceeded extends RuntimeException {
        private final transient Standing standing;

        QuotaExceeded(Standing standing) {
            super("quota exceeded", null, false, false);
            this.standing = standing;
        }

        public Standing standing() {
            return standing;
        }
    }

    private record Row(Scope scope, String subjectId, Period period, LocalDate start) {
        /**
         * The one order in which every transaction locks counters (admission and settlement alike),
         * so that two of them never wait for each other's rows.
         */
        static final java.util.Comparator<Row> LOCK_ORDER = java.util.Comparator.comparing(Row::scope)
                .thenComparing(Row::period).thenComparing(Row::subjectId).thenComparing(Row::start);
    }

    private final Jdbi jdbi;
    private final boolean postgres;
    private final Clock clock;
    private volatile List<Quota> quotas;
    private volatile Instant quotasReadAt = Instant.MIN;

    public UsageLedger(Jdbi jdbi, boolean postgres, Clock clock) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.clock = clock;
    }

    /** Makes the next request read the quotas again (after an administrator changed them here). */
    public void forgetQuotas() {
        quotasReadAt = Instant.MIN;
    }

    private List<Quota> quotas() {
        Instant now = clock.instant();
        if (quotasReadAt.plus(QUOTA_CACHE_TTL).isBefore(now) || quotas == null) {
            try {
                quotas = new Registry(jdbi, clock).quotas();
            } catch (RuntimeException databaseDown) {
                // Quotas are about reasoned use, not safety: while the database is away, the last
                // quotas read apply (none if none was read), and requests are still policed.
                return quotas == null ? List.of() : quotas;
            }
            quotasReadAt = now;
        }
        return quotas;
    }

    /** The quotas that apply to a caller: for each scope, period and metric, their own, else the one for everybody. */
    public List<Quota> applicable(Caller caller) {
        List<Quota> all = quotas();
        if (all.isEmpty()) {
            return List.of(); // the usual case: nothing to choose, nothing allocated on the request path
        }
        Map<String, Quota> chosen = new LinkedHashMap<>();
        for (Quota quota : all) {
            String subject = quota.scope() == Scope.USER ? caller.userId() : caller.teamId();
            if (subject == null) {
                continue;
            }
            String slot = quota.scope() + "/" + quota.period() + "/" + quota.metric();
            if (quota.subjectId().equals(subject)) {
                chosen.put(slot, quota);
            } else if (quota.subjectId().equals("*")) {
                chosen.putIfAbsent(slot, quota);
            }
        }
        return List.copyOf(chosen.values());
    }

    /**
     * Admits a request or throws {@link QuotaExceeded}. Without quotas it touches no database;
     * with soft limits only it reads the counters; with a hard limit it counts the request now.
     */
    public Admission admit(Caller caller) {
        List<Quota> applicable = applicable(caller);
        if (applicable.isEmpty()) {
            return Admission.FREE;
        }
        LocalDate today = today();
        boolean hard = applicable.stream().anyMatch(quota -> quota.hard() != null);
        if (hard) {
            if (postgres) {
                countOrRefuse(caller, applicable, today);
            } else {
                // H2 runs in this process only: one admission at a time keeps its check-and-count atomic.
                synchronized (this) {
                    countOrRefuse(caller, applicable, today);
                }
            }
        }
        List<Standing> warnings = new ArrayList<>();
        if (applicable.stream().anyMatch(quota -> quota.soft() != null)) {
            for (Standing standing : standings(caller, applicable, today)) {
                if (standing.overSoft()) {
                    warnings.add(standing);
                }
            }
        }
        return new Admission(hard, warnings);
    }

    /** Counts the request on the caller's counters in one transaction, or throws when a hard limit is reached. */
    private void countOrRefuse(Caller caller, List<Quota> applicable, LocalDate today) {
        List<Row> rows = rows(caller.userId(), caller.teamId(), today);
        for (Row row : rows) {
            try {
                jdbi.useHandle(handle -> upsert(handle, row, Counter.ZERO));
            } catch (RuntimeException concurrentInsert) {
                // Another request created the row between our look and our insert: it exists now.
                jdbi.useHandle(handle -> upsert(handle, row, Counter.ZERO));
            }
        }
        Optional<Row> refused = jdbi.inTransaction(handle -> {
            for (Row row : rows) {
                Map<Metric, Double> limits = new EnumMap<>(Metric.class);
                for (Quota quota : applicable) {
                    if (quota.hard() != null && quota.scope() == row.scope() && quota.period() == row.period()) {
                        limits.put(quota.metric(), quota.hard());
                    }
                }
                int updated = handle.createUpdate("UPDATE usage_counters SET requests = requests + 1 WHERE scope = :scope "
                                + "AND subject_id = :subject AND period = :period AND period_start = :start "
                                + "AND requests < :requests AND tokens < :tokens AND energy_wh < :energy AND gwp_g < :gwp")
                        .bind("scope", row.scope().name()).bind("subject", row.subjectId())
                        .bind("period", row.period().name()).bind("start", row.start())
                        .bind("requests", limits.getOrDefault(Metric.REQUESTS, Double.MAX_VALUE))
                        .bind("tokens", limits.getOrDefault(Metric.TOKENS, Double.MAX_VALUE))
                        .bind("energy", limits.getOrDefault(Metric.ENERGY_WH, Double.MAX_VALUE))
                        .bind("gwp", limits.getOrDefault(Metric.GCO2EQ, Double.MAX_VALUE))
                        .execute();
                if (updated == 0) {
                    handle.rollback();
                    return Optional.of(row);
                }
            }
            return Optional.<Row>empty();
        });
        if (refused.isPresent()) {
            Row row = refused.get();
            Counter counter = counters(List.of(row)).getOrDefault(row, Counter.ZERO);
            Standing standing = applicable.stream()
                    .filter(q -> q.hard() != null && q.scope() == row.scope() && q.period() == row.period())
                    .map(q -> new Standing(q, counter.value(q.metric()), resetsAt(q.period(), today)))
                    .filter(s -> s.used() >= s.quota().hard())
                    .findFirst()
                    .orElseGet(() -> applicable.stream().filter(q -> q.hard() != null)
                            .map(q -> new Standing(q, q.hard(), resetsAt(q.period(), today))).findFirst().orElseThrow());
            throw new QuotaExceeded(standing);
        }
    }

    /** The day counters are kept for now (UTC). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The caller's quotas with what was used in the current periods. */
    public List<Standing> standings(Caller caller) {
        return standings(caller, applicable(caller), today());
    }

    private List<Standing> standings(Caller caller, List<Quota> applicable, LocalDate today) {
        Map<Row, Counter> counters = counters(rows(caller.userId(), caller.teamId(), today));
        List<Standing> standings = new ArrayList<>();
        for (Quota quota : applicable) {
            Row row = row(quota.scope(), quota.scope() == Scope.USER ? caller.userId() : caller.teamId(), quota.period(), today);
            standings.add(new Standing(quota, counters.getOrDefault(row, Counter.ZERO).value(quota.metric()),
                    resetsAt(quota.period(), today)));
        }
        return standings;
    }

    /** A user's or team's counters for the current day and month. */
    public Map<Period, Counter> current(Scope scope, String subjectId) {
        LocalDate today = today();
        Map<Period, Counter> current = new EnumMap<>(Period.class);
        Map<Row, Counter> counters = counters(List.of(row(scope, subjectId, Period.DAY, today),
                row(scope, subjectId, Period.MONTH, today)));
        for (Period period : Period.values()) {
            current.put(period, counters.getOrDefault(row(scope, subjectId, period, today), Counter.ZERO));
        }
        return current;
    }

    /** Adds charges to the counters, in the caller's transaction (the audit writer's). */
    public void settle(Handle handle, List<Charge> charges) {
        Map<Row, Counter> sums = new LinkedHashMap<>();
        for (Charge charge : charges) {
            Counter delta = new Counter(charge.requestCounted() ? 0 : 1, charge.tokens(), charge.energyWh(), charge.gwpGrams());
            for (Row row : rows(charge.userId(), charge.teamId(), charge.day())) {
                sums.merge(row, delta, (a, b) -> new Counter(a.requests() + b.requests(), a.tokens() + b.tokens(),
                        a.energyWh() + b.energyWh(), a.gwpGrams() + b.gwpGrams()));
            }
        }
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey(Row.LOCK_ORDER))
                .forEach(entry -> upsert(handle, entry.getKey(), entry.getValue()));
    }

    private void upsert(Handle handle, Row row, Counter delta) {
        String sql = postgres
                ? "INSERT INTO usage_counters (scope, subject_id, period, period_start, requests, tokens, energy_wh, gwp_g) "
                + "VALUES (:scope, :subject, :period, :start, :r, :t, :e, :g) ON CONFLICT (scope, subject_id, period, period_start) "
                + "DO UPDATE SET requests = usage_counters.requests + EXCLUDED.requests, tokens = usage_counters.tokens + "
                + "EXCLUDED.tokens, energy_wh = usage_counters.energy_wh + EXCLUDED.energy_wh, gwp_g = usage_counters.gwp_g + EXCLUDED.gwp_g"
                : "MERGE INTO usage_counters u USING (SELECT CAST(:scope AS VARCHAR(10)) s, CAST(:subject AS VARCHAR(64)) i, "
                + "CAST(:period AS VARCHAR(10)) p, CAST(:start AS DATE) d) v ON (u.scope = v.s AND u.subject_id = v.i "
                + "AND u.period = v.p AND u.period_start = v.d) WHEN MATCHED THEN UPDATE SET requests = u.requests + :r, "
                + "tokens = u.tokens + :t, energy_wh = u.energy_wh + :e, gwp_g = u.gwp_g + :g WHEN NOT MATCHED THEN "
                + "INSERT (scope, subject_id, period, period_start, requests, tokens, energy_wh, gwp_g) "
                + "VALUES (v.s, v.i, v.p, v.d, :r, :t, :e, :g)";
        handle.createUpdate(sql).bind("scope", row.scope().name()).bind("subject", row.subjectId())
                .bind("period", row.period().name()).bind("start", row.start()).bind("r", delta.requests())
                .bind("t", delta.tokens()).bind("e", delta.energyWh()).bind("g", delta.gwpGrams()).execute();
    }

    private Map<Row, Counter> counters(List<Row> rows) {
        Map<Row, Counter> found = new LinkedHashMap<>();
        jdbi.useHandle(handle -> {
            for (Row row : rows) {
                handle.createQuery("SELECT requests, tokens, energy_wh, gwp_g FROM usage_counters WHERE scope = :scope "
                                + "AND subject_id = :subject AND period = :period AND period_start = :start")
                        .bind("scope", row.scope().name()).bind("subject", row.subjectId())
                        .bind("period", row.period().name()).bind("start", row.start())
                        .map((rs, ctx) -> new Counter(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)))
                        .findOne().ifPresent(counter -> found.put(row, counter));
            }
        });
        return found;
    }

    /** A user's and their team's counters for a day, in {@link Row#LOCK_ORDER}. */
    private static List<Row> rows(String userId, String teamId, LocalDate day) {
        List<Row> rows = new ArrayList<>(4);
        for (Period period : Period.values()) {
            rows.add(row(Scope.USER, userId, period, day));
            if (teamId != null) {
                rows.add(row(Scope.TEAM, teamId, period, day));
            }
        }
        rows.sort(Row.LOCK_ORDER);
        return rows;
    }

    private static Row row(Scope scope, String subjectId, Period period, LocalDate day) {
        return new Row(scope, subjectId, period, period == Period.DAY ? day : day.withDayOfMonth(1));
    }

    static Instant resetsAt(Period period, LocalDate today) {
        LocalDate next = period == Period.DAY ? today.plusDays(1) : today.withDayOfMonth(1).plusMonths(1);
        return next.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
