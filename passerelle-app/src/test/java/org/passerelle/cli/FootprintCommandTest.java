package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;
import org.passerelle.testing.ReferenceData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FootprintCommandTest {

    @Test
    void summary_comparison_under_profile_0_9_prints_the_source_documents_figures() {
        CliRun run = CliRun.of("footprint", "--compare", "--scenario", "summary", "--profile", "0.9");

        assertThat(run.exitCode()).isZero();
        assertThat(row(run.out(), "openai/gpt-5")).contains("434 mWh", "181 mgCO2eq", "0.864 µgSbeq", "4.38 kJ", "1.88 mL");
        assertThat(row(run.out(), "anthropic/claude-sonnet-4-0")).contains("455 mWh", "184 mgCO2eq", "0.608 µgSbeq", "4.52 kJ", "1.91 mL");
        assertThat(row(run.out(), "google_genai/gemini-2.5-flash")).contains("426 mWh", "169 mgCO2eq", "0.406 µgSbeq", "4.2 kJ", "1.88 mL");
        assertThat(row(run.out(), "mistralai/mistral-large-latest")).contains("144 mWh", "8.13 mgCO2eq", "0.186 µgSbeq", "0.716 kJ", "1.02 mL");
    }

    @Test
    void comparison_chart_is_drawn_as_svg_and_png(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("chart.svg");
        Path png = dir.resolve("chart.png");

        assertThat(CliRun.of("footprint", "--compare", "--profile", "0.9", "--chart", svg.toString()).exitCode()).isZero();
        assertThat(CliRun.of("footprint", "--compare", "--profile", "0.9", "--chart", png.toString()).exitCode()).isZero();

        String text = Files.readString(svg);
        assertThat(text).startsWith("<svg").contains("openai/gpt-5", "mistralai/mistral-large-latest", ">434<");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void one_call_in_json_has_the_five_criteria_with_ranges_and_warnings() throws Exception {
        CliRun run = CliRun.of("footprint", "--provider", "openai", "--model", "gpt-5", "--output-tokens", "250",
                "--latency", "6.053268765133172", "--profile", "0.9", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/impacts/energy_kwh/min").asDouble()).isEqualTo(0.0003522020103459682);
        assertThat(json.at("/impacts/energy_kwh/max").asDouble()).isEqualTo(0.0005161932098231108);
        assertThat(json.at("/impacts/wcf_l/mean").isNumber()).isTrue();
        assertThat(json.at("/profile").asText()).isEqualTo("0.9");
        assertThat(json.at("/data_version").asText()).startsWith("models_v0.9.1.json");
        assertThat(json.at("/warnings/0/code").asText()).isEqualTo("model-arch-not-released");
    }

    @Test
    void unknown_model_is_a_failure_with_the_ecologits_error() {
        CliRun run = CliRun.of("footprint", "--provider", "openai", "--model", "no-such-model", "--output-tokens", "10");

        assertThat(run.exitCode()).isEqualTo(Main.FAILURE);
        assertThat(run.out()).contains("model-not-registered");
    }

    @Test
    void bad_arguments_are_usage_errors_with_one_line() {
        for (String[] args : List.of(
                new String[] {"footprint", "--provider", "openai", "--model", "gpt-5"},
                new String[] {"footprint", "--provider", "openai", "--model", "gpt-5", "--output-tokens", "-3"},
                new String[] {"footprint", "--compare", "--profile", "0.8"},
                new String[] {"footprint", "--compare", "--scenario", "poem"},
                new String[] {"footprint", "--output-tokens", "many"},
                new String[] {"footprint", "--compare", "--model", "gpt-5"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(run.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
    }

    @Test
    void batch_reproduces_every_provider_vector(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(ReferenceData.file("ecologits/vectors.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        StringBuilder input = new StringBuilder(FootprintBatch.INPUT_HEADER).append('\n');
        Map<String, String[]> expected = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[header.indexOf("provider")].equals("-")) {
                continue;
            }
            String id = cells[0];
            expected.put(id, cells);
            input.append(String.join(",", id, cells[1], cells[2], cells[3], cells[4], cells[5],
                    cells[header.indexOf("ecologits_version")], cells[header.indexOf("models_file")])).append('\n');
        }
        input.append("X01,openai,not-a-model,10,inf,,0.10,\n");
        input.append("X02,openai,gpt-5,10,inf,ATLANTIS,0.10,\n");
        Path in = dir.resolve("in.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, input);

        CliRun run = CliRun.of("footprint", "--batch", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> result = Files.readAllLines(out);
        assertThat(result.getFirst()).isEqualTo(FootprintBatch.OUTPUT_HEADER);
        List<String> outputs = List.of(result.getFirst().split(",", -1));
        List<String> checked = new ArrayList<>();
        for (String line : result.subList(1, result.size())) {
            String[] cells = line.split(",", -1);
            String id = cells[0];
            switch (id) {
                case "X01" -> assertThat(cells[11]).isEqualTo("model-not-registered");
                case "X02" -> assertThat(cells[11]).isEqualTo("zone-not-registered");
                default -> {
                    assertThat(cells[11]).isEmpty();
                    for (int i = 1; i <= 10; i++) {
                        double actual = Double.parseDouble(cells[i]);
                        double wanted = Double.parseDouble(expected.get(id)[header.indexOf(outputs.get(i))]);
                        assertThat(Math.abs(actual - wanted) / wanted).as(id + " " + outputs.get(i)).isLessThanOrEqualTo(1e-12);
                    }
                    checked.add(id);
                }
            }
        }
        assertThat(checked).hasSize(expected.size());
    }

    @Test
    void malformed_batch_is_refused_and_writes_nothing(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, FootprintBatch.INPUT_HEADER + "\nA,openai,gpt-5,ten,inf,,0.9,\n");

        CliRun run = CliRun.of("footprint", "--batch", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("line 2");
        assertThat(out).doesNotExist();
    }

    @Test
    void python_repr_layout_is_reproduced() {
        assertThat(PythonDouble.format(1.536243521642994e-05)).isEqualTo("1.536243521642994e-05");
        assertThat(PythonDouble.format(0.0003522020103459682)).isEqualTo("0.0003522020103459682");
        assertThat(PythonDouble.format(5.0)).isEqualTo("5.0");
        assertThat(PythonDouble.format(1e16)).isEqualTo("1e+16");
        assertThat(PythonDouble.format(123456.5)).isEqualTo("123456.5");
    }

    private static String row(String output, String model) {
        return output.lines().filter(line -> line.startsWith(model + " ")).findFirst().orElseThrow();
    }
}
