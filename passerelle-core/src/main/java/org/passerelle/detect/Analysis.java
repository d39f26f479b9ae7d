package org.passerelle.detect;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the detector found in one text: findings sorted by position (no two overlap) and the
 * document's classification. Holds no text.
 *
 * @param findings       spans, sorted by start
 * @param classification sensitive or not, with reasons
 * @param complete       false when a recognizer failed: the classification is then fail-closed
 */
public record Analysis(List<Finding> findings, Classification classification, boolean complete) {

    public Analysis {
        findings = List.copyOf(findings);
    }

    /** How many findings of each label, for reports and audit records. */
    public Map<Label, Integer> counts() {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Finding finding : findings) {
            counts.merge(finding.label(), 1, Integer::sum);
        }
        return counts;
    }
}
