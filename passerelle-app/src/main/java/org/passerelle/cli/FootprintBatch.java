package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.FootprintException;
import org.passerelle.footprint.Impacts;
import org.passerelle.footprint.Profile;
import org.passerelle.footprint.Range;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code footprint --batch}: one estimate per CSV row. The input is checked whole before anything
 * is written, so a bad row leaves no half-written output; an estimate that EcoLogits refuses
 * (unknown model or zone, zero throughput...) is an ordinary row with its error code.
 */
final class FootprintBatch {

    static final String INPUT_HEADER = "case_id,provider,model,output_tokens,request_latency_s,zone,profile,models_file";
    static final String OUTPUT_HEADER = "case_id,energy_kwh_min,energy_kwh_max,gwp_min,gwp_max,adpe_min,adpe_max,"
            + "pe_min,pe_max,wcf_min,wcf_max,error";

    private FootprintBatch() {
    }

    static int run(Footprint footprint, Path in, Path out) {
        List<String> lines;
        try {
            lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "unreadable-input",
                    "cannot read " + in + " (" + e.getClass().getSimpleName() + ")");
        }
        if (lines.isEmpty() || !lines.getFirst().strip().replace("\uFEFF", "").equals(INPUT_HEADER)) {
            throw invalid(in, 1, "the header must be " + INPUT_HEADER);
        }
        StringBuilder output = new StringBuilder(OUTPUT_HEADER).append('\n');
        int rows = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 8) {
                throw invalid(in, i + 1, "has " + cells.length + " cells, expected 8");
            }
            output.append(cells[0]).append(',').append(estimate(footprint, in, i + 1, cells)).append('\n');
            rows++;
        }
        Path temporary = out.resolveSibling(out.getFileName() + ".partial");
        try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write(output.toString());
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "output-not-written",
                    "cannot write " + out + " (" + e.getClass().getSimpleName() + ")");
        }
        try {
            Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "output-not-written",
                    "cannot write " + out + " (" + e.getClass().getSimpleName() + ")");
        }
        return rows;
    }

    private static String estimate(Footprint footprint, Path in, int lineNumber, String[] cells) {
        double tokens;
        double latency;
        Profile profile;
        try {
            tokens = Double.parseDouble(cells[3]);
            latency = cells[4].equals("inf") || cells[4].isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(cells[4]);
        } catch (NumberFormatException e) {
            throw invalid(in, lineNumber, "output_tokens and request_latency_s must be numbers");
        }
        try {
            profile = cells[6].isEmpty() ? Profile.V0_10 : Profile.parse(cells[6]);
        } catch (FootprintException e) {
            throw invalid(in, lineNumber, e.getMessage());
        }
        EstimateRequest request;
        try {
            request = new EstimateRequest(cells[1], cells[2], tokens, latency, cells[5].isEmpty() ? null : cells[5],
                    profile, cells[7].isEmpty() ? null : cells[7]);
        } catch (FootprintException e) {
            throw invalid(in, lineNumber, e.getMessage());
        }
        return switch (footprint.estimate(request)) {
            case Estimate.Failed failed -> ",,,,,,,,,," + failed.code();
            case Estimate.Computed computed -> {
                Impacts impacts = computed.impacts();
                yield String.join(",", bounds(impacts.energy()), bounds(impacts.gwp()), bounds(impacts.adpe()),
                        bounds(impacts.pe()), bounds(impacts.wcf())) + ",";
            }
        };
    }

    private static String bounds(Range range) {
        return PythonDouble.format(range.min()) + "," + PythonDouble.format(range.max());
    }

    private static PasserelleException invalid(Path in, int line, String reason) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-batch",
                in.getFileName() + " line " + line + ": " + reason);
    }
}
