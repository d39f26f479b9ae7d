package org.passerelle.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds identifiers announced by a keyword: {@code IPP 8002741396}, {@code NDA : 2403118842},
 * {@code n° de séjour : V24-118736}, {@code RPPS 10003456789}, {@code sujets 03-021, 05-007}.
 * The keyword stays outside the span. Used by the identifier recognizers, each with its keywords.
 */
final class KeywordIdentifiers {

    /** One identifier found: its token range and text without separators' spaces. */
    record Match(int firstToken, int lastToken, String keyword, String value) {

        /**
         * Whether the value is a date (12/03/2024, 1.3.24, 2024-03-12): the code reader takes
         * digits joined by separators, so a date after a keyword ("patient le 15/02/2022", "séjour
         * du 12/03/2024") reads as one; no identifier recognizer wants it.
         */
        boolean dateLike() {
            int first = digits(value, 0);
            if (first == 0 || first >= value.length() || "/.-".indexOf(value.charAt(first)) < 0) {
                return false;
            }
            int second = digits(value, first + 1);
            if (second == first + 1 || second >= value.length() || "/.-".indexOf(value.charAt(second)) < 0) {
                return false;
            }
            int third = digits(value, second + 1);
            if (third != value.length()) {
                return false;
            }
            int day = first;
            int month = second - first - 1;
            int year = third - second - 1;
            return day <= 2 && month <= 2 && year >= 2 && year <= 4
                    || day == 4 && month == 2 && year == 2 && value.charAt(first) == '-' && value.charAt(second) == '-';
        }

