package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.PasserelleException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * {@code OUT.pseudonymisation.json}, next to what {@code pseudonymize} wrote: when, how many files
 * or rows, counts per label and per column (never values), and the key's fingerprint. A later run
 * into the same OUT with another key is refused before anything is written, so that one output
 * never mixes two keys' pseudonyms.
 */
record Report(Path file, String fingerprint) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Path of(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".pseudonymisation.json");
    }

    /** Checks an earlier report's key against this one's. */
    static Report open(Path out, String fingerprint) {
        Path file = of(out);
        if (Files.isRegularFile(file)) {
            String earlier;
            try {
                JsonNode node = JSON.readTree(file.toFile());
                earlier = node == null ? "" : node.path("key_fingerprint").asText("");
            } catch (IOException e) {
                earlier = "";
            }
            if (!earlier.isEmpty() && !earlier.equals(fingerprint)) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "wrong-key", out
                        + " was pseudonymised with another key (fingerprint " + earlier + ", this key " + fingerprint
                        + "): give that key, or write elsewhere");
            }
        }
        return new Report(file, fingerprint);
    }

    void write(long records, long characters, Map<String, Long> labels, Map<String, Integer> columns) {
        ObjectNode report = JSON.createObjectNode();
        report.put("schema", "passerelle-pseudonymisation/1").put("date", Instant.now().toString())
                .put("gateway", "Passerelle " + VersionProvider.version()).put("key_fingerprint", fingerprint)
                .put("records", records).put("characters", characters);
        ObjectNode byLabel = report.putObject("replaced_by_label");
        labels.forEach(byLabel::put);
        ObjectNode byColumn = report.putObject("changed_by_column");
        columns.forEach(byColumn::put);
        try {
            Files.writeString(file, JSON.writeValueAsString(report) + "\n");
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "report-not-written",
                    file + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
    }
}
