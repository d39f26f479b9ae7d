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
 * Runs of digit groups, and the bound ({@link Document#digitReach}) that lets the recognizers of
 * long numbers pass over short ones: it must never be below what a recognizer reads, or a phone
 * number or a NIR would be passed over.
 */
class DigitGroupsTest {

    @Test
    void a_bound_on_the_digits_a_run_may_hold() {
        assertThat(reach("06 12 34 56 78")).isEqualTo(10);
        assertThat(reach("06.12.34.56.78")).isEqualTo(10);
        assertThat(reach("06/28/42/50/36")).isEqualTo(10);
        assertThat(new Document("+33 (0)2 99 28 41 67").digitReach(1)).isEqualTo(12);
        assertThat(new Document("( 3 3 ) 6 2 3 6 7 1 7 7 7").digitReach(1)).isEqualTo(11);
        assertThat(reach("1 84 2A 123 456 789")).isEqualTo(13);
        assertThat(reach("01/02/2020 à 10h")).isEqualTo(8);
        assertThat(reach("06 12\n34 56 78")).isEqualTo(4);
        assertThat(reach("06 12 : 34 56 78")).isEqualTo(4);
        assertThat(reach("06 12       34 56 78")).isEqualTo(4);
        assertThat(reach("Tél 06 12 34 56 78")).isZero(); // a word, not a number
    }

    @Test
    void capped_where_no_number_needs_more() {
        assertThat(reach("1 ".repeat(500))).isEqualTo(Document.MAX_REACH);
    }

    /** The bound is never below what is read from a number, with or without Corsica's letter. */
    @Property(tries = 3000)
    void never_below_what_is_read(@ForAll("digitRuns") String text) {
        Document document = new Document(text);
        for (int token : document.numbers()) {
            for (String separators : new String[] {".-", "/"}) {
                for (boolean corsica : new boolean[] {false, true}) {
                    DigitGroups run = DigitGroups.read(document, token, Document.MAX_REACH, separators, corsica);
                    long digits = run.digits.chars().filter(Character::isDigit).count();
                    assertThat(document.digitReach(token)).as("%s at %d", text, token).isGreaterThanOrEqualTo((int) digits);
                }
            }
        }
    }

    /** Passing over the numbers with too few digits within reach changes no phone number found. */
    @Property(tries = 3000)
    void phone_numbers_are_those_found_reading_every_number(@ForAll("phoneLike") String text) {
        Document document = new Document(text);
        assertThat(found(new PhoneRecognizer(), document)).isEqualTo(found(new PhoneRecognizer(0), document));
    }

    /**
     * Found by the property above: a bracket after "+ 0" on the next line joined two lines into a
     * number, and so did a national "(0)" closed on the next line ("001206(0\n)060606").
     */
    @Test
    void a_bracket_across_a_line_joins_no_phone_number() {
        Document document = new Document("+ 0\n)06060606");
        assertThat(found(new PhoneRecognizer(0), document)).isEmpty();
        // nor a national "(0)" whose bracket closes on the next line
        assertThat(found(new PhoneRecognizer(0), new Document("001206(0\n)060606"))).isEmpty();
        assertThat(found(new PhoneRecognizer(0), new Document("001206(0)060606"))).containsExactly("PHONE 0-15 0.93");
        Document country = new Document("(33) 1 45 56 78 92");
        assertThat(found(new PhoneRecognizer(), country)).containsExactly("PHONE 0-18 0.85");
    }

    /** Passing over the numbers with too few digits within reach changes no NIR found. */
    @Property(tries = 3000)
    void nirs_are_those_found_reading_every_number(@ForAll("nirLike") String text) {
        Document document = new Document(text);
        assertThat(found(new NirRecognizer(), document)).isEqualTo(found(new NirRecognizer(0), document));
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.of("0", "6", "12", "345", "2024", " ", " ", "  ", ".", "-", "/", "\u00A0", "\n", "a", "A", "B",
                ":", "+", "(", ")").list().ofMinSize(1).ofMaxSize(24).map(parts -> String.join("", parts));
    }

    /** Pieces of the phone numbers' forms: pairs, single digits, country codes, (0), and what joins them. */
    @Provide
    Arbitrary<String> phoneLike() {
        return Arbitraries.of("06", "01", "12", "34", "0", "3", "7", "1", "00", "33", "44", "212", "555", "0187", "7946",
                "+", "(", ")", "(0)", " ", " ", " ", "  ", ".", "-", "/", "\u00A0", "\n", "tél ", "Tél : ", "M. DURAND ", "x")
                .list().ofMinSize(1).ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** Pieces of NIRs: the sex digit, year, month, Corsica's department, commune, order number and key. */
    @Provide
    Arbitrary<String> nirLike() {
        return Arbitraries.of("1", "2", "84", "12", "2A", "2B", "75", "123", "456", "056", "78", "97", "1840275123456",
                "184027512345678", " ", " ", " ", ".", "-", "/", "\n", "NIR ", "n° de sécurité sociale : ", "x")
                .list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    private static List<String> found(Recognizer recognizer, Document document) {
        List<Finding> findings = new ArrayList<>();
        recognizer.recognize(document, findings);
        return findings.stream().map(f -> f.label() + " " + f.start() + "-" + f.end() + " " + f.score()).toList();
    }

    private static int reach(String text) {
        return new Document(text).digitReach(0);
    }
}