        /** The index after the run of ASCII digits starting at {@code from}. */
        private static int digits(String value, int from) {
            int i = from;
            while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
            }
            return i;
        }
    }

    private static final Vocabulary FILLERS = Vocabulary.of("n", "no", "nº", "num", "numéro", "numero", "number", "nr",
            "de", "du", "d", "is", "id", "chez", "nous", "the", "of", "interne", "patient", "hospitalier", "local",
            "géographique", "juridique", "établissement", "site", "attribué", "provisoire", "est", "étant", "le", "sera",
            // "Patient : code MV-2026-311"
            "code",
            // which subjects a list names: "sujets exclus : 01-004, 02-011", "subjects randomised: …"
            "exclu", "exclus", "exclue", "exclues", "inclus", "incluse", "incluses", "randomisé", "randomisés",
            "randomisée", "randomisées", "concerné", "concernés", "concernée", "concernées", "suivants", "suivantes",
            "excluded", "included", "randomised", "randomized", "withdrawn",
            // what a sample holds: "échantillons ADN : FA-03-01, FA-03-02"
            "adn", "arn", "dna", "rna");

    private final Map<String, List<String[]>> phrasesByFirstWord = new HashMap<>();
    private final Vocabulary firstWords;

    /** @param phrases keyword phrases, words separated by spaces, e.g. {@code "n° de séjour"} is written {@code "séjour"} */
    KeywordIdentifiers(List<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
            phrasesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        // Longest phrase first: "dossier mère" before "dossier".
        phrasesByFirstWord.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
        firstWords = Vocabulary.shared(phrasesByFirstWord.keySet());
    }

    /** Calls {@code sink} for each identifier after a keyword, with lists ({@code a, b et c}) expanded. */
    void find(Document document, boolean allowLists, Consumer<Match> sink) {
        int[] candidates = document.positions(firstWords, phrasesByFirstWord.keySet());
        int done = -1;
        for (int candidate : candidates) {
            if (candidate <= done) {
                continue;
            }
            int token = candidate;
            List<String[]> phrases = phrasesByFirstWord.get(document.lowerToken(token));
            if (phrases == null) {
                continue;
            }
            for (String[] phrase : phrases) {
                int after = matchPhrase(document, token, phrase);
                if (after < 0) {
                    continue;
                }
                int idToken = skipFillers(document, after);
                Match match = readIdentifier(document, idToken, phrase[0]);
                if (match == null && document.isUpperCase(idToken) && document.tokenLength(idToken) <= 4
                        && !document.touchesNext(idToken)) {
                    match = readIdentifier(document, idToken + 1, phrase[0]); // "IPP HAD HAD-251144"
                }
                if (match == null) {
                    continue;
                }
                while (match != null) {
                    sink.accept(match);
                    done = match.lastToken();
                    if (!allowLists) {
                        break;
                    }
                    int next = afterRemark(document, match.lastToken() + 1);
                    if (document.isSymbol(next, ',') || document.isSymbol(next, ';') || document.tokenIs(next, "et")
                            || document.tokenIs(next, "and")) {
                        Match more = readIdentifier(document, next + 1, phrase[0]);
                        match = more != null && more.value().length() == match.value().length() ? more : null;
                    } else {
                        match = null;
                    }
                }
                break;
            }
        }
    }

    /** Tokens a remark in parentheses after a listed code may hold: "01-004 (retrait du consentement), 02-011". */
    private static final int MAX_REMARK = 12;

    /**
     * The token after a remark in parentheses that starts at {@code token} and closes on its line
     * ("(décès)", "(retrait du consentement)"), or {@code token} itself when no such remark stands there.
     */
    private static int afterRemark(Document document, int token) {
        if (!document.isSymbol(token, '(')) {
            return token;
        }
        for (int t = token + 1; t <= token + MAX_REMARK && t < document.tokenCount() && !document.newlineBefore(t); t++) {
            if (document.isSymbol(t, ')')) {
                return t + 1;
            }
            if (document.isSymbol(t, '(')) {
                break;
            }
        }
        return token;
    }

    private static int matchPhrase(Document document, int token, String[] phrase) {
        int current = token;
        for (int i = 0; i < phrase.length; i++) {
            while (i > 0 && document.isSymbol(current) && !document.newlineBefore(current)) {
                current++; // "n° de séjour", "n. de dossier"
            }
            if (!document.tokenIs(current, phrase[i])) {
                return -1;
            }
            current++;
        }
        return current;
    }

    private static int skipFillers(Document document, int token) {
        int current = token;
        int skipped = 0;
        while (current < document.tokenCount() && skipped < 6) {
            if (document.newlineBefore(current) && skipped > 0 && !document.isSymbol(current - 1, ':')) {
                break;
            }
            if (document.isSymbol(current)) {
                char c = document.charAt(document.start(current));
                if (c == ':' || c == '°' || c == '#' || c == '.' || c == '(' || c == ')' || c == '–' || c == '-' || c == '\'' || c == '’'
                        || c == '=' || c == '"') {
                    current++;
                    skipped++;
                    continue;
                }
                break;
            }
            if (document.isWord(current) && document.tokenIn(current, FILLERS)) {
                current++;
                skipped++;
                continue;
            }
            break;
        }
        return current;
    }

    /** The longest code read. */
    private static final int MAX_LENGTH = 30;

    /** An alphanumeric code with optional inner separators; at least one digit, 3 to 30 chars. */
    static Match readIdentifier(Document document, int token, String keyword) {
        if (!(document.isNumber(token) || (document.isWord(token) && document.startsUpper(token)))) {
            return null;
        }
        if (document.isWord(token) && !(document.touchesNext(token) || document.isUpperCase(token))) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        int current = token;
        document.appendToken(value, current);
        while (true) {
            int next = current + 1;
            if ((document.isNumber(next) || document.isWord(next)) && document.touchesNext(current)) {
                current = next;
            } else if (document.isSymbol(next) && "-./_".indexOf(document.charAt(document.start(next))) >= 0
                    && document.touchesNext(current) && document.touchesNext(next)
                    && (document.isNumber(next + 1) || document.isWord(next + 1) && document.isUpperCase(next + 1)
                    || document.isWord(next + 1) && document.tokenLength(next + 1) == 1)) {
                value.append(document.charAt(document.start(next)));
                current = next + 1;
            } else if (document.isNumber(current) && document.isNumber(next) && DigitGroups.spaceBetween(document, current, next)
                    && document.tokenLength(next) >= 3 && document.tokenLength(token) <= 4 && value.length() < 12) {
                current = next; // NHS style "485 777 3456"
            } else {
                break;
            }
            document.appendToken(value, current);
            if (value.length() > MAX_LENGTH) {
                return null; // too long for a code, however it goes on: not read to its end (an endless "a-1-a-1…")
            }
        }
        if (value.length() < 3 || value.length() > MAX_LENGTH || !hasDigit(value) || quantity(value)) {
            return null;
        }
        return new Match(token, current, keyword, value.toString());
    }

    /** A number and a lower-case unit: "58yo", "72ans", "5mg", "12h" are an age, a dose, a time, not a code. */
    private static boolean quantity(CharSequence value) {
        int digits = 0;
        while (digits < value.length() && Character.isDigit(value.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 4 || value.length() == digits || value.length() - digits > 3) {
            return false;
        }
        for (int i = digits; i < value.length(); i++) {
            if (!Character.isLowerCase(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
