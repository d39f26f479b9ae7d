package org.passerelle.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The texts the detection benchmarks run on, read from the repository root: detect-dev's
 * documents and, when the shared folder is present, AP-HP's eds-pseudo snippets.
 */
public final class Corpora {

    private static final Path DETECT_DEV = Path.of("reference-data/detect-dev/corpus.jsonl");
    private static final Path EDS_PSEUDO = Path.of("../shared/data/eds-pseudo/train.jsonl");
    private static final int MEGABYTE = 1_000_000;

    private Corpora() {
    }

    /** A 1 MB text of shuffled documents (fixed seed) and the documents it is made of. */
    public record Mix(String text, List<String> documents) {
    }

    public static Mix megabyte() {
        List<String> texts = new ArrayList<>(texts(DETECT_DEV, "text"));
        if (Files.isRegularFile(EDS_PSEUDO)) {
            texts.addAll(texts(EDS_PSEUDO, "note_text"));
        }
        StringBuilder builder = new StringBuilder(1 << 20);
        List<String> documents = new ArrayList<>();
        Random random = new Random(42);
        while (builder.length() < MEGABYTE) {
            Collections.shuffle(texts, random);
            for (String text : texts) {
                String piece = text.substring(0, Math.min(text.length(), MEGABYTE - builder.length()));
                builder.append(piece).append("\n\n");
                documents.add(piece);
                if (builder.length() >= MEGABYTE) {
                    break;
                }
            }
        }
        return new Mix(builder.substring(0, MEGABYTE), List.copyOf(documents));
    }

    /** A 4 KB prompt: detect-dev's first documents (discharge letters and a question), in order. */
    public static String prompt() {
        StringBuilder letter = new StringBuilder();
        for (String text : texts(DETECT_DEV, "text")) {
            if (letter.length() + text.length() > 4096) {
                break;
            }
            letter.append(text).append('\n');
        }
        return letter.toString();
    }

    private static List<String> texts(Path corpus, String field) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = mapper.readTree(line);
                    texts.add(node.get(field).asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus + " (run from the repository root)", e);
        }
        return texts;
    }
}
