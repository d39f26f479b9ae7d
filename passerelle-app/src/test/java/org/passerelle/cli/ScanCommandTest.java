package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTest {

    private static final String LETTER = """
            Votre patient M. Gérard LEBRETON, né le 02/11/1949 (IPP 8002741396), a été hospitalisé
            du 8 au 14 mars 2024 pour un syndrome coronarien aigu. Traitement : aspirine 75 mg/j.
            """;

    @Test
    void sensitive_file_exits_3_with_a_masked_report(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("lettre.txt"), LETTER);

        CliRun run = CliRun.of("scan", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.SENSITIVE);
        assertThat(run.out()).contains("SENSITIVE (NOMINATIVE_HEALTH)", "LAST_NAME", "G*****", "L*******", "1:18")
                .doesNotContain("LEBRETON", "Gérard", "8002741396", "02/11/1949");
    }

    @Test
    void show_reveals_the_matched_text_on_request(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("lettre.txt"), LETTER);

        assertThat(CliRun.of("scan", "--show", file.toString()).out()).contains("LEBRETON", "8002741396");
    }

    @Test
    void harmless_file_exits_0(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("question.txt"), "Comment tester la normalité d'une variable en R ?");

        CliRun run = CliRun.of("scan", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("not sensitive, 0 findings");
    }

    @Test
    void json_report_lists_findings_with_positions_and_reasons(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("lettre.txt"), LETTER);

        CliRun run = CliRun.of("scan", "--format", "json", file.toString());

        JsonNode report = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(report.get("sensitive").asBoolean()).isTrue();
        assertThat(report.get("reasons").get(0).asText()).isEqualTo("NOMINATIVE_HEALTH");
        assertThat(report.at("/counts/PATIENT_ID").asInt()).isEqualTo(1);
        JsonNode first = report.get("findings").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.has("preview")).isTrue();
        assertThat(run.out()).doesNotContain("LEBRETON");
    }

    @Test
    void standard_input_is_scanned() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
        commandLine.setExecutionStrategy(parseResult -> {
            ScanCommand scan = (ScanCommand) parseResult.subcommand().commandSpec().userObject();
            scan.withStdin(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)));
            return new picocli.CommandLine.RunLast().execute(parseResult);
        });

        int code = commandLine.execute("scan", "-");

        assertThat(code).isEqualTo(Main.SENSITIVE);
        assertThat(out.toString()).startsWith("<stdin>: SENSITIVE");
    }

    @Test
    void missing_and_unreadable_files_are_usage_errors_with_one_line(@TempDir Path dir) throws Exception {
        Path damaged = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII));

        for (String input : new String[] {dir.resolve("absent.txt").toString(), damaged.toString(), dir.toString()}) {
            CliRun run = CliRun.of("scan", input);
            assertThat(run.exitCode()).as(input).isEqualTo(Main.USAGE);
            assertThat(run.err().strip().lines()).as(input).hasSize(1);
            assertThat(run.err()).startsWith("passerelle: ");
        }
    }

    @Test
    void any_sensitive_input_among_several_makes_the_exit_code_3(@TempDir Path dir) throws Exception {
        Path harmless = Files.writeString(dir.resolve("a.txt"), "Bonjour à tous.");
        Path sensitive = Files.writeString(dir.resolve("b.txt"), LETTER);

        assertThat(CliRun.of("scan", harmless.toString(), sensitive.toString()).exitCode()).isEqualTo(Main.SENSITIVE);
    }

    @Test
    void mask_keeps_only_first_characters() {
        assertThat(ScanCommand.mask("Jean DUPONT")).isEqualTo("J*** D*****");
        assertThat(ScanCommand.mask("06 12 34 56 78")).isEqualTo("0* ** ** ** **");
        // typed one digit a box, a number would otherwise show whole
        assertThat(ScanCommand.mask("2 8 5 0 5 7 8 0 0 6 0 8 4")).isEqualTo("2 * * * * * * * * * * * *");
        assertThat(ScanCommand.mask("12 rue des Lilas")).isEqualTo("1* r** d** L****");
    }
}
