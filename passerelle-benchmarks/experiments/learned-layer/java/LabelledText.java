package org.passerelle.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with its document label, as {@link DocumentModelTraining} learns from.
 *
 * @param id        where it comes from: the corpus's id, or the file and line
 * @param sensitive whether the text is sensitive
 */
public record LabelledText(String id, String text, boolean sensitive) {

    public LabelledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads a file of labelled texts. A {@code .jsonl} file is a corpus in the format of
     * docs/detection-labels.md, whose documents without a {@code sensitive} field are skipped; any
     * other file has one text per line, {@code S text} (sensitive) or {@code N text} (not), with
     * line breaks written {@code \n}, and comments starting with {@code #}.
     *
     * @throws IOException if the file cannot be read or a line is neither
     */
    public static List<LabelledText> read(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = String.valueOf(file.getFileName());
        ObjectMapper mapper = name.endsWith(".jsonl") ? new ObjectMapper() : null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || mapper == null && line.startsWith("#")) {
                continue;
            }
            String where = name + ", line " + (n + 1);
            if (mapper != null) {
                JsonNode document;
                try {
                    document = mapper.readTree(line);
                } catch (IOException e) {
                    throw new IOException(where + ": not a JSON object");
                }
                JsonNode text = document.get("text");
                JsonNode sensitive = document.get("sensitive");
                if (text == null || !text.isTextual()) {
                    throw new IOException(where + ": no \"text\" string");
                }
                if (sensitive != null && sensitive.isBoolean()) {
                    JsonNode id = document.get("id");
                    texts.add(new LabelledText(id != null && id.isTextual() ? id.asText() : where, text.asText(),
                            sensitive.asBoolean()));
                }
            } else {
                if (line.length() < 3 || (line.charAt(0) != 'S' && line.charAt(0) != 'N') || line.charAt(1) != ' ') {
                    throw new IOException(where + ": expected 'S text' or 'N text'");
                }
                texts.add(new LabelledText(where, line.substring(2).replace("\\n", "\n"), line.charAt(0) == 'S'));
            }
        }
        return texts;
    }
}
