package org.passerelle.detect;

import java.util.Arrays;

/**
 * A text prepared once for every recognizer: a lower-cased copy with the same indices, and its
 * tokens (runs of letters, runs of digits, single symbols) found in one pass. Recognizers work on
 * tokens and on the lower-cased text instead of running regular expressions over the whole text,
 * which keeps detection at tens of MB/s per core. Not thread-safe; one per analysis.
 */
public final class Document {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte SYMBOL = 3;

    private final String text;
    private final char[] lower;
    private String lowerText;
    private int count;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private boolean[] newlineBefore;
    private String[] lowerWords;
    private DocumentSignals signals;
    private java.util.Map<String, Positions> wordIndex;
    private long[] masks;
    private int masksVersion = -1;

    public Document(String text) {
        this.text = text;
        this.lower = new char[text.length()];
        int capacity = Math.max(16, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new byte[capacity];
        newlineBefore = new boolean[capacity];
        tokenize();
        lowerText = new String(lower);
        lowerWords = new String[count];
    }

    /**
     * The tokens where a word (lower case) stands, in order; built on first use in one pass, so
     * that keyword-driven recognizers look up their few keywords instead of testing every token.
     */
    int[] positions(String lowerCaseWord) {
        Positions found = wordIndex().get(lowerCaseWord);
        return found == null ? NO_POSITIONS : found.toArray();
    }

    /** How often each distinct word (lower case) occurs; keys are the document's vocabulary. */
    java.util.Map<String, Positions> wordIndex() {
        if (wordIndex == null) {
            java.util.Map<String, Positions> index = new java.util.HashMap<>(Math.max(16, count / 3));
            for (int t = 0; t < count; t++) {
                if (kinds[t] == WORD) {
                    index.computeIfAbsent(lowerToken(t), word -> new Positions()).add(t);
                }
            }
            wordIndex = index;
        }
        return wordIndex;
    }

    /** A growable list of token positions. */
    static final class Positions {
        private int[] tokens = new int[2];
        private int size;

        void add(int token) {
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
            }
            tokens[size++] = token;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return tokens[i];
        }

        int[] toArray() {
            return Arrays.copyOf(tokens, size);
        }
    }

    private static final int[] NO_POSITIONS = new int[0];

    /** The sorted positions of any of these words. */
    int[] positions(java.util.Collection<String> lowerCaseWords) {
        int total = 0;
        int[][] lists = new int[lowerCaseWords.size()][];
        int i = 0;
        for (String word : lowerCaseWords) {
            lists[i] = positions(word);
            total += lists[i].length;
            i++;
        }
        int[] merged = new int[total];
        int at = 0;
        for (int[] list : lists) {
            System.arraycopy(list, 0, merged, at, list.length);
            at += list.length;
        }
        Arrays.sort(merged);
        return merged;
    }

    /** Document-wide cues, counted on first use. */
    DocumentSignals signals() {
        if (signals == null) {
            signals = DocumentSignals.count(this);
        }
        return signals;
    }

    public String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    int tokenCount() {
        return count;
    }

    /** Start of a token; past the last token, the end of the text (so that lookahead never fails). */
    int start(int token) {
        return token < 0 ? 0 : token >= count ? text.length() : starts[token];
    }

    int end(int token) {
        return token < 0 ? 0 : token >= count ? text.length() : ends[token];
    }

    boolean isWord(int token) {
        return token >= 0 && token < count && kinds[token] == WORD;
    }

    boolean isNumber(int token) {
        return token >= 0 && token < count && kinds[token] == NUMBER;
    }

    boolean isSymbol(int token, char symbol) {
        return token >= 0 && token < count && kinds[token] == SYMBOL && text.charAt(starts[token]) == symbol;
    }

    boolean isSymbol(int token) {
        return token >= 0 && token < count && kinds[token] == SYMBOL;
    }

    /** Whether a line break separates this token from the one before it. */
    boolean newlineBefore(int token) {
        return token >= 0 && token < count && newlineBefore[token];
    }

    /** Whether nothing (no space) separates token {@code token} from the next one. */
    boolean touchesNext(int token) {
        return token >= 0 && token + 1 < count && ends[token] == starts[token + 1];
    }

    int tokenLength(int token) {
        return token < 0 || token >= count ? 0 : ends[token] - starts[token];
    }

