package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.auth.ApiKeys;
import org.passerelle.auth.IssuedKey;
import org.passerelle.auth.Role;
import org.passerelle.config.GatewayConfig;
import org.passerelle.config.HostingClass;
import org.passerelle.registry.Processing;
import org.passerelle.registry.Registry;
import org.passerelle.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code passerelle admin}: users, teams, API keys, registered processings, training attestations
 * and quotas, directly in the gateway's database (the same rules as {@code /api/admin/...}).
 * Changes reach running gateways within their 30 s caches.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = {"Manages users, teams, API keys (stored hashed, shown once), registered processings (DPIA),",
                "training attestations and quotas."},
        subcommands = {AdminCommand.UserCreate.class, AdminCommand.UserList.class, AdminCommand.UserSet.class,
                AdminCommand.TeamCreate.class, AdminCommand.TeamList.class, AdminCommand.KeyCreate.class,
                AdminCommand.KeyList.class, AdminCommand.KeyRevoke.class, AdminCommand.KeyBind.class,
                AdminCommand.ProcessingCreate.class, AdminCommand.ProcessingList.class, AdminCommand.Attest.class,
                AdminCommand.AttestationList.class, AdminCommand.QuotaSet.class, AdminCommand.QuotaList.class,
                AdminCommand.QuotaDelete.class, AdminCommand.ModelNotes.class})
