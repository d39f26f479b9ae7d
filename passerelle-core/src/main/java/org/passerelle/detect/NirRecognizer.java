package org.passerelle.detect;

import java.util.List;
import java.util.Set;

/**
 * French social-security numbers (NIR, also used as INS): sex digit, year, month, department
 * (2A/2B for Corsica), commune, order number and a two-digit key. A valid key is enough; a number
 * of the right shape whose key is wrong or missing is still reported when a social-security
 * keyword stands just before it (a typo in a NIR is still a NIR), and not otherwise (a 15-digit
 * order number is not). The thirteen digits of the NIR itself, its key left out, are one without a
 * keyword when they are written the way a NIR is: in groups that end where its fields end, or
 * one digit a box ({@link #writtenAsANir}).
 */
final class NirRecognizer implements Recognizer {

    private static final Vocabulary CONTEXT = Vocabulary.of("nir", "ins", "sécurité", "securite", "sécu", "secu",
            "ss", "insee", "immatriculation", "vitale", "social", "nss", "matricule", "assuré", "assure");
    private static final Explanation VALID = new Explanation("nir", "valid-key");
    private static final Explanation CONTEXT_KEY = new Explanation("nir", "keyword-invalid-key");
    private static final Explanation CONTEXT_NO_KEY = new Explanation("nir", "keyword-no-key");
    private static final Explanation GROUPED_NO_KEY = new Explanation("nir", "grouped-no-key");
    /** Where a NIR's fields end, counted in digits: sex, year, month, department, commune, order number. */
    private static final int FIELD_ENDS = 1 << 1 | 1 << 3 | 1 << 5 | 1 << 7 | 1 << 10 | 1 << 13;

    /** The fewest digits of a NIR: thirteen characters, its key left out, of which Corsica's letter may be one. */
    private static final int FEWEST_DIGITS = 12;
    /** Numbers with fewer digits within reach ({@link Document#digitReach}) are passed over. */
    private final int fewestDigits;

    NirRecognizer() {
        this(FEWEST_DIGITS);
    }

    /** With another bound: 0 reads every number, which the tests compare with the bound's answers. */
    NirRecognizer(int fewestDigits) {
        this.fewestDigits = fewestDigits;
    }

