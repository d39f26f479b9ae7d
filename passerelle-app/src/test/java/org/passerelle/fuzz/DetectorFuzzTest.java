package org.passerelle.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.passerelle.detect.Analysis;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector never fails on any text, and every finding lies within the text. */
class DetectorFuzzTest {

    private static final Detector DETECTOR = Detector.withDefaults();

    @FuzzTest(maxDuration = "15s")
    void any_text_is_analysed_with_findings_inside_it(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Analysis analysis = DETECTOR.analyze(text);
        for (Finding finding : analysis.findings()) {
            assertThat(finding.start()).isBetween(0, finding.end() - 1);
            assertThat(finding.end()).isLessThanOrEqualTo(text.length());
        }
        if (!analysis.findings().isEmpty()) {
            assertThat(analysis.classification()).isNotNull();
        }
    }
}
