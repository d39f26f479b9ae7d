package org.passerelle.detect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phrases found by the document's word ids: the same as comparing the words' text, in every case. */
class PhraseMatcherTest {

    private static final Map<String, List<String>> PHRASES = Map.of(
            "a", List.of("non publié", "non encore publié", "en cours d'évaluation", "non-disclosure agreement"),
            "b", List.of("confidentiel", "strictement confidentiel", "ne pas", "ne pas diffuser", "en dehors du comité"));
    private static final PhraseMatcher MATCHER = new PhraseMatcher(PHRASES);

    @Test
    void phrases_are_found_whatever_their_case_and_joiners() {
        assertThat(found("Résultats NON ENCORE PUBLIÉ, article en cours d’évaluation."))
                .containsExactly("a NON ENCORE PUBLIÉ", "a en cours d’évaluation");
        assertThat(found("Under a Non-Disclosure Agreement.")).containsExactly("a Non-Disclosure Agreement");
        assertThat(found("Strictement confidentiel : ne pas diffuser")).containsExactly("b Strictement confidentiel",
                "b ne pas diffuser");
    }

    @Test
    void a_line_break_or_a_missing_word_ends_a_phrase() {
        assertThat(found("non\npublié")).isEmpty();
        assertThat(found("non encore validé")).isEmpty(); // "publié" is nowhere
        assertThat(found("non encore\npublié, non publié")).containsExactly("a non publié");
    }

    @Test
    void a_phrase_is_made_of_words() {
        assertThatThrownBy(() -> new PhraseMatcher(Map.of("x", List.of("version 2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The matcher against the words compared as text, the longest phrase first at each word. */
    @Property(tries = 2000)
    void the_same_matches_as_comparing_the_words(@ForAll("phraseLike") String text) {
        assertThat(found(text)).as(text).isEqualTo(byText(new Document(text)));
    }

    @Provide
    Arbitrary<String> phraseLike() {
        return Arbitraries.of("non", "NON", "encore", "publié", "Publié", "publiée", "en", "cours", "d", "évaluation",
                "disclosure", "agreement", "ne", "pas", "diffuser", "confidentiel", "strictement", "dehors", "du",
                "comité", "'", "’", "-", "‑", ",", "\n", "2", " ", " ", " ", " ")
                .list().ofMinSize(1).ofMaxSize(24).map(parts -> String.join("", parts));
    }

    private static List<String> found(String text) {
        Document document = new Document(text);
        return MATCHER.findAll(document).stream()
                .map(m -> m.tag() + " " + text.substring(document.start(m.firstToken()), document.end(m.lastToken()))).toList();
    }

    /** What the matcher must find, worked out by comparing each word's lower-case text. */
    private static List<String> byText(Document document) {
        List<String> matches = new ArrayList<>();
        for (int token = 0; token < document.tokenCount(); token++) {
            int longestEnd = -1;
            String longestTag = null;
            int longestWords = 0;
            for (Map.Entry<String, List<String>> entry : PHRASES.entrySet()) {
                for (String phrase : entry.getValue()) {
                    String[] words = phrase.split("[ '’-]");
                    int end = endOf(document, token, words);
                    if (end >= 0 && words.length > longestWords) {
                        longestEnd = end;
                        longestTag = entry.getKey();
                        longestWords = words.length;
                    }
                }
            }
            if (longestEnd >= 0) {
                matches.add(longestTag + " " + document.text().substring(document.start(token), document.end(longestEnd)));
                token = longestEnd;
            }
        }
        return matches;
    }

    private static int endOf(Document document, int token, String[] words) {
        if (!document.isWord(token) || !document.lowerToken(token).equals(words[0])) {
            return -1;
        }
        int current = token;
        for (int i = 1; i < words.length; i++) {
            int next = current + 1;
            while (document.isSymbol(next) && "-'’‑".indexOf(document.charAt(document.start(next))) >= 0
                    && !document.newlineBefore(next)) {
                next++;
            }
            if (!document.isWord(next) || document.newlineBefore(next) || !document.lowerToken(next).equals(words[i])) {
                return -1;
            }
            current = next;
        }
        return current;
    }
}
