package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.audit.AuditEvent;
import org.passerelle.config.GatewayConfig;
import org.passerelle.report.ProvenanceLabel;
import org.passerelle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code passerelle label}: a provenance sidecar for AI-generated data, and its verification. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Writes FILE.provenance.json: the content is AI-generated (or synthetic), by which model, when,",
                "through which request, with the file's SHA-256. --verify checks that the file still matches.",
                "Exit codes: 0 labelled or intact, 1 changed since labelled, 2 bad input."})
final class LabelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    ConfigOptions options = new ConfigOptions();
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--verify", description = "Checks the file against its label instead of writing one.")
    boolean verify;
    @Option(names = "--from-request", paramLabel = "ID", description = "The request id (X-Passerelle-Request-Id) the content came from.")
    String requestId;
    @Option(names = "--model", paramLabel = "M", description = "The model, when not labelling from a request.")
    String model;
    @Option(names = "--provider", paramLabel = "P", description = "Its provider.")
    String provider;
    @Option(names = "--date", paramLabel = "DATE", description = "When it was generated (default: today).")
    LocalDate date;
    @Option(names = "--synthetic", description = "The file holds synthetic data (rather than generated text).")
    boolean synthetic;

    @Override
    public Integer call() {
        if (verify) {
            ProvenanceLabel.Verdict verdict = ProvenanceLabel.verify(file);
            spec.commandLine().getOut().println(file + ": " + (verdict == ProvenanceLabel.Verdict.INTACT
                    ? "matches its provenance label" : "CHANGED since it was labelled"));
            return verdict == ProvenanceLabel.Verdict.INTACT ? Main.OK : Main.FAILURE;
        }
        if ((requestId == null) == (model == null)) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "missing-origin",
                    "give --from-request ID, or --model (with --provider and --date)");
        }
        String kind = synthetic ? "synthetic" : "ai-generated";
        ProvenanceLabel.Facts facts;
        if (requestId != null) {
            GatewayConfig config = options.load();
            try (Database database = Database.open(config.storageUrl())) {
                Optional<Map<String, Object>> row = database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id, occurred_at, served_model, provider, hosting, project FROM audit_events WHERE id = :id")
                        .bind("id", requestId).mapToMap().findOne());
                Map<String, Object> event = row.filter(r -> r.get("served_model") != null).orElseThrow(() ->
                        new PasserelleException(PasserelleException.Kind.NOT_FOUND, "no-such-request",
                                "no answered request has the id " + requestId));
                facts = new ProvenanceLabel.Facts(kind, String.valueOf(event.get("served_model")),
                        String.valueOf(event.get("provider")), String.valueOf(event.get("hosting")),
                        String.valueOf(event.get("occurred_at")).replace(' ', 'T'), requestId, (String) event.get("project"),
                        VersionProvider.version());
            }
        } else {
            facts = new ProvenanceLabel.Facts(kind, model, provider, null, (date == null ? LocalDate.now() : date).toString(),
                    null, null, VersionProvider.version());
        }
        Path sidecar = ProvenanceLabel.write(file, facts);
        spec.commandLine().getOut().println(file + ": labelled " + kind + " by " + facts.model() + " (" + sidecar.getFileName() + ")");
        return Main.OK;
    }
}
