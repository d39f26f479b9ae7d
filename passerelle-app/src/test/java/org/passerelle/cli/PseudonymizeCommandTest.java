package org.passerelle.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymizeCommandTest {

    @TempDir
    Path dir;

    private static final String LETTER = "Compte rendu de M. Gérard LEBRETON, né le 02/11/1949, NIR 1 49 11 35 238 012 07, "
            + "joignable au 06 12 34 56 78 (gerard.lebreton@example.org), hospitalisé pour syndrome coronarien aigu.\n";
    private static final String FOLLOW_UP = "Revu en consultation : M. Lebreton Gérard va bien, traitement poursuivi.\n";

    @Test
    void a_folder_is_pseudonymised_with_the_same_placeholders_across_files_and_runs() throws Exception {
        Path key = dir.resolve("projet.key");
        Path notes = Files.createDirectories(dir.resolve("notes/2026"));
        Files.writeString(notes.resolve("lettre.txt"), LETTER);
        Files.writeString(notes.resolve("suivi.txt"), FOLLOW_UP);

        CliRun created = CliRun.of("pseudonymize", "--new-key", key.toString());
        CliRun first = CliRun.of("pseudonymize", dir.resolve("notes").toString(), dir.resolve("out1").toString(), "--key", key.toString());
        CliRun second = CliRun.of("pseudonymize", dir.resolve("notes").toString(), dir.resolve("out2").toString(), "--key", key.toString());

        assertThat(created.exitCode()).isZero();
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(created.out()).doesNotContain(new String(Files.readAllBytes(key), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(first.exitCode()).as(first.err()).isZero();
        String letter = Files.readString(dir.resolve("out1/2026/lettre.txt"));
        String followUp = Files.readString(dir.resolve("out1/2026/suivi.txt"));
        assertThat(letter).doesNotContain("LEBRETON", "Gérard", "1949", "06 12 34 56 78", "example.org", "238 012")
                .contains("syndrome coronarien aigu");
        String name = letter.replaceAll("(?s).*(\\[NOM_[A-Z]{6}]).*", "$1");
        assertThat(followUp).contains(name).doesNotContain("Lebreton");
        assertThat(Files.readString(dir.resolve("out2/2026/lettre.txt"))).isEqualTo(letter);
        assertThat(first.out()).contains("2 file(s)").contains("LAST_NAME").contains("NIR").doesNotContain("LEBRETON");
    }

    @Test
    void bad_input_exits_2_with_a_one_line_reason() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), LETTER);
        Path table = Files.writeString(dir.resolve("t.csv"), "nom;ddn\nDUPONT;01/02/1960\n");
        Path shortKey = Files.write(dir.resolve("short.key"), new byte[8]);
        Path key = dir.resolve("good.key");
        CliRun.of("pseudonymize", "--new-key", key.toString());

        CliRun noKey = CliRun.of("pseudonymize", text.toString(), dir.resolve("o.txt").toString());
        CliRun tooShort = CliRun.of("pseudonymize", text.toString(), dir.resolve("o.txt").toString(), "--key", shortKey.toString());
        CliRun missingKey = CliRun.of("pseudonymize", text.toString(), dir.resolve("o.txt").toString(), "--key", "nope.key");
        CliRun same = CliRun.of("pseudonymize", text.toString(), text.toString(), "--key", key.toString());
        CliRun csv = CliRun.of("pseudonymize", table.toString(), dir.resolve("o.csv").toString(), "--key", key.toString());
        CliRun overwriteKey = CliRun.of("pseudonymize", "--new-key", key.toString());

        for (CliRun run : new CliRun[] {noKey, tooShort, missingKey, same, csv, overwriteKey}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip().lines().count()).isLessThanOrEqualTo(2);
        }
        assertThat(tooShort.err()).contains("8 bytes");
        assertThat(csv.err()).contains("tables are not supported yet");
        assertThat(Files.readString(text)).isEqualTo(LETTER);
    }
}
