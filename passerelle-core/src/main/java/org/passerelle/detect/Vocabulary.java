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

    private static final ConcurrentHashMap<Set<String>, Vocabulary> SHARED = new ConcurrentHashMap<>();

    /**
     * The vocabulary of exactly these words, made once per distinct set: for word lists held by
     * objects that may be built many times (a recognizer per detector), within the 63 bits.
     */
    static Vocabulary shared(Set<String> words) {
        return SHARED.computeIfAbsent(Set.copyOf(words), Vocabulary::new);
    }

    /**
     * A vocabulary of these words, each one word of a text (letters only): a document's words are
     * runs of letters, so "tél." or "hospitalo-universitaire" would never be found.
     */
    static Vocabulary of(String... words) {
        for (String word : words) {
            if (!oneWord(word)) {
                throw new IllegalArgumentException("not one word of a text, never found: " + word);
            }
        }
        return new Vocabulary(Lexicon.of(words));
    }

    private static boolean oneWord(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
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

    /** The union of every vocabulary registered so far, for looking words up without making strings. */
    static Table table() {
        Table table = snapshot;
        if (table == null || table.version != version) {
            table = snapshot();
        }
        return table;
    }

    private static volatile Table snapshot;

    private static synchronized Table snapshot() {
        if (snapshot == null || snapshot.version != version) {
            snapshot = new Table(MASKS, version, (1L << registered) - 1);
        }
        return snapshot;
    }

    /**
     * The union of the vocabularies at one version, in an open-addressing table over chars. Made
     * under the registration lock, so it holds every word of the vocabularies whose bits it covers.
     */
    static final class Table {
        private final int version;
        /** The bits of the vocabularies it holds: a document's masks made from it answer for these only. */
        final long covered;
        private final char[][] keys;
        private final int[] hashes;
        private final long[] masks;

        Table(java.util.Map<String, Long> entries, int version, long covered) {
            this.version = version;
            this.covered = covered;
            int size = Integer.highestOneBit(Math.max(16, entries.size())) << 2;
            keys = new char[size][];
            hashes = new int[size];
            masks = new long[size];
            for (java.util.Map.Entry<String, Long> entry : entries.entrySet()) {
                int hash = entry.getKey().hashCode();
                int slot = Document.mix(hash) & (size - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                keys[slot] = entry.getKey().toCharArray();
                hashes[slot] = hash;
                masks[slot] = entry.getValue();
            }
        }

        /**
         * The bits of every vocabulary holding the lower-case word at {@code chars[start, end)},
         * whose {@link String#hashCode()} is {@code hash}.
         */
        long maskOf(char[] chars, int start, int end, int hash) {
            int mask = keys.length - 1;
            for (int slot = Document.mix(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && same(keys[slot], chars, start, end)) {
                    return masks[slot];
                }
            }
            return 0L;
        }

        private static boolean same(char[] key, char[] chars, int start, int end) {
            if (key.length != end - start) {
                return false;
            }
            for (int i = 0; i < key.length; i++) {
                if (key[i] != chars[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }

}
