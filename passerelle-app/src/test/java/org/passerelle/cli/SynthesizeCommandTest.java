package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.synth.GaussianCopula;
import org.passerelle.synth.GaussianCopulaTestData;
import org.passerelle.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code passerelle synthesize}: a labelled synthetic table, its report, and bad input. */
class SynthesizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_synthetic_table_is_written_labelled_and_reported() throws Exception {
        GaussianCopula.Table real = GaussianCopulaTestData.cohort(1500, 2);
        StringBuilder csv = new StringBuilder(String.join(";", real.header())).append('\n');
        real.rows().forEach(row -> csv.append(String.join(";", row)).append('\n'));
        Path in = Files.writeString(dir.resolve("cohorte.csv"), csv);
        Path out = dir.resolve("synthetique.csv");
        Path report = dir.resolve("rapport.json");

        CliRun run = CliRun.of("synthesize", in.toString(), out.toString(), "--rows", "1000", "--seed", "11",
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1000 synthetic rows from 1500 real rows, 7 columns")
                .contains("utility: correlations").contains("privacy: synthetic rows equal to a real row: 0");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1001);
        assertThat(lines.get(0)).isEqualTo(String.join(";", real.header()));
        Set<String> realRows = new HashSet<>(csv.toString().lines().skip(1).toList());
        assertThat(lines.stream().skip(1)).noneMatch(realRows::contains);
        JsonNode label = new ObjectMapper().readTree(dir.resolve("synthetique.csv.provenance.json").toFile());
        assertThat(label.get("kind").asText()).isEqualTo("synthetic");
        assertThat(label.get("model").asText()).contains("gaussian-copula").contains("seed 11");
        assertThat(CliRun.of("label", "--verify", out.toString()).exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("maxCorrelationGap").asDouble()).isLessThan(0.1);
        assertThat(json.get("columns")).hasSize(7);

        CliRun again = CliRun.of("synthesize", in.toString(), dir.resolve("again.csv").toString(), "--rows", "1000", "--seed", "11");
        assertThat(Files.readString(dir.resolve("again.csv"))).isEqualTo(Files.readString(out));
    }

    @Test
    void bad_input_exits_2() throws Exception {
        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "a;b\n1;2\n3;4\n");
        for (String[] args : new String[][] {
                {"synthesize", tiny.toString(), dir.resolve("o.csv").toString(), "--rows", "10"},
                {"synthesize", tiny.toString(), dir.resolve("o.csv").toString(), "--rows", "0"},
                {"synthesize", tiny.toString(), tiny.toString(), "--rows", "10"},
                {"synthesize", dir.resolve("none.csv").toString(), dir.resolve("o.csv").toString(), "--rows", "10"},
                {"synthesize", tiny.toString(), dir.resolve("o.csv").toString()},
        }) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip().lines().count()).isEqualTo(1);
        }
        assertThat(CliRun.of("synthesize", tiny.toString(), dir.resolve("o.csv").toString(), "--rows", "10").err())
                .contains("10 rows at least");
    }
}
