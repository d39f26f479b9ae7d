package org.passerelle.detect;

import java.util.List;
import java.util.Set;

/**
 * Phone and fax numbers: French national numbers (ten digits from 01 to 09, grouped or not),
 * international numbers written with {@code +} or {@code 00} and a country code (with the
 * optional {@code (0)}), and UK national numbers (eleven digits from 01, 02 or 07).
 */
final class PhoneRecognizer implements Recognizer {

    private static final Vocabulary CONTEXT = Vocabulary.of("tél", "tel", "téléphone", "telephone", "phone", "fax",
            "portable", "mobile", "joignable", "appeler", "contact", "standard", "secrétariat", "ligne",
            "telephone", "call", "urgence", "poste", "accueil", "cell", "cellphone", "pager", "ph");
    private static final Explanation FRENCH = new Explanation("phone", "french-number");
    private static final Explanation INTERNATIONAL = new Explanation("phone", "international-number");
    private static final Explanation UK = new Explanation("phone", "uk-number");
    private static final Explanation LOOSE = new Explanation("phone", "form-typed-number");
    private static final Explanation NORTH_AMERICAN = new Explanation("phone", "north-american-number");

    /** The fewest digits of a phone number of any form below: nine, after a country code. */
    private static final int FEWEST_DIGITS = 9;
    /** Numbers with fewer digits within reach ({@link Document#digitReach}) are passed over. */
    private final int fewestDigits;

    PhoneRecognizer() {
        this(FEWEST_DIGITS);
    }

