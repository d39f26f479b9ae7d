package org.passerelle.pseudo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.testing.ReferenceData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No identifier the detector finds survives pseudonymisation of the development corpora: ours
 * (detect-dev, in the repository) and AP-HP's eds-pseudo (third-party, read from ../shared/data,
 * skipped when absent), with placeholders and with surrogates.
 */
class DevCorporaPseudonymisationTest {

    private static final byte[] KEY = "development corpora key, 32 bytes".getBytes();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+_[A-Z]{6}]");
    private final Detector detector = Detector.withDefaults();

    @Test
    void detect_dev_keeps_no_identifier_with_placeholders_or_surrogates() throws Exception {
        List<String> notes = notes(ReferenceData.file("detect-dev/corpus.jsonl"), "text");
        assertThat(notes).hasSize(226);
        assertNoneLeft(notes, Pseudonymizer.Mode.PLACEHOLDERS);
        assertNoneLeftOutsideSurrogates(notes);
    }

    @Test
    void eds_pseudo_keeps_no_identifier() throws Exception {
        Optional<Path> corpus = ReferenceData.shared("eds-pseudo/train.jsonl");
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/data/eds-pseudo/train.jsonl is absent: eds-pseudo test skipped");
        List<String> notes = notes(corpus.get(), "note_text");
        assertThat(notes).isNotEmpty();
        assertNoneLeft(notes, Pseudonymizer.Mode.PLACEHOLDERS);
    }

    private void assertNoneLeft(List<String> notes, Pseudonymizer.Mode mode) {
        Pseudonymizer pseudonymizer = new Pseudonymizer(detector, KEY, mode);
        for (String note : notes) {
            String out = pseudonymizer.pseudonymize(note).text();
            boolean[] placeholder = new boolean[out.length()];
            Matcher matcher = PLACEHOLDER.matcher(out);
            while (matcher.find()) {
                java.util.Arrays.fill(placeholder, matcher.start(), matcher.end(), true);
            }
            List<Finding> left = detector.analyze(out).findings().stream()
                    .filter(f -> Pseudonymizer.REPLACED.contains(f.label()))
                    .filter(f -> IntStream.range(f.start(), f.end()).anyMatch(i -> !placeholder[i] && Character.isLetterOrDigit(out.charAt(i))))
                    .toList();
            assertThat(left).as("identifiers left in a pseudonymised note").isEmpty();
        }
    }

    /**
     * With surrogates the output is realistic on purpose, so the detector finds the stand-ins:
     * what must not survive is the original values it found. A value found at one place may also
     * stand, undetected, at another ("the London site"): each value may be left as many times as
     * it stood undetected, no more.
     */
    private void assertNoneLeftOutsideSurrogates(List<String> notes) {
        Pseudonymizer pseudonymizer = new Pseudonymizer(detector, KEY, Pseudonymizer.Mode.SURROGATES);
        for (String note : notes) {
            String out = pseudonymizer.pseudonymize(note).text();
            java.util.Map<String, Integer> detected = new java.util.HashMap<>();
            for (Finding finding : detector.analyze(note).findings()) {
                String value = note.substring(finding.start(), finding.end());
                if (Pseudonymizer.REPLACED.contains(finding.label()) && value.length() >= 4
                        && value.chars().anyMatch(Character::isLetterOrDigit)) {
                    detected.merge(value, 1, Integer::sum);
                }
            }
            detected.forEach((value, found) -> assertThat(words(out, value)).as("an original value left by surrogates: %s", value)
                    .isLessThanOrEqualTo(Math.max(0, words(note, value) - found)));
        }
    }

    /** Occurrences of {@code value} as a whole word ("Malika" is not "Malik"). */
    private static int words(String text, String value) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static List<String> notes(Path file, String field) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> notes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                notes.add(node.get(field).asText());
            }
        }
        return notes;
    }
}
