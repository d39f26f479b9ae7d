package org.passerelle.registry;

import org.jdbi.v3.core.Jdbi;
import org.passerelle.PasserelleException;
import org.passerelle.auth.Role;
import org.passerelle.config.HostingClass;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What administrators and the data-protection officer manage, in the gateway's database: users'
 * roles and teams, registered processings, training attestations and quotas. The command line
 * ({@code passerelle admin}) and the HTTP API ({@code /api/admin/...}) both go through it, so that
 * they validate alike. Thread-safe.
 */
public final class Registry {

    /** A team: usage and quotas can be counted per team. */
    public record Team(String id, String name) {
    }

    /** A user as administrators see them. */
    public record User(String id, String name, Role role, String team) {
    }

    /** A training attestation (R1), with the acknowledgement of the institute's ethics note. */
    public record Attestation(String id, String user, String training, LocalDate attestedOn, LocalDate expiresOn,
                              boolean ethicsAcknowledged, String recordedBy) {
    }

    /**
     * A quota: a soft limit (a warning) and/or a hard limit (429) on one metric of one period, for
     * one user or team, or for each of them ({@code subject} {@code *}).
     */
    public record Quota(String id, Scope scope, String subjectId, String subject, Period period, Metric metric,
                        Double soft, Double hard) {
    }

    public enum Scope { USER, TEAM }

    public enum Period { DAY, MONTH }