    /** With another bound: 0 reads every number, which the tests compare with the bound's answers. */
    PhoneRecognizer(int fewestDigits) {
        this.fewestDigits = fewestDigits;
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.PHONE);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        // Every number starts at a number or at the "+" or "(" just before one.
        int next = 0;
        for (int number : document.numbers()) {
            if (document.digitReach(number) < fewestDigits) {
                continue; // a date, a dose, a count: too few digits within reach for any phone number
            }
            for (int token = Math.max(next, number - 1); token <= number; token++) {
                if (token == number || document.isSymbol(token, '+') || document.isSymbol(token, '(')) {
                    int last = numberAt(document, token, out);
                    next = last + 1;
                    token = last;
                }
            }
        }
    }

    /** Reads a phone number starting at {@code token}; returns its last token, or {@code token} if none. */
    private int numberAt(Document document, int token, List<Finding> out) {
        if (DigitGroups.continuesNumber(document, token)) {
            return token; // "17-06-2014": the middle of a date or a reference, not the start of a phone
        }
        int loose = looseNumber(document, token, out);
        if (loose > token) {
            return loose;
        }
        if (document.isSymbol(token, '+') && document.touchesNext(token) && document.isNumber(token + 1)) {
            return international(document, token, token + 1, out);
        }
        if (document.isNumber(token) && document.charAt(document.start(token)) == '0') {
            if (token > 0 && (document.isNumber(token - 1) || document.isSymbol(token - 1, '+'))
                    && document.start(token) - document.end(token - 1) <= 1) {
                return token;
            }
            if (document.tokenLength(token) >= 4 && document.charAt(document.start(token) + 1) == '0'
                    && document.charAt(document.start(token) + 2) != '0') {
                int end = international(document, token, token, out);
                return end > token ? end : national(document, token, out);
            }
            return national(document, token, out);
        }
        return northAmerican(document, token, out);
    }

    /**
     * A North American number after a phone word: three digits, three, then four, joined by
     * hyphens or dots or single spaces ({@code cell 212-555-0187}); the area code and the exchange
     * start with 2 to 9. Without the word, such a number is as likely a reference.
     */
    private int northAmerican(Document document, int token, List<Finding> out) {
        if (document.tokenLength(token) != 3 || document.charAt(document.start(token)) < '2'
                || token > 0 && document.isNumber(token - 1) && document.start(token) - document.end(token - 1) <= 1) {
            return token;
        }
        int exchange;
        int line;
        boolean grouped;
        if (document.isSymbol(token + 1, '-') || document.isSymbol(token + 1, '.')) {
            char separator = document.charAt(document.start(token + 1));
            exchange = token + 2;
            line = token + 4;
            grouped = document.isSymbol(token + 3, separator) && document.touchesNext(token) && document.touchesNext(token + 1)
                    && document.touchesNext(exchange) && document.touchesNext(token + 3)
                    && !DigitGroups.continuesNumber(document, line + 2);
        } else {
            exchange = token + 1;
            line = token + 2;
            grouped = DigitGroups.spaceBetween(document, token, exchange) && DigitGroups.spaceBetween(document, exchange, line)
                    && !(document.isNumber(line + 1) && DigitGroups.spaceBetween(document, line, line + 1));
        }
        if (!grouped || !document.isNumber(exchange) || document.tokenLength(exchange) != 3
                || document.charAt(document.start(exchange)) < '2' || !document.isNumber(line) || document.tokenLength(line) != 4
                || !document.wordBefore(token, 4, CONTEXT)) {
            return token;
        }
        out.add(new Finding(Label.PHONE, document.start(token), document.end(line), 0.85, NORTH_AMERICAN));
        return line;
    }

    private int national(Document document, int token, List<Finding> out) {
        if (document.digitReach(token) < 10) {
            return token; // every number below has ten digits or more
        }
        DigitGroups run = DigitGroups.read(document, token, 11, ".-", false);
        if (run.digits.length() < 10 && document.isSymbol(token + 1, '/')) {
            DigitGroups slashed = DigitGroups.read(document, token, 10, "/", false);
            if (slashed.groups == 5 && slashed.digits.length() == 10) {
                run = slashed; // "06/28/42/50/36": five pairs cannot be a date
            }
        }
        CharSequence digits = run.digits; // read in place: most runs are refused below, no string per run
        if (digits.length() < 10 || run.groups == digits.length() || DigitGroups.continuesNumber(document, run.lastToken + 2)) {
            return token; // digit-by-digit runs are read by looseNumber, which knows where they end
        }
        boolean context = document.wordBefore(token, 6, CONTEXT);
        if (run.glued(document) && !context) {
            return token;
        }
        if (digits.charAt(1) == '0') {
            // "00" opens no French number, but forms mistype them: after "Tél :", written in five
            // pairs, or right after a person's name in a contact list, ten such digits are still
            // someone's number
            if (digits.length() == 10 && (context || run.groups == 5 || afterName(document, token))) {
                out.add(new Finding(Label.PHONE, run.start(document), run.end(document), context ? 0.9 : 0.7, FRENCH));
                return run.lastToken;
            }
            return token;
        }
        if (digits.length() == 10) {
            double score = run.groups >= 4 || run.groups == 1 ? 0.9 : 0.7;
            out.add(new Finding(Label.PHONE, run.start(document), run.end(document), context ? 0.97 : score, FRENCH));
            return run.lastToken;
        }
        char area = digits.charAt(1);
        if (digits.length() == 11 && (area == '1' || area == '2' || area == '3' || area == '7') && run.groups >= 2) {
            out.add(new Finding(Label.PHONE, run.start(document), run.end(document), context ? 0.9 : 0.75, UK));
            return run.lastToken;
        }
        // Eleven digits that are not a UK number may be a French number followed by something else.
        DigitGroups french = DigitGroups.read(document, token, 10, ".-", false);
        if (french.digits.length() == 10 && french.groups >= 4 && !french.glued(document)) {
            out.add(new Finding(Label.PHONE, french.start(document), french.end(document), context ? 0.95 : 0.85, FRENCH));
            return french.lastToken;
        }
        return token;
    }

    /**
     * Numbers typed loosely in forms: digit by digit ({@code 0 7 . 3 3 . 6 4 . 7 5 . 7 0}), with a
     * country code in parentheses ({@code (33) 1 45 56 78 92}), a spaced plus sign
     * ({@code + 3 3 6 ...}), or pairs joined by slashes. Returns the last token used, or -1.
     */
    private int looseNumber(Document document, int token, List<Finding> out) {
        int first = token;
        int digitsFrom = token;
        boolean international = false;
        if (document.isSymbol(token, '(') && document.isNumber(token + 1) && document.tokenLength(token + 1) <= 3
                && document.isSymbol(token + 2, ')') && document.touchesNext(token) && document.touchesNext(token + 1)) {
            international = true;
            digitsFrom = token + 1;
        } else if (document.isSymbol(token, '(')) {
            int close = spacedCountryCode(document, token);
            int end = close > 0 ? spacedDigitsAfter(document, close) : -1;
            if (end > 0) {
                out.add(new Finding(Label.PHONE, document.start(token), document.end(end), 0.85, LOOSE));
                return end; // "( 3 3 ) 6 2 3 6 7 1 7 7 7": a country code typed digit by digit
            }
            return -1;
        } else if (document.isSymbol(token, '+') && document.isNumber(token + 1) && document.tokenLength(token + 1) == 1
                && DigitGroups.spaceBetween(document, token, token + 1)) {
            international = true;
            digitsFrom = token + 1;
        } else if (!document.isNumber(token) || document.tokenLength(token) > 2) {
            return -1;
        }
        if (!international && token > 0 && document.isNumber(token - 1) && document.start(token) - document.end(token - 1) <= 3) {
            return -1;
        }
        if (!international && !document.isNumber(token + 1)
                && !(document.isSymbol(token + 1) && document.isNumber(token + 2))) {
            return -1; // a lone number: digit by digit needs eight more
        }
        int digits = 0;
        int last = digitsFrom;
        int singles = 0;
        int groups = 0;
        int current = digitsFrom;
        while (current < document.tokenCount() && digits < 15) {
            if (document.isNumber(current)) {
                digits += document.tokenLength(current);
                singles += document.tokenLength(current) == 1 ? 1 : 0;
                groups++;
                last = current;
                int next = current + 1;
                int gapFrom = document.end(current);
                if (document.isSymbol(next, ')') && current == digitsFrom && document.isSymbol(first, '(')) {
                    // the bracket closes the country code "(33)" opened; not one after "+ 0", across a line
                    gapFrom = document.end(next);
                    next++;
                }
                if (next >= document.tokenCount()) {
                    break;
                }
                int gapEnd = document.start(next);
                if (document.isSymbol(next) && ".-".indexOf(document.charAt(document.start(next))) >= 0
                        && document.isNumber(next + 1) && looseGap(document, gapFrom, document.start(next + 1))) {
                    current = next + 1;
                } else if (document.isNumber(next) && looseGap(document, gapFrom, gapEnd) && gapEnd - gapFrom <= 1) {
                    current = next;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        boolean digitByDigit = singles >= 8;
        if (!(digitByDigit || international) || digits < 9 || digits > 13) {
            return -1;
        }
        int end = document.end(last);
        if (end < document.length() && Character.isDigit(document.charAt(end))
                || DigitGroups.continuesNumber(document, last + 2)) {
            return -1;
        }
        if (!international && (digits != 10 || document.charAt(document.start(digitsFrom)) != '0')) {
            return -1; // digit-by-digit runs of other lengths are dates or identifiers
        }
        out.add(new Finding(Label.PHONE, document.start(first), end, 0.85, LOOSE));
        return last;
    }

    /**
     * Right after a person's name, on the same line or the next: where a contact list puts a phone
     * number. A name here is an upper-case word ("GOSSELET MICHEL"), two capitalised words
     * ("Vaillant Annick"), or a name's title in parentheses ("Chaume (MCU-PH)").
     */
    private static boolean afterName(Document document, int token) {
        int before = token - 1;
        if (document.isSymbol(before, ')')) {
            int open = before - 1;
            while (open > before - 6 && open >= 0 && !document.isSymbol(open, '(')) {
                open--;
            }
            before = document.isSymbol(open, '(') ? open - 1 : -1;
        } else if (document.touchesNext(before)) {
            return false;
        }
        if (!document.isWord(before) || !document.startsUpper(before)) {
            return false;
        }
        return document.isUpperCase(before) && document.tokenLength(before) >= 3
                || document.isWord(before - 1) && document.startsUpper(before - 1) && !document.newlineBefore(before);
    }

    /** "( 3 3 )": the closing parenthesis of a one-to-three-digit code typed digit by digit, or -1. */
    private static int spacedCountryCode(Document document, int open) {
        int t = open + 1;
        int digits = 0;
        while (document.isNumber(t) && document.tokenLength(t) == 1 && digits < 3 && DigitGroups.spaceBetween(document, t - 1, t)) {
            t++;
            digits++;
        }
        return digits >= 1 && document.isSymbol(t, ')') && DigitGroups.spaceBetween(document, t - 1, t) ? t : -1;
    }

    /** Nine single digits, one space apart, after {@code from}: the last one, or -1. */
    private static int spacedDigitsAfter(Document document, int from) {
        int t = from + 1;
        int digits = 0;
        while (document.isNumber(t) && document.tokenLength(t) == 1 && DigitGroups.spaceBetween(document, t - 1, t)) {
            t++;
            digits++;
        }
        return digits == 9 ? t - 1 : -1;
    }

    /** Only spaces and at most one separator, on one line. */
    private static boolean looseGap(Document document, int from, int to) {
        int separators = 0;
        for (int i = from; i < to; i++) {
            char c = document.charAt(i);
            if (c == '.' || c == '-' || c == '/') {
                separators++;
            } else if (c != ' ' && c != '\u00A0' && c != '\u202F') {
                return false;
            }
        }
        return separators <= 1 && to - from <= 3;
    }

    /** {@code +33 6 12 34 56 78}, {@code +33 (0)2 99 28 41 67}, {@code 0044 20 7946 0958}. */
    private int international(Document document, int first, int numberToken, List<Finding> out) {
        StringBuilder digits = new StringBuilder();
        int last = numberToken;
        document.appendToken(digits, numberToken);
        int current = numberToken;
        while (digits.length() < 15) {
            int next = current + 1;
            if (document.isSymbol(next, '(') && document.isNumber(next + 1) && document.tokenLength(next + 1) == 1
                    && document.charAt(document.start(next + 1)) == '0' && document.isSymbol(next + 2, ')')
                    && !document.newlineBefore(next + 1) && !document.newlineBefore(next + 2)
                    && (document.touchesNext(current) || DigitGroups.spaceBetween(document, current, next))) {
                current = next + 2; // the optional national (0), on the number's line
                continue;
            }
            if (document.isNumber(next) && (DigitGroups.spaceBetween(document, current, next)
                    || document.isSymbol(current, ')') && document.touchesNext(current))) {
                current = next;
            } else if ((document.isSymbol(next, '.') || document.isSymbol(next, '-')) && document.touchesNext(current)
                    && document.touchesNext(next) && document.isNumber(next + 1)) {
                current = next + 1;
            } else {
                break;
            }
            document.appendToken(digits, current);
            last = current;
        }
        int length = digits.length() - (document.isSymbol(first, '+') ? 0 : 2);
        int end = document.end(last);
        if (!document.isSymbol(first, '+') && last == numberToken && !document.wordBefore(first, 6, CONTEXT)) {
            return first; // "0012873456789" in one block is a reference, not a "00" international number
        }
        boolean glued = end < document.length() && Character.isLetterOrDigit(document.charAt(end));
        if (length >= 9 && length <= 15 && !glued) {
            out.add(new Finding(Label.PHONE, document.start(first), end, 0.93, INTERNATIONAL));
            return last;
        }
        return first;
    }
}
