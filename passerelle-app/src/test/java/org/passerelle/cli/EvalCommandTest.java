package org.passerelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;
import org.passerelle.testing.ReferenceData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector's quality on the corpora, through the {@code eval} command. */
class EvalCommandTest {

    @Test
    void detect_dev_meets_the_quality_targets() throws Exception {
        JsonNode scores = scores("detect-dev/corpus.jsonl");
        assertThat(scores.at("/overall/recall").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.at("/overall/precision").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(scores.at("/documents/sensitive_recall").asDouble()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.at("/documents/false_alarm_rate").asDouble()).isLessThanOrEqualTo(0.05);
        assertThat(scores.at("/documents/count").asInt()).isEqualTo(226);
        assertThat(scores.at("/labels/NIR/support").asInt()).isEqualTo(31);
    }

    /**
     * The documents written as held-out sets (reference-data/probe-documents), kept as a regression
     * corpus at the level reached: 80 sensitive documents of 1,708 are still missed (sets R, S, T,
     * AS, AY, BG, BM, BO and BR were run once on the rules of their day and kept untuned; its README says which
     * kinds), so its floor is below the 0.98, and four false alarms of 1,106 are kept with
     * sets AY, BE, BF and BG (a published patent application, Lejeune's trisomy 21 in 1959,
     * Barnard's patient in 1967, a transfer office's guidance on patent applications). Its span precision is lower than the
     * corpora's: its gold leaves unmarked some markers the detector reads ("notre article, qu'on
     * soumet", "our patent attorney", "merci de ne pas transférer ce message"), written before the
     * detector read them and not changed since.
     */
    @Test
    void probe_documents_do_not_regress() throws Exception {
        JsonNode scores = scores("probe-documents/corpus.jsonl");
        assertThat(scores.at("/overall/recall").asDouble()).isGreaterThanOrEqualTo(0.96);
        assertThat(scores.at("/overall/precision").asDouble()).isGreaterThanOrEqualTo(0.89);
        assertThat(scores.at("/documents/sensitive_recall").asDouble()).isGreaterThanOrEqualTo(1628 / 1708.0);
        assertThat(scores.at("/documents/false_alarm_rate").asDouble()).isLessThanOrEqualTo(4 / 1106.0);
        assertThat(scores.at("/documents/count").asInt()).isEqualTo(2814);
    }

    /** The JSON scores of {@code eval} on a corpus of the repository's reference data (the command must succeed). */
    private static JsonNode scores(String corpus) throws Exception {
        CliRun run = CliRun.of("eval", "--format", "json", ReferenceData.file(corpus).toString());
        assertThat(run.exitCode()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    /**
     * AP-HP's eds-pseudo file is third-party and lives outside the repository: skipped when absent.
     * The floors are at least the targets: 0.90 on names, 0.97 on phones, e-mails and dates.
     */
    @Test
    void eds_pseudo_scores_do_not_regress() throws Exception {
        Optional<Path> corpus = ReferenceData.shared("eds-pseudo/train.jsonl");
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/data/eds-pseudo/train.jsonl is absent: eds-pseudo test skipped");

        CliRun run = CliRun.of("eval", "--format", "json", corpus.get().toString());

        JsonNode labels = new ObjectMapper().readTree(run.out()).get("labels");
        assertThat(labels.at("/EMAIL/recall").asDouble()).isGreaterThanOrEqualTo(0.99);
        assertThat(labels.at("/PHONE/recall").asDouble()).isGreaterThanOrEqualTo(0.97);
        assertThat(labels.at("/LAST_NAME/recall").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(labels.at("/FIRST_NAME/recall").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(labels.at("/DATE/recall").asDouble()).isGreaterThanOrEqualTo(0.97);
        assertThat(labels.at("/BIRTH_DATE/recall").asDouble()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void eds_pseudo_format_is_read_and_mapped(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("eds.jsonl"),
                "{\"note_id\":\"a\",\"note_text\":\"Internes : JALONNET Christine (Interne) 18/02/2019 16:34\","
                        + "\"entities\":[{\"start\":11,\"end\":19,\"label\":\"NOM\"},{\"start\":20,\"end\":29,\"label\":\"PRENOM\"}]}\n");

        CliRun run = CliRun.of("eval", "--format", "json", corpus.toString());

        JsonNode scores = new ObjectMapper().readTree(run.out());
        assertThat(scores.at("/labels/LAST_NAME/recall").asDouble()).isEqualTo(1.0);
        assertThat(scores.at("/labels/FIRST_NAME/support").asInt()).isEqualTo(1);
        assertThat(scores.at("/documents/sensitive_recall").isNull()).isTrue();
    }

    @Test
    void text_report_has_a_table_per_label_and_document_figures() {
        CliRun run = CliRun.of("eval", ReferenceData.file("detect-dev/corpus.jsonl").toString());

        assertThat(run.out()).contains("label", "precision", "recall", "f1", "support", "LAST_NAME", "overall",
                "documents: 226", "false alarms");
    }

    @Test
    void a_malformed_corpus_is_a_usage_error_naming_the_line(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x\",\"text\":\"ok\",\"spans\":[]}\n{not json\n");

        CliRun run = CliRun.of("eval", corpus.toString());

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("line 2").doesNotContain("not json");
    }
}
