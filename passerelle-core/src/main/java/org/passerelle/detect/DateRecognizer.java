package org.passerelle.detect;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calendar dates in French and English: numeric ({@code 12/03/1961}, {@code 12.03.61},
 * {@code 1961-03-12}), with a month name ({@code 12 mars 1961}, {@code 1er janvier},
 * {@code March 3, 2024}, {@code 06-Mar-2025}), month and year ({@code mars 2024},
 * {@code 03/1966}), day and month after a preposition ({@code le 12/02}), the first day of a range
 * ({@code du 8 au 14 mars}) and a year after {@code en}/{@code depuis}/{@code in}/{@code since}.
 * Implausible dates (month 13, day 32) are not reported. A date right after a birth keyword
 * ({@code né le}, {@code DDN}, {@code DOB}) is a BIRTH_DATE; a date after an event or
 * publication keyword ({@code congrès}, {@code data freeze}, {@code avant le}) is dropped, since
 * only dates of a person's care or life count.
 */
final class DateRecognizer implements Recognizer {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("févr", 2), Map.entry("fév", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("août", 8),
            Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12), Map.entry("déc", 12),
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Vocabulary BIRTH = Vocabulary.of("né", "née", "nee", "naissance", "ddn", "dob", "born",
            "birth", "birthdate", "naiss", "nais", "dn");
    private static final Vocabulary NOT_PERSONAL = Vocabulary.of("monitoring", "freeze", "gel", "cut", "cutoff",
            "version", "publié", "publiée", "published", "publication", "soumis", "soumise", "submitted", "submission",
            "embargo", "avant", "before", "deadline", "limite", "clôture", "cloture", "congrès", "congres", "conference",
            "congress", "séminaire", "seminaire", "seminar", "réunion", "meeting", "comité", "committee", "priorité",
            "priority", "déposée", "déposé", "filed", "école", "inscription", "inscriptions", "registration",
            "maintenance", "webinaire", "webinar", "journée", "journées", "colloque", "symposium", "atelier",
            "workshop", "amendement", "approbation", "approval", "approuvé", "approved", "actes", "proceedings",
            "candidatures", "candidature", "session", "conférence", "soutenance", "édition", "accepté", "accepted",
            "received", "reçu", "révisé", "revised", "online", "ligne", "mise", "dmc", "dsmb", "clos", "closed",
            "lock", "verrouillage", "extraction", "analyse", "analysis", "rapport", "report", "tenue", "aura");
    private static final Vocabulary DAY_PREPOSITIONS = Vocabulary.of("le", "du", "au", "depuis", "dès", "des", "on",
            "from", "to", "until", "jusqu", "since", "entre", "between", "et", "and", "j", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "prévue", "prévu", "intervention", "opération", "chute");
    private static final Vocabulary MONTH_PREPOSITIONS = Vocabulary.of("en", "in", "since", "depuis", "début", "fin",
            "mi", "courant", "early", "late");
    private static final Vocabulary YEAR_PREPOSITIONS = Vocabulary.of("en", "depuis", "in", "since", "année", "year",
            "dès", "né", "née", "born", "vers");
    private static final Explanation NUMERIC = new Explanation("date", "numeric-date");
    private static final Explanation NAMED_MONTH = new Explanation("date", "month-name");
    private static final Explanation PARTIAL = new Explanation("date", "partial-date");
    private static final Explanation YEAR = new Explanation("date", "year-after-preposition");
    private static final Explanation RANGE = new Explanation("date", "range-start");
    private static final Explanation BIRTH_CONTEXT = new Explanation("date", "birth-keyword");

