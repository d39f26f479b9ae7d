package org.passerelle.detect;

import java.util.Arrays;

/**
 * A text prepared once for every recognizer: its tokens (runs of letters, runs of digits, single
 * symbols) found in one pass, each word's lower-case form interned once. Recognizers work on
 * tokens and compare text in lower case (a table look-up per character, {@link #LOWER}) instead
 * of running regular expressions over the whole text, which keeps detection at tens of MB/s per
 * core. Not thread-safe; one per analysis.
 */
public final class Document {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte SYMBOL = 3;

    private final String text;
    /** The text's characters, read by index without String's checks on the hot paths. */
    private final char[] chars;
    private int count;
    private int[] starts;
    private int[] ends;
    /**
     * Per token, in one byte so that a walk over the tokens reads one array: its kind
     * ({@link #KIND}), whether a line break comes before it, and for words the case of their letters.
     */
    private byte[] flags;
    private static final byte KIND = 3;
    private static final byte NEWLINE = 4;
    private static final byte FIRST_UPPER = 8;
    private static final byte ALL_UPPER = 16;
    /** A number's flag, where a word's hold its case: only a number's joining characters stand since the number before it. */
    private static final byte JOINED = 8;
    /**
     * A symbol's flags hold, from this bit up (where a word's hold its case), which of the
     * {@link #COMMON_SYMBOLS} it is, 0 for another: "is this token a hyphen?" then reads one byte,
     * not the token's start and the text.
     */
    private static final int SYMBOL_SHIFT = 3;
    private static final String COMMON_SYMBOLS = ".,-/:;()'’|+@\"[]–—&*#%=_?!«»°";
    private static final byte[] SYMBOL_CODES = new byte[65536];

    static {
        if (COMMON_SYMBOLS.length() >= 1 << (8 - SYMBOL_SHIFT)) {
            throw new IllegalStateException("more common symbols than the flags' free bits can name");
        }
        for (int i = 0; i < COMMON_SYMBOLS.length(); i++) {
            SYMBOL_CODES[COMMON_SYMBOLS.charAt(i)] = (byte) (i + 1);
        }
    }
    private String[] lowerSymbols;
    private DocumentSignals signals;
    /** The distinct lower-case words, interned once: a token's word id, or -1 for numbers and symbols. */
    private int[] wordIds;
    private int words;
    private int[] wordHashes;
    /** Per distinct word, its first and last four lower-case characters ({@link #intern}). */
    private long[] edges;
    /** How many times each distinct word occurs, counted while interning. */
    private int[] wordCounts;
    private String[] wordStrings;
    private long[] table;
    /** The distinct words' lower-case chars side by side: word w at poolOffsets[w] to poolOffsets[w + 1]. */
    private char[] pool;
    private int[] poolOffsets;
    /** Where each distinct word occurs, all words in one array: word w at offsets[w] to offsets[w + 1]. */
    private int[] offsets;
    private int[] occurrences;
    private long[] wordMasks;
    /** The vocabularies {@link #wordMasks} answers for: those registered when it was made. */
    private long maskedBits;
    /**
     * Listed while tokenizing, in order: the number tokens, the words starting with a capital, the
     * first token of each line, and where the '@' signs stand (character positions).
     */
    private final IntList numbers;
    private final IntList capitalized;
    private final IntList lineStarts;
    private final IntList atSigns = new IntList(4);

    public Document(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        // About one token per four characters in prose, more in tables and lists of numbers: room
        // for one per three, so that the token arrays are seldom copied to grow.
        int capacity = Math.max(16, text.length() / 3);
        starts = new int[capacity];
        ends = new int[capacity];
        flags = new byte[capacity];
        wordIds = new int[capacity];
        // Lists sized for a typical text (a quarter of the tokens are numbers, a fifth capitalised)
        // so that they are seldom copied as they grow.
        numbers = new IntList(capacity / 4);
        capitalized = new IntList(capacity / 5);
        lineStarts = new IntList(capacity / 16);
        // Distinct words grow more slowly than the text: a 2 KB prompt has about 200 (a word in
        // two), 8 KB about 600, the 1 MB mix of the benchmarks 7,800. The table (half full at most)
        // and the words' arrays are sized for that, so that a prompt's are not rebuilt as they fill.
        int distinct = Math.min(MAX_EXPECTED_WORDS, 64 + capacity / 5);
        table = new long[Integer.highestOneBit(distinct * 2 - 1) * 2];
        wordHashes = new int[distinct];
        edges = new long[2 * distinct];
        wordCounts = new int[wordHashes.length];
        poolOffsets = new int[wordHashes.length + 1];
        pool = new char[Math.max(64, Math.min(chars.length, distinct * 8))];
        tokenize();
        wordStrings = new String[words];
    }

