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

    private record Phrase(String[] words, String tag) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Vocabulary firstWords;

    /** @param phrasesByTag tag → phrases written naturally, e.g. {@code "accord de confidentialité"} */
    PhraseMatcher(Map<String, List<String>> phrasesByTag) {
        phrasesByTag.forEach((tag, phrases) -> {
            for (String phrase : phrases) {
                Document words = new Document(phrase);
                List<String> list = new ArrayList<>();
                for (int t = 0; t < words.tokenCount(); t++) {
                    if (words.isWord(t) || words.isNumber(t)) {
                        list.add(words.lowerToken(t));
                    }
                }
                String[] array = list.toArray(String[]::new);
                byFirstWord.computeIfAbsent(array[0], k -> new ArrayList<>()).add(new Phrase(array, tag));
            }
        });
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words.length - a.words.length));
        firstWords = Vocabulary.shared(byFirstWord.keySet());
    }

    List<Match> findAll(Document document) {
        List<Match> matches = new ArrayList<>();
        int done = -1;
        for (int token : document.positions(firstWords, byFirstWord.keySet())) {
            if (token <= done) {
                continue;
            }
            Match match = matchAt(document, token);
            if (match != null) {
                matches.add(match);
                done = match.lastToken();
            }
        }
        return matches;
    }

    Match matchAt(Document document, int token) {
        if (!document.isWord(token) && !document.isNumber(token)) {
            return null;
        }
        List<Phrase> candidates = byFirstWord.get(document.lowerToken(token));
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            int current = token;
            boolean matched = true;
            for (int i = 1; i < phrase.words.length && matched; i++) {
                int next = current + 1;
                while (document.isSymbol(next) && isJoiner(document.charAt(document.start(next))) && !document.newlineBefore(next)) {
                    next++;
                }
                if (document.newlineBefore(next) || !document.tokenIs(next, phrase.words[i])) {
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

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‑';
    }
}
