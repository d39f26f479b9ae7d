package org.passerelle.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds multi-word phrases in a document's tokens, case-insensitively, ignoring the hyphens and
 * apostrophes between words ({@code non-disclosure}, {@code d'évaluation}) but not line breaks.
 * Each phrase carries a tag (e.g. its category). Longest match wins at a position. Immutable.
 */
final class PhraseMatcher {

    /** A phrase found: first and last token, and the phrase's tag. */
    record Match(int firstToken, int lastToken, String tag) {
    }

    /** A phrase: its words, lower case, its tag, and its index among all the phrases. */
    private record Phrase(String[] words, String tag, int index) {
    }

    private static final Phrase[] NONE = new Phrase[0];

    /** The phrases of each first word, longest first. */
    private final Map<String, Phrase[]> byFirstWord = new HashMap<>();
    private final Vocabulary firstWords;
    private final int phraseCount;

    /**
     * @param phrasesByTag tag → phrases written naturally, e.g. {@code "accord de confidentialité"};
     *     words only (no digits), which a document interns and so compares by id
     */
    PhraseMatcher(Map<String, List<String>> phrasesByTag) {
        Map<String, List<Phrase>> lists = new HashMap<>();
        int index = 0;
        for (Map.Entry<String, List<String>> entry : phrasesByTag.entrySet()) {
            for (String phrase : entry.getValue()) {
                Document words = new Document(phrase);
                List<String> list = new ArrayList<>();
                for (int t = 0; t < words.tokenCount(); t++) {
                    if (words.isNumber(t)) {
                        throw new IllegalArgumentException("a phrase of words only: " + phrase);
                    }
                    if (words.isWord(t)) {
                        list.add(words.lowerToken(t));
                    }
                }
                String[] array = list.toArray(String[]::new);
                lists.computeIfAbsent(array[0], k -> new ArrayList<>()).add(new Phrase(array, entry.getKey(), index++));
            }
        }
        lists.forEach((first, phrases) -> {
            phrases.sort((a, b) -> b.words.length - a.words.length);
            byFirstWord.put(first, phrases.toArray(Phrase[]::new));
        });
        phraseCount = index;
        firstWords = Vocabulary.shared(byFirstWord.keySet());
    }

    List<Match> findAll(Document document) {
        List<Match> matches = new ArrayList<>();
        // Looked up once per document: the phrases of each first word met, by its word id, and the
        // words of each phrase tried, as word ids (ABSENT when the document lacks one of them), so
        // that each candidate is compared by ids rather than by strings.
        Phrase[][] phrasesOf = new Phrase[document.distinctWords()][];
        int[][] wordIds = new int[phraseCount][];
        int done = -1;
        for (int token : document.positions(firstWords, byFirstWord.keySet())) {
            if (token <= done) {
                continue;
            }
            Match match = matchAt(document, token, phrasesOf, wordIds);
            if (match != null) {
                matches.add(match);
                done = match.lastToken();
            }
        }
        return matches;
    }

    private Match matchAt(Document document, int token, Phrase[][] phrasesOf, int[][] wordIds) {
        int first = document.wordId(token);
        if (first < 0) {
            return null;
        }
        Phrase[] candidates = phrasesOf[first];
        if (candidates == null) {
            candidates = byFirstWord.getOrDefault(document.word(first), NONE);
            phrasesOf[first] = candidates;
        }
        for (Phrase phrase : candidates) {
            int[] ids = wordIds[phrase.index];
            if (ids == null) {
                ids = idsOf(document, phrase);
                wordIds[phrase.index] = ids;
            }
            int current = token;
            boolean matched = ids != ABSENT;
            for (int i = 1; i < ids.length && matched; i++) {
                int next = current + 1;
                while (document.isSymbol(next) && isJoiner(document.charAt(document.start(next))) && !document.newlineBefore(next)) {
                    next++;
                }
                if (document.newlineBefore(next) || document.wordId(next) != ids[i]) {
                    matched = false;
                } else {
                    current = next;
                }
            }
            if (matched) {
                return new Match(token, current, phrase.tag);
            }
        }
        return null;
    }

    /** Marks a phrase one of whose words the document lacks: it matches nowhere. */
    private static final int[] ABSENT = new int[0];

    /** The document's word ids of a phrase's words, or {@link #ABSENT}. */
    private static int[] idsOf(Document document, Phrase phrase) {
        int[] ids = new int[phrase.words.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = document.wordId(phrase.words[i]);
            if (ids[i] < 0) {
                return ABSENT;
            }
        }
        return ids;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‑';
    }
}
