package org.passerelle.detect;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word list the recognizers test tokens against, with a bit of its own. A document looks each
 * of its distinct words up once in the union of all vocabularies and keeps, per token, the bits of
 * the lists the word belongs to; testing a token against a list is then a bit test instead of a
 * string hash, which is most of what detection does. Immutable; registration is thread-safe.
 */
final class Vocabulary {

    private static final ConcurrentHashMap<String, Long> MASKS = new ConcurrentHashMap<>();
    private static int registered;
    private static volatile int version;

    private final long bit;
    private final Set<String> words;

    private Vocabulary(Set<String> words) {
        this.words = words;
        synchronized (Vocabulary.class) {
            if (registered == 63) {
                throw new IllegalStateException("more than 63 vocabularies: widen the token masks");
            }
            this.bit = 1L << registered++;
            for (String word : words) {
                MASKS.merge(word, bit, (a, b) -> a | b);
            }
            version++;
        }
    }

    /** A vocabulary of these words (compared lower-cased, with and without accents for lexicons). */
    static Vocabulary of(Set<String> words) {
        return new Vocabulary(words);
    }

    static Vocabulary of(String... words) {
        return new Vocabulary(Lexicon.of(words));
    }

    static Vocabulary load(String resource) {
        return new Vocabulary(Lexicon.load(resource));
    }

    boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    Set<String> words() {
        return words;
    }

    long bit() {
        return bit;
    }

    /** The bits of every vocabulary holding this word. */
    static long maskOf(String lowerCaseWord) {
        Long mask = MASKS.get(lowerCaseWord);
        return mask == null ? 0L : mask;
    }

    /** Changes whenever a vocabulary is registered, so that documents can tell stale masks. */
    static int version() {
        return version;
    }
}
