package org.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.PasserelleException;
import org.passerelle.footprint.Estimate;
import org.passerelle.footprint.EstimateRequest;
import org.passerelle.footprint.Footprint;
import org.passerelle.footprint.Impacts;
import org.passerelle.footprint.Profile;
import org.passerelle.footprint.Range;
import org.passerelle.footprint.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code passerelle footprint}: the EcoLogits estimate of one call, a comparison, or a CSV batch. */
@Command(name = "footprint", mixinStandardHelpOptions = true,
        description = {
                "Estimates the environmental footprint of model calls with the EcoLogits method:",
                "energy, GWP, ADPe, primary energy and water, mean with min-max.",
                "",
                "One call:    --provider openai --model gpt-5 --output-tokens 250 [--latency 6.05]",
                "Comparison:  --compare --scenario summary --profile 0.9 [--model openai/gpt-5 ...] [--chart c.svg]",
                "Batch:       --batch in.csv --out out.csv"},
        footer = {"", "Profiles: 0.9 (EcoLogits 0.9.x, the source document's figures), 0.10 (default), 0.11.",
                "Scenarios: tweet 50, email 170, summary 250, conversation 400, report 5000, code 15000 output tokens."})
final class FootprintCommand implements Callable<Integer> {

    static final List<String> SOURCE_DOCUMENT_MODELS = Footprint.SOURCE_DOCUMENT_MODELS;

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--provider", paramLabel = "P", description = "Provider key: openai, anthropic, mistralai, google_genai, cohere, huggingface_hub.")
    String provider;

    @Option(names = "--model", paramLabel = "M", description = "Model name; with --compare, provider/name, repeatable.")
    List<String> models = new ArrayList<>();

    @Option(names = "--output-tokens", paramLabel = "N", description = "Generated tokens.")
    Double outputTokens;

    @Option(names = "--latency", paramLabel = "S", description = "Measured request latency in seconds (default: unknown).")
    Double latency;

    @Option(names = "--zone", paramLabel = "Z", description = "Electricity zone (ISO alpha-3, WOR, EEE); default: the provider's.")
    String zone;

    @Option(names = "--profile", paramLabel = "0.9|0.10|0.11", description = "EcoLogits method version (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.10")
    String profile;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    @Option(names = "--compare", description = "Compare models on a scenario.")
    boolean compare;

    @Option(names = "--scenario", paramLabel = "S", description = "With --compare: tweet, email, summary, conversation, report, code (default: ${DEFAULT-VALUE}).",
            defaultValue = "summary")
    String scenario;

    @Option(names = "--chart", paramLabel = "FILE", description = "With --compare: also draw the comparison to FILE.svg or FILE.png.")
    Path chart;

    @Option(names = "--batch", paramLabel = "IN.csv", description = "Estimate every row of IN (see the README for the columns).")
    Path batch;

    @Option(names = "--out", paramLabel = "OUT.csv", description = "With --batch: where to write the results.")
    Path out;

    @Override
    public Integer call() {
        Footprint footprint = Footprint.ecologits();
        PrintWriter writer = spec.commandLine().getOut();
        if (batch != null) {
            if (out == null) {
                throw usage("--batch needs --out OUT.csv");
            }
            int rows = FootprintBatch.run(footprint, batch, out);
            spec.commandLine().getErr().println("passerelle: " + rows + " rows estimated, written to " + out);
            return Main.OK;
        }
        Profile chosen = Profile.parse(profile);
        if (compare) {
            return compare(footprint, chosen, writer);
        }
        if (provider == null || models.size() != 1 || outputTokens == null) {
            throw usage("give --provider, --model and --output-tokens (or --compare, or --batch)");
        }
        Estimate estimate = footprint.estimate(new EstimateRequest(provider, models.getFirst(), outputTokens,
                latency == null ? Double.POSITIVE_INFINITY : latency, zone, chosen, null));
        if (format == Format.json) {
            writer.println(json(estimate));
        } else {
            printText(writer, estimate);
        }
        return estimate instanceof Estimate.Failed ? Main.FAILURE : Main.OK;
    }

