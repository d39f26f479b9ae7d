package org.passerelle.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.PasserelleException;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Reason;
import org.passerelle.extract.TextExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code passerelle scan}: is this file sensitive, and where? */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Scans files (PDF, Word, ODT, spreadsheets, CSV, HTML, text) or standard input for",
                "sensitive data: names, social-security numbers, patient ids, dates, contacts,",
                "confidentiality markers... and says whether each is sensitive and why.",
                "Matched text is masked unless --show is given; nothing is written anywhere."},
        footer = {"", "Exit codes: 0 nothing sensitive, 3 at least one input is sensitive, 2 bad input or",
                "usage, 1 other failure. Suitable for scripts and pre-commit hooks."})
final class ScanCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to scan; - reads UTF-8 text from standard input.")
    List<String> inputs;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    @Option(names = "--show", description = "Show the matched text instead of a masked preview (on your own terminal only).")
    boolean show;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest file accepted, in bytes (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + TextExtractor.DEFAULT_MAX_BYTES)
    long maxBytes;

    private InputStream stdin = System.in;

    /** For tests: what "-" reads. */
    ScanCommand withStdin(InputStream input) {
        this.stdin = input;
        return this;
    }

    @Override
    public Integer call() {
        Detector detector = Detector.withDefaults();
        TextExtractor extractor = new TextExtractor(maxBytes, TextExtractor.DEFAULT_MAX_CHARS);
        PrintWriter out = spec.commandLine().getOut();
        boolean anySensitive = false;
        ArrayNode reports = FootprintCommand.MAPPER.createArrayNode();
        for (String input : inputs) {
            String text = read(extractor, input);
            Analysis analysis = detector.analyze(text);
            anySensitive |= analysis.classification().sensitive();
            if (format == Format.json) {
                reports.add(json(input, text, analysis));
            } else {
                printText(out, input, text, analysis);
            }
        }
        if (format == Format.json) {
            out.println(reports.toPrettyString());
        }
        return anySensitive ? Main.SENSITIVE : Main.OK;
    }

    private String read(TextExtractor extractor, String input) {
        if (input.equals("-")) {
            try {
                byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "input-too-large",
                            "standard input is larger than the limit of " + maxBytes + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "unreadable-input",
                        "cannot read standard input (" + e.getClass().getSimpleName() + ")");
            }
        }
        Path path = Path.of(input);
        if (!Files.isRegularFile(path)) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "no-such-file",
                    input + ": no such file");
        }
        try (InputStream stream = Files.newInputStream(path)) {
            return extractor.extract(path.getFileName().toString(), stream).text();
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "unreadable-input",
                    input + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (PasserelleException e) {
            throw new PasserelleException(e.kind(), e.code(), input + ": " + e.getMessage());
        }
    }

    private void printText(PrintWriter out, String input, String text, Analysis analysis) {
        String verdict = analysis.classification().sensitive()
                ? "SENSITIVE (" + analysis.classification().reasons().stream().map(Reason::name).sorted()
                .collect(Collectors.joining(", ")) + ")"
                : "not sensitive";
        out.printf("%s: %s, %d finding%s%n", input.equals("-") ? "<stdin>" : input, verdict,
                analysis.findings().size(), analysis.findings().size() == 1 ? "" : "s");
        if (!analysis.complete()) {
            out.println("  warning: the text could not be fully analysed; treated as sensitive");
        }
        if (analysis.findings().isEmpty()) {
            return;
        }
        out.printf("  %-13s %9s %6s  %s%n", "label", "line:col", "score", show ? "text" : "preview");
        LineIndex lines = new LineIndex(text);
        for (Finding finding : analysis.findings()) {
            out.printf("  %-13s %9s %6.2f  %s%n", finding.label(), lines.position(finding.start()), finding.score(),
                    preview(text, finding));
        }
    }

    private ObjectNode json(String input, String text, Analysis analysis) {
        ObjectNode node = FootprintCommand.MAPPER.createObjectNode();
        node.put("input", input);
        node.put("sensitive", analysis.classification().sensitive());
        ArrayNode reasons = node.putArray("reasons");
        analysis.classification().reasons().stream().map(Reason::name).sorted().forEach(reasons::add);
        node.put("complete", analysis.complete());
        ObjectNode counts = node.putObject("counts");
        analysis.counts().forEach((label, count) -> counts.put(label.name(), count));
        ArrayNode findings = node.putArray("findings");
        LineIndex lines = new LineIndex(text);
        for (Finding finding : analysis.findings()) {
            ObjectNode item = findings.addObject();
            item.put("label", finding.label().name());
            item.put("start", finding.start());
            item.put("end", finding.end());
            item.put("line", lines.line(finding.start()));
            item.put("column", lines.column(finding.start()));
            item.put("score", finding.score());
            item.put("recognizer", finding.explanation().recognizer());
            item.put("rule", finding.explanation().rule());
            item.put(show ? "text" : "preview", preview(text, finding));
        }
        return node;
    }

    private String preview(String text, Finding finding) {
        String span = text.substring(finding.start(), finding.end());
        return show ? span.replace('\n', ' ') : mask(span);
    }

    /**
     * Keeps the first letter of each word and the first digit of the span, and masks the other
     * letters and digits: {@code J*** D*****}, {@code 0* ** ** ** **}. A number's other groups
     * are masked whole: the first digit of each would give away a number typed one digit a box.
     */
    static String mask(String span) {
        StringBuilder masked = new StringBuilder(span.length());
        boolean wordStart = true;
        boolean first = true;
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                masked.append(first || wordStart && Character.isLetter(c) ? c : '*');
                wordStart = false;
                first = false;
            } else {
                masked.append(c == '\n' ? ' ' : c);
                wordStart = true;
            }
        }
        return masked.toString();
    }

    /** Line and column (1-based) of an offset. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int line(int offset) {
            int index = java.util.Collections.binarySearch(starts, offset);
            return index >= 0 ? index + 1 : -index - 1;
        }

        int column(int offset) {
            return offset - starts.get(line(offset) - 1) + 1;
        }

        String position(int offset) {
            return line(offset) + ":" + column(offset);
        }
    }
}
