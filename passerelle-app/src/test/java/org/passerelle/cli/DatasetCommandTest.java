package org.passerelle.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code passerelle dataset} on the embedded database: register, check, update, attach, history, bad input. */
class DatasetCommandTest {

    @TempDir
    Path data;

    private CliRun run(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--data";
        full[args.length + 1] = data.toString();
        return CliRun.of(full);
    }

    @Test
    void a_health_dataset_is_refused_until_its_legal_basis_is_complete() {
        CliRun registered = run("dataset", "register", "readmissions-2025", "--owner", "Dr Martin", "--origin", "internal",
                "--personal-data", "pseudonymised", "--health-data", "--description", "Séjours 2025, pseudonymisés");
        assertThat(registered.exitCode()).as(registered.err()).isZero();

        CliRun refused = run("dataset", "check", "readmissions-2025", "--purpose", "training");
        assertThat(refused.exitCode()).isEqualTo(Main.NOT_ALLOWED);
        assertThat(refused.out()).contains("NON AUTORISÉ").contains("base légale du RGPD (article 6)")
                .contains("article 9").contains("MR-001").contains("AIPD").contains("dpo@inserm.fr");

        assertThat(run("admin", "processing-create", "readmission-ml", "--purpose", "Predict readmissions",
                "--dpia", "AIPD-2026-07", "--approved", "2026-01-01", "--expires", "2099-01-01", "--hosting", "internal")
                .exitCode()).isZero();
        CliRun updated = run("dataset", "update", "readmissions-2025", "--legal-basis", "public-interest", "--article-9", "research",
                "--framework", "MR-004", "--processing", "readmission-ml", "--retention", "2030-12-31");
        assertThat(updated.exitCode()).as(updated.err()).isZero();

        CliRun allowed = run("dataset", "check", "readmissions-2025", "--lang", "en");
        assertThat(allowed.exitCode()).as(allowed.out()).isZero();
        assertThat(allowed.out()).startsWith("ALLOWED: readmissions-2025 may be used for training");

        CliRun json = run("dataset", "check", "readmissions-2025", "--purpose", "fine-tuning", "--format", "json");
        assertThat(json.out()).contains("\"allowed\" : true").contains("\"purpose\" : \"fine-tuning\"");

        CliRun shown = run("dataset", "show", "readmissions-2025");
        assertThat(shown.out()).contains("MR-004").contains("readmission-ml").contains("registered").contains("updated")
                .contains("legal-basis, article-9, framework, processing, retention");
        assertThat(run("dataset", "list").out()).contains("readmissions-2025").contains("pseudonymised");
    }

    @Test
    void synthetic_data_are_allowed_once_their_label_is_attached_and_a_changed_file_is_refused() throws IOException {
        Path synthetic = Files.writeString(data.resolve("synthetic.csv"), "age,sex\n54,F\n61,M\n");
        assertThat(run("dataset", "register", "synth-cohort", "--owner", "Dr Roux", "--origin", "internal",
                "--personal-data", "synthetic").exitCode()).isZero();
        CliRun unlabelled = run("dataset", "check", "synth-cohort", "--format", "json");
        assertThat(unlabelled.exitCode()).isEqualTo(Main.NOT_ALLOWED);
        assertThat(unlabelled.out()).contains("synthetic-label");

        CliRun noLabel = run("dataset", "attach", "synth-cohort", synthetic.toString());
        assertThat(noLabel.exitCode()).isEqualTo(Main.USAGE);
        assertThat(noLabel.err()).contains("no provenance label");

        assertThat(run("label", synthetic.toString(), "--model", "gaussian-copula", "--provider", "passerelle", "--synthetic")
                .exitCode()).isZero();
        CliRun attached = run("dataset", "attach", "synth-cohort", synthetic.toString());
        assertThat(attached.exitCode()).as(attached.err()).isZero();
        assertThat(run("dataset", "check", "synth-cohort").exitCode()).isZero();

        Files.writeString(synthetic, "age,sex\n54,F\n");
        CliRun changed = run("dataset", "attach", "synth-cohort", synthetic.toString());
        assertThat(changed.exitCode()).isEqualTo(Main.USAGE);
        assertThat(changed.err()).contains("changed since it was labelled");
    }

