package org.passerelle.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document's tokens and the lists recognizers start from, which must agree with the tokens. */
class DocumentTest {

    private static final String TEXT = "Mme DUPONT née le 02/11/1949\n\nTél : 06 12 34 56 78, jd@chu.fr\r\nÉcrire à İstanbul";

    @Test
    void tokens_kinds_case_and_lower_case() {
        Document document = new Document(TEXT);
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < document.tokenCount(); t++) {
            tokens.add(document.tokenText(t));
        }
        assertThat(tokens).startsWith("Mme", "DUPONT", "née", "le", "02", "/", "11", "/", "1949", "Tél", ":");
        int dupont = tokens.indexOf("DUPONT");
        assertThat(document.isUpperCase(dupont)).isTrue();
        assertThat(document.isCapitalized(tokens.indexOf("Mme"))).isTrue();
        assertThat(document.tokenIs(tokens.indexOf("Écrire"), "écrire")).isTrue();
        assertThat(document.lowerToken(dupont)).isEqualTo("dupont");
        assertThat(document.wordId("dupont")).isEqualTo(document.wordId(dupont));
        assertThat(document.lowerMatches(TEXT.indexOf("Tél"), "tél :")).isTrue();
    }

    @Test
    void a_plural_is_read_as_its_singular_in_a_vocabulary() {
        Document document = new Document("Bronchiolites, CANCERS, tests, bras et tumeurs");
        assertThat(document.pluralIn(document.wordId("bronchiolites"), DocumentSignals.HEALTH)).isTrue();
        assertThat(document.pluralIn(document.wordId("cancers"), DocumentSignals.HEALTH)).isTrue();
        assertThat(document.pluralIn(document.wordId("tumeurs"), DocumentSignals.HEALTH)).isTrue();
        assertThat(document.pluralIn(document.wordId("tests"), DocumentSignals.HEALTH)).isFalse();
        assertThat(document.pluralIn(document.wordId("bras"), DocumentSignals.HEALTH)).isFalse(); // too short to be one
    }

    @Test
    void lists_filled_while_tokenizing_agree_with_the_tokens() {
        Document document = new Document(TEXT);
        List<Integer> numbers = new ArrayList<>();
        List<Integer> capitalized = new ArrayList<>();
        List<Integer> lineStarts = new ArrayList<>();
        for (int t = 0; t < document.tokenCount(); t++) {
            if (document.isNumber(t)) {
                numbers.add(t);
            }
            if (document.startsUpper(t)) {
                capitalized.add(t);
            }
            if (document.newlineBefore(t)) {
                lineStarts.add(t);
            }
        }
        assertThat(document.numbers()).containsExactly(numbers.stream().mapToInt(Integer::intValue).toArray());
        assertThat(document.capitalized()).containsExactly(capitalized.stream().mapToInt(Integer::intValue).toArray());
        assertThat(document.lineStarts()).containsExactly(lineStarts.stream().mapToInt(Integer::intValue).toArray())
                .hasSize(3);
        assertThat(document.atSigns()).containsExactly(TEXT.indexOf('@'));
    }

    @Test
    void sorted_lists_merge_without_duplicates() {
        assertThat(Document.union(new int[] {1, 4, 9}, new int[] {2, 4, 10, 12})).containsExactly(1, 2, 4, 9, 10, 12);
        assertThat(Document.union(new int[0], new int[] {3})).containsExactly(3);
        assertThat(Document.union(new int[] {5}, new int[0])).containsExactly(5);
    }

    @Test
    void phrases_are_found_in_lower_case_within_the_bounds_given() {
        Document document = new Document("INSERT INTO t VALUES (1); then eigenvalues");
        assertThat(document.lowerIndexOf("values", 0, 42)).isEqualTo(14);
        assertThat(document.lowerIndexOf("values", 15, 42)).isEqualTo(36); // inside a longer word
        assertThat(document.lowerIndexOf("values", 15, 40)).isEqualTo(-1); // past the bound
        assertThat(new Document("no such word here").lowerIndexOf("values", 0, 17)).isEqualTo(-1);
        assertThat(document.lowerIndexOf("(1)", 0, 42)).isEqualTo(21); // not letters: searched in the text
    }

    @Test
    void vocabulary_bits_of_a_token_in_one_look_up() {
        Vocabulary colours = Vocabulary.shared(java.util.Set.of("rouge", "vert")); // two of the 63 bits, once
        Vocabulary fruits = Vocabulary.shared(java.util.Set.of("pomme", "vert"));
        Document document = new Document("Pomme vert 12");
        long both = colours.bit() | fruits.bit();
        assertThat(document.bitsOf(0, both)).isEqualTo(fruits.bit());
        assertThat(document.bitsOf(1, both)).isEqualTo(both);
        assertThat(document.bitsOf(2, both)).isZero();
        assertThat(document.positions(colours.bit())).containsExactly(1);
        assertThat(document.latin1(0)).isTrue();
        assertThat(new Document("İstanbul").latin1(0)).isFalse();
    }

    @Test
    void positions_of_several_words_come_in_text_order_whatever_the_path() {
        // Word after word, long enough for the 64-token blocks of the bitmap to matter.
        StringBuilder text = new StringBuilder();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String word = i % 7 == 0 ? "rouge" : i % 11 == 0 ? "vert" : "bleu";
            if (!word.equals("bleu")) {
                expected.add(i);
            }
            text.append(word).append(' ');
        }
        Vocabulary colours = Vocabulary.shared(java.util.Set.of("rouge", "vert"));
        Document document = new Document(text.toString());
        int[] tokens = expected.stream().mapToInt(Integer::intValue).toArray();
        assertThat(document.positions(colours.bit())).containsExactly(tokens);
        assertThat(document.positions(colours, java.util.List.of("rouge", "vert"))).containsExactly(tokens);
        assertThat(document.positions(colours, java.util.List.of("rouge", "vert", "absent"))).containsExactly(tokens);
        assertThat(new Document("bleu bleu").positions(colours.bit())).isEmpty();
    }

    @Test
    void token_at_a_position_found_from_an_earlier_token_agrees_with_the_whole_search() {
        Document document = new Document(TEXT + " " + TEXT + " " + TEXT);
        for (int position = 0; position <= document.length(); position++) {
            int whole = document.tokenAt(position);
            for (int from = 0; from <= whole; from += 3) {
                assertThat(document.tokenAt(position, from)).as("position %d from %d", position, from).isEqualTo(whole);
            }
        }
    }

    @Test
    void a_phrase_of_letters_is_found_wherever_a_plain_search_finds_it() {
        String text = "INSERT INTO t VALUES (1);\nEigenValues, valuesvalues et VALeurs: values";
        Document document = new Document(text);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to += 7) {
                int expected = lower.indexOf("values", from);
                expected = expected >= 0 && expected + 6 <= to ? expected : -1;
                assertThat(document.lowerIndexOf("values", from, to)).as("from %d to %d", from, to).isEqualTo(expected);
            }
        }
    }
    @Test
    void ages_and_subjects_single_out_a_person_and_their_look_alikes_do_not() {
        assertThat(patientCues("a 34-year-old woman")).isEqualTo(2);
        assertThat(patientCues("six weeks old")).isEqualTo(1);
        assertThat(patientCues("sujet 03-017, un homme âgé")).isEqualTo(2);
        // a year of the calendar or of studies, old things, the elderly in general, "about", a thesis's subject
        assertThat(patientCues("last year, second-year students, old data")).isZero();
        assertThat(patientCues("le sujet âgé, au sujet du planning, sujet de thèse, sujet d'examen")).isZero();
    }

    @Test
    void a_blank_line_between_two_tokens_is_a_new_paragraph() {
        Document document = new Document("Hi Aoife,\n\nShe had.\nThen\r\n \r\nEnd");
        int she = 3;
        assertThat(document.tokenText(she)).isEqualTo("She");
        assertThat(document.blankLineBetween(she - 1, she)).isTrue();
        assertThat(document.blankLineBetween(she, she + 1)).isFalse();
        assertThat(document.blankLineBetween(she + 2, she + 3)).isFalse(); // "." then "Then", one line break
        assertThat(document.blankLineBetween(she + 3, she + 4)).isTrue(); // "\r\n \r\n": a blank line with a space
    }

    private static int patientCues(String text) {
        return DocumentSignals.of(new Document(text)).patientCues();
    }
}