    /** What a quota counts: requests, tokens (prompt and answer), energy (Wh), emissions (gCO2eq). */
    public enum Metric {
        REQUESTS("requests"), TOKENS("tokens"), ENERGY_WH("energy_wh"), GCO2EQ("gco2eq");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public Registry(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    // ---- users and teams

    public List<User> users() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT u.id, u.name, u.role, t.name AS team FROM users u "
                        + "LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.name")
                .map((rs, ctx) -> new User(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getString("team")))
                .list());
    }

    public String userId(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM users WHERE name = :name")
                        .bind("name", name).mapTo(String.class).findOne())
                .orElseThrow(() -> notFound("no-such-user", "no user is named '" + printable(name) + "'"));
    }

    /** Sets a user's role and/or team (null: unchanged; an empty team name removes the team). */
    public void updateUser(String name, Role role, String team) {
        String id = userId(name);
        jdbi.useTransaction(handle -> {
            if (role != null) {
                handle.createUpdate("UPDATE users SET role = :role WHERE id = :id").bind("role", role.name())
                        .bind("id", id).execute();
            }
            if (team != null) {
                handle.createUpdate("UPDATE users SET team_id = :team WHERE id = :id")
                        .bind("team", team.isEmpty() ? null : teamId(team)).bind("id", id).execute();
            }
        });
    }

    public Team createTeam(String name) {
        requireName(name, "team");
        String id = UUID.randomUUID().toString();
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO teams (id, name, created_at) VALUES (:id, :name, :at)")
                    .bind("id", id).bind("name", name).bind("at", now()).execute());
        } catch (RuntimeException e) {
            throw invalid("team-exists", "a team named '" + printable(name) + "' already exists");
        }
        return new Team(id, name);
    }

    public List<Team> teams() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, name FROM teams ORDER BY name")
                .map((rs, ctx) -> new Team(rs.getString("id"), rs.getString("name"))).list());
    }

    public String teamId(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM teams WHERE name = :name")
                        .bind("name", name).mapTo(String.class).findOne())
                .orElseThrow(() -> notFound("no-such-team", "no team is named '" + printable(name) + "'"));
    }

    // ---- processings

    /** Registers a processing; its DPIA reference is required and it must not expire before it is approved. */
    public Processing createProcessing(String name, String purpose, String dpiaReference, LocalDate approvedOn,
                                       LocalDate expiresOn, Set<HostingClass> hosting, Set<String> providers) {
        requireName(name, "processing");
        if (purpose == null || purpose.isBlank()) {
            throw invalid("missing-purpose", "a processing needs its purpose");
        }
        if (dpiaReference == null || dpiaReference.isBlank()) {
            throw invalid("missing-dpia", "a processing needs the reference of its data-protection impact assessment (DPIA)");
        }
        if (approvedOn == null || expiresOn == null || expiresOn.isBefore(approvedOn)) {
            throw invalid("invalid-dates", "a processing needs an approval date and an expiry date after it");
        }
        if (hosting == null || hosting.isEmpty()) {
            throw invalid("missing-hosting", "a processing needs the hosting classes it may use");
        }
        String id = UUID.randomUUID().toString();
        Processing processing = new Processing(id, name, purpose, dpiaReference, approvedOn, expiresOn, hosting,
                providers == null ? Set.of() : providers);
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO processings (id, name, purpose, dpia_reference, "
                            + "approved_on, expires_on, allowed_hosting, allowed_providers, created_at) VALUES (:id, :name, "
                            + ":purpose, :dpia, :approved, :expires, :hosting, :providers, :at)")
                    .bind("id", id).bind("name", name).bind("purpose", purpose).bind("dpia", dpiaReference)
                    .bind("approved", approvedOn).bind("expires", expiresOn)
                    .bind("hosting", processing.allowedHosting().stream().map(HostingClass::id).sorted()
                            .collect(Collectors.joining(",")))
                    .bind("providers", processing.allowedProviders().stream().sorted().collect(Collectors.joining(",")))
                    .bind("at", now()).execute());
        } catch (RuntimeException e) {
            throw invalid("processing-exists", "a processing named '" + printable(name) + "' already exists");
        }
        return processing;
    }

    public List<Processing> processings() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id AS p_id, name AS p_name, purpose AS p_purpose, "
                        + "dpia_reference AS p_dpia, approved_on AS p_approved, expires_on AS p_expires, "
                        + "allowed_hosting AS p_hosting, allowed_providers AS p_providers FROM processings ORDER BY name")
                .mapToMap().map(row -> processing(row, "p_")).list());
    }

    public String processingId(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM processings WHERE name = :name")
                        .bind("name", name).mapTo(String.class).findOne())
                .orElseThrow(() -> notFound("no-such-processing", "no processing is named '" + printable(name) + "'"));
    }

    /** A processing from a row whose columns carry {@code prefix} (p_id, p_name...). */
    public static Processing processing(Map<String, Object> row, String prefix) {
        return new Processing(String.valueOf(row.get(prefix + "id")), String.valueOf(row.get(prefix + "name")),
                String.valueOf(row.get(prefix + "purpose")), String.valueOf(row.get(prefix + "dpia")),
                date(row.get(prefix + "approved")), date(row.get(prefix + "expires")),
                hostingClasses(String.valueOf(row.get(prefix + "hosting"))), csv(String.valueOf(row.get(prefix + "providers"))));
    }

    /** Hosting class ids separated by commas ({@code local,internal}). */
    public static Set<HostingClass> hostingClasses(String text) {
        Set<HostingClass> classes = new LinkedHashSet<>();
        for (String id : csv(text)) {
            try {
                classes.add(HostingClass.valueOf(id.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw invalid("invalid-hosting", "unknown hosting class '" + printable(id)
                        + "' (local, internal, sovereign or external)");
            }
        }
        return classes;
    }

    public static Set<String> csv(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case Date date -> date.toLocalDate();
            case Timestamp timestamp -> timestamp.toLocalDateTime().toLocalDate();
            default -> LocalDate.parse(value.toString().substring(0, 10));
        };
    }

    // ---- attestations

    /**
     * Records that a user followed a training and acknowledged the ethics note. Without an expiry,
     * the attestation is valid {@code validityDays} from the day of the training.
     */
    public Attestation attest(String userName, String training, LocalDate attestedOn, LocalDate expiresOn,
                              boolean ethicsAcknowledged, String recordedBy, int validityDays) {
        String userId = userId(userName);
        if (training == null || training.isBlank() || training.length() > 300) {
            throw invalid("missing-training", "an attestation names the training followed (up to 300 characters)");
        }
        if (!ethicsAcknowledged) {
            throw invalid("ethics-not-acknowledged", "an attestation requires the acknowledgement of the ethics note");
        }
        LocalDate on = attestedOn != null ? attestedOn : LocalDate.now(clock);
        if (on.isAfter(LocalDate.now(clock))) {
            throw invalid("invalid-dates", "a training cannot be attested before it took place");
        }
        LocalDate until = expiresOn != null ? expiresOn : on.plusDays(validityDays);
        if (until.isBefore(on)) {
            throw invalid("invalid-dates", "an attestation cannot expire before the training date");
        }
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO attestations (id, user_id, training, attested_on, "
                        + "expires_on, ethics_acknowledged, recorded_by, created_at) VALUES (:id, :user, :training, :on, "
                        + ":until, :ethics, :by, :at)")
                .bind("id", id).bind("user", userId).bind("training", training).bind("on", on).bind("until", until)
                .bind("ethics", true).bind("by", recordedBy).bind("at", now()).execute());
        return new Attestation(id, userName, training, on, until, true, recordedBy);
    }

    /** Attestations, newest first; of one user when {@code userName} is given. */
    public List<Attestation> attestations(String userName) {
        String userId = userName == null ? null : userId(userName);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.id, u.name, a.training, a.attested_on, a.expires_on, "
                        + "a.ethics_acknowledged, a.recorded_by FROM attestations a JOIN users u ON u.id = a.user_id "
                        + "WHERE (CAST(:user AS VARCHAR(64)) IS NULL OR a.user_id = :user) ORDER BY a.attested_on DESC, a.created_at DESC")
                .bind("user", userId)
                .map((rs, ctx) -> new Attestation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getBoolean(6), rs.getString(7)))
                .list());
    }

    // ---- quotas

    /** Sets (creates or replaces) a quota; at least one of the limits is required. */
    public Quota setQuota(Scope scope, String subject, Period period, Metric metric, Double soft, Double hard) {
        if (soft == null && hard == null) {
            throw invalid("missing-limit", "a quota needs a soft limit, a hard limit or both");
        }
        if ((soft != null && !(soft >= 0)) || (hard != null && !(hard >= 0))) {
            throw invalid("invalid-limit", "quota limits are numbers of zero or more");
        }
        if (soft != null && hard != null && soft > hard) {
            throw invalid("invalid-limit", "a soft limit above the hard limit would never warn");
        }
        String subjectId = "*".equals(subject) ? "*" : scope == Scope.USER ? userId(subject) : teamId(subject);
        String id = UUID.randomUUID().toString();
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM quotas WHERE scope = :scope AND subject_id = :subject AND period = :period "
                            + "AND metric = :metric").bind("scope", scope.name()).bind("subject", subjectId)
                    .bind("period", period.name()).bind("metric", metric.name()).execute();
            handle.createUpdate("INSERT INTO quotas (id, scope, subject_id, period, metric, soft_limit, hard_limit) "
                            + "VALUES (:id, :scope, :subject, :period, :metric, :soft, :hard)")
                    .bind("id", id).bind("scope", scope.name()).bind("subject", subjectId).bind("period", period.name())
                    .bind("metric", metric.name()).bind("soft", soft).bind("hard", hard).execute();
        });
        return new Quota(id, scope, subjectId, subject, period, metric, soft, hard);
    }

    public boolean deleteQuota(String id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM quotas WHERE id = :id").bind("id", id).execute()) > 0;
    }

    public List<Quota> quotas() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT q.id, q.scope, q.subject_id, "
                        + "COALESCE(u.name, t.name, q.subject_id) AS subject, q.period, q.metric, q.soft_limit, q.hard_limit "
                        + "FROM quotas q LEFT JOIN users u ON q.scope = 'USER' AND u.id = q.subject_id "
                        + "LEFT JOIN teams t ON q.scope = 'TEAM' AND t.id = q.subject_id ORDER BY q.scope, subject, q.period, q.metric")
                .map((rs, ctx) -> new Quota(rs.getString("id"), Scope.valueOf(rs.getString("scope")), rs.getString("subject_id"),
                        rs.getString("subject"), Period.valueOf(rs.getString("period")), Metric.valueOf(rs.getString("metric")),
                        (Double) rs.getObject("soft_limit", Double.class), (Double) rs.getObject("hard_limit", Double.class)))
                .list());
    }

    // ---- projects and models' notes

    /** Sets a user's default project (null or empty: none). */
    public void setUserProject(String userName, String project) {
        String id = userId(userName);
        String value = project(project);
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE users SET default_project = :project WHERE id = :id")
                .bind("project", value).bind("id", id).execute());
    }

    /** Sets a key's default project (null or empty: none); returns whether the key exists. */
    public boolean setKeyProject(String keyId, String project) {
        String value = project(project);
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE api_keys SET default_project = :project WHERE id = :id")
                .bind("project", value).bind("id", keyId).execute()) > 0;
    }

    private static final java.util.regex.Pattern PROJECT = java.util.regex.Pattern.compile("[\\p{L}\\p{N} ._:/-]+");

    /** A project name, checked (null when blank). */
    public static String project(String project) {
        if (project == null || project.isBlank()) {
            return null;
        }
        String name = project.strip();
        if (name.length() > 100 || !PROJECT.matcher(name).matches()) {
            throw invalid("invalid-project", "a project is a name of up to 100 letters, digits, spaces and . _ : / -");
        }
        return name;
    }

    /** A model's documented biases and limits, in French and English. */
    public record ModelNotes(String model, String french, String english, String updatedBy) {

        public String in(String language) {
            return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? english : french;
        }
    }

    /** Records a model's known biases and limits (replacing earlier notes). */
    public ModelNotes setModelNotes(String model, String french, String english, String updatedBy) {
        if (model == null || model.isBlank() || model.length() > 200) {
            throw invalid("invalid-model", "notes need the model's id");
        }
        if (french == null || french.isBlank() || english == null || english.isBlank()
                || french.length() > 4000 || english.length() > 4000) {
            throw invalid("missing-notes", "notes are written in French and in English, up to 4,000 characters each");
        }
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM model_notes WHERE model_id = :model").bind("model", model).execute();
            handle.createUpdate("INSERT INTO model_notes (model_id, notes_fr, notes_en, updated_by, updated_at) "
                            + "VALUES (:model, :fr, :en, :by, :at)")
                    .bind("model", model).bind("fr", french.strip()).bind("en", english.strip()).bind("by", updatedBy)
                    .bind("at", now()).execute();
        });
        return new ModelNotes(model, french.strip(), english.strip(), updatedBy);
    }

    /** Every model's notes, by model id. */
    public Map<String, ModelNotes> modelNotes() {
        Map<String, ModelNotes> notes = new java.util.TreeMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT model_id, notes_fr, notes_en, updated_by FROM model_notes")
                .map((rs, ctx) -> new ModelNotes(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .forEach(note -> notes.put(note.model(), note)));
        return notes;
    }

    /** User ids to names and team names, for reports. */
    public Map<String, String[]> people() {
        Map<String, String[]> people = new java.util.HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT u.id, u.name, t.name FROM users u LEFT JOIN teams t ON t.id = u.team_id")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(row -> people.put(row[0], new String[] {row[1], row[2]})));
        return people;
    }

    // ---- helpers

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw invalid("invalid-name", "a " + what + " needs a name of 1 to 200 printable characters");
        }
    }

    static PasserelleException invalid(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, code, message);
    }

    static PasserelleException notFound(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.NOT_FOUND, code, message);
    }

    /** Names come from administrators' input: keep them short and printable in messages. */
    public static String printable(String name) {
        if (name == null) {
            return "";
        }
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    public Optional<Processing> processingById(String id) {
        return processings().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
