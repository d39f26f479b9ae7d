package org.passerelle.detect;

import java.util.List;

/**
 * The identity banner of a hospital document, one row of cells between bars:
 * {@code Julie PETIT | F | 25/10/1980 | 9857598456 | 1980561987}. After the sex and the date of
 * birth come the patient's identifier (IPP) and the stay's (NDA), as long plain numbers: the first
 * is a PATIENT_ID, the one after it a STAY_ID. And a study's record without its header, a
 * subject's code first, then the sex and an age, a year or a date:
 * {@code PAT-0042;F;1962;K70.3;décédée le 03/05/2024}.
 */
final class IdentityRowRecognizer implements Recognizer {

    private static final Explanation PATIENT = new Explanation("identity-row", "number-after-birth-date-cell");
    private static final Explanation STAY = new Explanation("identity-row", "number-after-patient-number-cell");
    private static final Explanation SUBJECT = new Explanation("identity-row", "code-before-sex-and-age-cells");
    private static final String[] SEXES = {"f", "m", "h", "femme", "homme", "female", "male"};
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 12;
    /** How far back along its line a banner's cells are read (a banner is short; a long line is a table). */
    private static final int MAX_ROW = 300;

    @Override
    public String id() {
        return "identity-row";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.PATIENT_ID, Label.STAY_ID);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        String text = document.text();
        for (int token : document.numbers()) {
            int subject = subjectCode(document, token);
            if (subject >= 0) {
                out.add(new Finding(Label.PATIENT_ID, document.start(subject), document.end(token), 0.8, SUBJECT));
                continue;
            }
            int length = document.tokenLength(token);
            if (length < MIN_DIGITS || length > MAX_DIGITS) {
                continue;
            }
            int start = document.start(token);
            int end = document.end(token);
            int bar = document.skipBlanks(start - 1, -1);
            if (bar < 0 || document.charAt(bar) != '|' || !cellEnds(document, end)) {
                continue;
            }
            int lineStart = document.lineStart(bar, MAX_ROW);
            int previousStart = text.lastIndexOf('|', bar - 1);
            if (previousStart < lineStart || !sexCellBefore(text, lineStart, previousStart)) {
                continue;
            }
            String previous = text.substring(previousStart + 1, bar).strip();
            if (dateCell(previous)) {
                out.add(new Finding(Label.PATIENT_ID, start, end, 0.85, PATIENT));
            } else if (numberCell(previous) && previousStart > lineStart
                    && dateCell(text.substring(Math.max(lineStart, text.lastIndexOf('|', previousStart - 1) + 1), previousStart).strip())) {
                out.add(new Finding(Label.STAY_ID, start, end, 0.85, STAY));
            }
        }
    }

    /**
     * The first token of a subject's code ending with number {@code token} and heading a record
     * whose next cells are a sex and an age, a year or a date, or -1. The code is letters then
     * digits ({@code PAT-0042}, {@code P001}, {@code S_12}), first on its line or after a quote.
     */
    private static int subjectCode(Document document, int token) {
        char delimiter = delimiterAfter(document, token);
        if (delimiter == 0 || document.tokenLength(token) < 2) {
            return -1; // most numbers: no ';', ',', '|' or tab right after them
        }
        int first = token - 1;
        if ((document.isSymbol(first, '-') || document.isSymbol(first, '_')) && document.touchesNext(first)) {
            first--;
        }
        if (!document.isUpperCase(first) && !(document.isWord(first) && document.tokenLength(first) == 1 && document.startsUpper(first))
                || document.tokenLength(first) > 6 || !document.touchesNext(first)
                || !(first == 0 || document.newlineBefore(first) || document.isSymbol(first - 1, '"') || document.isSymbol(first - 1, '«'))) {
            return -1;
        }
        int sex = token + (delimiter == '\t' ? 1 : 2);
        if (!document.tokenIsAny(sex, SEXES) || delimiterAfter(document, sex) != delimiter) {
            return -1;
        }
        int age = sex + (delimiter == '\t' ? 1 : 2);
        int digits = document.tokenLength(age);
        boolean ageOrYear = document.isNumber(age) && (digits <= 3 || digits == 4
                && (document.charAt(document.start(age)) == '1' || document.charAt(document.start(age)) == '2'));
        return ageOrYear && !document.newlineBefore(age) ? first : -1;
    }

    /** The cell delimiter right after a token (';', ',', '|' touching it, or a tab), or 0. */
    private static char delimiterAfter(Document document, int token) {
        int next = token + 1;
        if (document.isSymbol(next)) {
            // the symbol's kind is in the token's flags: most numbers end here, without reading the text
            char c = document.isSymbol(next, ';') ? ';' : document.isSymbol(next, ',') ? ',' : document.isSymbol(next, '|') ? '|' : 0;
            return c != 0 && document.touchesNext(token) ? c : 0;
        }
        int end = document.end(token);
        return end < document.length() && document.charAt(end) == '\t' ? '\t' : 0;
    }

    /** A cell that ends after the number: a bar, the line's end, or a full stop closing the row. */
    private static boolean cellEnds(Document document, int end) {
        String text = document.text();
        int next = document.skipBlanks(end, 1);
        return next >= text.length() || text.charAt(next) == '|' || text.charAt(next) == '\n'
                || text.charAt(next) == '.' && (next + 1 == text.length() || Character.isWhitespace(text.charAt(next + 1)));
    }

    /** A cell of its own holding M, F or H (the sex) before {@code to} on the line. */
    private static boolean sexCellBefore(String text, int lineStart, int to) {
        for (int bar = text.indexOf('|', lineStart); bar >= 0 && bar < to; bar = text.indexOf('|', bar + 1)) {
            int next = text.indexOf('|', bar + 1);
            if (next < 0 || next > to) {
                return false;
            }
            String cell = text.substring(bar + 1, next).strip();
            if (cell.equals("M") || cell.equals("F") || cell.equals("H")) {
                return true;
            }
        }
        return false;
    }

    /** A date of birth: digits and separators, with at least six digits ("25/10/1980", "26/11/85 (39 ans)", "0 0 1 1 9 9 4"). */
    private static boolean dateCell(String cell) {
        int digits = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == '(') {
                break; // "(27 ans)"
            } else if (c != '/' && c != '-' && c != '.' && c != ' ') {
                return false;
            }
        }
        return digits >= 6 && digits <= 8;
    }

    private static boolean numberCell(String cell) {
        if (cell.length() < MIN_DIGITS || cell.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            if (!Character.isDigit(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