    /**
     * The id of the lower-case form of the word at {@code start} to {@code end}, whose hash is
     * {@code hash} and whose first and last four lower-case characters are {@code head} and
     * {@code tail} (a character in each 16 bits): called while tokenizing, with the word's
     * characters still in the processor's nearest cache. An open-addressing table over the
     * lower-case characters: no string is made per token, one per distinct word when asked for.
     * The table grows with the distinct words (far fewer than the tokens), and each entry holds its
     * word's hash beside its id; the words' characters are copied side by side into a pool, which
     * stays in the caches where the text itself does not.
     */
    private int intern(int start, int end, long head, long tail) {
        int hash = edgeHash(head, tail, end - start);
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                int id = addWord(start, end, hash, slot, head, tail);
                wordCounts[id]++;
                return id;
            }
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && sameWord(id, start, end, head, tail)) {
                wordCounts[id]++;
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Whether the word at {@code start} to {@code end}, with these first and last four characters,
     * is the distinct word {@code id}. A word of eight characters or fewer is all in its first and
     * last four: two comparisons of longs instead of a loop over its characters, which on most
     * tokens was most of the interning's time; a longer word's characters are compared too.
     */
    private boolean sameWord(int id, int start, int end, long head, long tail) {
        int length = end - start;
        return edges[2 * id] == head && edges[2 * id + 1] == tail && poolOffsets[id + 1] - poolOffsets[id] == length
                && (length <= 2 * EDGE || sameChars(id, start, end));
    }

    /** How many characters the first and last parts of a word ({@link #intern}'s head and tail) hold: four of 16 bits. */
    private static final int EDGE = 4;

    /** Registers the word at {@code start} to {@code end} as a new distinct word in the empty {@code slot}; returns its id. */
    private int addWord(int start, int end, int hash, int slot, long head, long tail) {
        int id = words++;
        if (id == wordHashes.length) {
            edges = Arrays.copyOf(edges, id * 4);
            wordHashes = Arrays.copyOf(wordHashes, id * 2);
            wordCounts = Arrays.copyOf(wordCounts, id * 2);
            poolOffsets = Arrays.copyOf(poolOffsets, id * 2 + 1);
        }
        int length = end - start;
        int offset = poolOffsets[id];
        if (offset + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, offset + length));
        }
        for (int i = 0; i < length; i++) {
            pool[offset + i] = LOWER[chars[start + i]];
        }
        poolOffsets[id + 1] = offset + length;
        int stringHash = 0;
        for (int i = offset; i < offset + length; i++) {
            stringHash = 31 * stringHash + pool[i];
        }
        wordHashes[id] = stringHash;
        edges[2 * id] = head;
        edges[2 * id + 1] = tail;
        table[slot] = ((long) hash << 32) | (id + 1);
        if (words * 2 > table.length) {
            growTable();
        }
        return id;
    }

    private void growTable() {
        long[] grown = new long[table.length * 2];
        int mask = grown.length - 1;
        for (long entry : table) {
            if (entry != 0) {
                int slot = mix((int) (entry >>> 32)) & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = entry;
            }
        }
        table = grown;
    }

    /**
     * The table's hash of a word: of its first and last four lower-case characters and its length,
     * which the tokenizer gathers anyway. Not {@link String#hashCode()}: that one's multiply per
     * character is one long chain through the word; this is a few operations per word. Words
     * that share both ends and their length (only words longer than eight) share it, and are
     * told apart by their characters ({@link #sameWord}).
     */
    static int edgeHash(long head, long tail, int length) {
        long h = (head * 0x9E3779B97F4A7C15L) ^ (tail * 0xC2B2AE3D27D4EB4FL) ^ length;
        return (int) (h ^ (h >>> 32));
    }

    /** Spreads a string hash over an open-addressing table: short words' hashes are small and would cluster. */
    static int mix(int hash) {
        int spread = hash * 0x9E3779B9;
        return spread ^ (spread >>> 16);
    }

    /** Whether the word at {@code other} to {@code end} is the distinct word {@code id}, compared with the word's chars in the pool. */
    private boolean sameChars(int id, int other, int end) {
        int from = poolOffsets[id];
        int length = poolOffsets[id + 1] - from;
        if (length != end - other) {
            return false;
        }
        // words are short: a plain loop beats the vectorised comparison's set-up
        for (int i = 0; i < length; i++) {
            if (pool[from + i] != LOWER[chars[other + i]]) {
                return false;
            }
        }
        return true;
    }

    /** The id of a word token's lower-case form, or -1 for a number or a symbol. */
    int wordId(int token) {
        return token < 0 || token >= count ? -1 : wordIds[token];
    }

    /** The id of a lower-case word in this document, or -1 when it does not occur. */
    int wordId(String lowerCaseWord) {
        int length = lowerCaseWord.length();
        if (length == 0) {
            return -1;
        }
        long head = 0;
        long tail = 0;
        for (int i = 0; i < length; i++) {
            tail = tail << 16 | lowerCaseWord.charAt(i);
            if (i < EDGE) {
                head = tail;
            }
        }
        int hash = edgeHash(head, tail, length);
        int mask = table.length - 1;
        for (int slot = mix(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            long entry = table[slot];
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && poolOffsets[id + 1] - poolOffsets[id] == lowerCaseWord.length()
                    && poolHolds(poolOffsets[id], lowerCaseWord)) {
                return id;
            }
        }
        return -1;
    }

    /** Whether the word pool holds these lower-case characters from {@code at} (within its length). */
    private boolean poolHolds(int at, String lowerCase) {
        if (at < 0 || at + lowerCase.length() > poolOffsets[words]) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if (pool[at + i] != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many distinct words the document has; ids run from 0 to this, exclusive. */
    int distinctWords() {
        return words;
    }

    /** The lower-case form of a distinct word, made once. */
    String word(int id) {
        String word = wordStrings[id];
        if (word == null) {
            word = new String(pool, poolOffsets[id], poolOffsets[id + 1] - poolOffsets[id]);
            wordStrings[id] = word;
        }
        return word;
    }

    /** How many times a distinct word occurs. */
    int occurrences(int id) {
        index();
        return offsets[id + 1] - offsets[id];
    }

    /** The token of the {@code i}-th occurrence of a distinct word, in text order. */
    int occurrence(int id, int i) {
        return occurrences[offsets[id] + i];
    }

    private void index() {
        if (offsets != null) {
            return;
        }
        int[] from = new int[words + 1];
        for (int w = 0; w < words; w++) {
            from[w + 1] = from[w] + wordCounts[w];
        }
        // Numbers and symbols (id -1) go to one more bucket after the words': every token is
        // written, with no branch on its kind, which in a text alternating words and symbols the
        // processor cannot predict (on the 1 MB mix the branch cost a quarter of the document's
        // cues, 0.25 ms).
        int[] filled = Arrays.copyOf(from, words + 1);
        int[] tokens = new int[count];
        int other = words + 1;
        for (int t = 0; t < count; t++) {
            int id = wordIds[t];
            tokens[filled[id + (id >> 31 & other)]++] = t;
        }
        occurrences = tokens;
        offsets = from;
    }

    /**
     * The tokens where a word (lower case) stands, in order, so that keyword-driven recognizers
     * look up their few keywords instead of testing every token.
     */
    int[] positions(String lowerCaseWord) {
        int id = wordId(lowerCaseWord);
        return id < 0 ? NO_POSITIONS : occurrencesOf(new int[] {id}, 1);
    }

    private static final int[] NO_POSITIONS = new int[0];

    /**
     * The sorted positions of the words of a vocabulary (the same words as {@code lowerCaseWords}):
     * in a text of many distinct words, a look-up per word; otherwise a bit test per distinct word,
     * cheaper than a look-up by several times.
     */
    int[] positions(Vocabulary vocabulary, java.util.Collection<String> lowerCaseWords) {
        if (words <= BITS_PER_LOOKUP * lowerCaseWords.size()) {
            return positions(vocabulary.bit());
        }
        int[] ids = new int[lowerCaseWords.size()];
        int found = 0;
        for (String word : lowerCaseWords) {
            int id = wordId(word);
            if (id >= 0) {
                ids[found++] = id;
            }
        }
        return occurrencesOf(ids, found);
    }

    /**
     * The sorted positions of the words of any of these vocabularies (a union of their bits): a
     * bit test per distinct word, then their occurrences.
     */
    int[] positions(long vocabularies) {
        long[] bits = wordMasks(vocabularies);
        int[] ids = new int[8];
        int found = 0;
        for (int w = 0; w < words; w++) {
            if ((bits[w] & vocabularies) != 0) {
                if (found == ids.length) {
                    ids = Arrays.copyOf(ids, found * 2);
                }
                ids[found++] = w;
            }
        }
        return occurrencesOf(ids, found);
    }

    /**
     * The tokens where any of the first {@code found} distinct words stand, in order: their
     * occurrences marked in a bitmap of the tokens and read back in order, which costs a pass over
     * a sixty-fourth of the tokens instead of a test per token or a sort.
     */
    private int[] occurrencesOf(int[] ids, int found) {
        if (found == 0) {
            return NO_POSITIONS;
        }
        index();
        if (found == 1) {
            return Arrays.copyOfRange(occurrences, offsets[ids[0]], offsets[ids[0] + 1]);
        }
        int total = 0;
        long[] marked = new long[(count + 63) >>> 6];
        for (int w = 0; w < found; w++) {
            for (int i = offsets[ids[w]], to = offsets[ids[w] + 1]; i < to; i++) {
                int t = occurrences[i];
                marked[t >>> 6] |= 1L << t;
            }
            total += offsets[ids[w] + 1] - offsets[ids[w]];
        }
        int[] tokens = new int[total];
        int at = 0;
        for (int block = 0; block < marked.length && at < total; block++) {
            for (long bits = marked[block]; bits != 0; bits &= bits - 1) {
                tokens[at++] = (block << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return tokens;
    }

    /**
     * The number tokens, in order. A recognizer whose matches start at a number, or at the token
     * just before one ({@code +33}, {@code FR76}), walks these instead of every token: a quarter of
     * a text's tokens are numbers, and the walk no longer reads every token's kind and bounds.
     */
    int[] numbers() {
        return numbers.toArray();
    }

    /**
     * How many digits a run of digit groups starting at number {@code token} could hold, at most
     * (capped at {@link #MAX_REACH}); 0 for another token. Groups are counted as joined when only
     * a few characters that any long number may be written with stand between them, on one line:
     * spaces, {@code . - / ( ) +}, and Corsica's {@code A}/{@code B}. A bound, not a reading,
     * worked out once for all the numbers: a recognizer of long numbers (a phone number, a NIR)
     * then passes over the dates, doses and counts of a text with one look-up each, instead of
     * testing each one's neighbours the way its own reading does.
     */
    int digitReach(int token) {
        if (token < 0 || token >= count || (flags[token] & KIND) != NUMBER) {
            return 0;
        }
        if (digitReach == null) {
            digitReach = digitReaches();
        }
        return digitReach[token];
    }

    static final int MAX_REACH = 127;
    /** The most characters that may stand between two groups of one number: "( 3 3 ) 6", "+33 (0)2". */
    private static final int MAX_JOIN = 6;
    private byte[] digitReach;

    private byte[] digitReaches() {
        byte[] reach = new byte[count];
        int[] tokens = numbers();
        int following = 0; // the reach of the next number, when it is joined to this one
        for (int i = tokens.length - 1; i >= 0; i--) {
            int token = tokens[i];
            int digits = Math.min(MAX_REACH, ends[token] - starts[token] + following);
            reach[token] = (byte) digits;
            following = (flags[token] & JOINED) != 0 ? digits : 0;
        }
        return reach;
    }

    /** Whether only a number's joining characters, a few of them, stand from {@code from} to {@code to}. */
    private boolean joined(int from, int to) {
        if (to - from > MAX_JOIN) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ((CLASSES[chars[i]] & JOINER) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The words whose first letter is upper case, in order: where names and towns start. */
    int[] capitalized() {
        return capitalized.toArray();
    }

    /** The first token of each line (after a line break, or the text's first), in order. */
    int[] lineStarts() {
        return lineStarts.toArray();
    }

    /** The character positions of the '@' signs, in order: where e-mail addresses are looked for. */
    int[] atSigns() {
        return atSigns.toArray();
    }

    /**
     * The first '@' sign at or after {@code from} and before {@code to}, or -1: a binary search of
     * where they stand rather than a read of the characters between.
     */
    int atSign(int from, int to) {
        int at = lowerBound(atSigns.values, atSigns.size, from);
        return at < atSigns.size && atSigns.values[at] < to ? atSigns.values[at] : -1;
    }

    /**
     * The first index below {@code size} whose value is at least {@code key}, in values sorted up
     * to {@code size}; or {@code size} when there is none.
     */
    static int lowerBound(int[] sorted, int size, int key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A growing list of ints, filled while tokenizing and then read as an array of its size. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Takes these values, filled up to {@code size} elsewhere. */
        void set(int[] values, int size) {
            this.values = values;
            this.size = size;
        }

        int[] toArray() {
            if (values.length != size) {
                values = Arrays.copyOf(values, size);
            }
            return values;
        }
    }

    /**
     * The tokens of sorted lists, in order, each once. When one list is empty, as most keyword lists
     * of a text are, the other is returned as it is: callers only read the result.
     */
    static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            merged[n++] = next;
        }
        return n == merged.length ? merged : Arrays.copyOf(merged, n);
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

    /**
     * Where the line holding {@code position} starts, looking back at most {@code reach}
     * characters (then {@code position - reach}): a rule that looks along a line stays linear on
     * a text of one endless line.
     */
    int lineStart(int position, int reach) {
        int limit = Math.max(0, position - reach);
        for (int i = position - 1; i >= limit; i--) {
            if (chars[i] == '\n') {
                return i + 1;
            }
        }
        return limit;
    }

    /**
     * The first position from {@code from}, going by {@code step} (1 or -1), that is not a space or
     * a tab; -1 or the text's length when there is none.
     */
    int skipBlanks(int from, int step) {
        int i = from;
        while (i >= 0 && i < chars.length && (chars[i] == ' ' || chars[i] == '\t')) {
            i += step;
        }
        return i;
    }

    /** Where the line holding {@code position} ends (its line break), looking at most {@code reach} characters ahead. */
    int lineEnd(int position, int reach) {
        int limit = Math.min(chars.length, position + reach);
        for (int i = position; i < limit; i++) {
            if (chars[i] == '\n') {
                return i;
            }
        }
        return limit;
    }

    char charAt(int index) {
        return chars[index];
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
        return token >= 0 && token < count && (flags[token] & KIND) == WORD;
    }

    boolean isNumber(int token) {
        return token >= 0 && token < count && (flags[token] & KIND) == NUMBER;
    }

    boolean isSymbol(int token, char symbol) {
        if (token < 0 || token >= count || (flags[token] & KIND) != SYMBOL) {
            return false;
        }
        int code = SYMBOL_CODES[symbol];
        return code != 0 ? (flags[token] & 0xFF) >>> SYMBOL_SHIFT == code : chars[starts[token]] == symbol;
    }

    /** Whether the token is an apostrophe, straight or typographic ({@code '} or {@code ’}): French elision, English possessive. */
    boolean isApostrophe(int token) {
        return isSymbol(token, '\'') || isSymbol(token, '’');
    }

    boolean isSymbol(int token) {
        return token >= 0 && token < count && (flags[token] & KIND) == SYMBOL;
    }

    /** Whether a line break separates this token from the one before it. */
    boolean newlineBefore(int token) {
        return token >= 0 && token < count && (flags[token] & NEWLINE) != 0;
    }

    /** Whether a blank line (two line breaks or more) stands between tokens {@code before} and {@code after}: a new paragraph. */
    boolean blankLineBetween(int before, int after) {
        int breaks = 0;
        for (int i = ends[before]; i < starts[after] && breaks < 2; i++) {
            breaks += text.charAt(i) == '\n' ? 1 : 0;
        }
        return breaks >= 2;
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

    /**
     * Whether every character of the token is in Latin-1, where lower-casing a character at a time
     * ({@link #LOWER}) and {@link String#toLowerCase} agree.
     */
    boolean latin1(int token) {
        for (int i = start(token); i < end(token); i++) {
            if (chars[i] > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Appends a token's text, copied from the document's characters. */
    void appendToken(StringBuilder builder, int token) {
        if (token >= 0 && token < count) {
            builder.append(chars, starts[token], ends[token] - starts[token]);
        }
    }

    /** The lower-cased form of a token: a word's is made once per distinct word. */
    String lowerToken(int token) {
        if (token < 0 || token >= count) {
            return "";
        }
        if (wordIds[token] >= 0) {
            return word(wordIds[token]);
        }
        if (lowerSymbols == null) {
            lowerSymbols = new String[count];
        }
        String other = lowerSymbols[token];
        if (other == null) {
            char[] lowered = new char[ends[token] - starts[token]];
            for (int i = 0; i < lowered.length; i++) {
                lowered[i] = LOWER[chars[starts[token] + i]];
            }
            other = new String(lowered);
            lowerSymbols[token] = other;
        }
        return other;
    }

    /** Whether the token is a word of this vocabulary: a bit test (see {@link Vocabulary}). */
    boolean tokenIn(int token, Vocabulary vocabulary) {
        return token >= 0 && token < count && wordIds[token] >= 0
                && (wordMasks(vocabulary)[wordIds[token]] & vocabulary.bit()) != 0;
    }

    /**
     * The vocabularies of each distinct word, looked up once per word; looked up again only when
     * asked about a vocabulary registered since (a field test, where a shared version number read
     * on every call would keep the compiler from keeping the masks in a register).
     */
    private long[] wordMasks(Vocabulary vocabulary) {
        return wordMasks(vocabulary.bit());
    }

    private long[] wordMasks(long bits) {
        if ((bits & ~maskedBits) != 0) {
            Vocabulary.Table table = Vocabulary.table();
            long[] computed = new long[words];
            for (int w = 0; w < words; w++) {
                computed[w] = table.maskOf(pool, poolOffsets[w], poolOffsets[w + 1], wordHashes[w]);
            }
            wordMasks = computed;
            maskedBits = table.covered;
        }
        return wordMasks;
    }

    /**
     * Which of some vocabularies (the union of their {@link Vocabulary#bit()}s) the token's word
     * belongs to, in one look-up; 0 for a number or a symbol.
     */
    long bitsOf(int token, long vocabularies) {
        if (token < 0 || token >= count || wordIds[token] < 0) {
            return 0;
        }
        return wordMasks(vocabularies)[wordIds[token]] & vocabularies;
    }

    /** Whether a distinct word belongs to the vocabulary. */
    boolean wordIn(int id, Vocabulary vocabulary) {
        return (wordMasks(vocabulary)[id] & vocabulary.bit()) != 0;
    }

    /**
     * Whether a distinct word of four letters or more ends with "s" or "x" after a word of the
     * vocabulary: its plural ("bronchiolites", "métastases"), looked up once per distinct word.
     */
    boolean pluralIn(int id, Vocabulary vocabulary) {
        int from = poolOffsets[id];
        int to = poolOffsets[id + 1] - 1;
        if (to - from < 3 || pool[to] != 's' && pool[to] != 'x') {
            return false;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + pool[i];
        }
        return (Vocabulary.table().maskOf(pool, from, to, hash) & vocabulary.bit()) != 0;
    }

    /** The length of a distinct word. */
    int wordLength(int id) {
        return poolOffsets[id + 1] - poolOffsets[id];
    }

    /** A character of a distinct word's lower-case form. */
    char wordChar(int id, int index) {
        return pool[poolOffsets[id] + index];
    }

    /** Whether one of these lower-case words stands at most {@code reach} tokens before {@code token}, on its line. */
    boolean wordOnLineBefore(int token, int reach, String... lowerCaseWords) {
        for (int t = token - 1; t >= 0 && t >= token - reach && !newlineBefore(t + 1); t--) {
            if (tokenIsAny(t, lowerCaseWords)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of these lower-case words stands at most {@code reach} tokens after {@code token}, on its line. */
    boolean wordOnLineAfter(int token, int reach, String... lowerCaseWords) {
        for (int t = token + 1; t <= token + reach && t < count && !newlineBefore(t); t++) {
            if (tokenIsAny(t, lowerCaseWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code token} is one of these lower-case words (a short list, tried in turn).
     * A word token is read once, and each word of the list first compared by its hash, which a
     * string keeps: most tokens are none of the list, and are told so without reading a character.
     */
    boolean tokenIsAny(int token, String... lowerCaseWords) {
        if (token < 0 || token >= count) {
            return false;
        }
        int id = wordIds[token];
        if (id < 0) {
            for (String word : lowerCaseWords) {
                if (ends[token] - starts[token] == word.length() && lowerMatches(starts[token], word)) {
                    return true;
                }
            }
            return false;
        }
        int hash = wordHashes[id];
        for (String word : lowerCaseWords) {
            if (word.hashCode() == hash && sameWord(id, word)) {
                return true;
            }
        }
        return false;
    }

    boolean tokenIs(int token, String lowerCaseWord) {
        if (token < 0 || token >= count) {
            return false;
        }
        int id = wordIds[token];
        if (id >= 0) {
            // a word: its hash first, then its lower-case form in the pool, which stays in the caches
            return wordHashes[id] == lowerCaseWord.hashCode() && sameWord(id, lowerCaseWord);
        }
        return ends[token] - starts[token] == lowerCaseWord.length() && lowerMatches(starts[token], lowerCaseWord);
    }

    /** Whether the distinct word {@code id} is this lower-case word. */
    private boolean sameWord(int id, String lowerCaseWord) {
        return wordLength(id) == lowerCaseWord.length() && poolHolds(poolOffsets[id], lowerCaseWord);
    }

    /** First letter upper case, the rest not all upper case (a Title-case word: "Dupont"). */
    boolean isCapitalized(int token) {
        return startsUpper(token) && (ends[token] - starts[token] == 1 || (flags[token] & ALL_UPPER) == 0);
    }

    /** Every letter upper case, at least two letters ("DUPONT"). */
    boolean isUpperCase(int token) {
        return isWord(token) && ends[token] - starts[token] >= 2 && (flags[token] & ALL_UPPER) != 0;
    }

    boolean startsUpper(int token) {
        return isWord(token) && (flags[token] & FIRST_UPPER) != 0;
    }

    /** Whether a word starting with {@code c} is one that {@link #startsUpper} answers yes for. */
    static boolean upperInitial(char c) {
        return (CLASSES[c] & UPPER) != 0;
    }

    /** Whether the text holds exactly these characters from {@code at} (as {@code text().startsWith(chars, at)}). */
    boolean holds(int at, String expected) {
        if (at < 0 || at + expected.length() > chars.length) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (chars[at + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Distinct words a long text's tables are first sized for: they grow past it. */
    private static final int MAX_EXPECTED_WORDS = 16384;

    /** Bit tests of distinct words that cost about one word's look-up (iterating the list, hashing, probing). */
    private static final int BITS_PER_LOOKUP = 16;

    /** How many tokens {@link #tokenAt(int, int)} reads one by one before taking doubling steps. */
    private static final int NEAR = 8;

    /**
     * The index of the first token starting at or after {@code position}. Rules read findings in
     * order of their starts and ask for each one's token: an answer at or after the last one is
     * looked for from there ({@link #tokenAt(int, int)}), near it, not by halving the whole text.
     */
    int tokenAt(int position) {
        int from = lastTokenAt;
        int answer;
        if (from <= count && (from == 0 || starts[from - 1] < position)) {
            answer = tokenAt(position, from);
        } else {
            int index = Arrays.binarySearch(starts, 0, count, position);
            answer = index >= 0 ? index : -index - 1;
        }
        lastTokenAt = answer;
        return answer;
    }

    /** {@link #tokenAt(int)}'s last answer, where its next search starts when it may. */
    private int lastTokenAt;

    /**
     * The index of the first token starting at or after {@code position}, known to be {@code from}
     * or later: found by steps doubling from {@code from}, so that a walk through ascending
     * positions reads the tokens near each answer instead of halving the whole text each time.
     */
    int tokenAt(int position, int from) {
        // the next few tokens one by one: answers are usually near
        int limit = Math.min(count, from + NEAR);
        for (int t = from; t < limit; t++) {
            if (starts[t] >= position) {
                return t;
            }
        }
        if (limit == count) {
            return count;
        }
        int below = limit - 1; // starts[below] < position
        int step = 1;
        while (below + step < count && starts[below + step] < position) {
            below += step;
            step <<= 1;
        }
        int index = Arrays.binarySearch(starts, below + 1, Math.min(count, below + step), position);
        return index >= 0 ? index : -index - 1;
    }

    /** Whether a word of the vocabulary occurs among the {@code window} tokens before {@code token}. */
    boolean wordBefore(int token, int window, Vocabulary vocabulary) {
        long[] bits = wordMasks(vocabulary);
        long bit = vocabulary.bit();
        for (int i = Math.min(token, count) - 1; i >= 0 && i >= token - window; i--) {
            int id = wordIds[i];
            if (id >= 0 && (bits[id] & bit) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Where a lower-case phrase first stands in the text between {@code from} and {@code to}, in any case, or -1. */
    int lowerIndexOf(String phrase, int from, int to) {
        int last = Math.min(to, chars.length) - phrase.length();
        if (lettersOnly(phrase)) {
            // Inside words only: where it stands was listed once, a binary search finds the first.
            int[] positions = phrasePositions(phrase);
            int index = Arrays.binarySearch(positions, Math.max(0, from));
            int at = index >= 0 ? index : -index - 1;
            return at < positions.length && positions[at] <= last ? positions[at] : -1;
        }
        char first = phrase.charAt(0);
        for (int i = Math.max(0, from); i <= last; i++) {
            if (LOWER[chars[i]] == first && lowerMatches(i, phrase)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean lettersOnly(String phrase) {
        boolean letters = !phrase.isEmpty();
        for (int i = 0; i < phrase.length(); i++) {
            letters &= (CLASSES[phrase.charAt(i)] & WORD_START) != 0;
        }
        return letters;
    }

    /**
     * Where a phrase of letters only stands in the text, sorted: such a phrase stands inside one
     * word (every character that lowers to a letter is a letter), so it is looked for in the
     * distinct words, a few kilobytes, and placed at their occurrences. The last phrase asked
     * for is kept (a recognizer asks for the same one along the text).
     */
    private int[] phrasePositions(String phrase) {
        if (phrase.equals(positionedPhrase)) {
            return phrasePositions;
        }
        int[] found = NO_POSITIONS;
        int n = 0;
        for (int w = 0; w < words; w++) {
            for (int from = poolOffsets[w], o = from, to = poolOffsets[w + 1] - phrase.length(); o <= to; o++) {
                if (pool[o] == phrase.charAt(0) && poolHolds(o, phrase)) {
                    index();
                    for (int i = offsets[w]; i < offsets[w + 1]; i++) {
                        if (n == found.length) {
                            found = Arrays.copyOf(found, Math.max(8, n * 2));
                        }
                        found[n++] = starts[occurrences[i]] + o - from;
                    }
                }
            }
        }
        found = Arrays.copyOf(found, n);
        Arrays.sort(found);
        positionedPhrase = phrase;
        phrasePositions = found;
        return found;
    }

    private String positionedPhrase;
    private int[] phrasePositions;

    /** Whether the text, read in lower case, holds {@code phrase} starting exactly at {@code position}. */
    boolean lowerMatches(int position, String phrase) {
        if (position < 0 || position + phrase.length() > chars.length) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            if (LOWER[chars[position + i]] != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the tokenizer needs to know of every character, read by one table look-up (64 KB, of
     * which a text touches a few lines): whether it starts a word (a letter), continues one (a
     * letter or a combining accent), is a digit 0-9, a space, a line break, an upper-case letter,
     * or a letter that is not upper case. {@link #LOWER} holds {@link Character#toLowerCase(char)}.
     */
    private static final byte[] CLASSES = new byte[65536];
    private static final char[] LOWER = new char[65536];
    private static final byte WORD_START = 1;
    private static final byte WORD_PART = 2;
    private static final byte DIGIT = 4;
    private static final byte SPACE = 8;
    private static final byte LINE_BREAK = 16;
    private static final byte UPPER = 32;
    private static final byte NOT_UPPER = 64;
    /** A character that may join the digit groups of one number ({@link #joined}). */
    private static final byte JOINER = (byte) 128;

    static {
        for (int i = 0; i < 65536; i++) {
            char c = (char) i;
            int k = 0;
            if (Character.isLetter(c)) {
                k |= WORD_START | WORD_PART | (Character.isUpperCase(c) ? UPPER : NOT_UPPER);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                k |= WORD_PART;
            } else if (c >= '0' && c <= '9') {
                k |= DIGIT;
            } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                k |= SPACE | (c == '\n' || c == '\r' ? LINE_BREAK : 0);
            }
            if (DigitGroups.blank(c) || ".-/()+AB".indexOf(c) >= 0) {
                k |= JOINER;
            }
            CLASSES[i] = (byte) k;
            LOWER[i] = Character.toLowerCase(c);
        }
    }

    /**
     * Cuts the text into words (a letter, then letters and combining accents), numbers (digits
     * 0-9), and single symbols (a surrogate pair is one), interning each word as it ends. The
     * token arrays, the lists and their sizes are held in locals while the text is read, a word's
     * case is gathered in the one loop that reads it, and the lists are appended to without a
     * branch on whether a token belongs, which in mixed text the processor cannot predict.
     */
    private void tokenize() {
        char[] text = chars;
        int length = text.length;
        int[] starts = this.starts;
        int[] ends = this.ends;
        byte[] flags = this.flags;
        int[] wordIds = this.wordIds;
        int count = 0;
        // the lists too: appended to without a branch on whether the token belongs (a capital, a
        // line's start), which the processor cannot predict
        int[] lines = lineStarts.values;
        int lineCount = 0;
        int[] capitals = capitalized.values;
        int capitalCount = 0;
        int[] numberTokens = numbers.values;
        int numberCount = 0;
        int i = 0;
        boolean newline = true;
        int lastNumberEnd = -MAX_JOIN - 1;
        while (i < length) {
            char c = text[i];
            int k = CLASSES[c];
            if ((k & SPACE) != 0) {
                newline |= (k & LINE_BREAK) != 0;
                i++;
                continue;
            }
            if (count == starts.length) {
                int capacity = count * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                flags = Arrays.copyOf(flags, capacity);
                wordIds = Arrays.copyOf(wordIds, capacity);
            }
            if (lineCount == lines.length) {
                lines = Arrays.copyOf(lines, lineCount * 2);
            }
            lines[lineCount] = count;
            lineCount += newline ? 1 : 0;
            int start = i++;
            int flag = newline ? NEWLINE : 0;
            newline = false;
            int id = -1;
            if ((k & WORD_START) != 0) {
                long tail = LOWER[c]; // the last four lower-case characters so far
                long head = tail; // the first four
                int seen = 0; // the classes of the letters after the first, or'ed: NOT_UPPER when one is not upper case
                while (i < length && ((k = CLASSES[text[i]]) & WORD_PART) != 0) {
                    tail = tail << 16 | LOWER[text[i]];
                    if (i - start < EDGE) {
                        head = tail;
                    }
                    seen |= k;
                    i++;
                }
                int firstUpper = (CLASSES[c] & UPPER) / UPPER;
                flag |= WORD | (firstUpper != 0 ? FIRST_UPPER | ((seen & NOT_UPPER) == 0 ? ALL_UPPER : 0) : 0);
                if (capitalCount == capitals.length) {
                    capitals = Arrays.copyOf(capitals, capitalCount * 2);
                }
                capitals[capitalCount] = count;
                capitalCount += firstUpper;
                id = intern(start, i, head, tail);
            } else if ((k & DIGIT) != 0) {
                while (i < length && (CLASSES[text[i]] & DIGIT) != 0) {
                    i++;
                }
                if (numberCount == numberTokens.length) {
                    numberTokens = Arrays.copyOf(numberTokens, numberCount * 2);
                }
                numberTokens[numberCount++] = count;
                // joined to the number before: read while these characters are in the nearest cache
                flag |= NUMBER | (joined(lastNumberEnd, start) ? JOINED : 0);
                lastNumberEnd = i;
            } else {
                if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(text[i])) {
                    i++;
                }
                if (c == '@') {
                    atSigns.add(start);
                }
                flag |= SYMBOL | SYMBOL_CODES[c] << SYMBOL_SHIFT;
            }
            starts[count] = start;
            ends[count] = i;
            flags[count] = (byte) flag;
            wordIds[count] = id;
            count++;
        }
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
        this.wordIds = wordIds;
        this.count = count;
        lineStarts.set(lines, lineCount);
        capitalized.set(capitals, capitalCount);
        numbers.set(numberTokens, numberCount);
    }
}
