package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.api.Gateway;
import org.passerelle.config.GatewayConfig;
import org.passerelle.report.Reports;
import org.passerelle.report.Statement;
import org.passerelle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code passerelle statement}: the publication's "use of AI" section for a project, from the audit trail. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = {"Writes the \"use of AI\" section of a publication for a project and period, from the audit trail:",
                "tool and version, models (version, size, provider, hosting), settings, roles, requests, footprint,",
                "documented biases and limits, and a sentence to complete on how outputs were verified."})
final class StatementCommand implements Callable<Integer> {

    enum Format { md, docx }

    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    ConfigOptions options = new ConfigOptions();
    @Option(names = "--project", paramLabel = "P", description = "The project the requests were tagged with.")
    String project;
    @Option(names = "--user", paramLabel = "U", description = "Only this user's requests (default: everyone's).")
    String user;
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2026-03-01.")
    LocalDate from;
    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, included.")
    LocalDate to;
    @Option(names = "--lang", defaultValue = "fr", description = "fr or en (default: ${DEFAULT-VALUE}).")
    String lang;
    @Option(names = "--format", defaultValue = "md", description = "md or docx (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (required for docx; default for md: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-language", "--lang must be fr or en");
        }
        if (format == Format.docx && out == null) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "missing-out", "a docx statement needs --out FILE");
        }
        GatewayConfig config = options.load();
        try (Database database = Database.open(config.storageUrl())) {
            Statement.Facts facts = new Reports(database.jdbi(), config, Gateway.footprint(config), VersionProvider.version())
                    .statement(project, user, from, to, lang);
            if (format == Format.docx) {
                Files.write(out, Statement.docx(facts, lang));
            } else if (out != null) {
                Files.writeString(out, Statement.markdown(facts, lang), StandardCharsets.UTF_8);
            } else {
                spec.commandLine().getOut().print(Statement.markdown(facts, lang));
            }
            if (out != null) {
                spec.commandLine().getOut().println("statement written to " + out + " (" + facts.requests() + " requests)");
            }
            return Main.OK;
        }
    }
}
