package org.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.passerelle.PasserelleException;
import org.passerelle.report.ProvenanceLabel;
import org.passerelle.synth.GaussianCopula;
import org.passerelle.synth.SyntheticReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code passerelle synthesize IN OUT --rows N}: a synthetic table that keeps each column's
 * distribution and the correlations between columns (Gaussian copula), labelled as synthetic by
 * a provenance sidecar, with a report of its utility and privacy.
 */
@Command(name = "synthesize", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic table (CSV or XLSX) that keeps each column's distribution and the correlations",
                "between columns (a Gaussian copula over the columns' empirical distributions), never a real row,",
                "labels it as synthetic (OUT.provenance.json) and reports utility (marginals, correlations) and",
                "privacy (exact matches, distance to the closest real row). Pseudonymise identifiers first: a",
                "synthetic column of identifiers is a column of real identifiers."})
final class SynthesizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "IN", description = "The real table: CSV or XLSX (first sheet).")
    Path in;
    @Parameters(index = "1", paramLabel = "OUT", description = "The synthetic table (CSV or XLSX, by its extension).")
    Path out;
    @Option(names = "--rows", paramLabel = "N", required = true, description = "How many synthetic rows.")
    int rows;
    @Option(names = "--seed", paramLabel = "S", description = "A seed, for the same output on every run (default: random).")
    Long seed;
    @Option(names = "--report", paramLabel = "FILE.json", description = "Also writes the report as JSON.")
    Path report;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || rows > 10_000_000) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-rows", "--rows: between 1 and 10,000,000");
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "same-output", "OUT must differ from IN");
        }
        Csv.Table table = Tables.read(in);
        long actualSeed = seed != null ? seed : new java.security.SecureRandom().nextLong();
        GaussianCopula.Table real = new GaussianCopula.Table(table.header(), table.rows());
        GaussianCopula model = GaussianCopula.fit(real, actualSeed);
        GaussianCopula.Sample sample = model.sample(rows, actualSeed + 1);
        Tables.write(out, new Csv.Table(table.separator(), sample.table().header(), sample.table().rows()));
        ProvenanceLabel.write(out, new ProvenanceLabel.Facts("synthetic", "passerelle gaussian-copula (seed " + actualSeed + ")",
                "passerelle", "local", LocalDate.now().toString(), null, null, VersionProvider.version()));
        SyntheticReport result = SyntheticReport.of(model, real, sample);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("%d synthetic rows from %d real rows, %d columns, written to %s (labelled synthetic: %s)%n", rows,
                table.rows().size(), table.header().size(), out, ProvenanceLabel.sidecar(out).getFileName());
        if (sample.redrawn() > 0) {
            printer.printf("%d drawn rows equal to a real row were drawn again%n", sample.redrawn());
        }
        printer.print(result.text());
        if (report != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), result);
        }
        return Main.OK;
    }
}
