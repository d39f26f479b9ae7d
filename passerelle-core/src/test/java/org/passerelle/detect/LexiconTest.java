package org.passerelle.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    /** Words of every text: in a list of clinical words they made every French text clinical. */
    private static final List<String> FUNCTION_WORDS = List.of("de", "du", "des", "la", "le", "les", "et", "à", "en",
            "un", "une", "of", "the", "and", "in");

    @Test
    void every_clinical_word_is_one_word_of_a_text() {
        // the words of a text are runs of letters: "hba1c", "dm2" and "patient's" were never found
        for (String word : DocumentSignals.HEALTH.words()) {
            Document document = new Document(word);
            assertThat(document.tokenCount() == 1 && document.isWord(0)).as(word).isTrue();
        }
    }

    @Test
    void a_word_list_written_by_hand_refuses_what_is_not_one_word() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Vocabulary.of("tél."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tél.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Vocabulary.of("hospitalo-universitaire"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clinical_words_and_towns_hold_no_function_word() {
        // "prise de sang" once made "de" a clinical word, and "Le Havre" made "le" a town
        assertThat(Lexicon.load("health-terms.txt")).doesNotContainAnyElementsOf(FUNCTION_WORDS);
        assertThat(Lexicon.load("cities.txt")).doesNotContainAnyElementsOf(FUNCTION_WORDS);
    }

    @Test
    void clinical_words_are_single_words() {
        // a document's words never hold a slash or a space: "g/l" and "kg/m²" were listed and never matched
        assertThat(Lexicon.load("health-terms.txt")).allSatisfy(word -> assertThat(word).doesNotContain("/", " ", "-"));
    }

    @Test
    void an_underscore_joins_the_words_of_one_entry() {
        assertThat(Lexicon.load("cities.txt")).contains("le havre", "la rochelle", "saint-étienne").doesNotContain("havre");
    }
}