    @Override
    public String id() {
        return "nir";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.NIR);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        int done = -1;
        for (int token : document.numbers()) {
            if (token <= done || document.digitReach(token) < fewestDigits) {
                continue; // a date, a dose, a count: too few digits within reach for a NIR
            }
            char first = document.charAt(document.start(token));
            if (first != '1' && first != '2' && first != '3' && first != '4' && first != '7' && first != '8') {
                continue;
            }
            if (token > 0 && document.isNumber(token - 1) && DigitGroups.spaceBetween(document, token - 1, token)
                    && !DigitGroups.continuesNumber(document, token - 1)) {
                continue; // inside a longer digit run, not its start
            }
            if (DigitGroups.continuesNumber(document, token)) {
                continue; // "06/12/81 1 81 0249 181386": the year of a date does not start the NIR after it
            }
            if (document.tokenLength(token) < 13 && !continued(document, token)) {
                continue; // a number alone ("12 mg", "12/03/2024"): fewer than thirteen digits, nothing to continue them
            }
            DigitGroups run = DigitGroups.read(document, token, 15, ".-", true);
            if (run.digits.length() == 15 && run.groups > 1 && document.tokenLength(run.lastToken) == 2
                    && startsADate(document, run.lastToken)) {
                // "1 891074 750419 29/03/89": the two digits after thirteen are the day of the date
                // that follows (a birth date beside the NIR), not its key, even when they happen to fit
                run = DigitGroups.read(document, token, 13, ".-", true);
            }
            int length = run.digits.length();
            if ((length != 15 && length != 13) || run.glued(document) || !plausible(run.digits)) {
                continue;
            }
            boolean keyword = document.wordBefore(token, 8, CONTEXT);
            if (length == 15 && Checksums.nirKey(run.digits)) {
                out.add(new Finding(Label.NIR, run.start(document), run.end(document), keyword ? 0.99 : 0.95, VALID));
            } else if (keyword) {
                out.add(new Finding(Label.NIR, run.start(document), run.end(document), length == 15 ? 0.8 : 0.75,
                        length == 15 ? CONTEXT_KEY : CONTEXT_NO_KEY));
            } else if (length == 13 && writtenAsANir(document, run)) {
                out.add(new Finding(Label.NIR, run.start(document), run.end(document), 0.7, GROUPED_NO_KEY));
            }
            done = run.lastToken;
        }
    }

    /**
     * Whether {@link DigitGroups#read} would read past the number at {@code token}: a number after
     * one space, a dot or hyphen between digits, or Corsica's letter after six digits. Tested
     * before reading, which would make a run for every date's day.
     */
    private static boolean continued(Document document, int token) {
        int next = token + 1;
        if (document.isNumber(next)) {
            return DigitGroups.spaceBetween(document, token, next);
        }
        if (document.isWord(next)) {
            return document.tokenLength(token) == 6;
        }
        return (document.isSymbol(next, '.') || document.isSymbol(next, '-')) && document.touchesNext(token)
                && document.touchesNext(next) && document.isNumber(next + 1);
    }

    /**
     * Whether thirteen digits read as a NIR without its key are written the way people write a
     * NIR: in groups that each end where one of its fields ends ("1 85 05 78 006 084", "185 0578
     * 006 084", "1.85.05.78.006.084"), or one digit a box ("1 8 5 0 5 7 8 0 0 6 0 8 4"), for a
     * man or a woman (1, 2: the 3, 4, 7 and 8 of other registrations also begin barcodes, "3
     * 760123 456789", and drug codes, CIP 34009...) born in a department (not 00). Thirteen digits
     * in one piece (a time in milliseconds, a barcode) or grouped otherwise ("42 93 2930 293 39",
     * a row of a table of numbers) are not.
     */
    private static boolean writtenAsANir(Document document, DigitGroups run) {
        char sex = run.digits.charAt(0);
        if (run.groups < 2 || (sex != '1' && sex != '2') || (run.digits.charAt(5) == '0' && run.digits.charAt(6) == '0')) {
            return false;
        }
        int digits = 0;
        int groupStart = 0;
        boolean fields = true;
        boolean boxes = true;
        for (int t = run.firstToken; t <= run.lastToken; t++) {
            if (!document.isNumber(t) && !document.isWord(t)) {
                continue; // the dot or hyphen between two groups
            }
            digits += document.tokenLength(t); // Corsica's letter counts as the digit it stands for
            boolean groupEnds = t == run.lastToken || !document.touchesNext(t) || document.isSymbol(t + 1);
            if (groupEnds) {
                fields &= (FIELD_ENDS & 1 << digits) != 0;
                boxes &= digits - groupStart == 1;
                groupStart = digits;
            }
        }
        return fields || boxes && aboutAPerson(document, run.firstToken, run.lastToken);
    }

    /**
     * Digits typed one a box are a NIR among a person's particulars, as a form or a note's header
     * gives them: a title, a name in capitals, "né(e)" or a date within twelve tokens before or
     * after the run {@code first}-{@code last} (a row of thirteen answers to a questionnaire,
     * "Réponses : 1 2 4 0 3 2 1 4 2 3 1 0 2", is not).
     */
    private static boolean aboutAPerson(Document document, int first, int last) {
        for (int t = Math.max(0, first - 12); t <= last + 12 && t < document.tokenCount(); t++) {
            if (t == first) {
                t = last;
            } else if (document.isUpperCase(t) || document.tokenIn(t, PersonNameRecognizer.TITLES)
                    || document.tokenIsAny(t, "né", "née", "nee") || DigitGroups.continuesNumber(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number at {@code token} is glued to a date separator and a day or month: "29/03". */
    private static boolean startsADate(Document document, int token) {
        int separator = token + 1;
        return (document.isSymbol(separator, '/') || document.isSymbol(separator, '-') || document.isSymbol(separator, '.'))
                && document.touchesNext(token) && document.touchesNext(separator) && document.isNumber(separator + 1)
                && document.tokenLength(separator + 1) <= 2;
    }

    /** Month 01-12 (or the 20-42 and 50-99 used for unknown months); department 01-99 or 2A/2B. */
    private static boolean plausible(CharSequence nir) {
        int month = (nir.charAt(3) - '0') * 10 + (nir.charAt(4) - '0');
        if (month < 1 || (month > 12 && month < 20) || (month > 42 && month < 50)) {
            return false;
        }
        for (int i = 0; i < nir.length(); i++) {
            char c = nir.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 6 && (c == 'A' || c == 'B'))) {
                return false;
            }
        }
        return !placeholder(nir);
    }

    /**
     * A number typed to show a NIR's shape, not anyone's: after the sex digit, one digit repeated
     * ("1 99 99 99 999 999 99", "2 00 00 00 000 000") or counting up ("1 23 45 67 890 123").
     */
    private static boolean placeholder(CharSequence nir) {
        boolean repeated = true;
        boolean counting = true;
        for (int i = 2; i < 13; i++) {
            repeated &= nir.charAt(i) == nir.charAt(1);
            counting &= nir.charAt(i) == (char) ('0' + (nir.charAt(i - 1) - '0' + 1) % 10);
        }
        return repeated || counting && nir.charAt(1) == (char) ('0' + (nir.charAt(0) - '0' + 1) % 10);
    }
}