    String tokenText(int token) {
        if (token < 0 || token >= count) {
            return "";
        }
        return text.substring(starts[token], ends[token]);
    }

    /** The lower-cased form of a token, computed once. */
    String lowerToken(int token) {
        if (token < 0 || token >= count) {
            return "";
        }
        String word = lowerWords[token];
        if (word == null) {
            word = lowerText.substring(starts[token], ends[token]);
            lowerWords[token] = word;
        }
        return word;
    }

    /** Whether the token is a word of this vocabulary: a bit test (see {@link Vocabulary}). */
    boolean tokenIn(int token, Vocabulary vocabulary) {
        return token >= 0 && token < count && (masks()[token] & vocabulary.bit()) != 0;
    }

    private long[] masks() {
        if (masks == null || masksVersion != Vocabulary.version()) {
            masksVersion = Vocabulary.version();
            long[] computed = new long[count];
            for (java.util.Map.Entry<String, Positions> entry : wordIndex().entrySet()) {
                long mask = Vocabulary.maskOf(entry.getKey());
                if (mask != 0) {
                    Positions positions = entry.getValue();
                    for (int i = 0; i < positions.size(); i++) {
                        computed[positions.get(i)] = mask;
                    }
                }
            }
            masks = computed;
        }
        return masks;
    }

    boolean tokenIs(int token, String lowerCaseWord) {
        if (token < 0 || token >= count || ends[token] - starts[token] != lowerCaseWord.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            if (lower[starts[token] + i] != lowerCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** First letter upper case, the rest not all upper case (a Title-case word: "Dupont"). */
    boolean isCapitalized(int token) {
        if (!isWord(token) || !Character.isUpperCase(text.charAt(starts[token]))) {
            return false;
        }
        return ends[token] - starts[token] == 1 || !isUpperCase(token);
    }

    /** Every letter upper case, at least two letters ("DUPONT"). */
    boolean isUpperCase(int token) {
        if (!isWord(token) || ends[token] - starts[token] < 2) {
            return false;
        }
        for (int i = starts[token]; i < ends[token]; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    boolean startsUpper(int token) {
        return isWord(token) && Character.isUpperCase(text.charAt(starts[token]));
    }

    /** The index of the first token starting at or after {@code position}. */
    int tokenAt(int position) {
        int index = Arrays.binarySearch(starts, 0, count, position);
        return index >= 0 ? index : -index - 1;
    }

    /** Whether a word of the vocabulary occurs among the {@code window} tokens before {@code token}. */
    boolean wordBefore(int token, int window, Vocabulary words) {
        long[] bits = masks();
        for (int i = token - 1; i >= 0 && i >= token - window; i--) {
            if ((bits[i] & words.bit()) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-cased text contains {@code phrase} starting exactly at {@code position}. */
    boolean lowerMatches(int position, String phrase) {
        if (position < 0 || position + phrase.length() > lower.length) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            if (lower[position + i] != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void tokenize() {
        int length = text.length();
        int i = 0;
        boolean newline = true;
        while (i < length) {
            char c = text.charAt(i);
            char lowered = Character.toLowerCase(c);
            lower[i] = lowered;
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
                i++;
                continue;
            }
            int start = i;
            byte kind;
            if (Character.isLetter(c)) {
                kind = WORD;
                i++;
                while (i < length) {
                    char next = text.charAt(i);
                    if (Character.isLetter(next) || Character.getType(next) == Character.NON_SPACING_MARK) {
                        lower[i] = Character.toLowerCase(next);
                        i++;
                    } else {
                        break;
                    }
                }
            } else if (c >= '0' && c <= '9') {
                kind = NUMBER;
                i++;
                while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    lower[i] = text.charAt(i);
                    i++;
                }
            } else {
                kind = SYMBOL;
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    lower[i + 1] = text.charAt(i + 1);
                    i += 2;
                } else {
                    i++;
                }
            }
            add(start, i, kind, newline);
            newline = false;
        }
    }

    private void add(int start, int end, byte kind, boolean newline) {
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            newlineBefore = Arrays.copyOf(newlineBefore, capacity);
        }
        starts[count] = start;
        ends[count] = end;
        kinds[count] = kind;
        newlineBefore[count] = newline;
        count++;
    }
}
