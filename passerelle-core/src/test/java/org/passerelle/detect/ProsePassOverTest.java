package org.passerelle.detect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person-name recognizer passes over capitalised words in running text before its rules
 * ({@code PersonNameRecognizer.wordInProse}): that must change no name found.
 */
class ProsePassOverTest {

    @Test
    void names_that_go_on_past_their_first_word_are_still_read() {
        // after the first word: a family name in capitals, a compound's hyphen, an initial's dot
        assertThat(names("Vu ce jour avec Gwenoline ROUSSEL pour le suivi.")).containsExactly("Gwenoline", "ROUSSEL");
        assertThat(names("Vu ce jour avec Kerbrat-Lemoine DURAND pour le suivi.")).containsExactly("Kerbrat-Lemoine", "DURAND");
        assertThat(names("Vu ce jour avec Ph. DURAND pour le suivi.")).containsExactly("Ph.", "DURAND");
        // a particle: the family name goes on, a given name after it
        assertThat(names("Vu ce jour avec Kerbrat de MONTCLAIR Marie.")).containsExactly("Kerbrat", "de MONTCLAIR", "Marie");
    }

    @Test
    void a_word_in_running_text_is_passed_over() {
        assertThat(names("Le traitement par Keytruda est poursuivi, puis Lyon confirme la date. IRM prévue.")).isEmpty();
    }

    /** The same findings, spans, scores and reasons, with and without the pass-over. */
    @Property(tries = 3000)
    void the_pass_over_changes_no_finding(@ForAll("nameLike") String text) {
        Document document = new Document(text);
        assertThat(found(new PersonNameRecognizer(true), document))
                .as(text).isEqualTo(found(new PersonNameRecognizer(false), document));
    }

    /** Pieces of names and of what stands around them: given and family names, particles, titles, initials, joiners. */
    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.of("Jean", "Marie", "JEAN", "Dupont", "DUPONT", "Kerbrat", "Benali", "Lille", "Traitement",
                "Patient", "Le", "LE", "de", "du", "van", "la", "M.", "Mme", "Dr", "patient", "née", "J.", "A", "B.", "Ph",
                "IV", "IRM", "ans", "rue", "à", "avec", "maladie", "et", "x", "-", "'", "’", ".", ",", ":", "(", ")", ";",
                "12", "45", "\n", " ", " ", " ", " ", " ", " ")
                .list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    private static List<String> names(String text) {
        Document document = new Document(text);
        List<Finding> findings = new ArrayList<>();
        new PersonNameRecognizer().recognize(document, findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    private static List<String> found(Recognizer recognizer, Document document) {
        List<Finding> findings = new ArrayList<>();
        recognizer.recognize(document, findings);
        return findings.stream().map(f -> f.label() + " " + f.start() + "-" + f.end() + " " + f.score() + " "
                + f.explanation().rule()).toList();
    }
}