    @Override
    public String id() {
        return "date";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.DATE, Label.BIRTH_DATE);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        for (int token = 0; token < document.tokenCount(); token++) {
            int end = -1;
            Explanation why = null;
            if (document.isNumber(token)) {
                if (token > 0 && glued(document, token)) {
                    continue;
                }
                end = numeric(document, token);
                why = NUMERIC;
                if (end < 0) {
                    end = spacedDigits(document, token);
                }
                if (end < 0) {
                    end = dayMonthName(document, token);
                    why = NAMED_MONTH;
                }
                if (end < 0) {
                    end = partial(document, token);
                    why = PARTIAL;
                }
                if (end < 0) {
                    end = year(document, token);
                    why = YEAR;
                }
            } else if (document.isWord(token)) {
                end = monthFirst(document, token);
                why = NAMED_MONTH;
            }
            if (end < 0) {
                continue;
            }
            if (document.wordBefore(token, 5, NOT_PERSONAL)) {
                token = end;
                continue;
            }
            boolean birth = birthKeywordBefore(document, token);
            Label label = birth ? Label.BIRTH_DATE : Label.DATE;
            double score = why == YEAR || why == PARTIAL ? 0.6 : 0.85;
            out.add(new Finding(label, document.start(token), document.end(end), birth ? 0.9 : score, birth ? BIRTH_CONTEXT : why));
            rangeStart(document, token, label, out);
            token = end;
        }
    }

    /**
     * A birth keyword in the ten tokens before the date, with no other number between them
     * ("né le 02/11/1949" but not the admission date that follows it).
     */
    static boolean birthKeywordBefore(Document document, int token) {
        for (int t = token - 1; t >= 0 && t >= token - 10; t--) {
            if (document.isNumber(t)) {
                return false;
            }
            if (document.isWord(t) && BIRTH.contains(document.lowerToken(t))) {
                return true;
            }
        }
        return false;
    }

    /** {@code du 8 au 14 mars}: the lone day before "au" is a date too. */
    private static void rangeStart(Document document, int token, Label label, List<Finding> out) {
        int connector = token - 1;
        if (!(document.tokenIs(connector, "au") || document.tokenIs(connector, "to") || document.tokenIs(connector, "et"))) {
            return;
        }
        int day = connector - 1;
        if (document.isNumber(day) && document.tokenLength(day) <= 2 && dayValue(document, day) >= 1
                && (document.tokenIs(day - 1, "du") || document.tokenIs(day - 1, "from") || document.tokenIs(day - 1, "entre")
                || document.tokenIs(day - 1, "between"))) {
            out.add(new Finding(label, document.start(day), document.end(day), 0.8, RANGE));
        }
    }

    private static boolean glued(Document document, int token) {
        int start = document.start(token);
        char before = document.charAt(start - 1);
        return Character.isLetterOrDigit(before) || before == '/' || before == '.' && start >= 2
                && Character.isDigit(document.charAt(start - 2));
    }

    /** dd/mm/yyyy, dd.mm.yy, dd-mm-yyyy, yyyy-mm-dd, dd-Mon-yyyy. */
    private static int numeric(Document document, int token) {
        int length = document.tokenLength(token);
        char separator = separatorAfter(document, token);
        if (separator == 0) {
            return -1;
        }
        int second = token + 2;
        if (length == 4 && separator == '-' && document.isNumber(second) && document.tokenLength(second) == 2
                && separatorAfter(document, second) == '-' && document.isNumber(second + 2) && document.tokenLength(second + 2) == 2) {
            int year = value(document, token);
            return plausible(value(document, second + 2), value(document, second), year) && notGluedAfter(document, second + 2)
                    ? second + 2 : -1;
        }
        if (length > 2) {
            return -1;
        }
        int month;
        if (document.isNumber(second) && document.tokenLength(second) <= 2) {
            month = value(document, second);
        } else if (document.isWord(second) && MONTHS.containsKey(document.lowerToken(second)) && document.tokenLength(second) <= 4) {
            month = MONTHS.get(document.lowerToken(second));
        } else {
            return -1;
        }
        int third = second + 2;
        if (separatorAfter(document, second) != separator || !document.isNumber(third)
                || (document.tokenLength(third) != 2 && document.tokenLength(third) != 4)) {
            return -1;
        }
        int year = value(document, third);
        if (document.tokenLength(third) == 2) {
            year += year > 30 ? 1900 : 2000;
        }
        return plausible(value(document, token), month, year) && notGluedAfter(document, third) ? third : -1;
    }

    /**
     * Dates typed digit by digit in a form ({@code 2 6 0 2 1 9 9 1} for 26/02/1991), or as eight
     * digits after a date cue ({@code le 23022018}).
     */
    private static int spacedDigits(Document document, int token) {
        if (document.tokenLength(token) == 8 && document.wordBefore(token, 2, DAY_PREPOSITIONS) && notGluedAfter(document, token)) {
            int start = document.start(token);
            int day = twoDigits(document, start);
            int month = twoDigits(document, start + 2);
            int year = twoDigits(document, start + 4) * 100 + twoDigits(document, start + 6);
            return plausible(day, month, year) ? token : -1;
        }
        if (document.tokenLength(token) != 1) {
            return -1;
        }
        int last = token;
        StringBuilder digits = new StringBuilder(8).append(document.charAt(document.start(token)));
        while (digits.length() < 8 && document.isNumber(last + 1) && document.tokenLength(last + 1) == 1
                && DigitGroups.spaceBetween(document, last, last + 1)) {
            last++;
            digits.append(document.charAt(document.start(last)));
        }
        if (digits.length() != 8 || (document.isNumber(last + 1) && document.tokenLength(last + 1) == 1
                && DigitGroups.spaceBetween(document, last, last + 1))) {
            return -1; // longer digit-by-digit runs are identifiers (a NIR typed the same way)
        }
        if (token > 0 && document.isNumber(token - 1) && document.tokenLength(token - 1) == 1
                && DigitGroups.spaceBetween(document, token - 1, token)) {
            return -1;
        }
        int day = Integer.parseInt(digits, 0, 2, 10);
        int month = Integer.parseInt(digits, 2, 4, 10);
        int year = Integer.parseInt(digits, 4, 8, 10);
        return plausible(day, month, year) ? last : -1;
    }

    private static int twoDigits(Document document, int at) {
        return (document.charAt(at) - '0') * 10 + (document.charAt(at + 1) - '0');
    }

    /** 12 mars 1961, 1er janvier, 3 March 2024. */
    private static int dayMonthName(Document document, int token) {
        if (document.tokenLength(token) > 2) {
            return -1;
        }
        int next = token + 1;
        if (document.tokenIs(next, "er") && document.touchesNext(token)) {
            next++;
        }
        if (!document.isWord(next) || !MONTHS.containsKey(document.lowerToken(next)) || document.tokenIs(next, "may")
                && !document.startsUpper(next)) {
            return -1;
        }
        int day = value(document, token);
        if (day < 1 || day > 31) {
            return -1;
        }
        int end = next;
        if (document.isSymbol(end + 1, '.') && document.tokenLength(end) <= 4) {
            end++;
        }
        if (document.isNumber(end + 1) && document.tokenLength(end + 1) == 4 && yearValue(document, end + 1)) {
            end++;
        }
        return end;
    }

    /** mars 2024, March 2024, March 3, 2024. */
    private static int monthFirst(Document document, int token) {
        String word = document.lowerToken(token);
        Integer month = MONTHS.get(word);
        if (month == null || word.length() < 3 || (word.equals("may") || word.equals("mar")) && !document.startsUpper(token)) {
            return -1;
        }
        int next = token + 1;
        if (document.isSymbol(next, '.')) {
            next++;
        }
        if (document.isNumber(next) && document.tokenLength(next) == 4 && yearValue(document, next)) {
            return next;
        }
        if (word.length() >= 4 && document.tokenIn(token - 1, MONTH_PREPOSITIONS) && !document.isNumber(next)) {
            return token; // "en janvier", "since January"
        }
        if (document.isNumber(next) && document.tokenLength(next) <= 2 && value(document, next) >= 1 && value(document, next) <= 31) {
            int end = next;
            if (document.isSymbol(end + 1, ',') && document.isNumber(end + 2) && document.tokenLength(end + 2) == 4) {
                return end + 2;
            }
            if (document.isNumber(end + 1) && document.tokenLength(end + 1) == 4 && yearValue(document, end + 1)) {
                return end + 1;
            }
            return document.startsUpper(token) ? end : -1;
        }
        return -1;
    }

    /** 03/1966 (month/year), and day/month after a preposition (le 12/02). */
    private static int partial(Document document, int token) {
        if (document.tokenLength(token) > 2 || separatorAfter(document, token) != '/') {
            return -1;
        }
        int second = token + 2;
        if (!document.isNumber(second)) {
            return -1;
        }
        int first = value(document, token);
        if (document.tokenLength(second) == 4 && first >= 1 && first <= 12 && yearValue(document, second)) {
            return notGluedAfter(document, second) && separatorAfter(document, second) == 0 ? second : -1;
        }
        if (document.tokenLength(second) <= 2 && separatorAfter(document, second) == 0 && notGluedAfter(document, second)
                && plausible(first, value(document, second), 2000)
                && (document.wordBefore(token, 1, DAY_PREPOSITIONS) || document.isSymbol(token - 1, '(')
                && document.isSymbol(second + 1, ')'))) {
            return second;
        }
        return -1;
    }

    /** en 2010, depuis 2016, in 2019, "en 2021 et 2023". */
    private static int year(Document document, int token) {
        boolean listed = (document.tokenIs(token - 1, "et") || document.tokenIs(token - 1, "and"))
                && document.isNumber(token - 2) && document.tokenLength(token - 2) == 4
                && document.wordBefore(token - 2, 1, YEAR_PREPOSITIONS);
        if (document.tokenLength(token) != 4 || !yearValue(document, token)
                || !(listed || document.wordBefore(token, 1, YEAR_PREPOSITIONS) || birthKeywordBefore(document, token))
                || !notGluedAfter(document, token) || document.isSymbol(token + 1, '-') || document.isSymbol(token + 1, '/')) {
            return -1;
        }
        return token;
    }

    private static char separatorAfter(Document document, int token) {
        int next = token + 1;
        if (!document.isSymbol(next) || !document.touchesNext(token) || !document.touchesNext(next)) {
            return 0;
        }
        char c = document.charAt(document.start(next));
        return c == '/' || c == '.' || c == '-' || c == '|' ? c : 0;
    }

    private static boolean notGluedAfter(Document document, int token) {
        int end = document.end(token);
        if (end >= document.length()) {
            return true;
        }
        char c = document.charAt(end);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return !((c == '/' || c == '.' || c == '-' || c == ':') && end + 1 < document.length()
                && Character.isDigit(document.charAt(end + 1)));
    }

    private static boolean plausible(int day, int month, int year) {
        if (month < 1 || month > 12 || day < 1 || year < 1880 || year > 2100) {
            return false;
        }
        int[] days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= days[month - 1];
    }

    private static boolean yearValue(Document document, int token) {
        int year = value(document, token);
        return year >= 1880 && year <= 2100;
    }

    private static int dayValue(Document document, int token) {
        int day = value(document, token);
        return day <= 31 ? day : -1;
    }

    private static int value(Document document, int token) {
        int result = 0;
        for (int i = document.start(token); i < document.end(token) && result < 100_000; i++) {
            result = result * 10 + (document.charAt(i) - '0');
        }
        return result;
    }
}
