package org.passerelle.cli;

import org.passerelle.audit.AuditLog;
import org.passerelle.config.GatewayConfig;
import org.passerelle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code passerelle audit verify}: checks the audit trail's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail tools.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recomputes the hash chain of the audit trail.", "Exit code 0 when intact, 1 when an event was changed or removed."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ConfigOptions options = new ConfigOptions();

        @Override
        public Integer call() {
            GatewayConfig configuration = options.load();
            try (Database database = Database.open(configuration.storageUrl())) {
                long count = database.jdbi().withHandle(handle ->
                        handle.createQuery("SELECT COUNT(*) FROM audit_events").mapTo(Long.class).one());
                Optional<Long> broken = AuditLog.verify(database.jdbi());
                if (broken.isPresent()) {
                    spec.commandLine().getOut().println("audit chain BROKEN at event " + broken.get() + " (of " + count + ")");
                    return Main.FAILURE;
                }
                spec.commandLine().getOut().println("audit chain intact: " + count + " events");
                return Main.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Exports audit metadata (never content) filtered by period, user, team, decision and label,",
                    "as CSV or JSON, with the whole hash chain verified and the result stated in the export."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        ConfigOptions options = new ConfigOptions();
        @picocli.CommandLine.Option(names = "--from", paramLabel = "DATE")
        java.time.LocalDate from;
        @picocli.CommandLine.Option(names = "--to", paramLabel = "DATE")
        java.time.LocalDate to;
        @picocli.CommandLine.Option(names = "--user", paramLabel = "NAME")
        String user;
        @picocli.CommandLine.Option(names = "--team", paramLabel = "NAME")
        String team;
        @picocli.CommandLine.Option(names = "--decision", description = "allow, reroute, refuse or error.")
        String decision;
        @picocli.CommandLine.Option(names = "--label", description = "A sensitive-data label, e.g. NIR.")
        String label;
        @picocli.CommandLine.Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
        String format;
        @picocli.CommandLine.Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
        java.nio.file.Path out;

        @Override
        public Integer call() throws java.io.IOException {
            if (!format.equals("csv") && !format.equals("json")) {
                throw new org.passerelle.PasserelleException(org.passerelle.PasserelleException.Kind.INVALID_INPUT,
                        "invalid-format", "--format must be csv or json");
            }
            GatewayConfig configuration = options.load();
            try (Database database = Database.open(configuration.storageUrl())) {
                org.passerelle.registry.Registry registry = new org.passerelle.registry.Registry(database.jdbi(),
                        java.time.Clock.systemUTC());
                org.passerelle.report.Reports.Export export = new org.passerelle.report.Reports(database.jdbi(), configuration,
                        org.passerelle.api.Gateway.footprint(configuration), VersionProvider.version())
                        .export(org.passerelle.report.Reports.period(from, to, user == null ? null : registry.userId(user),
                                team == null ? null : registry.teamId(team), null, decision, label));
                String text = format.equals("csv") ? org.passerelle.report.Reports.csv(export)
                        : new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(org.passerelle.report.Reports.json(export, new com.fasterxml.jackson.databind.ObjectMapper())) + "\n";
                if (out == null) {
                    spec.commandLine().getOut().print(text);
                } else {
                    java.nio.file.Files.writeString(out, text, java.nio.charset.StandardCharsets.UTF_8);
                    spec.commandLine().getOut().println(export.events().size() + " events written to " + out + "; audit chain "
                            + (export.chainIntact() ? "intact" : "BROKEN at event " + export.firstBrokenSeq()));
                }
                return export.chainIntact() ? Main.OK : Main.FAILURE;
            }
        }
    }
}
