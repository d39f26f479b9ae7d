package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.api.Gateway;
import org.passerelle.config.GatewayConfig;
import org.passerelle.footprint.Range;
import org.passerelle.registry.Registry;
import org.passerelle.report.FootprintReport;
import org.passerelle.report.Reports;
import org.passerelle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code passerelle report footprint}: the footprint of answered requests, grouped, from the audit trail. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports built from the audit trail.",
        subcommands = ReportCommand.FootprintReportCommand.class)
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "footprint", mixinStandardHelpOptions = true,
            description = {"Requests, energy and gCO2eq (sums of means, with ranges) by user, team, project, model and/or month,",
                    "and what the same answers would have emitted on the source document's large external models."})
    static final class FootprintReportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        ConfigOptions options = new ConfigOptions();
        @Option(names = "--by", defaultValue = "month", paramLabel = "DIMS",
                description = "user, team, project, model, month, comma-separated (default: ${DEFAULT-VALUE}).")
        String by;
        @Option(names = "--from", paramLabel = "DATE")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE")
        LocalDate to;
        @Option(names = "--user", paramLabel = "NAME")
        String user;
        @Option(names = "--team", paramLabel = "NAME")
        String team;
        @Option(names = "--project", paramLabel = "P")
        String project;
        @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE}).")
        String format;
        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV to this file.")
        Path out;
        @Option(names = "--chart", paramLabel = "FILE.svg|png", description = "Draw energy and gCO2eq per group.")
        Path chart;

        @Override
        public Integer call() throws IOException {
            List<FootprintReport.Dimension> dimensions = Arrays.stream(by.split(",")).filter(s -> !s.isBlank())
                    .map(FootprintReport.Dimension::parse).distinct().toList();
            if (!format.equals("text") && !format.equals("csv")) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-format", "--format must be text or csv");
            }
            GatewayConfig config = options.load();
            try (Database database = Database.open(config.storageUrl())) {
                Registry registry = new Registry(database.jdbi(), Clock.systemUTC());
                FootprintReport.Report report = new Reports(database.jdbi(), config, Gateway.footprint(config), VersionProvider.version())
                        .footprint(Reports.period(from, to, user == null ? null : registry.userId(user),
                                team == null ? null : registry.teamId(team), project, null, null), dimensions);
                PrintWriter printer = spec.commandLine().getOut();
                if (out != null) {
                    Files.writeString(out, FootprintReport.csv(report), StandardCharsets.UTF_8);
                    printer.println("report written to " + out + " (" + report.lines().size() + " lines)");
                } else if (format.equals("csv")) {
                    printer.print(FootprintReport.csv(report));
                } else {
                    text(printer, report);
                }
                if (chart != null) {
                    List<ComparisonChart.Row> rows = new ArrayList<>();
                    for (FootprintReport.Line line : report.lines()) {
                        rows.add(new ComparisonChart.Row(String.join(" · ", line.keys()), List.of(
                                new Range(line.energyRange().min() / 1000, line.energyRange().max() / 1000),
                                new Range(line.gwpRange().min() / 1000, line.gwpRange().max() / 1000))));
                    }
                    ComparisonChart.write(chart, "Footprint by " + by + " (sums of EcoLogits estimates)", rows,
                            List.of(ReadableQuantity.ENERGY, ReadableQuantity.GWP));
                    printer.println("chart written to " + chart);
                }
                return Main.OK;
            }
        }

        private static void text(PrintWriter out, FootprintReport.Report report) {
            StringBuilder header = new StringBuilder();
            for (FootprintReport.Dimension dimension : report.by()) {
                header.append(String.format("%-22s ", dimension.id()));
            }
            out.println(header + String.format("%9s %12s %28s %28s", "requests", "tokens", "energy Wh (min-max)",
                    "gCO2eq (min-max)"));
            for (FootprintReport.Line line : report.lines()) {
                print(out, line.keys(), line);
            }
            List<String> total = new ArrayList<>();
            for (int i = 0; i < report.by().size(); i++) {
                total.add(i == 0 ? "TOTAL" : "");
            }
            print(out, total, report.total());
            out.println("Same answers on the source document's large models (gCO2eq):");
            report.total().equivalentGrams().forEach((model, grams) ->
                    out.println(String.format("  %-34s %s", model, ReadableQuantity.significant(grams))));
        }

        private static void print(PrintWriter out, List<String> keys, FootprintReport.Line line) {
            StringBuilder row = new StringBuilder();
            for (String key : keys) {
                row.append(String.format("%-22s ", key.length() > 22 ? key.substring(0, 21) + "…" : key));
            }
            out.println(row + String.format("%9d %12d %28s %28s", line.requests(), line.outputTokens(),
                    ReadableQuantity.significant(line.energyWh()) + " (" + ReadableQuantity.significant(line.energyRange().min())
                            + "-" + ReadableQuantity.significant(line.energyRange().max()) + ")",
                    ReadableQuantity.significant(line.gwpGrams()) + " (" + ReadableQuantity.significant(line.gwpRange().min())
                            + "-" + ReadableQuantity.significant(line.gwpRange().max()) + ")"));
        }
    }
}
