package org.passerelle.detect;

/**
 * Reads a run of digit groups starting at a number token, such as {@code 06 12 34 56 78},
 * {@code 1.61.03.75.113.042.27} or {@code 2022-004517-22}: groups joined by one space (also
 * no-break spaces), or by a single dot, hyphen or slash, on one line.
 */
final class DigitGroups {

    /** The digits read (and, where allowed, Corsica's A/B), the tokens consumed and the span. */
    final StringBuilder digits = new StringBuilder(20);
    int firstToken;
    int lastToken;
    int groups;

    private DigitGroups() {
    }

    /**
     * Reads groups from {@code token} while the digits stay within {@code maxDigits}.
     *
     * @param separators the symbols allowed between groups besides a single space, e.g. {@code ".-"}
     */
    static DigitGroups read(Document document, int token, int maxDigits, String separators, boolean corsica) {
        DigitGroups run = new DigitGroups();
        run.firstToken = token;
        run.lastToken = token;
        document.appendToken(run.digits, token);
        run.groups = 1;
        int current = token;
        while (run.digits.length() < maxDigits) {
            int next = current + 1;
            if (corsica && run.digits.length() == 6 && run.digits.charAt(5) == '2' && document.isWord(next)
                    && document.touchesNext(current) && document.tokenLength(next) == 1
                    && (document.charAt(document.start(next)) == 'A' || document.charAt(document.start(next)) == 'B')) {
                // "2A" / "2B": the letter continues the department number.
                run.digits.append(document.charAt(document.start(next)));
                current = next;
                run.lastToken = current;
                continue;
            }
            if (document.isNumber(next) && (spaceBetween(document, current, next)
                    || (document.isWord(current) && document.touchesNext(current)))) {
                current = next;
            } else if (document.isSymbol(next) && separators.indexOf(document.charAt(document.start(next))) >= 0
                    && document.touchesNext(current) && document.touchesNext(next) && document.isNumber(next + 1)) {
                current = next + 1;
            } else {
                break;
            }
            if (run.digits.length() + document.tokenLength(current) > maxDigits) {
                break;
            }
            document.appendToken(run.digits, current);
            run.lastToken = current;
            run.groups++;
        }
        return run;
    }

    int start(Document document) {
        return document.start(firstToken);
    }

    int end(Document document) {
        return document.end(lastToken);
    }

    /** Whether the run is glued to a letter or digit on either side (then it is part of something else). */
    boolean glued(Document document) {
        int start = start(document);
        int end = end(document);
        return (start > 0 && Character.isLetterOrDigit(document.charAt(start - 1)))
                || (end < document.length() && Character.isLetterOrDigit(document.charAt(end)));
    }

    /**
     * A number token right after "digit-", "digit/" or "digit.": it continues a number already
     * begun (the middle or end of a date, "17-06-2014", "06/12/81"), it starts nothing.
     */
    static boolean continuesNumber(Document document, int token) {
        if (!document.isNumber(token) || token < 2 || !document.isNumber(token - 2) || !document.touchesNext(token - 2)
                || !document.touchesNext(token - 1)) {
            return false;
        }
        char separator = document.charAt(document.start(token - 1));
        return document.isSymbol(token - 1) && (separator == '-' || separator == '/' || separator == '.');
    }

    /** One space-like character, not a line break, between two tokens. */
    static boolean spaceBetween(Document document, int before, int after) {
        int gap = document.start(after) - document.end(before);
        if (gap != 1) {
            return false;
        }
        return blank(document.charAt(document.end(before)));
    }

    /** A space that may join two groups of one number: a space, a no-break or a thin space, a figure space. */
    static boolean blank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }
}
