package org.passerelle.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Path sheet = Files.writeString(dir.resolve("t.xlsx"), "not really a spreadsheet");
        Path shortKey = Files.write(dir.resolve("short.key"), new byte[8]);
        Path key = dir.resolve("good.key");
        CliRun.of("pseudonymize", "--new-key", key.toString());

        CliRun noKey = CliRun.of("pseudonymize", text.toString(), dir.resolve("o.txt").toString());
        CliRun tooShort = CliRun.of("pseudonymize", text.toString(), dir.resolve("o.txt").toString(), "--key", shortKey.toString());
        CliRun missingKey = CliRun.of("pseudonymize", text.toString(), dir.resolve("o.txt").toString(), "--key", "nope.key");
        CliRun same = CliRun.of("pseudonymize", text.toString(), text.toString(), "--key", key.toString());
        CliRun csv = CliRun.of("pseudonymize", table.toString(), dir.resolve("o.csv").toString(), "--key", key.toString());
        CliRun unknownColumn = CliRun.of("pseudonymize", table.toString(), dir.resolve("o.csv").toString(), "--key", key.toString(),
                "--id", "ipp");
        CliRun xlsx = CliRun.of("pseudonymize", sheet.toString(), dir.resolve("o.xlsx").toString(), "--key", key.toString());
        CliRun overwriteKey = CliRun.of("pseudonymize", "--new-key", key.toString());

        for (CliRun run : new CliRun[] {noKey, tooShort, missingKey, same, csv, overwriteKey, unknownColumn, xlsx}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip().lines().count()).isLessThanOrEqualTo(2);
        }
        assertThat(tooShort.err()).contains("8 bytes");
        assertThat(csv.err()).contains("needs column rules");
        assertThat(unknownColumn.err()).contains("no column is named 'ipp'");
        assertThat(xlsx.err()).contains("save the spreadsheet as CSV");
        assertThat(Files.readString(text)).isEqualTo(LETTER);
    }

    @Test
    void a_table_is_pseudonymised_column_by_column_keeping_intervals_per_person() throws Exception {
        Path key = dir.resolve("k.key");
        CliRun.of("pseudonymize", "--new-key", key.toString());
        java.util.Random random = new java.util.Random(7);
        String[] names = {"DUPONT", "MARTIN", "LEBRETON", "NGUYEN", "BENALI", "ROUSSEAU"};
        StringBuilder csv = new StringBuilder("ipp;nom;date_naissance;date_visite;age;code_postal;sexe;note\n");
        java.util.Map<String, java.time.LocalDate[]> dates = new java.util.HashMap<>();
        for (int i = 0; i < 120; i++) {
            String ipp = "80027" + (41000 + i % 40);
            java.time.LocalDate birth = java.time.LocalDate.of(1940 + i % 40, 1 + i % 12, 1 + i % 28);
            java.time.LocalDate visit = java.time.LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
            dates.computeIfAbsent(ipp, k -> new java.time.LocalDate[] {birth, visit});
            csv.append(ipp).append(';').append(names[i % names.length]).append(';')
                    .append(birth.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).append(';')
                    .append(visit).append(';').append(85 - i % 40).append(';').append(i % 3 == 0 ? "75013" : "20090")
                    .append(';').append(i % 2 == 0 ? "F" : "M").append(';')
                    .append("\"Vu ce jour, M. ").append(names[i % names.length]).append(" va mieux; tél. 06 12 34 56 78\"\n");
        }
        Path in = Files.writeString(dir.resolve("cohorte.csv"), csv);
        String[] args = {"--key", key.toString(), "--id", "ipp", "--drop", "nom", "--date", "date_naissance,date_visite",
                "--age", "age", "--postcode", "code_postal", "--text", "note", "--quasi", "age,code_postal,sexe"};

        CliRun first = CliRun.of(concat(new String[] {"pseudonymize", in.toString(), dir.resolve("out1.csv").toString()}, args));
        CliRun second = CliRun.of(concat(new String[] {"pseudonymize", in.toString(), dir.resolve("out2.csv").toString()}, args));

        assertThat(first.exitCode()).as(first.err()).isZero();
        String output = Files.readString(dir.resolve("out1.csv"));
        assertThat(output).isEqualTo(Files.readString(dir.resolve("out2.csv")));
        assertThat(output.lines().findFirst().orElseThrow()).isEqualTo("ipp;date_naissance;date_visite;age;code_postal;sexe;note");
        for (String name : names) {
            assertThat(output).doesNotContain(name);
        }
        assertThat(output).doesNotContain("8002741000", "06 12 34 56 78", "75013", "20090");
        List<String[]> rows = output.lines().skip(1).map(line -> line.split(";", -1)).toList();
        java.util.Map<String, Long> intervals = new java.util.HashMap<>();
        for (String[] row : rows) {
            assertThat(row[0]).matches("P-[A-Z]{8}");
            assertThat(row[3]).matches("\\d+-\\d+|90\\+");
            assertThat(row[4]).isIn("75", "2A"); // 20090 is Ajaccio, Corse-du-Sud
            long days = java.time.temporal.ChronoUnit.DAYS.between(
                    java.time.LocalDate.parse(row[1], java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    java.time.LocalDate.parse(row[2]));
            Long seen = intervals.putIfAbsent(row[0], days);
            if (seen == null) {
                continue;
            }
        }
        // The interval between a person's birth and visit is the one in the source (same shift for both dates).
        String[] firstRow = csv.toString().lines().skip(1).findFirst().orElseThrow().split(";");
        long original = java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.parse(firstRow[2], java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                java.time.LocalDate.parse(firstRow[3]));
        assertThat(intervals.get(rows.get(0)[0])).isEqualTo(original);
        assertThat(rows.get(0)[1]).isNotEqualTo(firstRow[2]);
        assertThat(first.out()).contains("120 rows").contains("k-anonymity over [age, code_postal, sexe]: k = ")
                .contains("without age").doesNotContain("DUPONT");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
