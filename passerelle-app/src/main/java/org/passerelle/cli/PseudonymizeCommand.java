package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Label;
import org.passerelle.pseudo.Pseudonymizer;
import org.passerelle.pseudo.TablePseudonymizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code passerelle pseudonymize IN OUT --key FILE}: free-text files (one, or a folder of them)
 * with every identifier the detector finds replaced by a keyed placeholder, consistent across
 * files and runs with the same key. Reports counts per label, never values.
 */
@Command(name = "pseudonymize", mixinStandardHelpOptions = true,
        description = {"Replaces identifiers in free-text files (a file, or a folder of them) by keyed placeholders",
                "such as [NOM_3F9A2C], the same for the same value under the same key, across files and runs.",
                "Create a key once with --new-key FILE and keep it secret; it is never printed.",
                "A CSV or XLSX table is pseudonymised column by column (--id, --date, --age, --postcode, --text, --drop, or",
                "a --rules FILE.yaml; other columns are kept), and --quasi COLS reports its k-anonymity."})
final class PseudonymizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "IN", arity = "0..1", description = "A text file or a folder.")
    Path in;
    @Parameters(index = "1", paramLabel = "OUT", arity = "0..1", description = "The output file or folder (not IN).")
    Path out;
    @Option(names = "--key", paramLabel = "FILE", description = "The secret key file (32 bytes or more).")
    Path keyFile;
    @Option(names = "--new-key", paramLabel = "FILE", description = "Writes a new random key to FILE (readable by you only); "
            + "with IN and OUT, pseudonymises with it, else exits.")
    Path newKey;
    @Option(names = "--id", split = ",", paramLabel = "COLS", description = "CSV: identifier columns → keyed pseudonyms (P-QXBKTAMR).")
    List<String> ids = new ArrayList<>();
    @Option(names = "--date", split = ",", paramLabel = "COLS", description = "CSV: date columns → shifted by the person's offset.")
    List<String> dates = new ArrayList<>();
    @Option(names = "--age", split = ",", paramLabel = "COLS", description = "CSV: age columns → five-year bands.")
    List<String> ages = new ArrayList<>();
    @Option(names = "--postcode", split = ",", paramLabel = "COLS", description = "CSV: postcode columns → département.")
    List<String> postcodes = new ArrayList<>();
    @Option(names = "--text", split = ",", paramLabel = "COLS", description = "CSV: free-text columns → the text rule.")
    List<String> texts = new ArrayList<>();
    @Option(names = "--drop", split = ",", paramLabel = "COLS", description = "CSV: columns to leave out.")
    List<String> drops = new ArrayList<>();
    @Option(names = "--person", paramLabel = "COL", description = "CSV: the column whose value shifts dates together (default: the first --id).")
    String person;
    @Option(names = "--quasi", split = ",", paramLabel = "COLS", description = "CSV: quasi-identifiers to report k-anonymity on, after pseudonymisation.")
    List<String> quasi = new ArrayList<>();
    @Option(names = "--k", description = "Tables: the k to reach (default: the rules file's, else 5).")
    Integer targetK;
    @Option(names = "--surrogates",
            description = "Free text: realistic stand-ins (names from the lexicons, dates shifted by one offset per key, fictional phones, example.org e-mails) instead of placeholders where they exist.")
    boolean surrogates;
    @Option(names = "--threads", paramLabel = "N", description = "Files pseudonymised at once (default: the number of cores).")
    Integer threads;
    @Option(names = "--progress", negatable = true,
            description = "Shows progress on standard error (default: when it is a terminal).")
    Boolean progress;
    @Option(names = "--rules", paramLabel = "FILE.yaml",
            description = "Tables: column rules in YAML (columns: {name: id|date|age|postcode|text|drop}, person, quasi, k); flags add to them.")
    Path rulesFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter printer = spec.commandLine().getOut();
        if (newKey != null) {
            if (keyFile != null) {
                throw invalid("two-keys", "give --key FILE or --new-key FILE, not both");
            }
            if ((in == null) != (out == null)) {
                throw invalid("missing-arguments", "give IN and OUT (or --new-key FILE alone)");
            }
            if (Files.exists(newKey)) {
                throw invalid("key-exists", newKey + " exists already; a key is never overwritten");
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.write(newKey, key);
            try {
                Files.setPosixFilePermissions(newKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // readable by its owner as the system allows
            }
            printer.println("new key written to " + newKey + "; keep it secret and safe: the same key gives the same pseudonyms");
            if (in == null) {
                return Main.OK;
            }
            keyFile = newKey; // "pseudonymize --new-key k.key notes/ out/": the key, then the work
        }
        if (in == null || out == null) {
            throw invalid("missing-arguments", "give IN and OUT (or --new-key FILE)");
        }
        if (keyFile == null) {
            throw invalid("missing-key", "--key FILE is required (create one with --new-key FILE)");
        }
        if (!Files.isRegularFile(keyFile)) {
            throw invalid("unreadable-key", keyFile + ": no such key file");
        }
        byte[] key = Files.readAllBytes(keyFile);
        if (key.length < Pseudonymizer.MIN_KEY_BYTES) {
            throw invalid("short-key", keyFile + " holds " + key.length + " bytes; a key has "
                    + Pseudonymizer.MIN_KEY_BYTES + " at least (create one with --new-key)");
        }
        if (!Files.exists(in)) {
            throw invalid("no-such-input", in + ": no such file or folder");
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw invalid("same-output", "OUT must differ from IN: the originals are never overwritten");
        }
        List<Path[]> jobs = new ArrayList<>();
        if (Files.isDirectory(in)) {
            if (out.toAbsolutePath().normalize().startsWith(in.toAbsolutePath().normalize())) {
                throw invalid("output-inside-input", "OUT must not be inside IN");
            }
            try (Stream<Path> files = Files.walk(in)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    jobs.add(new Path[] {file, out.resolve(in.relativize(file).toString())});
                }
            }
        } else {
            jobs.add(new Path[] {in, out});
        }
        for (Path[] job : jobs) {
            String name = job[0].getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xls") || name.endsWith(".ods") || (name.endsWith(".xlsx") && Files.isDirectory(in))) {
                throw invalid("spreadsheet-not-supported", job[0] + ": give spreadsheets one at a time, as XLSX or CSV");
            }
        }
        Pseudonymizer pseudonymizer = new Pseudonymizer(Detector.withDefaults(), key,
                surrogates ? Pseudonymizer.Mode.SURROGATES : Pseudonymizer.Mode.PLACEHOLDERS);
        if (Files.isRegularFile(in) && Tables.isTable(in)) {
            return table(pseudonymizer, key, printer);
        }
        Report report = Report.open(out, pseudonymizer.keyFingerprint());
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > 1024) {
            throw invalid("invalid-threads", "--threads: between 1 and 1024");
        }
        Map<Label, Integer> totals = new EnumMap<>(Label.class);
        long characters = 0;
        long started = System.nanoTime();
        Progress bar = new Progress(spec.commandLine().getErr(), progress != null ? progress : System.console() != null,
                jobs.size());
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers)) {
            List<java.util.concurrent.Future<Done>> results = new ArrayList<>();
            for (Path[] job : jobs) {
                results.add(pool.submit(() -> {
                    String text = Tables.text(job[0]);
                    Pseudonymizer.Result result = pseudonymizer.pseudonymize(text);
                    Path parent = job[1].toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Files.writeString(job[1], result.text(), StandardCharsets.UTF_8);
                    bar.done(text.length());
                    return new Done(text.length(), result.replaced());
                }));
            }
            for (java.util.concurrent.Future<Done> future : results) {
                Done done = await(future, results);
                done.replaced().forEach((label, count) -> totals.merge(label, count, Integer::sum));
                characters += done.characters();
            }
        } finally {
            bar.finish();
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        printer.printf(Locale.ROOT, "%d file(s), %d characters, %.1f MB/s on %d thread(s); replaced:%n", jobs.size(), characters,
                characters / 1e6 / seconds, Math.min(workers, jobs.size()));
        if (totals.isEmpty()) {
            printer.println("  nothing");
        }
        totals.forEach((label, count) -> printer.printf(Locale.ROOT, "  %-12s %d%n", label, count));
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        totals.forEach((label, count) -> counts.put(label.name(), (long) count));
        report.write(jobs.size(), characters, counts, Map.of());
        printer.println("key fingerprint " + pseudonymizer.keyFingerprint() + "; report in " + report.file().getFileName());
        return Main.OK;
    }

    /** What one file gave: its length and the labels replaced. */
    private record Done(long characters, Map<Label, Integer> replaced) {
    }

    /** A file's result, or the first failure (the other files are cancelled). */
    private static Done await(java.util.concurrent.Future<Done> future, List<java.util.concurrent.Future<Done>> all)
            throws IOException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            all.forEach(other -> other.cancel(true));
            if (e.getCause() instanceof PasserelleException known) {
                throw known;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "interrupted", "pseudonymisation interrupted");
        }
    }

    /** A CSV table, column by column, with its report and, when asked, its k-anonymity. */
    private int table(Pseudonymizer pseudonymizer, byte[] key, PrintWriter printer) throws IOException {
        Csv.Table table = Tables.read(in);
        Report report = Report.open(out, pseudonymizer.keyFingerprint());
        TableRules fromFile = rulesFile == null ? TableRules.NONE : TableRules.load(rulesFile);
        Map<String, TablePseudonymizer.Rule> rules = new java.util.LinkedHashMap<>(fromFile.columns());
        ids.forEach(c -> rules.put(c, TablePseudonymizer.Rule.ID));
        dates.forEach(c -> rules.put(c, TablePseudonymizer.Rule.DATE));
        ages.forEach(c -> rules.put(c, TablePseudonymizer.Rule.AGE));
        postcodes.forEach(c -> rules.put(c, TablePseudonymizer.Rule.POSTCODE));
        texts.forEach(c -> rules.put(c, TablePseudonymizer.Rule.TEXT));
        drops.forEach(c -> rules.put(c, TablePseudonymizer.Rule.DROP));
        if (rules.isEmpty()) {
            throw invalid("no-rules", "a CSV table needs column rules: --id, --date, --age, --postcode, --text or --drop");
        }
        TablePseudonymizer.Result result;
        try {
            result = new TablePseudonymizer(pseudonymizer, key).pseudonymize(table.header(), table.rows(), rules,
                    person != null ? person : fromFile.person());
        } catch (IllegalArgumentException e) {
            throw invalid("no-such-column", in + ": " + e.getMessage());
        }
        Tables.write(out, new Csv.Table(table.separator(), result.header(), result.rows()));
        report.write(result.rows().size(), 0, Map.of(), result.changed());
        printer.printf(Locale.ROOT, "%d rows, %d columns kept of %d; values changed per column:%n", result.rows().size(),
                result.header().size(), table.header().size());
        result.changed().forEach((column, count) -> printer.printf(Locale.ROOT, "  %-20s %d%n", column, count));
        result.unreadable().forEach((column, count) -> printer.printf(Locale.ROOT,
                "  %-20s %d values not understood, left empty%n", column, count));
        List<String> quasi = this.quasi.isEmpty() ? fromFile.quasi() : this.quasi;
        int targetK = this.targetK != null ? this.targetK : fromFile.k();
        if (targetK < 2) {
            throw invalid("invalid-k", "--k: 2 or more");
        }
        if (!quasi.isEmpty()) {
            TablePseudonymizer.Risk risk;
            try {
                risk = TablePseudonymizer.risk(result.header(), result.rows(), quasi, targetK);
            } catch (IllegalArgumentException e) {
                throw invalid("no-such-column", "--quasi: " + e.getMessage());
            }
            printer.printf(Locale.ROOT, "k-anonymity over %s: k = %d; %d rows in groups smaller than %d%n", quasi, risk.k(),
                    risk.rowsAtRisk(), targetK);
            risk.kWithout().forEach((column, k) -> printer.printf(Locale.ROOT, "  without %-20s k = %d%n", column, k));
            if (risk.k() < targetK) {
                java.util.Optional<org.passerelle.pseudo.Generalisation.Plan> plan =
                        org.passerelle.pseudo.Generalisation.toReach(result.header(), result.rows(), quasi, targetK);
                if (plan.isPresent()) {
                    printer.printf(Locale.ROOT, "to reach k = %d, generalise: %s (k = %d)%n", targetK,
                            plan.get().steps().entrySet().stream().map(e -> e.getKey() + " to " + e.getValue())
                                    .collect(java.util.stream.Collectors.joining(", ")), plan.get().k());
                } else {
                    printer.printf(Locale.ROOT, "k = %d cannot be reached by generalising these columns: fewer rows than k%n", targetK);
                }
            }
        }
        return Main.OK;
    }

    private static PasserelleException invalid(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, code, message);
    }
}
