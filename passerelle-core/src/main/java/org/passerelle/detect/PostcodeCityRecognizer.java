package org.passerelle.detect;

import java.util.List;
import java.util.Set;

/**
 * French postcodes followed by their town ({@code 35590 L'Hermitage}, {@code 69003 Lyon},
 * {@code 92130 Issy-les-Moulineaux}), reported as a ZIP and a CITY span ({@code Cedex} stays
 * outside); a postcode in brackets or after a comma right after a known town ({@code Sens
 * (89100)}), after "dans le" or after a numbered street on its line. Postcodes may be printed with a
 * space ({@code 92 100}). A five-digit number with no town or street beside it is left alone.
 */
final class PostcodeCityRecognizer implements Recognizer {

    private static final Vocabulary ARTICLES = Vocabulary.of("le", "la", "les", "l");
    private static final Vocabulary CONNECTORS = Vocabulary.of("sur", "sous", "en", "de", "du", "des", "d", "la", "le",
            "les", "l", "lès", "lez", "et", "aux", "au", "upon", "on");
    /** Units a lab value is counted in, capitalised as a town would be: "18 450 UI", "10 000 G/L". */
    private static final String[] UNITS = {"ui", "mui", "u", "g", "mg", "ng", "pg", "mmol", "ml", "dl"};
    private static final Explanation BRITISH_POSTCODE = new Explanation("postcode-city", "uk-postcode");
    private static final Explanation POSTCODE = new Explanation("postcode-city", "postcode-before-town");
    private static final Explanation POSTCODE_AFTER_PLACE = new Explanation("postcode-city", "postcode-after-town-or-street");
    /** Street words a postcode may follow on its line when no town follows it. */
    private static final int STREET_REACH = 8;

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
            int last = token <= done ? -1 : postcodeEnd(document, token);
            if (last < 0 || !department(document, token)) {
                continue;
            }
            int start = document.start(token);
            if (start > 0 && (Character.isLetterOrDigit(document.charAt(start - 1)) || document.charAt(start - 1) == '-'
                    || document.charAt(start - 1) == '.' || document.charAt(start - 1) == '/')) {
                continue;
            }
            int end = document.end(last);
            if (afterItsTown(document, token, last) || afterPlace(document, token)) {
                out.add(new Finding(Label.ZIP, start, end, 0.85, POSTCODE_AFTER_PLACE));
                done = last;
                continue;
            }
            int city = last + 1;
            while (document.isSymbol(city) && "'\",;".indexOf(document.charAt(document.start(city))) >= 0
                    && city <= last + 3) {
                city++; // '38000', 'Grenoble'
            }
            int townEnd = townEnd(document, city);
            if (townEnd < city || document.newlineBefore(city)) {
                if (afterStreet(document, token)) {
                    out.add(new Finding(Label.ZIP, start, end, 0.8, POSTCODE_AFTER_PLACE)); // "7 rue Blaise Pascal 65000 dans"
                    done = last;
                }
                continue;
            }
            out.add(new Finding(Label.ZIP, start, end, 0.88, POSTCODE));
            out.add(new Finding(Label.CITY, document.start(city), document.end(townEnd), 0.85, POSTCODE));
            done = townEnd;
        }
    }

    /**
     * The last token of a postcode starting at {@code token}: itself for five digits, the next
     * for two digits, a space and three ({@code 92 100}, as French forms often print it); -1 for
     * anything else, or when the digits run on into a longer number ({@code 1 60 04 25 311 114 26}).
     */
    private static int postcodeEnd(Document document, int token) {
        int length = document.tokenLength(token);
        int last;
        if (length == 5) {
            last = token;
        } else if (printedWithASpace(document, token)) {
            if (token > 0 && document.isNumber(token - 1) && document.start(token) - document.end(token - 1) <= 1) {
                return -1;
            }
            last = token + 1;
        } else {
            return -1;
        }
        return document.isNumber(last + 1) && document.start(last + 1) - document.end(last) <= 1 ? -1 : last;
    }

    /** Two digits, one space and three digits from {@code token}: a postcode as forms print it ("92 100"). */
    static boolean printedWithASpace(Document document, int token) {
        return document.tokenLength(token) == 2 && document.isNumber(token) && document.isNumber(token + 1)
                && document.tokenLength(token + 1) == 3 && DigitGroups.spaceBetween(document, token, token + 1);
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
            if (start > 0 && Character.isLetterOrDigit(document.charAt(start - 1))) {
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
                townBefore(document, token, out);
                done = document.tokenAt(inward + 3) - 1;
            }
        }
    }

    /** The last words of a British street's name, which a postcode may follow when no town is written. */
    private static final String[] STREET_ENDS = {"road", "street", "lane", "close", "avenue", "drive", "way", "court",
        "place", "crescent", "gardens", "square", "terrace", "hill", "grove", "row", "walk", "park", "mews", "rd", "st"};
    /** Towns of two words at most: "Harrogate", "Milton Keynes". */
    private static final int TOWN_WORDS = 2;
    private static final Explanation TOWN_BEFORE_POSTCODE = new Explanation("postcode-city", "town-before-uk-postcode");

    /**
     * The town of a British address, written before its postcode: one or two capitalised words
     * that start their line or follow a comma ("27 Marlowe Close, Harrogate HG2 7QT"); not a
     * street's name ("1 Kings Road SW3 4NB").
     */
    private static void townBefore(Document document, int postcode, List<Finding> out) {
        int last = postcode - 1;
        int first = last;
        while (first > last - TOWN_WORDS && document.isCapitalized(first) && !document.newlineBefore(first)
                && document.isCapitalized(first - 1)) {
            first--;
        }
        if (!document.isCapitalized(first) || document.newlineBefore(postcode) || document.tokenIsAny(last, STREET_ENDS)
                || document.tokenIn(first, PersonNameRecognizer.COMMON)
                || !(first == 0 || document.newlineBefore(first) || document.isSymbol(first - 1, ','))) {
            return;
        }
        out.add(new Finding(Label.CITY, document.start(first), document.end(last), 0.8, TOWN_BEFORE_POSTCODE));
    }

    /**
     * "Sens (89100)", "à Marseille, 13006": the postcode in brackets or after a comma right after
     * a known town.
     */
    private static boolean afterItsTown(Document document, int token, int last) {
        boolean bracketed = document.isSymbol(token - 1, '(') && document.isSymbol(last + 1, ')');
        int town = token - 2;
        if (!(bracketed || document.isSymbol(token - 1, ',')) || !document.isWord(town)) {
            return false;
        }
        for (int first = Math.max(0, town - 6); first <= town; first++) {
            if (CityRecognizer.knownTown(document, first) == town) {
                return true;
            }
        }
        return false;
    }

    /** "à Paris dans le 75001": the postcode standing for a district. */
    private static boolean afterPlace(Document document, int token) {
        return document.tokenIs(token - 1, "le") && document.tokenIs(token - 2, "dans");
    }

    /** A street word earlier on the postcode's line, within a few words: "7 rue Blaise Pascal 65000". */
    private static boolean afterStreet(Document document, int token) {
        if (document.tokenIs(token - 1, "cs") || document.tokenIs(token - 1, "bp") || document.tokenIs(token - 1, "tsa")) {
            return false; // a postal box number ("CS 80021"), the postcode comes after it
        }
        for (int t = token - 1; t >= 0 && t >= token - STREET_REACH; t--) {
            if (AddressRecognizer.numberedStreetAt(document, t - 1)) {
                return true;
            }
            if (document.newlineBefore(t)) {
                return false;
            }
        }
        return false;
    }

    /** The last token of a town name starting at {@code from}, or -1. */
    static int townEnd(Document document, int from) {
        int t = from;
        if (document.isWord(t) && document.tokenIn(t, ARTICLES) && document.startsUpper(t)) {
            t++;
            if (document.isApostrophe(t)) {
                t++;
            }
        }
        if (!document.startsUpper(t) || document.tokenIs(t, "cedex")
                || document.touchesNext(t) && document.isNumber(t + 1)) {
            return -1; // not "I50.0", an ICD-10 code
        }
        if (document.tokenIsAny(t, UNITS) || document.touchesNext(t) && document.isSymbol(t + 1, '/')) {
            return -1; // a lab value's unit: "β-hCG 18 450 UI/L", "ASAT 45 U/L"
        }
        int last = t;
        for (int parts = 1; parts < MAX_TOWN_PARTS; parts++) {
            int next = last + 1;
            if ((document.isSymbol(next, '-') || document.isApostrophe(next))
                    && document.touchesNext(last) && document.touchesNext(next) && document.isWord(next + 1)) {
                last = next + 1;
            } else if (document.isWord(next) && document.tokenIn(next, CONNECTORS) && !document.startsUpper(next)
                    && document.isCapitalized(next + 1) && !document.newlineBefore(next)) {
                last = next + 1; // Newcastle upon Tyne
            } else {
                return last;
            }
        }
        return last;
    }

    /**
     * Words a town's name has at most ("Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson" has eight):
     * a walk from each capitalised word of an endless chain of hyphens stays short instead of making
     * the text quadratic.
     */
    private static final int MAX_TOWN_PARTS = 10;

    private static boolean department(Document document, int token) {
        int start = document.start(token);
        int department = (document.charAt(start) - '0') * 10 + (document.charAt(start + 1) - '0');
        return department >= 1 && department <= 98 && department != 96;
    }
}
