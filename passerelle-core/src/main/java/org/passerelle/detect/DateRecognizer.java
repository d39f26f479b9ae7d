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
    private static final Vocabulary MONTH_NAMES = Vocabulary.of(MONTHS.keySet());
    private static final Vocabulary BIRTH = Vocabulary.of("né", "née", "nee", "naissance", "ddn", "dob", "born",
            "birth", "birthdate", "naiss", "nais", "dn", "monde");
    private static final Vocabulary NOT_PERSONAL = Vocabulary.of("monitoring", "freeze", "gel", "cut", "cutoff",
            "version", "publié", "publiée", "published", "publication", "soumis", "soumise", "soumises", "submitted", "submission",
            "embargo", "avant", "before", "deadline", "congrès", "congres", "conference",
            "congress", "séminaire", "seminaire", "seminar", "réunion", "meeting", "comité", "committee", "priorité",
            "priority", "déposée", "déposé", "filed", "école", "inscription", "inscriptions", "registration",
            "maintenance", "webinaire", "webinar", "journées", "colloque", "symposium", "atelier",
            "workshop", "amendement", "approbation", "approval", "approuvé", "approved", "actes", "proceedings",
            "candidatures", "candidature", "session", "conférence", "soutenance", "édition", "accepté", "accepted",
            "révisé", "revised", "online", "ligne", "dmc", "dsmb", "lock", "verrouillage", "tenue", "aura",
            // a board's date: "annoncé au conseil du 15 janvier"; a paper's, a journal club's
            "conseil", "board", "paraîtra", "paraît", "parution", "club");
    /**
     * Words that make a date administrative in a study or an announcement ("manuscrit reçu le",
     * "analyse du 3 mars") but not in a patient's record, where a sample received or a file closed
     * on a day is a date of that patient's care.
     */
    private static final Vocabulary ADMINISTRATIVE = Vocabulary.of("received", "reçu", "clos", "closed",
            "extraction", "analyse", "analysis", "rapport", "report", "clôture", "cloture", "journée", "limite");
    /** The days of the week, in French and English. */
    static final String[] WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final Vocabulary DAY_PREPOSITIONS = Vocabulary.of(java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "le", "du", "au", "depuis", "dès", "des", "on", "from", "to", "until", "jusqu", "since", "entre", "between",
            "et", "and", "j", "prévue", "prévu", "intervention", "opération", "chute",
            // a stay's start and end: "Admitted 04/11 with pneumonia", "sortie 09/11"
            "admitted", "discharged", "transferred", "admis", "admise", "sorti", "sortie", "transféré", "transférée"),
            java.util.Arrays.stream(WEEKDAYS)).toArray(String[]::new));
    private static final Vocabulary MONTH_PREPOSITIONS = Vocabulary.of("en", "in", "since", "depuis", "début", "fin",
            "mi", "courant", "early", "late", "until");
    private static final Vocabulary YEAR_PREPOSITIONS = Vocabulary.of("en", "depuis", "in", "since", "année", "year",
            "dès", "né", "née", "born", "vers");
    private static final Explanation NUMERIC = new Explanation("date", "numeric-date");
    private static final Explanation NAMED_MONTH = new Explanation("date", "month-name");
    private static final Explanation PARTIAL = new Explanation("date", "partial-date");
    private static final Explanation YEAR = new Explanation("date", "year-after-preposition");
    private static final Explanation RANGE = new Explanation("date", "range-start");
    private static final Explanation BIRTH_CONTEXT = new Explanation("date", "birth-keyword");
    private static final Explanation SPELLED = new Explanation("date", "spelled-out");
    private static final Explanation CARE_YEAR = new Explanation("date", "year-of-care-event");
    private static final Vocabulary CARE_EVENTS = Vocabulary.of("greffe", "ablation", "chirurgie", "opération", "opéré",
            "opérée", "intervention", "biopsie", "résection", "amputation", "prothèse", "pontage", "transplantation",
            "accouchement", "césarienne", "fracture", "infarctus", "avc", "hospitalisation", "hospitalisé", "hospitalisée",
            "dialyse", "stent", "irm", "scanner", "surgery", "transplant", "resection", "biopsy", "plastie", "anneau", "valve",
            "pacemaker", "stimulateur", "défibrillateur", "implant", "implantation");
    /** Procedures and exams by their endings: appendicectomie, trachéotomie, coloscopie, plastie, échographie... */
    private static final String[] CARE_SUFFIXES = {"ectomie", "otomie", "stomie", "scopie", "plastie", "graphie", "pexie",
            "thérapie", "ectomy", "otomy", "scopy", "plasty"};
    /** Tokens between two dates of a list ("C3 4/9/19 C4 16/09"): a day and month there is a date too. */
    private static final int LIST_GAP = 8;
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("premier", 1), Map.entry("1er", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
            Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
            Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100), Map.entry("cents", 100),
            Map.entry("mille", 1000), Map.entry("mil", 1000));
    private static final Vocabulary NUMBER_WORD = Vocabulary.of(NUMBER_WORDS.keySet());
    /** The words a date may start with: a month ("mars 2021") or a number in words ("deux janvier"). */
    private static final Set<String> FIRST_WORDS = java.util.stream.Stream.concat(MONTHS.keySet().stream(),
            NUMBER_WORDS.keySet().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Vocabulary FIRST_WORD = Vocabulary.of(FIRST_WORDS);

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
        int lastDate = Integer.MIN_VALUE / 2;
        int done = -1;
        SingleDigits singleDigits = new SingleDigits();
        for (int token : Document.union(document.numbers(), document.positions(FIRST_WORD, FIRST_WORDS))) {
            if (token <= done) {
                continue;
            }
            int end = -1;
            Explanation why = null;
            if (document.isNumber(token)) {
                if (token > 0 && glued(document, token)) {
                    continue;
                }
                end = numeric(document, token);
                why = NUMERIC;
                if (end < 0) {
                    end = spacedDigits(document, token, singleDigits);
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
                if (end < 0 && (token - lastDate <= LIST_GAP || dayMonthAhead(document, token) || noteLineDate(document, token))) {
                    end = listed(document, token);
                    why = PARTIAL;
                }
                if (end < 0) {
                    end = spacedFields(document, token);
                    why = NUMERIC;
                }
            } else if (document.isWord(token)) {
                end = monthFirst(document, token);
                why = NAMED_MONTH;
                if (end < 0) {
                    end = spelled(document, token);
                    why = SPELLED;
                }
            }
            if (end < 0) {
                continue;
            }
            if (document.wordBefore(token, 5, NOT_PERSONAL) && !document.wordBefore(token, 5, DocumentSignals.CLINICAL_MEETINGS)
                    || administrativeBefore(document, token) && !patientRecord(document)) {
                done = end;
                continue;
            }
            lastDate = end;
            if (why == YEAR && careEventNear(document, token, end)) {
                why = CARE_YEAR; // "coloscopie en 2025": a year of someone's care
            }
            boolean birth = birthKeywordBefore(document, token);
            Label label = birth ? Label.BIRTH_DATE : Label.DATE;
            double score = why == YEAR || why == CARE_YEAR || why == PARTIAL ? 0.6 : 0.85;
            out.add(new Finding(label, document.start(token), document.end(end), birth ? 0.9 : score, birth ? BIRTH_CONTEXT : why));
            rangeStart(document, token, label, out);
            done = end;
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
            if (document.tokenIn(t, BIRTH) && !(document.isSymbol(t - 1, '-') && document.touchesNext(t - 1))
                    && (!document.tokenIs(t, "monde") || document.tokenIs(t - 1, "au"))) {
                // not an adjective: "this French-born lady with Graves' disease diagnosed in January 2024";
                // "monde" only as "mis au monde", "venue au monde" (not "fait le tour du monde. Dès 1896")
                return true;
            }
        }
        return false;
    }

    /** {@code du 8 au 14 mars}, {@code du 1er au 2 décembre}: the lone day before "au" is a date too. */
    private static void rangeStart(Document document, int token, Label label, List<Finding> out) {
        int connector = token - 1;
        if (!(document.tokenIs(connector, "au") || document.tokenIs(connector, "to") || document.tokenIs(connector, "et"))) {
            return;
        }
        int day = connector - 1;
        int last = day;
        // the first of the month: "nuit du 1er au 2 décembre"
        if (document.tokenIs(day, "er") && document.isNumber(day - 1) && document.touchesNext(day - 1)
                && document.tokenText(day - 1).equals("1")) {
            day--;
        }
        if (document.isNumber(day) && document.tokenLength(day) <= 2 && dayValue(document, day) >= 1
                && (document.tokenIs(day - 1, "du") || document.tokenIs(day - 1, "from") || document.tokenIs(day - 1, "entre")
                || document.tokenIs(day - 1, "between"))) {
            out.add(new Finding(label, document.start(day), document.end(last), 0.8, RANGE));
        }
    }

    private static boolean glued(Document document, int token) {
        int start = document.start(token);
        char before = document.charAt(start - 1);
        return Character.isLetterOrDigit(before) || before == '/' || before == '.' && start >= 2
                && Character.isDigit(document.charAt(start - 2));
    }

    /**
     * A patient's record (patient cues, clinical words, no announcement): there, a date after
     * "reçu", "clôture" or "rapport" is still a date of that patient's care.
     */
    /** An administrative word in the five tokens before the date; "dans la journée du" is only a time of day. */
    private static boolean administrativeBefore(Document document, int token) {
        for (int t = token - 1; t >= 0 && t >= token - 5; t--) {
            if (document.tokenIn(t, ADMINISTRATIVE) && !(document.tokenIs(t, "journée") && DocumentSignals.duringTheDay(document, t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean patientRecord(Document document) {
        DocumentSignals signals = document.signals();
        return signals.patientCues() >= 1 && signals.healthTerms() >= 2 && signals.eventTerms() == 0;
    }

    /**
     * A date written in words, as dictated: "le deux janvier mille neuf cent soixante-dix-huit",
     * "vingt-quatre août deux mille dix-sept", "quinze mars 2019", "vingt-six 02 2012".
     */
    private static int spelled(Document document, int token) {
        if (!document.tokenIn(token, NUMBER_WORD)) {
            return -1;
        }
        int[] day = new int[1];
        int last = spelledNumber(document, token, day);
        if (last < 0 || day[0] < 1 || day[0] > 31) {
            return -1;
        }
        int month = last + 1;
        if (document.tokenIn(month, MONTH_NAMES) && (document.tokenLength(month) >= 4 || document.tokenIs(month, "mai"))) {
            int[] year = new int[1];
            int yearEnd = spelledNumber(document, month + 1, year);
            if (yearEnd >= 0 && year[0] >= FIRST_YEAR_IN_WORDS && year[0] <= LAST_YEAR) {
                return yearEnd;
            }
            if (document.isNumber(month + 1) && (document.tokenLength(month + 1) == 4 && yearValue(document, month + 1)
                    || document.tokenLength(month + 1) == 2 && notGluedAfter(document, month + 1))) {
                return month + 1;
            }
            // without a year, only after "le", "du", "au"...: "les deux mars" is not a date
            return document.tokenIn(token - 1, DAY_PREPOSITIONS) ? month : -1;
        }
        if (document.isNumber(month) && document.tokenLength(month) <= 2 && value(document, month) >= 1
                && value(document, month) <= 12 && document.isNumber(month + 1) && document.tokenLength(month + 1) == 4
                && plausible(day[0], value(document, month), value(document, month + 1))) {
            return month + 1;
        }
        return -1;
    }

    /**
     * A number written in French words from {@code token} ("dix-sept", "vingt et un", "mille neuf
     * cent quatre-vingt-dix"); its value in {@code value[0]}, its last token returned, or -1.
     */
    static int spelledNumber(Document document, int token, int[] value) {
        int total = 0;
        int current = 0;
        int last = -1;
        int t = token;
        while (document.isWord(t)) {
            Integer word = NUMBER_WORDS.get(document.lowerToken(t));
            if (word == null) {
                break;
            }
            if (word == 1000) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else if (word == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (word == 20 && current % 100 == 4) {
                current += 76; // quatre-vingt
            } else {
                current += word;
            }
            last = t;
            int next = t + 1;
            if (document.isSymbol(next, '-') && document.touchesNext(t) && document.touchesNext(next)) {
                next++;
            } else if (document.tokenIs(next, "et") && (document.tokenIs(next + 1, "un") || document.tokenIs(next + 1, "une"))) {
                next++;
            }
            t = next;
        }
        value[0] = total + current;
        return last;
    }

    /**
     * In a list of dates, the shorter forms the list uses: "16/09", "28.09", "13 / 03",
     * "10 / 03 | 2020", "08/ 09/18".
     */
    private static int listed(Document document, int token) {
        if (document.tokenLength(token) > 2 || token > 0 && glued(document, token)) {
            return -1;
        }
        int separator = token + 1;
        if (!document.isSymbol(separator) || !isDateSeparator(document.charAt(document.start(separator)))
                || document.isSymbol(separator, '|')) {
            return -1; // '|' parts a year only ("10 / 03 | 2020"); between a day and a month it is a table's cell
        }
        int month = separator + 1;
        if (!document.isNumber(month) || document.tokenLength(month) > 2 || !plausible(value(document, token), value(document, month), 2000)) {
            return -1;
        }
        if (document.isSymbol(separator, '.') && (document.tokenLength(token) != 2 || document.tokenLength(month) != 2)) {
            return -1; // 24.8 and 5.6 are measurements; a list writes 28.09
        }
        int end = month;
        int yearSeparator = month + 1;
        if (document.isSymbol(yearSeparator) && isDateSeparator(document.charAt(document.start(yearSeparator)))
                && document.isNumber(yearSeparator + 1)
                && (document.tokenLength(yearSeparator + 1) == 4 && yearValue(document, yearSeparator + 1)
                || document.tokenLength(yearSeparator + 1) == 2)) {
            end = yearSeparator + 1;
        }
        return notGluedAfter(document, end) ? end : -1;
    }

    /**
     * Whether a day and month start a line and a time or a dash follows them: a note's entry
     * ("17/11 – 7h30 : …", "10/06 14h – retour de bloc"). A score ("5/10") stands inside a line.
     */
    private static boolean noteLineDate(Document document, int token) {
        if (!(token == 0 || document.newlineBefore(token)) || !document.isSymbol(token + 1, '/') || !document.isNumber(token + 2)) {
            return false;
        }
        int after = token + 3;
        // with a dash, a day of two digits: "5/10 – stable" is a score
        return (document.isSymbol(after, '–') || document.isSymbol(after, '-')) && document.tokenLength(token) == 2
                || document.isNumber(after) && document.tokenIs(after + 1, "h") && !document.touchesNext(token + 2);
    }

    /**
     * Whether this two-digit day and month ("13 / 03") is followed, within a list's gap, by another
     * ("13/ 04", "01 /09"): a list of dates. A grade such as "3/5" is not.
     */
    private static boolean dayMonthAhead(Document document, int token) {
        if (document.tokenLength(token) != 2 || document.tokenLength(token + 2) != 2 || !document.isSymbol(token + 1, '/')) {
            return false; // "12.05 puis 13.06" are measurements
        }
        for (int t = token + 3; t <= token + 3 + LIST_GAP && t < document.tokenCount(); t++) {
            if (document.isNumber(t) && document.tokenLength(t) <= 2 && document.isSymbol(t + 1, '/') && document.isNumber(t + 2)
                    && document.tokenLength(t + 2) <= 2 && plausible(value(document, t), value(document, t + 2), 2000)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "jusqu'au 20 12 2003", "résecté en 07 2002": day, month and year (or month and year) apart by
     * single spaces, after a word that introduces a date.
     */
    private static int spacedFields(Document document, int token) {
        if (document.tokenLength(token) != 2 || !document.isNumber(token + 1) || !DigitGroups.spaceBetween(document, token, token + 1)) {
            return -1;
        }
        if (document.tokenLength(token + 1) == 4 && document.wordBefore(token, 1, MONTH_PREPOSITIONS)
                && value(document, token) >= 1 && value(document, token) <= 12 && yearValue(document, token + 1)
                && notGluedAfter(document, token + 1) && !document.isNumber(token + 2)) {
            return token + 1;
        }
        if (document.tokenLength(token + 1) == 2 && document.isNumber(token + 2) && document.tokenLength(token + 2) == 4
                && DigitGroups.spaceBetween(document, token + 1, token + 2) && document.wordBefore(token, 2, DAY_PREPOSITIONS)
                && plausible(value(document, token), value(document, token + 1), value(document, token + 2))
                && notGluedAfter(document, token + 2) && !document.isNumber(token + 3)) {
            return token + 2;
        }
        return -1;
    }

    private static boolean isDateSeparator(char c) {
        return c == '/' || c == '.' || c == '-' || c == '|';
    }

    /**
     * dd/mm/yyyy, dd.mm.yy, dd-mm-yyyy, yyyy-mm-dd, yyyy/mm/dd, dd-Mon-yyyy; and mm/dd/yyyy, the
     * American order, where only it makes a date (03/14/1962: there is no month 14).
     */
    private static int numeric(Document document, int token) {
        int length = document.tokenLength(token);
        char separator = separatorAfter(document, token);
        if (separator == 0) {
            return -1;
        }
        int second = token + 2;
        if (length == 4 && (separator == '-' || separator == '/') && document.isNumber(second) && document.tokenLength(second) == 2
                && separatorAfter(document, second) == separator && document.isNumber(second + 2) && document.tokenLength(second + 2) == 2) {
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
        } else if (document.tokenIn(second, MONTH_NAMES) && document.tokenLength(second) <= 4) {
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
        int day = value(document, token);
        boolean american = separator == '/' && month > 12 && document.isNumber(second) && plausible(month, day, year);
        return (plausible(day, month, year) || american) && notGluedAfter(document, third) ? third : -1;
    }

    /**
     * The single digits typed one space apart around a digit ("2 6 0 2 1 9 9 1"), kept while the
     * walk through the text is inside them: each of their digits is a candidate, and walking the
     * whole run from each made a long run quadratic.
     */
    private static final class SingleDigits {
        int first = -1;
        int last = -2;

        void read(Document document, int token) {
            first = token;
            while (document.isNumber(first - 1) && document.tokenLength(first - 1) == 1
                    && DigitGroups.spaceBetween(document, first - 1, first)) {
                first--;
            }
            last = token;
            while (document.isNumber(last + 1) && document.tokenLength(last + 1) == 1
                    && DigitGroups.spaceBetween(document, last, last + 1)) {
                last++;
            }
        }
    }

    /**
     * Dates typed digit by digit in a form ({@code 2 6 0 2 1 9 9 1} for 26/02/1991), or as eight
     * digits after a date cue ({@code le 23022018}).
     */
    private static int spacedDigits(Document document, int token, SingleDigits chain) {
        if (document.tokenLength(token) == 8 && document.wordBefore(token, 2, DAY_PREPOSITIONS) && notGluedAfter(document, token)) {
            int start = document.start(token);
            int day = twoDigits(document, start);
            int month = twoDigits(document, start + 2);
            int year = twoDigits(document, start + 4) * 100 + twoDigits(document, start + 6);
            return plausible(day, month, year) ? token : -1;
        }
        if (document.tokenLength(token) == 2) {
            return dayThenDigits(document, token);
        }
        if (document.tokenLength(token) != 1) {
            return -1;
        }
        // Longer digit-by-digit runs are identifiers (a NIR typed the same way), unless the run is
        // fields of a form typed one after the other: dates (8 digits) and NIRs (13 to 16).
        if (token < chain.first || token > chain.last) {
            chain.read(document, token);
        }
        int before = token - chain.first;
        int after = chain.last - token;
        if (after >= 8 && !fields(after - 7) && fields(after - 8) && document.isNumber(token + after + 1)
                && document.tokenLength(token + after + 1) >= 2 && DigitGroups.spaceBetween(document, token + after, token + after + 1)) {
            after--; // "1 5 0 3 2 0 2 4 1 030458906358": the last single digit is the sex digit of the NIR after
        }
        if (after < 7 || !fields(before) || !fields(after - 7)) {
            return -1;
        }
        int last = token + 7;
        return plausible(singleDigits(document, token, 2), singleDigits(document, token + 2, 2),
                singleDigits(document, token + 4, 4)) ? last : -1;
    }

    /**
     * A date whose day was typed as one group and the rest digit by digit ({@code 05 1 2 2 0 2 4}
     * for 05/12/2024): exactly eight digits, alone (no digit group touches the run on either side).
     */
    private static int dayThenDigits(Document document, int token) {
        if (document.isNumber(token - 1) && DigitGroups.spaceBetween(document, token - 1, token)) {
            return -1;
        }
        int last = token + 6;
        for (int t = token + 1; t <= last; t++) {
            if (!document.isNumber(t) || document.tokenLength(t) != 1 || !DigitGroups.spaceBetween(document, t - 1, t)) {
                return -1;
            }
        }
        if (document.isNumber(last + 1) && DigitGroups.spaceBetween(document, last, last + 1) || !notGluedAfter(document, last)) {
            return -1;
        }
        return plausible(twoDigits(document, document.start(token)), singleDigits(document, token + 1, 2),
                singleDigits(document, token + 3, 4)) ? last : -1;
    }

    /** The value of {@code count} one-digit tokens from {@code first}: "2 0 2 4" is 2024. */
    private static int singleDigits(Document document, int first, int count) {
        int value = 0;
        for (int t = first; t < first + count; t++) {
            value = value * 10 + document.charAt(document.start(t)) - '0';
        }
        return value;
    }

    /**
     * Whether so many digits typed one by one can be whole form fields: dates (8), NIRs (13, 15, or
     * a digit short or long as hands mistype them: 14, 16; twelve would be a phone number). Read
     * from a table: the search through the fields' sums, made for each digit of a run, made a
     * long run of single digits ("0 1 1 0 …", a matrix pasted) quadratic.
     */
    static boolean fields(int digits) {
        return digits >= FIELD_SUMS.length || FIELD_SUMS[digits];
    }

    /**
     * Which counts of digits are sums of fields' lengths (8, 13 to 16). From 34 up every count is
     * one: checked when the class loads on the table's last 64 counts, since eight sums in a row
     * make every larger count one (add dates).
     */
    private static final boolean[] FIELD_SUMS = new boolean[128];

    static {
        FIELD_SUMS[0] = true;
        for (int digits = 1; digits < FIELD_SUMS.length; digits++) {
            boolean sum = digits >= 8 && FIELD_SUMS[digits - 8];
            for (int nir = 13; nir <= 16 && nir <= digits; nir++) {
                sum |= FIELD_SUMS[digits - nir];
            }
            FIELD_SUMS[digits] = sum;
        }
        for (int digits = 64; digits < FIELD_SUMS.length; digits++) {
            if (!FIELD_SUMS[digits]) {
                throw new IllegalStateException("a count of digits past the table would not be a sum of fields");
            }
        }
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
        if (!document.tokenIn(next, MONTH_NAMES) || document.tokenIs(next, "may")
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
        if (!document.tokenIn(token, MONTH_NAMES)) {
            return -1;
        }
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
        if (word.length() >= 4 && document.tokenIn(token - 1, MONTH_PREPOSITIONS) && document.isNumber(next)
                && document.tokenLength(next) == 2 && value(document, next) > 31 && notGluedAfter(document, next)) {
            return next; // "en décembre 93"
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
                && document.isSymbol(second + 1, ')') || headsANote(document, token, second))) {
            return second;
        }
        return -1;
    }

    /**
     * A day and month of two digits each that head a line of notes, before a colon or a dash:
     * "26/11 : Mme Renaud et bébé Léon, J5", "03/12 – pansement refait" (not "3/4 de la dose").
     */
    private static boolean headsANote(Document document, int day, int month) {
        boolean twoDigits = document.tokenLength(day) == 2 && document.tokenLength(month) == 2;
        int sign = document.tokenIsAny(month + 1, TIMES_OF_DAY) ? month + 2 : month + 1; // "28/11 matin : Mme Brunet a chuté"
        boolean heads = (day == 0 || document.newlineBefore(day))
                && (document.isSymbol(sign, ':') || document.isSymbol(sign, '–') || document.isSymbol(sign, '-'));
        // or ends a heading after its dash: "Relève de l'équipe mobile de soins palliatifs – 27/11"
        boolean endsAHeading = (document.isSymbol(day - 1, '–') || document.isSymbol(day - 1, '-') && !document.touchesNext(day - 1))
                && (month + 1 >= document.tokenCount() || document.newlineBefore(month + 1));
        return twoDigits && (heads || endsAHeading);
    }

    /** The times of day a note's heading may put after its date: "28/11 matin :", "03/12 night –". */
    private static final String[] TIMES_OF_DAY = {"matin", "midi", "soir", "nuit", "morning", "afternoon", "evening",
        "night", "am", "pm"};

    /** Whether a word of care (a procedure, an exam, a stay) stands within three words of these tokens. */
    static boolean careEventNear(Document document, int first, int last) {
        for (int t = Math.max(0, first - 4); t <= last + 3 && t < document.tokenCount(); t++) {
            if ((t < first || t > last) && careWord(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** {@code - 1981 hystérectomie}, {@code 1995 : greffe de cornée}: a year that heads a line of medical history. */
    private static boolean headsCareEvent(Document document, int token) {
        int next = token + 1;
        while (document.isSymbol(next, ':') || document.isSymbol(next, '-') || document.isSymbol(next, ',')) {
            next++;
        }
        return careWord(document, next);
    }

    private static boolean careWord(Document document, int token) {
        if (!document.isWord(token)) {
            return false;
        }
        if (document.tokenIn(token, CARE_EVENTS)) {
            return true;
        }
        if (document.tokenLength(token) < 7) {
            return false;
        }
        String word = document.lowerToken(token);
        for (String suffix : CARE_SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static int year(Document document, int token) {
        if (document.tokenLength(token) != 4) {
            return -1;
        }
        boolean listed = (document.tokenIs(token - 1, "et") || document.tokenIs(token - 1, "and"))
                && document.isNumber(token - 2) && document.tokenLength(token - 2) == 4
                && document.wordBefore(token - 2, 1, YEAR_PREPOSITIONS);
        if (document.tokenLength(token) != 4 || !yearValue(document, token)
                || !(listed || document.wordBefore(token, 1, YEAR_PREPOSITIONS) || birthKeywordBefore(document, token)
                || headsCareEvent(document, token))
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

    /**
     * The years a date may have. A year written alone or after a month's name is no living
     * person's before 1900 ("En 1895, Röntgen…", "juillet 1885" are history); a numeric date may be
     * older, as a pseudonymised record shifts its birth dates ("2 9 1 0 1 8 9 5" in eds-pseudo).
     */
    private static final int FIRST_YEAR = 1880;
    private static final int FIRST_YEAR_IN_WORDS = 1900;
    private static final int LAST_YEAR = 2100;

    /** The most days each month has (February in a leap year). */
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static boolean plausible(int day, int month, int year) {
        if (month < 1 || month > 12 || day < 1 || year < FIRST_YEAR || year > LAST_YEAR) {
            return false;
        }
        return day <= DAYS_IN_MONTH[month - 1];
    }

    private static boolean yearValue(Document document, int token) {
        int year = value(document, token);
        return year >= FIRST_YEAR_IN_WORDS && year <= LAST_YEAR;
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
