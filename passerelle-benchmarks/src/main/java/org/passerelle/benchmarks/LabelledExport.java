package org.passerelle.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Label;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every text with a document label the repository holds (detect-dev, the documents
 * written as held-out sets, the short prompts of the core's tests) as JSON lines: its id, text,
 * label, the detector's class and whether it found a name or a patient code. The input of the
 * experiment in {@code passerelle-benchmarks/experiments/learned-layer}, which asks whether a
 * model learned from these texts finds what the rules miss; a measuring tool, not the product.
 *
 * <p>Run from the repository root:
 * {@code java -cp passerelle-benchmarks/target/benchmarks.jar org.passerelle.benchmarks.LabelledExport > labelled.jsonl}.
 */
public final class LabelledExport {

    private static final Path[] CORPORA = {Path.of("reference-data/detect-dev/corpus.jsonl"),
        Path.of("reference-data/probe-documents/corpus.jsonl")};
    private static final Path SHORT_PROMPTS = Path.of("passerelle-core/src/test/resources/org/passerelle/detect/short-prompts.txt");

    private LabelledExport() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Detector detector = Detector.withDefaults();
        StringBuilder out = new StringBuilder();
        for (Path corpus : CORPORA) {
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode document = mapper.readTree(line);
                    out.append(row(mapper, detector, document.get("id").asText(), document.get("text").asText(),
                            document.get("sensitive").asBoolean())).append('\n');
                }
            }
        }
        int prompt = 0;
        for (String line : Files.readAllLines(SHORT_PROMPTS, StandardCharsets.UTF_8)) {
            if (line.length() > 2 && !line.startsWith("#")) {
                // "S text" or "N text", line breaks written \n (see ShortPromptsTest)
                out.append(row(mapper, detector, "sp" + prompt++, line.substring(2).replace("\\n", "\n"),
                        line.charAt(0) == 'S')).append('\n');
            }
        }
        System.out.print(out);
    }

    private static String row(ObjectMapper mapper, Detector detector, String id, String text, boolean sensitive)
            throws IOException {
        Analysis analysis = detector.analyze(text);
        boolean name = false;
        boolean code = false;
        for (Finding finding : analysis.findings()) {
            name |= finding.label() == Label.FIRST_NAME || finding.label() == Label.LAST_NAME;
            code |= finding.label() == Label.PATIENT_ID;
        }
        ObjectNode row = mapper.createObjectNode();
        row.put("id", id);
        row.put("text", text);
        row.put("gold", sensitive ? 1 : 0);
        row.put("rule", analysis.classification().sensitive() ? 1 : 0);
        row.put("name", name ? 1 : 0);
        row.put("code", code ? 1 : 0);
        return mapper.writeValueAsString(row);
    }
}
