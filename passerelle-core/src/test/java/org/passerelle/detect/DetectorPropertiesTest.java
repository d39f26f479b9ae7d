package org.passerelle.detect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the detector on any input. */
class DetectorPropertiesTest {

    private static final Detector DETECTOR = Detector.withDefaults();

    @Property(tries = 400)
    void never_throws_and_every_span_lies_inside_the_text(@ForAll @StringLength(max = 400) String text) {
        assertInvariants(text);
    }

    @Property(tries = 2000)
    void never_throws_on_text_that_looks_clinical(@ForAll("clinicalish") String text) {
        assertInvariants(text);
    }

    @Property(tries = 100)
    void is_deterministic(@ForAll("clinicalish") String text) {
        assertThat(DETECTOR.analyze(text)).isEqualTo(DETECTOR.analyze(text));
    }

    @Property(tries = 200)
    void explanations_never_contain_the_matched_text(@ForAll("clinicalish") String text) {
        Analysis analysis = DETECTOR.analyze(text);
        for (Finding finding : analysis.findings()) {
            String matched = text.substring(finding.start(), finding.end());
            if (matched.length() >= 4) {
                assertThat(finding.explanation().toString()).doesNotContain(matched);
            }
        }
    }

    private static void assertInvariants(String text) {
        Analysis analysis = DETECTOR.analyze(text);
        List<Finding> findings = analysis.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            assertThat(finding.start()).isGreaterThanOrEqualTo(0);
            assertThat(finding.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(finding.start());
            assertThat(finding.score()).isBetween(0.0, 1.0);
            if (i > 0) {
                assertThat(findings.get(i - 1).end()).as("findings do not overlap").isLessThanOrEqualTo(finding.start());
            }
        }
        assertThat(analysis.complete()).isTrue();
    }

    /** Fragments of clinical text, identifiers, digits and odd characters, in random order. */
    @Provide
    Arbitrary<String> clinicalish() {
        Arbitrary<String> pieces = Arbitraries.of("M. ", "Mme ", "Dr ", "Jean", "DUPONT", "LE BIHAN", "né le ", "12/03/1961",
                "IPP ", "8002741396", "NDA : ", "1 61 03 75 113 042 88", "2A", "06 12 34 56 78", "+33 ", "(0)", "@", "x@y.fr",
                "12 rue des Lilas", "35000 ", "Rennes", "CHU de ", "Hôpital ", "FR76 ", "3000 ", "NCT", "04280705", "-", "'",
                "’", "\n", "\t", " ", ",", ";", "|", "«", "»", "😬", "\u00A0", "\u202F", "é", "ß", "İ", "ﬁ", "0", "9", "2024-",
                "sujet 03-", "CONFIDENTIEL", "brevet", "maladie de Parkinson", "ipp;nom;ddn\n", "('", "', '", "VALUES (",
                "du 8 au ", "14 mars 2024", "Dear ", "née ", "lieu-dit ", "SE1 7EH", "\uD800", "\uDC00");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }
}
