package org.passerelle.detect;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentModelTest {

    @Test
    void bundled_model_is_what_training_on_the_repositorys_labelled_texts_makes() throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        texts.addAll(LabelledText.read(Path.of("../reference-data/detect-dev/corpus.jsonl")));
        texts.addAll(LabelledText.read(Path.of("../reference-data/probe-documents/corpus.jsonl")));
        texts.addAll(LabelledText.read(Path.of("src/test/resources/org/passerelle/detect/short-prompts.txt")));
        StringWriter trained = new StringWriter();
        DocumentModelTraining.train(DocumentModelTraining.examples(Detector.withDefaults(), texts)).write(trained);
        String bundled;
        try (InputStream in = DocumentModel.class.getResourceAsStream("document-model.tsv")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(trained.toString()).as("retrain: see the README, \"The document model\"").isEqualTo(bundled);
        assertThat(DocumentModel.bundled().vocabularySize()).isGreaterThan(5000);
    }

    @Test
    void words_and_pairs_of_words_are_counted_lower_case() {
        assertThat(DocumentModel.terms("Mme Roy a une BPCO. Roy x"))
                .containsEntry("mme", 1).containsEntry("roy", 2).containsEntry("mme roy", 1)
                .containsEntry("une bpco", 1).containsEntry("bpco roy", 1).doesNotContainKey("a").doesNotContainKey("x");
    }

    @Test
    void probability_is_between_zero_and_one_on_any_text() {
        DocumentModel model = DocumentModel.bundled();
        for (String text : new String[] {"", "   ", "\uD83D\uDE00\uD83D\uDE00", "a".repeat(10_000), "\uD800 broken surrogate"}) {
            double p = model.probability(text, true, true);
            assertThat(p).isBetween(0.0, 1.0);
            assertThat(model.probability(text, true, true)).isEqualTo(p);
        }
    }

    @Test
    void a_text_with_a_name_about_care_is_more_likely_sensitive_than_one_about_work() {
        DocumentModel model = DocumentModel.bundled();
        assertThat(model.probability("Mme Girard a fait une chute cette nuit, douleur à la hanche, radio demandée.", true, false))
                .isGreaterThan(model.probability("Mme Girard présentera ses travaux au séminaire de jeudi.", true, false));
    }

    @Test
    void a_malformed_model_is_refused_with_its_line_and_without_its_text() {
        InputStream in = new ByteArrayInputStream("<bias>\t0\nsecret-term\tnot-a-number\t1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DocumentModel.read(in)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2").hasMessageNotContaining("secret-term");
    }

    @Test
    void labelled_lines_that_are_neither_sensitive_nor_not_are_refused() throws IOException {
        Path file = java.nio.file.Files.createTempFile("labelled", ".txt");
        try {
            java.nio.file.Files.writeString(file, "# comment\nS Mme Roy, BPCO\nX private words\n");
            assertThatThrownBy(() -> LabelledText.read(file)).hasMessageContaining("line 3").hasMessageNotContaining("private");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
