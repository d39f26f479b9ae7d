package org.passerelle.footprint;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.passerelle.testing.ReferenceData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every row of EcoLogits' test vectors ({@code reference-data/ecologits/vectors.csv}): values
 * produced by executing upstream EcoLogits, reproduced within a relative deviation of 1e-12.
 */
class EcologitsVectorsTest {

    private static final double TOLERANCE = 1e-12;
    private static final String[] OUTPUTS = {"energy_kwh", "gwp", "adpe", "pe", "wcf",
            "embodied_gwp", "embodied_adpe", "embodied_pe"};
    private static final Footprint FOOTPRINT = Footprint.ecologits();

    @TestFactory
    Stream<DynamicTest> every_vector_is_reproduced() throws IOException {
        List<String> lines = Files.readAllLines(ReferenceData.file("ecologits/vectors.csv"), StandardCharsets.UTF_8);
        String[] header = lines.getFirst().split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(parseRow(header, line));
        }
        assertThat(rows).hasSize(91);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("case_id"), () -> check(row)));
    }

    private static void check(Map<String, String> row) {
        Profile profile = Profile.parse(row.get("ecologits_version"));
        double tokens = Double.parseDouble(row.get("output_tokens"));
        double latency = parseLatency(row.get("request_latency_s"));
        String expectedError = row.get("expected_error");
        if (row.get("provider").equals("-")) {
            ModelSpec model = new ModelSpec("-", "-",
                    Range.of(number(row, "active_params_min"), number(row, "active_params_max")),
                    Range.of(number(row, "total_params_min"), number(row, "total_params_max")),
                    optional(row, "tps"), optional(row, "ttft_s"), List.of());
            DataCenter dataCenter = new DataCenter("-",
                    Range.of(number(row, "pue_min"), number(row, "pue_max")),
                    Range.of(number(row, "wue_min"), number(row, "wue_max")));
            ElectricityMix mix = new ElectricityMix("-", number(row, "if_adpe"), number(row, "if_pe"),
                    number(row, "if_gwp"), number(row, "if_wue"));
            if (!expectedError.isEmpty()) {
                assertThatThrownBy(() -> Footprint.compute(profile, model, tokens, latency, dataCenter, mix))
                        .isInstanceOf(FootprintException.class);
                return;
            }
            compare(row, Footprint.compute(profile, model, tokens, latency, dataCenter, mix));
            return;
        }
        String zone = row.get("zone").isEmpty() ? null : row.get("zone");
        Estimate estimate = FOOTPRINT.estimate(new EstimateRequest(row.get("provider"), row.get("model"),
                tokens, latency, zone, profile, row.get("models_file")));
        switch (estimate) {
            case Estimate.Computed computed -> compare(row, computed.impacts());
            case Estimate.Failed failed -> fail("no estimate: " + failed.code());
        }
    }

    private static void compare(Map<String, String> row, Impacts impacts) {
        Map<String, Range> actual = Map.of(
                "energy_kwh", impacts.energy(), "gwp", impacts.gwp(), "adpe", impacts.adpe(), "pe", impacts.pe(),
                "wcf", impacts.wcf(), "embodied_gwp", impacts.embodiedGwp(),
                "embodied_adpe", impacts.embodiedAdpe(), "embodied_pe", impacts.embodiedPe());
        for (String output : OUTPUTS) {
            assertClose(output + "_min", actual.get(output).min(), number(row, output + "_min"));
            assertClose(output + "_max", actual.get(output).max(), number(row, output + "_max"));
        }
    }

    private static void assertClose(String what, double actual, double expected) {
        double deviation = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
        assertThat(deviation).as("%s: got %s, expected %s", what, actual, expected).isLessThanOrEqualTo(TOLERANCE);
    }

    private static double parseLatency(String text) {
        return text.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(text);
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static Double optional(Map<String, String> row, String column) {
        String text = row.get(column);
        return text == null || text.isEmpty() ? null : Double.valueOf(text);
    }

    /** The vectors file quotes no cell except notes, which may hold commas inside double quotes. */
    private static Map<String, String> parseRow(String[] header, String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], i < cells.size() ? cells.get(i) : "");
        }
        return row;
    }
}
