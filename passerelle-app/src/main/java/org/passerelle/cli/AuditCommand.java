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
        subcommands = AuditCommand.Verify.class)
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
}
