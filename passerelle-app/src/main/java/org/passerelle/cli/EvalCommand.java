package org.passerelle.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code passerelle eval}: scores the detector on an annotated corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the detector on an annotated corpus (JSON Lines): Passerelle's format",
                "(id, text, spans, sensitive) or AP-HP eds-pseudo's (note_text, entities).",
                "A predicted span counts when it has the gold label and overlaps the gold span."})
final class EvalCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS.jsonl", description = "The annotated corpus.")
    Path corpus;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    @Option(names = "--errors", description = "Also list each miss and false alarm with its text, for tuning on your own corpus (prints corpus content).")
    boolean errors;

    @Override
    public Integer call() {
        List<EvaluationCorpus.Entry> entries = EvaluationCorpus.read(corpus);
        Detector detector = Detector.withDefaults();
        Scorecard scorecard = new Scorecard();
        for (EvaluationCorpus.Entry entry : entries) {
            org.passerelle.detect.Analysis analysis = detector.analyze(entry.text());
            scorecard.add(entry, analysis);
            if (errors) {
                printErrors(spec.commandLine().getOut(), entry, analysis);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(scorecard).toPrettyString());
        } else {
            printText(out, scorecard);
        }
        return Main.OK;
    }

    private static void printErrors(PrintWriter out, EvaluationCorpus.Entry entry, org.passerelle.detect.Analysis analysis) {
        String text = entry.text();
        for (EvaluationCorpus.Span span : entry.spans()) {
            boolean found = analysis.findings().stream().anyMatch(f -> f.label() == span.label()
                    && span.start() < f.end() && f.start() < span.end());
            if (!found) {
                out.printf("MISS %s %-12s %s%n", entry.id(), span.label(), context(text, span.start(), span.end()));
            }
        }
        for (org.passerelle.detect.Finding finding : analysis.findings()) {
            boolean correct = entry.spans().stream().anyMatch(span -> span.label() == finding.label()
                    && span.start() < finding.end() && finding.start() < span.end());
            if (!correct) {
                out.printf("FALSE %s %-12s %s (%s)%n", entry.id(), finding.label(),
                        context(text, finding.start(), finding.end()), finding.explanation());
            }
        }
        if (entry.sensitive() != null && entry.sensitive() != analysis.classification().sensitive()) {
            out.printf("DOC %s expected %s got %s%n", entry.id(), entry.sensitive(), analysis.classification());
        }
    }

    private static String context(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        return (before + "[" + text.substring(start, end) + "]" + after).replace('\n', '⏎');
    }

    private static void printText(PrintWriter out, Scorecard scorecard) {
        out.printf("%-14s %9s %9s %9s %9s%n", "label", "precision", "recall", "f1", "support");
        for (Map.Entry<Label, Scorecard.Counts> entry : scorecard.labels.entrySet()) {
            Scorecard.Counts counts = entry.getValue();
            out.printf("%-14s %9.3f %9.3f %9.3f %9d%n", entry.getKey(), counts.precision(), counts.recall(), counts.f1(),
                    counts.gold);
        }
        Scorecard.Counts overall = scorecard.overall;
        out.printf("%-14s %9.3f %9.3f %9.3f %9d%n", "overall", overall.precision(), overall.recall(), overall.f1(),
                overall.gold);
        out.println();
        out.printf("documents: %d (%d with a sensitivity label)%n", scorecard.documents, scorecard.classified);
        if (scorecard.classified > 0) {
            out.printf("accuracy %.3f, sensitive-document recall %.3f, false alarms %.3f (%d of %d)%n",
                    scorecard.accuracy(), scorecard.sensitiveRecall(), scorecard.falseAlarmRate(),
                    scorecard.falseAlarms, scorecard.harmlessDocuments);
        }
    }

    private static ObjectNode json(Scorecard scorecard) {
        ObjectNode root = FootprintCommand.MAPPER.createObjectNode();
        ObjectNode labels = root.putObject("labels");
        scorecard.labels.forEach((label, counts) -> counts(labels.putObject(label.name()), counts));
        counts(root.putObject("overall"), scorecard.overall);
        ObjectNode documents = root.putObject("documents");
        documents.put("count", scorecard.documents);
        if (scorecard.classified > 0) {
            documents.put("accuracy", scorecard.accuracy());
            documents.put("sensitive_recall", scorecard.sensitiveRecall());
            documents.put("false_alarm_rate", scorecard.falseAlarmRate());
        } else {
            documents.putNull("accuracy");
            documents.putNull("sensitive_recall");
            documents.putNull("false_alarm_rate");
        }
        return root;
    }

    private static void counts(ObjectNode node, Scorecard.Counts counts) {
        node.put("precision", counts.precision());
        node.put("recall", counts.recall());
        node.put("f1", counts.f1());
        node.put("support", counts.gold);
    }
}