    private int compare(Footprint footprint, Profile chosen, PrintWriter writer) {
        Scenario preset = Scenario.parse(scenario);
        List<String> names = models.isEmpty() ? SOURCE_DOCUMENT_MODELS : models;
        List<Estimate> estimates = new ArrayList<>();
        for (String name : names) {
            int slash = name.indexOf('/');
            if (slash <= 0) {
                throw usage("with --compare, name models as provider/name (got '" + name + "')");
            }
            String modelProvider = name.substring(0, slash);
            String modelName = name.substring(slash + 1);
            double requestLatency = preset.latencySeconds(footprint, chosen, modelProvider, modelName);
            estimates.add(footprint.estimate(new EstimateRequest(modelProvider, modelName, preset.outputTokens(),
                    requestLatency, zone, chosen, null)));
        }
        if (format == Format.json) {
            ArrayNode array = MAPPER.createArrayNode();
            estimates.forEach(estimate -> array.add(json(estimate)));
            writer.println(array.toPrettyString());
        } else {
            writer.printf("%s: %d output tokens, EcoLogits profile %s (mean of each estimate)%n",
                    preset.description(), preset.outputTokens(), chosen.label());
            writer.printf("%-40s %12s %14s %14s %11s %10s%n", "model", "energy", "GWP", "ADPe", "PE", "water");
            for (Estimate estimate : estimates) {
                String label = estimate.request().provider() + "/" + estimate.request().model();
                switch (estimate) {
                    case Estimate.Computed computed -> {
                        Impacts impacts = computed.impacts();
                        writer.printf("%-40s %12s %14s %14s %11s %10s%n", label,
                                ReadableQuantity.ENERGY.format(impacts.energy().mean()),
                                ReadableQuantity.GWP.format(impacts.gwp().mean()),
                                ReadableQuantity.ADPE.format(impacts.adpe().mean()),
                                ReadableQuantity.PE.format(impacts.pe().mean()),
                                ReadableQuantity.WATER.format(impacts.wcf().mean()));
                    }
                    case Estimate.Failed failed -> writer.printf("%-40s %s%n", label, failed.code());
                }
            }
        }
        if (chart != null) {
            List<ComparisonChart.Row> rows = new ArrayList<>();
            for (Estimate estimate : estimates) {
                if (estimate instanceof Estimate.Computed computed) {
                    Impacts impacts = computed.impacts();
                    rows.add(new ComparisonChart.Row(estimate.request().provider() + "/" + estimate.request().model(),
                            List.of(impacts.energy(), impacts.gwp(), impacts.adpe(), impacts.pe(), impacts.wcf())));
                }
            }
            ComparisonChart.write(chart, preset.description() + " (" + preset.outputTokens()
                    + " output tokens, EcoLogits " + chosen.label() + ")", rows);
        }
        return estimates.stream().anyMatch(e -> e instanceof Estimate.Failed) ? Main.FAILURE : Main.OK;
    }

    private static void printText(PrintWriter writer, Estimate estimate) {
        EstimateRequest request = estimate.request();
        switch (estimate) {
            case Estimate.Failed failed -> writer.printf("%s/%s: no estimate (%s): %s%n",
                    request.provider(), request.model(), failed.code(), failed.message());
            case Estimate.Computed computed -> {
                writer.printf("%s/%s, %s output tokens, latency %s, zone %s, EcoLogits %s (%s)%n",
                        request.provider(), request.model(), ReadableQuantity.significant(request.outputTokens()),
                        Double.isInfinite(request.latencySeconds()) ? "not measured"
                                : ReadableQuantity.significant(request.latencySeconds()) + " s",
                        computed.zone(), request.profile().label(), computed.dataVersion());
                Impacts impacts = computed.impacts();
                line(writer, ReadableQuantity.ENERGY, impacts.energy());
                line(writer, ReadableQuantity.GWP, impacts.gwp());
                line(writer, ReadableQuantity.ADPE, impacts.adpe());
                line(writer, ReadableQuantity.PE, impacts.pe());
                line(writer, ReadableQuantity.WATER, impacts.wcf());
                for (Estimate.Warning warning : computed.warnings()) {
                    writer.println("warning: " + warning.message());
                }
            }
        }
    }

    private static void line(PrintWriter writer, ReadableQuantity quantity, Range range) {
        int unit = quantity.unitFor(range.mean());
        String mean = ReadableQuantity.significant(quantity.inUnit(range.mean(), unit));
        String interval = range.isScalar() ? "" : "  (" + ReadableQuantity.significant(quantity.inUnit(range.min(), unit))
                + " – " + ReadableQuantity.significant(quantity.inUnit(range.max(), unit)) + ")";
        writer.printf("  %-15s %s %s%s%n", quantity.label(), mean, quantity.unit(unit), interval);
    }

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static ObjectNode json(Estimate estimate) {
        return org.passerelle.api.EstimateJson.of(estimate);
    }

    private PasserelleException usage(String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "usage", message);
    }
}
