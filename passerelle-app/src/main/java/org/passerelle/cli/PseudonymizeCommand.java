package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Label;
import org.passerelle.pseudo.Pseudonymizer;
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
                "Tables (CSV, XLSX) with per-column rules are not supported yet."})
final class PseudonymizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "IN", arity = "0..1", description = "A text file or a folder.")
    Path in;
    @Parameters(index = "1", paramLabel = "OUT", arity = "0..1", description = "The output file or folder (not IN).")
    Path out;
    @Option(names = "--key", paramLabel = "FILE", description = "The secret key file (32 bytes or more).")
    Path keyFile;
    @Option(names = "--new-key", paramLabel = "FILE", description = "Writes a new random key to FILE (readable by you only) and exits.")
    Path newKey;

    @Override
    public Integer call() throws IOException {
        PrintWriter printer = spec.commandLine().getOut();
        if (newKey != null) {
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
            return Main.OK;
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
            if (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".ods")) {
                throw invalid("tables-not-supported", job[0] + ": tables are not supported yet (free text only)");
            }
        }
        Pseudonymizer pseudonymizer = new Pseudonymizer(Detector.withDefaults(), key);
        Map<Label, Integer> totals = new EnumMap<>(Label.class);
        long characters = 0;
        long started = System.nanoTime();
        for (Path[] job : jobs) {
            String text = read(job[0]);
            Pseudonymizer.Result result = pseudonymizer.pseudonymize(text);
            Path parent = job[1].toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(job[1], result.text(), StandardCharsets.UTF_8);
            result.replaced().forEach((label, count) -> totals.merge(label, count, Integer::sum));
            characters += text.length();
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        printer.printf(Locale.ROOT, "%d file(s), %d characters, %.1f MB/s; replaced:%n", jobs.size(), characters,
                characters / 1e6 / seconds);
        if (totals.isEmpty()) {
            printer.println("  nothing");
        }
        totals.forEach((label, count) -> printer.printf(Locale.ROOT, "  %-12s %d%n", label, count));
        return Main.OK;
    }

    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("not-text", file + ": not UTF-8 text (convert it, or extract its text with scan first)");
        }
    }

    private static PasserelleException invalid(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, code, message);
    }
}
