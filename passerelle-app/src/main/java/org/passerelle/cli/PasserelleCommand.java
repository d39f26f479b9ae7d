package org.passerelle.cli;

import picocli.CommandLine.Command;

/** The root {@code passerelle} command: lists the subcommands. */
@Command(name = "passerelle",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A self-hosted AI gateway that keeps sensitive research data home.",
        subcommands = {
                ServeCommand.class,
                AdminCommand.class,
                AuditCommand.class,
                ScanCommand.class,
                EvalCommand.class,
                FootprintCommand.class,
                StatementCommand.class,
                LabelCommand.class,
                DatasetCommand.class,
                CollectCommand.class,
                SynthesizeCommand.class,
                HealthCommand.class,
                ReportCommand.class,
                PseudonymizeCommand.class,
        })
final class PasserelleCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