    @Test
    void history_keeps_which_fields_changed_never_their_values() {
        String canary = "CANARY-7f3a-Secret-Study-Title";
        run("dataset", "register", "ds", "--owner", "Dr A", "--origin", "partner", "--personal-data", "none",
                "--description", canary);
        run("dataset", "update", "ds", "--terms", canary + " agreement");
        run("dataset", "update", "ds", "--terms", canary + " agreement"); // unchanged: no new history line
        CliRun shown = run("dataset", "show", "ds");
        String history = shown.out().substring(shown.out().indexOf("history:"));
        assertThat(history.lines().filter(line -> line.contains("admin-cli"))).hasSize(2);
        assertThat(history).doesNotContain(canary).contains("registered").contains("updated").contains("terms");
    }

    @Test
    void bad_input_exits_2_with_a_one_line_reason() {
        run("dataset", "register", "ds", "--owner", "Dr A", "--origin", "internal", "--personal-data", "none");
        CliRun[] runs = {
                run("dataset", "register", "ds", "--owner", "Dr A", "--origin", "internal", "--personal-data", "none"),
                run("dataset", "register", "x", "--owner", "Dr A", "--origin", "moon", "--personal-data", "none"),
                run("dataset", "register", "x", "--origin", "internal", "--personal-data", "none"),
                run("dataset", "register", "x", "--owner", "A", "--origin", "internal", "--personal-data", "none", "--retention", "soon"),
                run("dataset", "register", "x", "--owner", "A", "--origin", "internal", "--personal-data", "none", "--processing", "nope"),
                run("dataset", "update", "ds", "--owner", ""),
                run("dataset", "check", "nope"),
                run("dataset", "check", "ds", "--purpose", "marketing"),
                run("dataset", "check", "ds", "--format", "xml"),
        };
        for (CliRun bad : runs) {
            assertThat(bad.exitCode()).as(bad.err()).isEqualTo(Main.USAGE);
            assertThat(bad.err().strip().lines().count()).as(bad.err()).isEqualTo(1);
        }
        assertThat(runs[0].err()).contains("already registered");
        assertThat(runs[1].err()).contains("origin: expected one of internal, cohort, partner, public, web-collection");
        assertThat(runs[2].err()).contains("owner");
        assertThat(runs[7].err()).contains("unknown purpose");
    }

    @Test
    void rules_are_printed_and_a_configured_rules_file_is_used() throws IOException {
        CliRun rules = run("dataset", "rules");
        assertThat(rules.out()).contains("section 7").contains("- id: gdpr-legal-basis");
        Path strict = Files.writeString(data.resolve("strict.yaml"), """
                purposes: {training: {fr: entraîner, en: training}}
                contact: {fr: Écrire à la DPO., en: Write to the DPO.}
                rules:
                  - id: description-required
                    require: {description: present}
                    message: {fr: Décrivez le jeu., en: Describe the dataset.}
                    source: local rule
                """);
        Path config = Files.writeString(data.resolve("passerelle.yaml"), "dataset-rules: strict.yaml\n");
        assertThat(run("dataset", "register", "ds", "--owner", "A", "--origin", "internal", "--personal-data", "none",
                "--config", config.toString()).exitCode()).isZero();
        CliRun checked = run("dataset", "check", "ds", "--config", config.toString(), "--lang", "en");
        assertThat(checked.exitCode()).isEqualTo(Main.NOT_ALLOWED);
        assertThat(checked.out()).contains("Describe the dataset.").contains("local rule").contains("Write to the DPO.");
        Files.writeString(data.resolve("strict.yaml"), "purposes: {}\n");
        CliRun broken = run("dataset", "check", "ds", "--config", config.toString());
        assertThat(broken.exitCode()).isEqualTo(Main.USAGE);
        assertThat(broken.err()).contains("strict.yaml: purposes");
    }
}
