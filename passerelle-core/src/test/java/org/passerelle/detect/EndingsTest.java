package org.passerelle.detect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Word endings looked up backwards through a trie: the same answers as comparing each ending. */
class EndingsTest {

    private static final String[] ENDINGS = {"mab", "ectomie", "tomie", "émie", "itis", "vir", "pril"};
    private static final Endings SET = new Endings(ENDINGS);

    @Test
    void a_word_ends_with_an_ending_or_not() {
        assertThat(endsOne("adalimumab")).isTrue();
        assertThat(endsOne("cholécystectomie")).isTrue();
        assertThat(endsOne("hypokaliémie")).isTrue();
        assertThat(endsOne("Arthritis")).isTrue(); // words are compared in lower case
        assertThat(endsOne("tomie")).isTrue(); // a whole word
        assertThat(endsOne("économie")).isFalse();
        assertThat(endsOne("mabs")).isFalse();
        assertThat(endsOne("ab")).isFalse();
    }

    @Test
    void no_ending_matches_nothing_and_an_empty_one_matches_every_word() {
        assertThat(new Endings().endOf(new Document("adalimumab"), 0)).isFalse();
        assertThat(new Endings("").endOf(new Document("x"), 0)).isTrue();
    }

    @Property(tries = 3000)
    void the_same_as_comparing_each_ending(@ForAll("wordLike") String word) {
        Document document = new Document(word);
        assertThat(SET.endOf(document, 0)).as(word)
                .isEqualTo(Arrays.stream(ENDINGS).anyMatch(document.word(0)::endsWith));
    }

    /** Words made of pieces of the endings, so that most share some letters with one. */
    @Provide
    Arbitrary<String> wordLike() {
        return Arbitraries.of("a", "b", "m", "mab", "ec", "to", "mie", "é", "e", "it", "is", "vi", "r", "pr", "il", "x")
                .list().ofMinSize(1).ofMaxSize(6).map(parts -> "w" + String.join("", parts));
    }

    private static boolean endsOne(String word) {
        Document document = new Document(word);
        return SET.endOf(document, document.wordId(0));
    }
}