final class AdminCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What a subcommand works on: the keys and the registry of the configured database. */
    record Store(ApiKeys keys, Registry registry, GatewayConfig config, org.jdbi.v3.core.Jdbi jdbi) {
    }

    /** Where the database is: the same options as {@code serve}. */
    static class Storage {
        @picocli.CommandLine.Mixin
        ConfigOptions options = new ConfigOptions();

        /** Opens the database, runs the action, closes the database. */
        void with(java.util.function.Consumer<Store> action) {
            GatewayConfig configuration = options.load();
            try (Database database = Database.open(configuration.storageUrl())) {
                action.accept(new Store(new ApiKeys(database.jdbi(), Clock.systemUTC(), new SecureRandom()),
                        new Registry(database.jdbi(), Clock.systemUTC()), configuration, database.jdbi()));
            }
        }
    }

    /** The common shape of a subcommand: a storage mixin and an output. */
    abstract static class Action implements Runnable {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Storage storage = new Storage();

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public void run() {
            storage.with(this::run);
        }

        abstract void run(Store store);
    }

    @Command(name = "user-create", mixinStandardHelpOptions = true, description = "Creates a user and prints a first API key.")
    static final class UserCreate extends Action {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--role", description = "user, dpo or admin (default: ${DEFAULT-VALUE}).", defaultValue = "USER")
        Role role;
        @Option(names = "--team", paramLabel = "TEAM", description = "The user's team (created with team-create).")
        String team;

        @Override
        void run(Store store) {
            if (team != null) {
                store.registry().teamId(team);
            }
            String id = store.keys().createUser(name, role);
            if (team != null) {
                store.registry().updateUser(name, null, team);
            }
            IssuedKey key = store.keys().issue(id, "personal");
            out().println("user " + name + " created (" + role.name().toLowerCase(Locale.ROOT) + "); API key, shown this once:");
            out().println("  " + key.secret());
        }
    }

    @Command(name = "user-list", mixinStandardHelpOptions = true, description = "Lists users with their role and team.")
    static final class UserList extends Action {
        @Override
        void run(Store store) {
            out().printf("%-24s %-6s %s%n", "name", "role", "team");
            for (Registry.User user : store.registry().users()) {
                out().printf("%-24s %-6s %s%n", user.name(), user.role().name().toLowerCase(Locale.ROOT),
                        user.team() == null ? "-" : user.team());
            }
        }
    }

    @Command(name = "user-set", mixinStandardHelpOptions = true, description = "Changes a user's role or team.")
    static final class UserSet extends Action {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--role", description = "user, dpo or admin.")
        Role role;
        @Option(names = "--team", paramLabel = "TEAM", description = "New team; an empty value removes the team.")
        String team;
        @Option(names = "--project", paramLabel = "P", description = "Default project of the user's requests; empty: none.")
        String project;

        @Override
        void run(Store store) {
            if (role == null && team == null && project == null) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "nothing-to-change",
                        "give --role, --team or --project");
            }
            store.registry().updateUser(name, role, team);
            if (project != null) {
                store.registry().setUserProject(name, project);
            }
            out().println("user " + name + " updated");
        }
    }

    @Command(name = "team-create", mixinStandardHelpOptions = true, description = "Creates a team.")
    static final class TeamCreate extends Action {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(Store store) {
            store.registry().createTeam(name);
            out().println("team " + name + " created");
        }
    }

    @Command(name = "team-list", mixinStandardHelpOptions = true, description = "Lists teams.")
    static final class TeamList extends Action {
        @Override
        void run(Store store) {
            store.registry().teams().forEach(team -> out().println(team.name()));
        }
    }

    @Command(name = "key-create", mixinStandardHelpOptions = true, description = "Issues a new API key for a user.")
    static final class KeyCreate extends Action {
        @Parameters(paramLabel = "USER")
        String user;
        @Option(names = "--kind", description = "personal or automated (default: ${DEFAULT-VALUE}).", defaultValue = "personal")
        String kind;
        @Option(names = "--processing", paramLabel = "NAME", description = "Registered processing to bind the key to.")
        String processing;
        @Option(names = "--project", paramLabel = "P", description = "Default project of the requests made with this key.")
        String project;

        @Override
        void run(Store store) {
            if (!kind.equals("personal") && !kind.equals("automated")) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-kind",
                        "--kind must be personal or automated");
            }
            String processingId = processing == null ? null : store.registry().processingId(processing);
            String checkedProject = Registry.project(project);
            IssuedKey key = store.keys().issue(store.registry().userId(user), kind);
            if (processingId != null) {
                store.keys().bind(key.keyId(), processingId);
            }
            if (checkedProject != null) {
                store.registry().setKeyProject(key.keyId(), checkedProject);
            }
            out().println("key " + key.keyId() + " for " + user + ", shown this once:\n  " + key.secret());
        }
    }

    @Command(name = "key-list", mixinStandardHelpOptions = true, description = "Lists keys (never their secrets).")
    static final class KeyList extends Action {
        @Override
        void run(Store store) {
            out().printf("%-36s %-16s %-12s %-10s %-20s %-20s %s%n", "id", "user", "prefix", "kind", "processing", "created",
                    "revoked");
            for (Map<String, Object> key : store.keys().list()) {
                out().printf("%-36s %-16s %-12s %-10s %-20s %-20s %s%n", key.get("id"), key.get("user_name"),
                        key.get("prefix"), key.get("kind"), key.get("processing") == null ? "-" : key.get("processing"),
                        String.valueOf(key.get("created_at")).replace('T', ' '),
                        key.get("revoked_at") == null ? "-" : String.valueOf(key.get("revoked_at")));
            }
        }
    }

    @Command(name = "key-revoke", mixinStandardHelpOptions = true, description = "Revokes a key by id.")
    static final class KeyRevoke extends Action {
        @Parameters(paramLabel = "KEY_ID")
        String keyId;

        @Override
        void run(Store store) {
            if (!store.keys().revoke(keyId)) {
                throw new PasserelleException(PasserelleException.Kind.NOT_FOUND, "no-such-key",
                        "no live key has the id " + keyId);
            }
            out().println("key " + keyId + " revoked");
        }
    }

    @Command(name = "key-bind", mixinStandardHelpOptions = true,
            description = "Binds a key to a registered processing (required for automated use of sovereign or external models).")
    static final class KeyBind extends Action {
        @Parameters(index = "0", paramLabel = "KEY_ID")
        String keyId;
        @Parameters(index = "1", paramLabel = "PROCESSING", arity = "0..1", description = "Processing name; omit with --none.")
        String processing;
        @Option(names = "--none", description = "Unbinds the key.")
        boolean none;

        @Override
        void run(Store store) {
            if ((processing == null) != none) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-binding",
                        "give a processing name, or --none to unbind");
            }
            if (!store.keys().bind(keyId, none ? null : store.registry().processingId(processing))) {
                throw new PasserelleException(PasserelleException.Kind.NOT_FOUND, "no-such-key", "no key has the id " + keyId);
            }
            out().println(none ? "key " + keyId + " unbound" : "key " + keyId + " bound to " + processing);
        }
    }

    @Command(name = "processing-create", mixinStandardHelpOptions = true,
            description = "Registers a processing: purpose, DPIA reference, approval and expiry, where it may send requests.")
    static final class ProcessingCreate extends Action {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--purpose", required = true)
        String purpose;
        @Option(names = "--dpia", required = true, paramLabel = "REF", description = "Reference of the data-protection impact assessment.")
        String dpia;
        @Option(names = "--approved", required = true, paramLabel = "DATE", description = "Approval date, e.g. 2026-01-15.")
        LocalDate approved;
        @Option(names = "--expires", required = true, paramLabel = "DATE")
        LocalDate expires;
        @Option(names = "--hosting", required = true, paramLabel = "CLASSES", description = "Allowed hosting classes, e.g. sovereign,internal.")
        String hosting;
        @Option(names = "--providers", paramLabel = "IDS", description = "Allowed provider ids (default: any of the allowed classes).")
        String providers;

        @Override
        void run(Store store) {
            Set<HostingClass> classes = Registry.hostingClasses(hosting);
            Set<String> ids = Registry.csv(providers);
            for (String id : ids) {
                if (store.config().provider(id).isEmpty()) {
                    throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "no-such-provider",
                            "the configuration has no provider '" + id + "'");
                }
            }
            Processing processing = store.registry().createProcessing(name, purpose, dpia, approved, expires, classes, ids);
            out().println("processing " + processing.name() + " registered (DPIA " + processing.dpiaReference()
                    + ", valid until " + processing.expiresOn() + ")");
        }
    }

    @Command(name = "processing-list", mixinStandardHelpOptions = true, description = "Lists registered processings.")
    static final class ProcessingList extends Action {
        @Override
        void run(Store store) {
            LocalDate today = LocalDate.now(Clock.systemUTC());
            out().printf("%-24s %-16s %-10s %-10s %-6s %-20s %s%n", "name", "dpia", "approved", "expires", "valid", "hosting",
                    "providers");
            for (Processing p : store.registry().processings()) {
                out().printf("%-24s %-16s %-10s %-10s %-6s %-20s %s%n", p.name(), p.dpiaReference(), p.approvedOn(),
                        p.expiresOn(), p.validOn(today) ? "yes" : "no",
                        p.allowedHosting().stream().map(HostingClass::id).sorted().collect(Collectors.joining(",")),
                        p.allowedProviders().isEmpty() ? "any" : String.join(",", p.allowedProviders()));
            }
        }
    }

    @Command(name = "attest", mixinStandardHelpOptions = true,
            description = "Records that a user followed a training and acknowledged the ethics note (R1).")
    static final class Attest extends Action {
        @Parameters(paramLabel = "USER")
        String user;
        @Option(names = "--training", required = true, description = "The training followed (see /training).")
        String training;
        @Option(names = "--date", paramLabel = "DATE", description = "When it was followed (default: today).")
        LocalDate date;
        @Option(names = "--expires", paramLabel = "DATE", description = "Expiry (default: the policy's validity-days after --date).")
        LocalDate expires;
        @Option(names = "--ethics-acknowledged", description = "The user acknowledged the institute's ethics note (required).")
        boolean ethics;

        @Override
        void run(Store store) {
            Registry.Attestation attestation = store.registry().attest(user, training, date, expires, ethics, "admin-cli",
                    store.config().policy().training().validityDays());
            out().println("attestation recorded for " + user + ", valid until " + attestation.expiresOn());
        }
    }

    @Command(name = "attestation-list", mixinStandardHelpOptions = true, description = "Lists training attestations.")
    static final class AttestationList extends Action {
        @Parameters(paramLabel = "USER", arity = "0..1")
        String user;

        @Override
        void run(Store store) {
            out().printf("%-20s %-10s %-10s %-12s %s%n", "user", "date", "expires", "recorded by", "training");
            for (Registry.Attestation a : store.registry().attestations(user)) {
                out().printf("%-20s %-10s %-10s %-12s %s%n", a.user(), a.attestedOn(), a.expiresOn(), a.recordedBy(), a.training());
            }
        }
    }

    /** Who a quota is for: one user, one team, or each of them ({@code *}). */
    static final class Subject {
        @Option(names = "--user", paramLabel = "NAME", description = "A user's name, or * for each user.", required = true)
        String user;
        @Option(names = "--team", paramLabel = "NAME", description = "A team's name, or * for each team.", required = true)
        String team;
    }

    @Command(name = "quota-set", mixinStandardHelpOptions = true,
            description = "Sets a soft (warning) and/or hard (429) limit for a user or team, per day or month.")
    static final class QuotaSet extends Action {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Subject subject;
        @Option(names = "--period", required = true, description = "day or month.")
        Registry.Period period;
        @Option(names = "--metric", required = true, description = "requests, tokens, energy_wh or gco2eq.")
        String metric;
        @Option(names = "--soft", paramLabel = "N")
        Double soft;
        @Option(names = "--hard", paramLabel = "N")
        Double hard;

        @Override
        void run(Store store) {
            Registry.Metric chosen = java.util.Arrays.stream(Registry.Metric.values()).filter(m -> m.id().equals(metric))
                    .findFirst().orElseThrow(() -> new PasserelleException(PasserelleException.Kind.INVALID_INPUT,
                            "invalid-metric", "--metric must be requests, tokens, energy_wh or gco2eq"));
            Registry.Scope scope = subject.user != null ? Registry.Scope.USER : Registry.Scope.TEAM;
            Registry.Quota quota = store.registry().setQuota(scope, subject.user != null ? subject.user : subject.team,
                    period, chosen, soft, hard);
            out().println("quota " + quota.id() + " set");
        }
    }

    @Command(name = "quota-list", mixinStandardHelpOptions = true, description = "Lists quotas.")
    static final class QuotaList extends Action {
        @Override
        void run(Store store) {
            out().printf("%-36s %-5s %-20s %-6s %-10s %-10s %s%n", "id", "scope", "subject", "period", "metric", "soft", "hard");
            for (Registry.Quota q : store.registry().quotas()) {
                out().printf("%-36s %-5s %-20s %-6s %-10s %-10s %s%n", q.id(), q.scope().name().toLowerCase(Locale.ROOT),
                        q.subject(), q.period().name().toLowerCase(Locale.ROOT), q.metric().id(),
                        q.soft() == null ? "-" : q.soft(), q.hard() == null ? "-" : q.hard());
            }
        }
    }

    @Command(name = "quota-delete", mixinStandardHelpOptions = true, description = "Deletes a quota by id.")
    static final class QuotaDelete extends Action {
        @Parameters(paramLabel = "QUOTA_ID")
        String id;

        @Override
        void run(Store store) {
            if (!store.registry().deleteQuota(id)) {
                throw new PasserelleException(PasserelleException.Kind.NOT_FOUND, "no-such-quota", "no quota has the id " + id);
            }
            out().println("quota " + id + " deleted");
        }
    }

    @Command(name = "model-notes", mixinStandardHelpOptions = true,
            description = "Records a model's known biases and limits, in French and English (shown in the page and statements).")
    static final class ModelNotes extends Action {
        @Parameters(paramLabel = "MODEL")
        String model;
        @Option(names = "--fr", required = true, paramLabel = "TEXT")
        String french;
        @Option(names = "--en", required = true, paramLabel = "TEXT")
        String english;

        @Override
        void run(Store store) {
            if (store.config().model(model).isEmpty()) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "no-such-model",
                        "the configuration declares no model '" + model + "'");
            }
            store.registry().setModelNotes(model, french, english, "admin-cli");
            out().println("notes recorded for " + model);
        }
    }
}
