package org.passerelle.detect;

import java.util.List;
import java.util.Set;

/**
 * French postcodes followed by their town ({@code 35590 L'Hermitage}, {@code 69003 Lyon},
 * {@code 92130 Issy-les-Moulineaux}), reported as a ZIP and a CITY span ({@code Cedex} stays
 * outside). A five-digit number with no town after it is left alone.
 */
final class PostcodeCityRecognizer implements Recognizer {

    private static final Vocabulary ARTICLES = Vocabulary.of("le", "la", "les", "l");
    private static final Vocabulary CONNECTORS = Vocabulary.of("sur", "sous", "en", "de", "du", "des", "d", "la", "le",
            "les", "l", "lès", "lez", "et", "aux", "au", "upon", "on");
    private static final Explanation BRITISH_POSTCODE = new Explanation("postcode-city", "uk-postcode");
    private static final Explanation POSTCODE = new Explanation("postcode-city", "postcode-before-town");

    @Override
    public String id() {
        return "postcode-city";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.ZIP, Label.CITY);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        britishPostcodes(document, out);
        int done = -1;
        for (int token : document.numbers()) {
            if (token <= done || document.tokenLength(token) != 5 || !department(document, token)) {
                continue;
            }
            int start = document.start(token);
            if (start > 0 && (Character.isLetterOrDigit(document.charAt(start - 1)) || document.charAt(start - 1) == '-'
                    || document.charAt(start - 1) == '.' || document.charAt(start - 1) == '/')) {
                continue;
            }
            int city = token + 1;
            while (document.isSymbol(city) && "'\",;".indexOf(document.charAt(document.start(city))) >= 0
                    && city <= token + 3) {
                city++; // '38000', 'Grenoble'
            }
            int end = townEnd(document, city);
            if (end < city || document.newlineBefore(city)) {
                continue;
            }
            out.add(new Finding(Label.ZIP, start, document.end(token), 0.88, POSTCODE));
            out.add(new Finding(Label.CITY, document.start(city), document.end(end), 0.85, POSTCODE));
            done = end;
        }
    }

    /**
     * UK postcodes ({@code SE1 7EH}, {@code EH9 1HN}, {@code N4 3EF}, {@code CB2 9XY}): outward code
     * of one or two letters, a digit and an optional letter or digit; inward code of a digit and
     * two letters.
     */
    private static void britishPostcodes(Document document, List<Finding> out) {
        String text = document.text();
        int done = -1;
        for (int number : document.numbers()) {
            int token = number - 1; // the outward code's letters, glued to its digits
            if (token <= done || !document.isWord(token) || document.tokenLength(token) > 2 || !document.touchesNext(token)
                    || !document.isUpperCase(token) && document.tokenLength(token) != 1) {
                continue;
            }
            int start = document.start(token);
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            int outwardEnd = document.end(token + 1);
            int digits = outwardEnd - document.start(token + 1);
            if (digits > 2) {
                continue;
            }
            if (outwardEnd < text.length() && Character.isUpperCase(text.charAt(outwardEnd))) {
                outwardEnd++;
            }
            if (outwardEnd + 4 > text.length() || text.charAt(outwardEnd) != ' ') {
                continue;
            }
            int inward = outwardEnd + 1;
            if (Character.isDigit(text.charAt(inward)) && Character.isUpperCase(text.charAt(inward + 1))
                    && Character.isUpperCase(text.charAt(inward + 2))
                    && (inward + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(inward + 3)))) {
                out.add(new Finding(Label.ZIP, start, inward + 3, 0.85, BRITISH_POSTCODE));
                done = document.tokenAt(inward + 3) - 1;
            }
        }
    }

    /** The last token of a town name starting at {@code from}, or -1. */
    static int townEnd(Document document, int from) {
        int t = from;
        if (document.isWord(t) && document.tokenIn(t, ARTICLES) && document.startsUpper(t)) {
            t++;
            if (document.isSymbol(t, '\'') || document.isSymbol(t, '’')) {
                t++;
            }
        }
        if (!document.startsUpper(t) || document.tokenIs(t, "cedex")
                || document.touchesNext(t) && document.isNumber(t + 1)) {
            return -1; // not "I50.0", an ICD-10 code
        }
        int last = t;
        while (true) {
            int next = last + 1;
            if ((document.isSymbol(next, '-') || document.isSymbol(next, '\'') || document.isSymbol(next, '’'))
                    && document.touchesNext(last) && document.touchesNext(next) && document.isWord(next + 1)) {
                last = next + 1;
            } else if (document.isWord(next) && document.tokenIn(next, CONNECTORS) && !document.startsUpper(next)
                    && document.isCapitalized(next + 1) && !document.newlineBefore(next)) {
                last = next + 1; // Newcastle upon Tyne
            } else {
                return last;
            }
        }
    }

    private static boolean department(Document document, int token) {
        int start = document.start(token);
        int department = (document.charAt(start) - '0') * 10 + (document.charAt(start + 1) - '0');
        return department >= 1 && department <= 98 && department != 96;
    }
}
