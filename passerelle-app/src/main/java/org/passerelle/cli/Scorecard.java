package org.passerelle.cli;

import org.passerelle.detect.Analysis;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Label;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Detection scores over a corpus (docs/detection-labels.md): a predicted span is correct when a
 * gold span of the same label overlaps it, and a gold span is found when a predicted span of the
 * same label overlaps it. Per label and overall precision, recall, F1 and support; document-level
 * accuracy, recall on sensitive documents and false-alarm rate on the others.
 */
final class Scorecard {

    /** Counts for one label. */
    static final class Counts {
        int predicted;
        int predictedCorrect;
        int gold;
        int goldFound;

        double precision() {
            return predicted == 0 ? 1.0 : (double) predictedCorrect / predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) goldFound / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final Map<Label, Counts> labels = new EnumMap<>(Label.class);
    final Counts overall = new Counts();
    int documents;
    int classified;
    int correct;
    int sensitiveDocuments;
    int sensitiveFound;
    int harmlessDocuments;
    int falseAlarms;

    void add(EvaluationCorpus.Entry entry, Analysis analysis) {
        documents++;
        List<Finding> findings = analysis.findings();
        for (Finding finding : findings) {
            Counts counts = labels.computeIfAbsent(finding.label(), l -> new Counts());
            counts.predicted++;
            overall.predicted++;
            boolean correctSpan = entry.spans().stream().anyMatch(span -> span.label() == finding.label()
                    && span.start() < finding.end() && finding.start() < span.end());
            if (correctSpan) {
                counts.predictedCorrect++;
                overall.predictedCorrect++;
            }
        }
        for (EvaluationCorpus.Span span : entry.spans()) {
            Counts counts = labels.computeIfAbsent(span.label(), l -> new Counts());
            counts.gold++;
            overall.gold++;
            boolean found = findings.stream().anyMatch(finding -> finding.label() == span.label()
                    && span.start() < finding.end() && finding.start() < span.end());
            if (found) {
                counts.goldFound++;
                overall.goldFound++;
            }
        }
        if (entry.sensitive() != null) {
            classified++;
            boolean predicted = analysis.classification().sensitive();
            if (predicted == entry.sensitive()) {
                correct++;
            }
            if (entry.sensitive()) {
                sensitiveDocuments++;
                if (predicted) {
                    sensitiveFound++;
                }
            } else {
                harmlessDocuments++;
                if (predicted) {
                    falseAlarms++;
                }
            }
        }
    }

    double accuracy() {
        return classified == 0 ? Double.NaN : (double) correct / classified;
    }

    double sensitiveRecall() {
        return sensitiveDocuments == 0 ? Double.NaN : (double) sensitiveFound / sensitiveDocuments;
    }

    double falseAlarmRate() {
        return harmlessDocuments == 0 ? Double.NaN : (double) falseAlarms / harmlessDocuments;
    }
}
