package org.passerelle.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.Main;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.pseudo.Pseudonymizer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spark job in Spark's local mode against the command line on the same input and key: a
 * corpus of notes (the project's development corpus, one note per file) and a generated table.
 */
class PseudonymizeJobTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("passerelle-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static int cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static Path referenceData() {
        String configured = System.getProperty("passerelle.reference-data");
        return (configured != null ? Path.of(configured) : Path.of("..", "reference-data")).toAbsolutePath().normalize();
    }

    @Test
    void notes_come_out_as_the_command_line_writes_them_with_no_identifier_left() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        ObjectMapper json = new ObjectMapper();
        int count = 0;
        for (String line : Files.readAllLines(referenceData().resolve("detect-dev/corpus.jsonl"))) {
            JsonNode note = json.readTree(line);
            Path file = notes.resolve((count % 3 == 0 ? "2024/" : "2025/") + note.get("id").asText() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, note.get("text").asText());
            count++;
        }
        Path key = dir.resolve("study.key");
        cli("pseudonymize", "--new-key", key.toString());
        cli("pseudonymize", notes.toString(), dir.resolve("cli").toString(), "--key", key.toString());

        PseudonymizeJob.Summary summary = PseudonymizeJob.run(spark, JobOptions.parse("--notes", notes.toString(),
                "--output", dir.resolve("spark").toString(), "--key-file", key.toString()));

        assertThat(summary.records()).isEqualTo(count);
        assertThat(summary.changed()).containsKeys("LAST_NAME", "FIRST_NAME", "PHONE");
        List<Path> cliFiles;
        try (Stream<Path> files = Files.walk(dir.resolve("cli"))) {
            cliFiles = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(cliFiles).hasSize(count);
        Detector detector = Detector.withDefaults();
        for (Path cliFile : cliFiles) {
            Path sparkFile = dir.resolve("spark").resolve(dir.resolve("cli").relativize(cliFile).toString());
            String text = Files.readString(sparkFile);
            assertThat(text).as(sparkFile.toString()).isEqualTo(Files.readString(cliFile));
            boolean[] placeholder = new boolean[text.length()];
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\[[A-Z_]+_[A-Z]{6}]").matcher(text);
            while (matcher.find()) {
                java.util.Arrays.fill(placeholder, matcher.start(), matcher.end(), true);
            }
            // A finding is an identifier left when it holds a letter or digit outside the placeholders.
            List<Finding> left = detector.analyze(text).findings().stream()
                    .filter(f -> Pseudonymizer.REPLACED.contains(f.label()))
                    .filter(f -> java.util.stream.IntStream.range(f.start(), f.end())
                            .anyMatch(i -> !placeholder[i] && Character.isLetterOrDigit(text.charAt(i))))
                    .toList();
            assertThat(left).as(sparkFile + ": identifiers left").isEmpty();
        }
    }

    @Test
    void a_table_comes_out_as_the_command_line_writes_it() throws Exception {
        StringBuilder csv = new StringBuilder("ipp;nom;date_naissance;date_visite;age;code_postal;sexe;note\n");
        String[] names = {"DUPONT", "MARTIN", "LEBRETON", "NGUYEN", "BENALI", "ROUSSEAU"};
        for (int i = 0; i < 500; i++) {
            csv.append("80027").append(41000 + i % 90).append(';').append(names[i % names.length]).append(';')
                    .append(String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1940 + i % 50)).append(';')
                    .append(String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 27)).append(';').append(20 + i % 70).append(';')
                    .append(i % 3 == 0 ? "75013" : i % 3 == 1 ? "20090" : "97411").append(';').append(i % 2 == 0 ? "F" : "M")
                    .append(";\"Vu ce jour, M. ").append(names[i % names.length]).append(" va mieux; tél. 06 12 34 56 78\"\n");
        }
        Path table = Files.writeString(dir.resolve("cohorte.csv"), csv);
        Path key = dir.resolve("k.key");
        cli("pseudonymize", "--new-key", key.toString());
        String[] rules = {"--id", "ipp", "--drop", "nom", "--date", "date_naissance,date_visite", "--age", "age",
                "--postcode", "code_postal", "--text", "note"};
        List<String> cliArgs = new ArrayList<>(List.of("pseudonymize", table.toString(), dir.resolve("cli.csv").toString(),
                "--key", key.toString()));
        cliArgs.addAll(List.of(rules));
        cli(cliArgs.toArray(String[]::new));
        List<String> jobArgs = new ArrayList<>(List.of("--table", table.toString(), "--sep", ";", "--output",
                dir.resolve("spark-table").toString(), "--key-file", key.toString()));
        jobArgs.addAll(List.of(rules));

        PseudonymizeJob.Summary summary = PseudonymizeJob.run(spark, JobOptions.parse(jobArgs.toArray(String[]::new)));

        assertThat(summary.records()).isEqualTo(500);
        assertThat(summary.changed()).containsKeys("ipp", "date_naissance", "note").doesNotContainKey("nom");
        List<String> fromCli = rows(dir.resolve("cli.csv"));
        List<String> fromSpark = rows(dir.resolve("spark-table"));
        assertThat(fromSpark).hasSize(500).containsExactlyInAnyOrderElementsOf(fromCli);
        assertThat(String.join("\n", fromSpark)).doesNotContain("DUPONT", "8002741000", "06 12 34 56 78");
    }

    @Test
    void a_short_or_missing_key_and_bad_options_are_clear_errors() throws Exception {
        Path shortKey = Files.write(dir.resolve("short.key"), new byte[8]);
        assertThatThrownBy(() -> PseudonymizeJob.run(spark, JobOptions.parse("--notes", dir.toString(), "--output",
                dir.resolve("o").toString(), "--key-file", shortKey.toString()))).hasMessageContaining("8 bytes");
        assertThatThrownBy(() -> PseudonymizeJob.run(spark, JobOptions.parse("--notes", dir.toString(), "--output",
                dir.resolve("o").toString(), "--key-file", dir.resolve("none.key").toString()))).hasMessageContaining("no such key file");
        assertThatThrownBy(() -> JobOptions.parse("--table", "t.csv", "--output", "o", "--key-file", "k"))
                .hasMessageContaining("column rules");
        assertThatThrownBy(() -> JobOptions.parse("--output", "o", "--key-file", "k")).hasMessageContaining("--notes DIR or --table");
        assertThatThrownBy(() -> JobOptions.parse("--colour", "red")).hasMessageContaining("unknown option --colour");
    }

    /** A CSV file or a folder of part files, read by Spark the same way, as rows joined by '|'. */
    private static List<String> rows(Path location) {
        return spark.read().option("header", true).option("sep", ";").option("multiLine", true).option("escape", "\"")
                .csv(location.toString()).collectAsList().stream().map(PseudonymizeJobTest::line).toList();
    }

    private static String line(Row row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            text.append(row.isNullAt(i) ? "" : row.getString(i)).append('|');
        }
        return text.toString();
    }
}
