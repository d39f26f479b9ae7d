package org.passerelle.detect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document's tokenizer against a plain one written here: the same tokens, the same case and
 * line flags, the same lists, and one word id per lower-case word. The texts mix words whose
 * hashes collide, so that a word told apart by its hash alone, or by its first and last four
 * characters alone, would be given another word's id.
 */
class TokenizerTest {

    @Test
    void words_whose_hashes_collide_keep_their_own_ids() {
        // "bß" and "aþ" have the same String hash; so do the two ten-letter words, which also share
        // their first and last four letters, and so do words that differ by these two alone
        assertThat("bß".hashCode()).isEqualTo("aþ".hashCode());
        assertThat("abcdbßefgh".hashCode()).isEqualTo("abcdaþefgh".hashCode());
        Document document = new Document("abcdbßefgh abcdaþefgh bß aþ ABCDBßEFGH Aþ");
        assertThat(document.distinctWords()).isEqualTo(4);
        assertThat(document.wordId(4)).isEqualTo(document.wordId(0));
        assertThat(document.wordId(5)).isEqualTo(document.wordId(3));
        assertThat(document.lowerToken(1)).isEqualTo("abcdaþefgh");
        assertThat(document.wordId("bß")).isEqualTo(document.wordId(2));
        assertThat(document.wordId("aþefgh")).isEqualTo(-1);
        // of eight letters or fewer, told apart by the first four ("bß…", "aþ…") or by the last four
        Document shorter = new Document("bßefgh aþefgh abcdbß abcdaþ bßefgh abcdaþ");
        assertThat(shorter.distinctWords()).isEqualTo(4);
        assertThat(shorter.wordId(4)).isEqualTo(shorter.wordId(0));
        assertThat(shorter.wordId(5)).isEqualTo(shorter.wordId(3));
        assertThat(shorter.lowerToken(1)).isEqualTo("aþefgh");
        assertThat(shorter.lowerToken(2)).isEqualTo("abcdbß");
    }

    @Property(tries = 2000)
    void tokens_flags_and_word_ids_agree_with_a_plain_tokenizer(@ForAll("texts") String text) {
        Document document = new Document(text);
        List<int[]> expected = plainTokens(text);
        assertThat(document.tokenCount()).as(text).isEqualTo(expected.size());
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        List<Integer> capitalized = new ArrayList<>();
        List<Integer> lineStarts = new ArrayList<>();
        for (int t = 0; t < expected.size(); t++) {
            int[] token = expected.get(t);
            int start = token[0];
            int end = token[1];
            String raw = text.substring(start, end);
            assertThat(document.start(t)).as(text).isEqualTo(start);
            assertThat(document.end(t)).as(text).isEqualTo(end);
            assertThat(document.newlineBefore(t)).as(text).isEqualTo(token[3] == 1);
            assertThat(document.isWord(t)).isEqualTo(token[2] == Document.WORD);
            assertThat(document.isNumber(t)).isEqualTo(token[2] == Document.NUMBER);
            assertThat(document.isSymbol(t)).isEqualTo(token[2] == Document.SYMBOL);
            if (token[2] == Document.WORD) {
                String lower = lower(raw);
                assertThat(document.lowerToken(t)).as(text).isEqualTo(lower);
                Integer id = ids.putIfAbsent(lower, document.wordId(t));
                assertThat(document.wordId(t)).as(text + " / " + raw).isEqualTo(id == null ? document.wordId(t) : id);
                assertThat(document.wordId(lower)).isEqualTo(document.wordId(t));
                boolean firstUpper = Character.isUpperCase(raw.charAt(0));
                boolean noneLower = raw.chars().skip(1).noneMatch(c -> Character.isLetter(c) && !Character.isUpperCase(c));
                assertThat(document.startsUpper(t)).as(raw).isEqualTo(firstUpper);
                assertThat(document.isUpperCase(t)).as(raw).isEqualTo(firstUpper && noneLower && raw.length() >= 2);
                assertThat(document.isCapitalized(t)).as(raw).isEqualTo(firstUpper && (raw.length() == 1 || !noneLower));
            } else {
                assertThat(document.wordId(t)).isEqualTo(-1);
            }
            if (token[2] == Document.NUMBER) {
                numbers.add(t);
            }
            if (document.startsUpper(t)) {
                capitalized.add(t);
            }
            if (token[3] == 1) {
                lineStarts.add(t);
            }
        }
        assertThat(ids).hasSize(document.distinctWords());
        assertThat(document.numbers()).containsExactly(numbers.stream().mapToInt(Integer::intValue).toArray());
        assertThat(document.capitalized()).containsExactly(capitalized.stream().mapToInt(Integer::intValue).toArray());
        assertThat(document.lineStarts()).containsExactly(lineStarts.stream().mapToInt(Integer::intValue).toArray());
        for (Map.Entry<String, Integer> word : ids.entrySet()) {
            long occurrences = expected.stream().filter(token -> token[2] == Document.WORD)
                    .filter(token -> lower(text.substring(token[0], token[1])).equals(word.getKey())).count();
            assertThat(document.occurrences(word.getValue())).as(word.getKey()).isEqualTo((int) occurrences);
        }
    }

    /**
     * Texts of words made of pieces whose hashes collide ("bß", "aþ"), of short and long words
     * (around the eight letters held as first and last four), in any case, with accents written
     * apart, numbers, symbols, a surrogate pair and every kind of blank and line break.
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("a", "b", "bß", "aþ", "BSS", "AÞ", "abcd", "efgh", "ABCD", "Efgh", "e\u0301",
                "É", "İ", "x", "Aa", "BB").list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts))
                .filter(w -> Character.isLetter(w.charAt(0)));
        Arbitrary<String> other = Arbitraries.of("12", "0", "1949", "2A", "@", "😀", "/", "(", ")", ".", "-", "\u0301", "\uD83D");
        Arbitrary<String> gap = Arbitraries.of(" ", "", "", "\n", "\r\n", "\u00A0", "\u202F", ", ", "\t", "  ");
        return Arbitraries.oneOf(word, word, other).list().ofMaxSize(14)
                .flatMap(pieces -> gap.list().ofSize(pieces.size()).map(gaps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        text.append(pieces.get(i)).append(gaps.get(i));
                    }
                    return text.toString();
                }));
    }

    /** Tokens as {start, end, kind, line start (1 or 0)}, read one character at a time. */
    private static List<int[]> plainTokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        boolean newline = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                newline |= c == '\n' || c == '\r';
                i++;
                continue;
            }
            int start = i++;
            int kind;
            if (Character.isLetter(c)) {
                while (i < text.length() && (Character.isLetter(text.charAt(i))
                        || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                kind = Document.WORD;
            } else if (c >= '0' && c <= '9') {
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Document.NUMBER;
            } else {
                if (Character.isHighSurrogate(c) && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
                    i++;
                }
                kind = Document.SYMBOL;
            }
            tokens.add(new int[] {start, i, kind, newline ? 1 : 0});
            newline = false;
        }
        return tokens;
    }

    private static String lower(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            lower.append(Character.toLowerCase(word.charAt(i)));
        }
        return lower.toString();
    }
}
