package org.passerelle.pseudo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Label;
import org.passerelle.testing.ReferenceData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymizerTest {

    private static final Detector DETECTOR = Detector.withDefaults();
    private static final byte[] KEY = "une clé de test de trente-deux octets au moins".getBytes(StandardCharsets.UTF_8);

    @Test
    void no_identifier_the_detector_finds_survives_in_the_dev_corpus() throws Exception {
        Pseudonymizer pseudonymizer = new Pseudonymizer(DETECTOR, KEY);
        ObjectMapper json = new ObjectMapper();
        int documents = 0;
        int replaced = 0;
        for (String line : Files.readAllLines(ReferenceData.file("detect-dev/corpus.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode document = json.readTree(line);
            String text = document.get("text").asText();
            Pseudonymizer.Result result = pseudonymizer.pseudonymize(text);
            boolean[] placed = Pseudonymizer.placeholders(result.text());
            for (Finding finding : DETECTOR.analyze(result.text()).findings()) {
                boolean onlyPlaceholders = true;
                for (int i = finding.start(); i < finding.end(); i++) {
                    onlyPlaceholders &= placed[i];
                }
                if (onlyPlaceholders) {
                    continue; // e.g. a placeholder in a column headed "IPP", still flagged by the column rule: no value left
                }
                assertThat(Pseudonymizer.REPLACED).as("%s survives in document %d", finding.label(), documents)
                        .doesNotContain(finding.label());
            }
            // Each annotated social-security number, e-mail and phone number is gone from the output.
            for (JsonNode span : document.path("spans")) {
                Label label = Label.valueOf(span.get("label").asText());
                String value = text.substring(span.get("start").asInt(), span.get("end").asInt());
                if (java.util.Set.of(Label.NIR, Label.EMAIL, Label.PHONE).contains(label)) {
                    assertThat(result.text()).as("document %d, %s", documents, label).doesNotContain(value);
                }
            }
            replaced += result.replaced().values().stream().mapToInt(Integer::intValue).sum();
            documents++;
        }
        assertThat(documents).isGreaterThan(200);
        assertThat(replaced).isGreaterThan(1500);
    }

    @Test
    void the_same_value_under_the_same_key_gives_the_same_placeholder_whatever_its_spelling() {
        Pseudonymizer one = new Pseudonymizer(DETECTOR, KEY);
        Pseudonymizer again = new Pseudonymizer(DETECTOR, KEY.clone());
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        Pseudonymizer other = new Pseudonymizer(DETECTOR, otherKey);

        String first = one.pseudonymize("Mme Gérard LEBRETON, née le 02/11/1949, suivie pour diabète.").text();
        String second = again.pseudonymize("Compte rendu : M. Gerard Lebreton, né le 02/11/1949, revu en consultation.").text();

        assertThat(first).doesNotContain("LEBRETON", "Gérard", "1949");
        assertThat(one.placeholder(Label.LAST_NAME, "LEBRETON")).isEqualTo(again.placeholder(Label.LAST_NAME, "Lebreton"))
                .matches("\\[NOM_[A-Z]{6}]");
        assertThat(first).contains(one.placeholder(Label.LAST_NAME, "LEBRETON"));
        assertThat(second).contains(one.placeholder(Label.LAST_NAME, "LEBRETON"));
        assertThat(other.placeholder(Label.LAST_NAME, "LEBRETON")).isNotEqualTo(one.placeholder(Label.LAST_NAME, "LEBRETON"));
        assertThat(one.placeholder(Label.FIRST_NAME, "LEBRETON")).isNotEqualTo(one.placeholder(Label.LAST_NAME, "LEBRETON"));
    }

    @Test
    void a_short_or_missing_key_is_refused() {
        assertThatThrownBy(() -> new Pseudonymizer(DETECTOR, new byte[16])).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new Pseudonymizer(DETECTOR, null)).hasMessageContaining("32 bytes");
    }
}
