package org.passerelle.detect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs of digit groups, and the cheap bound that lets recognizers pass over short numbers. */
class DigitGroupsTest {

    @Test
    void a_bound_on_the_digits_a_run_may_hold() {
        assertThat(mayHold("06 12 34 56 78", 10)).isTrue();
        assertThat(mayHold("06.12.34.56.78", 10)).isTrue();
        assertThat(mayHold("06/28/42/50/36", 10)).isTrue();
        assertThat(mayHold("01/02/2020 à 10h", 10)).isFalse();
        assertThat(mayHold("06 12 34 56", 10)).isFalse();
        assertThat(mayHold("06 12\n34 56 78", 10)).isFalse();
    }

    /** The bound never says no where a run of that many digits is read: a number it passes over cannot be one. */
    @Property(tries = 3000)
    void never_below_what_is_read(@ForAll("digitRuns") String text) {
        Document document = new Document(text);
        for (int token : document.numbers()) {
            for (String separators : new String[] {".-", "/"}) {
                DigitGroups run = DigitGroups.read(document, token, 11, separators, false);
                if (run.digits.length() >= 10) {
                    assertThat(DigitGroups.mayHold(document, token, 10)).as("%s at %d", text, token).isTrue();
                }
            }
        }
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.of("0", "6", "12", "345", "2024", " ", " ", "  ", ".", "-", "/", "\u00A0", "\n", "a", "A", ":", "+")
                .list().ofMinSize(1).ofMaxSize(24).map(parts -> String.join("", parts));
    }

    private static boolean mayHold(String text, int digits) {
        return DigitGroups.mayHold(new Document(text), 0, digits);
    }
}
