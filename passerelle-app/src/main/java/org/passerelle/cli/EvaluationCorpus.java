package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.PasserelleException;
import org.passerelle.detect.Label;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An annotated corpus for {@code eval}: Passerelle's format ({@code id}, {@code text},
 * {@code spans}, {@code sensitive}) or AP-HP eds-pseudo's ({@code note_id}, {@code note_text},
 * {@code entities} with NOM, PRENOM, SECU... mapped to Passerelle's labels).
 */
final class EvaluationCorpus {

    /** One gold span. */
    record Span(Label label, int start, int end) {
    }

    /** One document; {@code sensitive} is null when the corpus does not say. */
    record Entry(String id, String text, List<Span> spans, Boolean sensitive) {
    }

    private static final Map<String, Label> EDS_PSEUDO = Map.ofEntries(
            Map.entry("NOM", Label.LAST_NAME), Map.entry("PRENOM", Label.FIRST_NAME), Map.entry("SECU", Label.NIR),
            Map.entry("IPP", Label.PATIENT_ID), Map.entry("NDA", Label.STAY_ID), Map.entry("DATE_NAISSANCE", Label.BIRTH_DATE),
            Map.entry("DATE", Label.DATE), Map.entry("TEL", Label.PHONE), Map.entry("MAIL", Label.EMAIL),
            Map.entry("ADRESSE", Label.ADDRESS), Map.entry("VILLE", Label.CITY), Map.entry("ZIP", Label.ZIP),
            Map.entry("HOPITAL", Label.HOSPITAL));

    private EvaluationCorpus() {
    }

    static List<Entry> read(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (IOException e) {
                    throw invalid(file, number, "is not valid JSON");
                }
                entries.add(entry(file, number, node));
            }
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "unreadable-corpus",
                    "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        return entries;
    }

    private static Entry entry(Path file, int number, JsonNode node) {
        boolean eds = node.has("note_text");
        JsonNode textNode = eds ? node.get("note_text") : node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            throw invalid(file, number, "has no text (expected \"text\" or \"note_text\")");
        }
        String text = textNode.asText();
        List<Span> spans = new ArrayList<>();
        for (JsonNode span : node.path(eds ? "entities" : "spans")) {
            String name = span.path("label").asText();
            Label label;
            if (eds) {
                label = EDS_PSEUDO.get(name);
            } else {
                try {
                    label = Label.valueOf(name);
                } catch (IllegalArgumentException e) {
                    label = null;
                }
            }
            if (label == null) {
                throw invalid(file, number, "has an unknown label");
            }
            int start = span.path("start").asInt(-1);
            int end = span.path("end").asInt(-1);
            if (start < 0 || end <= start || end > text.length()) {
                throw invalid(file, number, "has a span outside its text");
            }
            spans.add(new Span(label, start, end));
        }
        Boolean sensitive = node.path("sensitive").isBoolean() ? node.get("sensitive").asBoolean() : null;
        String id = eds ? node.path("note_id").asText("line-" + number) : node.path("id").asText("line-" + number);
        return new Entry(id, text, spans, sensitive);
    }

    private static PasserelleException invalid(Path file, int line, String reason) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-corpus",
                file.getFileName() + " line " + line + " " + reason);
    }
}
