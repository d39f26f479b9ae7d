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
    void a_new_key_given_with_input_and_output_is_created_then_used() throws Exception {
        Path text = Files.writeString(dir.resolve("lettre.txt"), LETTER);
        Path key = dir.resolve("new.key");

        CliRun run = CliRun.of("pseudonymize", "--new-key", key.toString(), text.toString(), dir.resolve("out.txt").toString());
        CliRun both = CliRun.of("pseudonymize", "--new-key", dir.resolve("other.key").toString(), "--key", key.toString(),
                text.toString(), dir.resolve("out2.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(Files.readString(dir.resolve("out.txt"))).doesNotContain("LEBRETON").contains("syndrome coronarien aigu");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        assertThat(dir.resolve("other.key")).doesNotExist();
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
        assertThat(xlsx.err()).contains("not a readable XLSX workbook");
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

    @Test
    void an_xlsx_sheet_is_pseudonymised_with_a_rules_file() throws Exception {
        Path key = dir.resolve("k.key");
        CliRun.of("pseudonymize", "--new-key", key.toString());
        Path in = dir.resolve("suivi.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(in)) {
            var sheet = workbook.createSheet("suivi");
            String[][] cells = {{"ipp", "nom", "date_visite", "age", "commentaire"},
                    {"800274101", "DUPONT", "2025-03-02", "67", "M. DUPONT va mieux"},
                    {"800274101", "DUPONT", "2025-04-14", "67", "Revu, stable"},
                    {"800274102", "MARTIN", "2025-05-20", "45", "Mme MARTIN, tél. 06 12 34 56 78"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (r > 0 && c == 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[r][c]));
                    } else {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        Path rules = Files.writeString(dir.resolve("regles.yaml"), """
                # Study ABC: how its follow-up sheet is pseudonymised
                person: ipp
                columns:
                  ipp: id
                  nom: drop
                  date_visite: date
                  age: age
                  commentaire: text
                quasi: [age]
                k: 2
                """);
        Path out = dir.resolve("suivi-pseudo.xlsx");

        CliRun run = CliRun.of("pseudonymize", in.toString(), out.toString(), "--key", key.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 rows").contains("k-anonymity over [age]");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("date_visite");
            String first = sheet.getRow(1).getCell(0).getStringCellValue();
            assertThat(first).matches("P-[A-Z]{8}").isEqualTo(sheet.getRow(2).getCell(0).getStringCellValue());
            long days = java.time.temporal.ChronoUnit.DAYS.between(
                    java.time.LocalDate.parse(sheet.getRow(1).getCell(1).getStringCellValue()),
                    java.time.LocalDate.parse(sheet.getRow(2).getCell(1).getStringCellValue()));
            assertThat(days).isEqualTo(43); // 2 March to 14 April: the person's interval is kept
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('|')));
            assertThat(all.toString()).doesNotContain("DUPONT", "MARTIN", "800274101", "06 12 34 56 78").contains("65-69");
        }

        Files.writeString(rules, "columns: {ipp: scramble}\n");
        CliRun bad = CliRun.of("pseudonymize", in.toString(), dir.resolve("x.xlsx").toString(), "--key", key.toString(),
                "--rules", rules.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("columns.ipp: unknown rule 'scramble'");
    }

    @Test
    void a_report_names_the_key_and_another_key_is_refused_for_the_same_output() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(notes.resolve("n" + i + ".txt"), i % 2 == 0 ? LETTER : FOLLOW_UP);
        }
        Path key = dir.resolve("a.key");
        Path other = dir.resolve("b.key");
        CliRun.of("pseudonymize", "--new-key", key.toString());
        CliRun.of("pseudonymize", "--new-key", other.toString());

        CliRun one = CliRun.of("pseudonymize", notes.toString(), dir.resolve("one").toString(), "--key", key.toString(),
                "--threads", "1", "--progress");
        CliRun four = CliRun.of("pseudonymize", notes.toString(), dir.resolve("four").toString(), "--key", key.toString(),
                "--threads", "4");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.err()).contains("12/12 files");
        assertThat(four.err()).isEmpty();
        for (int i = 0; i < 12; i++) {
            assertThat(Files.readString(dir.resolve("four/n" + i + ".txt"))).isEqualTo(Files.readString(dir.resolve("one/n" + i + ".txt")));
        }
        String report = Files.readString(dir.resolve("one.pseudonymisation.json"));
        String fingerprint = one.out().replaceAll("(?s).*key fingerprint ([A-Z]{8}).*", "$1");
        assertThat(report).contains("\"key_fingerprint\" : \"" + fingerprint + "\"").contains("\"LAST_NAME\"")
                .contains("\"records\" : 12").doesNotContain("LEBRETON");

        CliRun wrong = CliRun.of("pseudonymize", notes.toString(), dir.resolve("one").toString(), "--key", other.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("was pseudonymised with another key").contains(fingerprint);
        assertThat(Files.readString(dir.resolve("one/n0.txt"))).isEqualTo(Files.readString(dir.resolve("four/n0.txt")));
        assertThat(CliRun.of("pseudonymize", notes.toString(), dir.resolve("one").toString(), "--key", key.toString())
                .exitCode()).isZero();
    }

    @Test
    void a_table_below_the_target_k_gets_the_generalisations_that_would_reach_it() throws Exception {
        Path key = dir.resolve("k.key");
        CliRun.of("pseudonymize", "--new-key", key.toString());
        StringBuilder csv = new StringBuilder("ipp,age,code_postal,sexe\n");
        for (int i = 0; i < 300; i++) {
            csv.append(1000 + i).append(',').append(30 + i % 50).append(',').append(i % 2 == 0 ? "75013" : "69003")
                    .append(',').append(i % 3 == 0 ? "F" : "M").append('\n');
        }
        Path in = Files.writeString(dir.resolve("t.csv"), csv);
        CliRun run = CliRun.of("pseudonymize", in.toString(), dir.resolve("o.csv").toString(), "--key", key.toString(),
                "--id", "ipp", "--age", "age", "--postcode", "code_postal", "--quasi", "age,code_postal,sexe", "--k", "10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("to reach k = 10, generalise: age to 10-year bands");
    }

    @Test
    void surrogates_replace_names_and_dates_with_realistic_stand_ins() throws Exception {
        Path key = dir.resolve("k.key");
        CliRun.of("pseudonymize", "--new-key", key.toString());
        Path text = Files.writeString(dir.resolve("lettre.txt"), LETTER);
        CliRun run = CliRun.of("pseudonymize", text.toString(), dir.resolve("out.txt").toString(), "--key", key.toString(),
                "--surrogates");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = Files.readString(dir.resolve("out.txt"));
        assertThat(out).doesNotContain("LEBRETON", "Gérard", "02/11/1949", "06 12 34 56 78", "[NOM_", "[PRENOM_")
                .contains("@example.org").contains("[NIR_").contains("syndrome coronarien aigu");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
