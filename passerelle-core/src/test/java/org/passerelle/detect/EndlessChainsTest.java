package org.passerelle.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks that follow a chain of tokens stop after a bounded number of steps, so that a text made of
 * one endless chain ("O'O'O'…", "1 1 1 …", "Le-Le-Le…"), pasted or forged to slow the gateway,
 * costs time in proportion to its length: each of these walks, made from every token of the
 * chain, made such a text quadratic (a 64 KB "O'O'…" took 4.8 s). What stays the same for real
 * text is checked beside each bound.
 */
class EndlessChainsTest {

    private static final Detector DETECTOR = Detector.withDefaults();

    @Test
    void a_compound_name_is_followed_for_six_parts_at_most() {
        Document chain = new Document("O'".repeat(5_000));
        assertThat(PersonNameRecognizer.hyphenated(chain, 0)).isEqualTo(10);
        Document names = new Document("Jean-Marie-Pierre Dupont, N'Guessan-Kouassi");
        assertThat(PersonNameRecognizer.hyphenated(names, 0)).isEqualTo(4);
        assertThat(names.tokenText(PersonNameRecognizer.hyphenated(names, 7))).isEqualTo("Kouassi");
    }

    @Test
    void a_town_is_followed_for_ten_words_at_most() {
        Document chain = new Document("Saint-".repeat(5_000));
        assertThat(PostcodeCityRecognizer.townEnd(chain, 0)).isEqualTo(18);
        Document town = new Document("75001 Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson, Newcastle upon Tyne");
        assertThat(town.tokenText(PostcodeCityRecognizer.townEnd(town, 1))).isEqualTo("Isson");
        assertThat(town.tokenText(PostcodeCityRecognizer.townEnd(town, 17))).isEqualTo("Tyne");
    }

    @Test
    void a_code_longer_than_thirty_characters_is_not_read_to_its_end() {
        Document chain = new Document("IPP " + "a-1-".repeat(5_000));
        assertThat(KeywordIdentifiers.readIdentifier(chain, 1, "ipp")).isNull();
        String thirty = "AB-" + "1".repeat(27);
        Document code = new Document("IPP " + thirty + " vu");
        assertThat(KeywordIdentifiers.readIdentifier(code, 1, "ipp").value()).isEqualTo(thirty);
        assertThat(KeywordIdentifiers.readIdentifier(new Document("IPP " + thirty + "1 vu"), 1, "ipp")).isNull();
    }

    @Test
    void digits_typed_one_by_one_are_form_fields_as_the_sums_of_their_lengths_say() {
        for (int digits = 0; digits <= 300; digits++) {
            assertThat(DateRecognizer.fields(digits)).as("%d digits", digits).isEqualTo(sumOfFields(digits));
        }
    }

    /** The definition: a sum of dates (8 digits) and NIRs (13 to 16). */
    private static boolean sumOfFields(int digits) {
        boolean[] sums = new boolean[digits + 1];
        sums[0] = true;
        for (int n = 1; n <= digits; n++) {
            for (int field : new int[] {8, 13, 14, 15, 16}) {
                sums[n] |= n >= field && sums[n - field];
            }
        }
        return sums[digits];
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'", "Jean’", "1 ", "Le’", "LE'", "patient-1"})
    void an_endless_chain_is_analysed_whole(String unit) {
        String text = unit.repeat(20_000 / unit.length());
        Analysis analysis = DETECTOR.analyze(text);
        assertThat(analysis.complete()).isTrue();
        assertThat(analysis.findings()).allMatch(f -> f.end() <= text.length());
    }

    @Test
    void a_date_typed_digit_by_digit_is_still_read_inside_a_long_run() {
        // a date's 8 digits then a NIR's 15, one by one: the sums the table answers for
        String text = "Date de naissance et NIR : 2 6 0 2 1 9 9 1 1 9 1 0 2 7 5 1 1 2 3 4 5 6 7";
        assertThat(DETECTOR.analyze(text).findings()).anyMatch(f -> f.label() == Label.BIRTH_DATE || f.label() == Label.DATE);
    }
}
