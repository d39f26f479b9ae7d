package org.passerelle.detect;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short prompts of {@code short-prompts.txt}: what researchers paste into a chat about a named
 * person (a note to rewrite, a message about a colleague or a child, a ward list, an e-mail) and
 * look-alikes about work, teaching, history or sport. The corpora hold few such texts; this keeps
 * the classifier from losing them, and from raising false alarms on the look-alikes.
 */
class ShortPromptsTest {

    private static final Detector DETECTOR = Detector.withDefaults();

    /** Of the sensitive prompts, the share found now: 111 of 120 (the build before the session that wrote them found 54). */
    private static final double SENSITIVE_RECALL = 111 / 120.0;

    @Test
    void named_peoples_health_is_found_and_look_alikes_stay_harmless() throws IOException {
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int sensitive = 0;
        int harmless = 0;
        for (String line : lines()) {
            String text = line.substring(2).replace("\\n", "\n");
            boolean found = DETECTOR.analyze(text).classification().sensitive();
            if (line.charAt(0) == 'S') {
                sensitive++;
                if (!found) {
                    missed.add(text);
                }
            } else {
                harmless++;
                if (found) {
                    falseAlarms.add(text);
                }
            }
        }
        assertThat(sensitive).isEqualTo(120);
        assertThat(harmless).isEqualTo(130);
        assertThat(falseAlarms).as("look-alikes classified sensitive").isEmpty();
        assertThat(1 - missed.size() / (double) sensitive).as("sensitive prompts found; missed: %s", missed)
                .isGreaterThanOrEqualTo(SENSITIVE_RECALL);
    }

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ShortPromptsTest.class.getResourceAsStream("short-prompts.txt"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
