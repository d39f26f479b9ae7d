package org.passerelle.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of detection: runs every registered recognizer over a text, reconciles what
 * they found (a name seen once is found everywhere, overlaps go to the most confident span,
 * birth dates beside a name are told from care dates) and classifies the document.
 *
 * <p>Never throws on any input, deterministic, thread-safe. If a recognizer fails, the analysis
 * is marked incomplete and classified sensitive: a text that could not be scanned is treated as
 * sensitive (fail closed).
 */
public final class Detector {

    /** Findings below this score are not reported. */
    public static final double THRESHOLD = 0.5;

    private final RecognizerRegistry registry;
    private final Classifier classifier = new Classifier();

    public Detector(RecognizerRegistry registry) {
        this.registry = registry;
    }

    /** A detector with every built-in recognizer. */
    public static Detector withDefaults() {
        return new Detector(RecognizerRegistry.defaults());
    }

    public Analysis analyze(String text) {
        if (text == null || text.isEmpty()) {
            return new Analysis(List.of(), Classification.notSensitive(), true);
        }
        Document document;
        try {
            document = new Document(text);
        } catch (RuntimeException | StackOverflowError e) {
            return failed();
        }
        // Names propagated join the raw findings: room for them. Each finding's sort key, and the
        // names and codes to propagate, are noted as it is added, while it is in the caches, rather
        // than in passes over them all. Each finding kept is copied as it is added: the passes that
        // follow (ordering, propagation, classification) then read the findings from one stretch
        // of memory, not from among every recognizer's working objects, which in a long text is a
        // cache miss per finding.
        RawFindings raw = new RawFindings(Math.max(16, text.length() / 16));
        List<Finding> people = new ArrayList<>();
        List<Finding> found = new ArrayList<>(Math.max(16, text.length() / 64));
        boolean complete = true;
        for (Recognizer recognizer : registry.recognizers()) {
            found.clear();
            try {
                recognizer.recognize(document, found);
            } catch (RuntimeException | StackOverflowError e) {
                complete = false;
                continue;
            }
            for (Finding finding : found) {
                if (finding.end() <= text.length() && finding.score() >= THRESHOLD) {
                    Finding kept = new Finding(finding.label(), finding.start(), finding.end(), finding.score(),
                            finding.explanation());
                    raw.add(kept);
                    Label label = kept.label();
                    if (label == Label.LAST_NAME || label == Label.FIRST_NAME || label == Label.PATIENT_ID) {
                        people.add(kept);
                    }
                }
            }
        }
        try {
            propagateNames(document, people, raw);
            List<Finding> findings = resolveOverlaps(raw);
            findings = birthDatesBesideNames(document, findings);
            DocumentSignals signals = DocumentSignals.of(document);
            Classification classification = complete
                    ? classifier.classify(document, signals, findings)
                    : new Classification(true, java.util.Set.of(Reason.DETECTION_FAILED));
            if (!classification.reasons().contains(Reason.NOMINATIVE_HEALTH)
                    && !classification.reasons().contains(Reason.PSEUDONYMISED_HEALTH)) {
                findings = datesOnlyAboutPeople(document, findings, signals);
            }
            return new Analysis(findings, classification, complete);
        } catch (RuntimeException | StackOverflowError e) {
            return failed();
        }
    }

    private static Analysis failed() {
        return new Analysis(List.of(), new Classification(true, java.util.Set.of(Reason.DETECTION_FAILED)), false);
    }

    /**
     * A name found once (with a title, beside a first name...) is a name wherever else it stands
     * written the same way, in Title or UPPER case; a patient code found once is one everywhere.
     */
    private static void propagateNames(Document document, List<Finding> people, RawFindings findings) {
        int[] startTokens = startTokens(document, people);
        // By word id: a name of one word is a distinct word of the document, its other occurrences known.
        Label[] nameOfWord = null;
        // The tokens a name found starts at, by token: no other occurrence is added there.
        java.util.BitSet named = new java.util.BitSet(document.tokenCount());
        for (int f = 0; f < startTokens.length; f++) {
            Finding finding = people.get(f);
            if (finding.label() == Label.PATIENT_ID) {
                continue;
            }
            if (startTokens[f] < document.tokenCount() && document.start(startTokens[f]) == finding.start()) {
                named.set(startTokens[f]);
            }
            int id = finding.length() >= 3 ? wordAt(document, startTokens[f], finding) : -1;
            if (id >= 0) {
                if (nameOfWord == null) {
                    nameOfWord = new Label[document.distinctWords()];
                }
                if (nameOfWord[id] == null) {
                    nameOfWord[id] = finding.label();
                }
            }
        }
        propagateCodes(document, people, startTokens, findings);
        if (nameOfWord == null) {
            return;
        }
        Explanation why = new Explanation("person-name", "same-name-elsewhere");
        for (int id = 0; id < nameOfWord.length; id++) {
            if (nameOfWord[id] == null) {
                continue;
            }
            for (int i = 0; i < document.occurrences(id); i++) {
                int token = document.occurrence(id, i);
                if (document.startsUpper(token) && !named.get(token)) {
                    findings.add(new Finding(nameOfWord[id], document.start(token), document.end(token), 0.7, why));
                }
            }
        }
    }

    /**
     * For each finding, the first token starting at or after it. Each recognizer's findings come
     * mostly in order of their starts: each search starts from the last answer ({@link
     * Document#tokenAt(int, int)}) rather than over the whole text (in a long text every step of
     * which misses the cache), and only a finding before the last one is searched for from the
     * text's start.
     */
    private static int[] startTokens(Document document, List<Finding> findings) {
        int[] tokens = new int[findings.size()];
        int token = 0;
        int last = 0;
        for (int f = 0; f < tokens.length; f++) {
            int start = findings.get(f).start();
            token = start >= last ? document.tokenAt(start, token) : document.tokenAt(start);
            tokens[f] = token;
            last = start;
        }
        return tokens;
    }

    /** The word id of a finding that is exactly the word at {@code token}, or -1. */
    private static int wordAt(Document document, int token, Finding finding) {
        return token < document.tokenCount() && document.isWord(token) && document.start(token) == finding.start()
                && document.end(token) == finding.end() ? document.wordId(token) : -1;
    }

    /**
     * A patient code found once is one everywhere it stands alone, found from its first token; the
     * codes are among {@code people}, whose first tokens are {@code startTokens}, and what is found
     * is added to {@code findings}.
     */
    private static void propagateCodes(Document document, List<Finding> people, int[] startTokens, RawFindings findings) {
        Map<Integer, java.util.Set<String>> codesByFirstWord = new HashMap<>();
        Map<Long, java.util.Set<String>> codesByFirstNumber = new HashMap<>();
        String text = document.text();
        for (int f = 0; f < startTokens.length; f++) {
            Finding finding = people.get(f);
            if (finding.label() == Label.PATIENT_ID && finding.length() >= 5) {
                int token = startTokens[f];
                if (token >= document.tokenCount() || document.start(token) != finding.start()) {
                    continue;
                }
                String code = text.substring(finding.start(), finding.end());
                if (document.isWord(token)) {
                    codesByFirstWord.computeIfAbsent(document.wordId(token), k -> new java.util.LinkedHashSet<>()).add(code);
                } else if (document.isNumber(token) && document.tokenLength(token) <= MAX_NUMBER_KEY) {
                    codesByFirstNumber.computeIfAbsent(numberKey(document, token), k -> new java.util.LinkedHashSet<>()).add(code);
                }
            }
        }
        Explanation why = new Explanation("patient-id", "same-code-elsewhere");
        for (Map.Entry<Integer, java.util.Set<String>> entry : codesByFirstWord.entrySet()) {
            int id = entry.getKey();
            // A code is only where its first character is: the occurrence's initial case, read from
            // its token, passes over the other case's without reading the text ("de" for "DE-…").
            List<String> upperCodes = new ArrayList<>(entry.getValue().size());
            List<String> lowerCodes = new ArrayList<>(entry.getValue().size());
            for (String code : entry.getValue()) {
                (Document.upperInitial(code.charAt(0)) ? upperCodes : lowerCodes).add(code);
            }
            String[] upper = upperCodes.toArray(String[]::new);
            String[] lower = lowerCodes.toArray(String[]::new);
            for (int i = 0; i < document.occurrences(id); i++) {
                int token = document.occurrence(id, i);
                String[] codes = document.startsUpper(token) ? upper : lower;
                if (codes.length > 0) {
                    addCodesAt(document, token, codes, findings, why);
                }
            }
        }
        if (codesByFirstNumber.isEmpty()) {
            return;
        }
        // Number keys sorted for a binary search without boxing. Marked by their length and first
        // two digits, with the characters that follow them in a code (a bit each, 63 for any
        // other), so that most numbers ("03" followed by "/" in a date) are passed over unread.
        long[] keys = codesByFirstNumber.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        String[][] codesOfKey = new String[keys.length][];
        long[] heads = new long[(MAX_NUMBER_KEY + 1) * 100];
        for (int k = 0; k < keys.length; k++) {
            codesOfKey[k] = codesByFirstNumber.get(keys[k]).toArray(String[]::new);
            int length = (int) (keys[k] % 32);
            long value = keys[k] / 32;
            for (int digit = 2; digit < length; digit++) {
                value /= 10;
            }
            int head = length * 100 + (int) (length == 1 ? value * 10 : value);
            for (String code : codesOfKey[k]) {
                heads[head] |= code.length() == length ? -1L : followerBit(code.charAt(length));
            }
        }
        for (int token : document.numbers()) {
            int length = document.tokenLength(token);
            if (length > MAX_NUMBER_KEY) {
                continue;
            }
            long followers = heads[length * 100 + numberHead(document, token)];
            int after = document.end(token);
            if (followers != 0 && (followers & followerBit(after < document.length() ? document.charAt(after) : 0)) != 0) {
                int k = java.util.Arrays.binarySearch(keys, numberKey(document, token));
                if (k >= 0) {
                    addCodesAt(document, token, codesOfKey[k], findings, why);
                }
            }
        }
    }

    /** A character's bit among those that may follow a code's first number: its own below 63, else 63. */
    private static long followerBit(char c) {
        return 1L << Math.min(63, c);
    }

    /** The first two digits of a number token as a number ("03" is 3; "7" counts as "70"). */
    private static int numberHead(Document document, int token) {
        int start = document.start(token);
        int second = document.tokenLength(token) > 1 ? document.charAt(start + 1) - '0' : 0;
        return (document.charAt(start) - '0') * 10 + second;
    }

    /** Digits of a number token that fit a key with its length ("04" and "4" differ). */
    private static final int MAX_NUMBER_KEY = 17;

    private static long numberKey(Document document, int token) {
        long value = 0;
        for (int i = document.start(token); i < document.end(token); i++) {
            value = value * 10 + (document.charAt(i) - '0');
        }
        return value * 32 + document.tokenLength(token);
    }

    private static void addCodesAt(Document document, int token, String[] codes, RawFindings findings, Explanation why) {
        int at = document.start(token);
        int length = document.length();
        // Every code here starts with this token: the character after it and the code's last one
        // tell most places apart ("03-004" is not at the "03" of "03/12", "24-07-1990" not at
        // "24-07-2018") before the whole code is compared. The document's chars are read, not the
        // string's: one copy of the text in the caches.
        int after = document.end(token);
        char next = after < length ? document.charAt(after) : 0;
        for (String code : codes) {
            int end = at + code.length();
            if ((code.length() == after - at || code.length() > after - at && code.charAt(after - at) == next)
                    && end <= length && document.charAt(end - 1) == code.charAt(code.length() - 1)
                    && document.holds(at, code)
                    && (at == 0 || !Character.isLetterOrDigit(document.charAt(at - 1)))
                    && (end == length || !Character.isLetterOrDigit(document.charAt(end)))) {
                findings.add(new Finding(Label.PATIENT_ID, at, end, 0.65, why));
            }
        }
    }

    /**
     * The findings of the recognizers and of propagation, in the order found, each with its start
     * and index as one sort key, written as it is added.
     */
    private static final class RawFindings {
        private final List<Finding> list;
        private long[] keys;

        RawFindings(int capacity) {
            list = new ArrayList<>(capacity);
            keys = new long[capacity];
        }

        void add(Finding finding) {
            int index = list.size();
            if (index == keys.length) {
                keys = java.util.Arrays.copyOf(keys, Math.max(16, index * 2));
            }
            keys[index] = ((long) finding.start() << 32) | index;
            list.add(finding);
        }

        Finding get(int index) {
            return list.get(index);
        }

        int size() {
            return list.size();
        }
    }

    private static final Comparator<Finding> PREFERENCE = (a, b) -> {
        int order = Double.compare(b.score(), a.score());
        if (order == 0) {
            order = Integer.compare(b.length(), a.length());
        }
        if (order == 0) {
            order = Integer.compare(a.start(), b.start());
        }
        return order != 0 ? order : Integer.compare(a.label().ordinal(), b.label().ordinal());
    };

    /**
     * Keeps, among overlapping spans, the most confident (then the longest, then the earliest).
     * Spans are ordered by start with primitive keys; only clusters of spans that overlap one
     * another are sorted by preference, where the greedy choice gives the same result as over the
     * whole list (spans of different clusters never overlap).
     */
    private static List<Finding> resolveOverlaps(RawFindings findings) {
        int n = findings.size();
        long[] byStart = findings.keys;
        java.util.Arrays.sort(byStart, 0, n);
        List<Finding> kept = new ArrayList<>(n);
        List<Finding> cluster = new ArrayList<>();
        int clusterEnd = -1;
        for (int k = 0; k < n; k++) {
            Finding finding = findings.get((int) byStart[k]);
            if (!cluster.isEmpty() && finding.start() >= clusterEnd) {
                keepMostPreferred(cluster, kept);
                cluster.clear();
            }
            cluster.add(finding);
            clusterEnd = cluster.size() == 1 ? finding.end() : Math.max(clusterEnd, finding.end());
        }
        keepMostPreferred(cluster, kept);
        return kept;
    }

    private static void keepMostPreferred(List<Finding> cluster, List<Finding> kept) {
        if (cluster.size() == 1) {
            kept.add(cluster.getFirst());
            return;
        }
        if (cluster.isEmpty()) {
            return;
        }
        cluster.sort(PREFERENCE);
        int from = kept.size();
        for (int c = 0; c < cluster.size(); c++) {
            Finding candidate = cluster.get(c);
            boolean clash = false;
            for (int k = from; k < kept.size() && !clash; k++) {
                clash = kept.get(k).overlaps(candidate);
            }
            if (!clash) {
                kept.add(candidate);
            }
        }
        // Clusters come in order of their starts and never overlap: ordering each one's kept spans
        // orders the whole list.
        kept.subList(from, kept.size()).sort(BY_START);
    }

    private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start);

    /**
     * Dates (and towns outside a postal address) count only in texts about a person (a patient identifier, a birth date, a name with
     * patient cues): conference programmes, history and announcements have dates of no one. A town on
     * the line of a person's name or of a care facility stays, whatever the text: it is where that
     * person works or lives ("Dr A. BOSSUET, Inserm U1018, Villejuif"), where care is given
     * ("Hôpital Femme Mère Enfant, Bron – 04 27 85 51 62").
     */
    private static List<Finding> datesOnlyAboutPeople(Document document, List<Finding> findings, DocumentSignals signals) {
        boolean names = false;
        for (Finding finding : findings) {
            switch (finding.label()) {
                case NIR, PATIENT_ID, STAY_ID, BIRTH_DATE:
                    return findings;
                case FIRST_NAME, LAST_NAME:
                    names = true;
                    break;
                default:
                    break;
            }
        }
        if ((names && signals.patientCues() >= 2) || (signals.patientCues() >= 3 && signals.healthTerms() >= 2)) {
            return findings;
        }
        // No person in sight. A full, modern date in a clinical note is still a care date (a note
        // about "the patient" need not name them); year-only and partial dates, old dates and any
        // date in an announcement, a programme or a history are dates of no one.
        boolean clinicalNote = signals.eventTerms() == 0;
        boolean careHistory = clinicalNote && signals.healthTerms() >= 2 && signals.patientCues() >= 2;
        int[] anchors = null; // where names, facilities and addresses start: read once a bare town is met
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean townWithoutAddress = finding.label() == Label.CITY && finding.explanation().recognizer().equals("city")
                    && !TOWNS_OF_A_PERSON.contains(finding.explanation().rule());
            if (townWithoutAddress) {
                if (anchors == null) {
                    anchors = findings.stream().filter(anchor -> anchor.label() == Label.FIRST_NAME
                            || anchor.label() == Label.LAST_NAME || anchor.label() == Label.HOSPITAL
                            || anchor.label() == Label.ADDRESS)
                            .mapToInt(Finding::start).sorted().toArray();
                }
                townWithoutAddress = !onTheLineOfOne(document, finding, anchors);
            }
            boolean careDate = finding.label() == Label.DATE && clinicalNote && (careHistory || fullModernDate(document, finding)
                    || !finding.explanation().rule().equals("year-after-preposition"));
            if ((finding.label() != Label.DATE || careDate) && !townWithoutAddress) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** The town rules that tie a town to a person whatever the text ("la fille du patient, résidant à Marseille"). */
    private static final java.util.Set<String> TOWNS_OF_A_PERSON = java.util.Set.of("known-town-where-a-person-lives");

    /** Whether one of the sorted {@code starts} stands on the finding's line. */
    private static boolean onTheLineOfOne(Document document, Finding finding, int[] starts) {
        int lineStart = document.lineStart(finding.start(), LINE_REACH);
        int lineEnd = document.lineEnd(finding.end(), LINE_REACH);
        int first = java.util.Arrays.binarySearch(starts, lineStart);
        int at = first >= 0 ? first : -first - 1;
        return at < starts.length && starts[at] < lineEnd;
    }

    /** How far along its line a town looks for a person or a facility. */
    private static final int LINE_REACH = 300;

    private static boolean fullModernDate(Document document, Finding finding) {
        String rule = finding.explanation().rule();
        boolean full = rule.equals("numeric-date") || rule.equals("column-header")
                || rule.equals("month-name") && (Character.isDigit(document.charAt(finding.start()))
                || hasDay(document, finding)); // "Sept 01, 2026"
        int year = yearOf(document, finding);
        return full && (year >= 1950 || year < 0 && rule.equals("numeric-date"));
    }

    /**
     * Years between two dates side by side in a form for the older to be a birth date, not an
     * earlier visit: ten, so that children's records count too (two care dates side by side, with
     * no word between them, are seldom ten years apart).
     */
    private static final int YEARS_APART = 10;

    /** Whether a group of one or two digits (a day) stands in the span. */
    private static boolean hasDay(Document document, Finding finding) {
        String text = document.text();
        int digits = 0;
        for (int i = finding.start(); i <= finding.end(); i++) {
            if (i < finding.end() && Character.isDigit(text.charAt(i))) {
                digits++;
            } else {
                if (digits == 1 || digits == 2) {
                    return true;
                }
                digits = 0;
            }
        }
        return false;
    }

    /** "DUPONT Jean, 12/03/1961": a date of long ago right after a name is a birth date. */
    private static List<Finding> birthDatesBesideNames(Document document, List<Finding> findings) {
        List<Finding> result = new ArrayList<>(findings.size());
        Finding previous = null;
        int previousYear = -1;
        for (Finding finding : findings) {
            // A date under a column header that says which date it is ("date_inclusion") keeps it:
            // the header is read, not the row's shape (a date after the sex cell is not always the
            // birth date). Another date's year is read once: every rule below asks for it.
            boolean date = finding.label() == Label.DATE && !finding.explanation().recognizer().equals(TableColumnRecognizer.ID);
            int year = finding.label() == Label.DATE ? yearOf(document, finding) : -1;
            if (date && previous != null
                    && (previous.label() == Label.LAST_NAME || previous.label() == Label.FIRST_NAME)
                    && finding.start() - previous.end() <= 4 && separatorOnly(document, previous.end(), finding.start())
                    && year > 0 && year < BIRTH_BEFORE) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "date-beside-name"));
            } else if (date && previous != null && previous.label() == Label.DATE
                    && separatorOnly(document, previous.end(), finding.start()) && previousYear > 0 && year > 0
                    && Math.abs(previousYear - year) >= YEARS_APART) {
                // "10/03/85 12/05/24": of two dates side by side in a form, the much older one is the birth date
                Explanation why = new Explanation("date", "older-of-two-form-dates");
                if (previousYear < year) {
                    result.set(result.size() - 1, new Finding(Label.BIRTH_DATE, previous.start(), previous.end(),
                            previous.score(), why));
                } else {
                    finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(), why);
                }
            } else if (date && previous != null && previous.label() == Label.BIRTH_DATE
                    && comparedWith(document, previous, finding)) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "date-compared-with-birth-date"));
            } else if (date && nirOfTheSameYear(document, finding, year)) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "year-of-birth-in-social-security-number"));
            } else if (date && afterSocialSecurityField(document, finding, year)) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "old-date-after-social-security-number"));
            } else if (date && afterSexField(document, finding.start())) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "date-after-sex-field"));
            } else if (date && formDate(document, finding, year)) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "old-date-alone-in-a-form"));
            }
            result.add(finding);
            previous = finding;
            previousYear = year;
        }
        return result;
    }

    /** Words that set a date against the one before it: a data query about a birth date. */
    private static final List<String> COMPARISONS = List.of("correspond pas", "diffère", "differ", "au lieu d",
            "instead of", "versus", " vs", "et non", "rather than");
    /** How far apart, in characters on one line, a birth date and the date compared with it may stand. */
    private static final int COMPARED_WITHIN = 120;

    /**
     * "la date de naissance saisie (14/09/1949) ne correspond pas au dossier source (14/09/1948)",
     * "the date of birth on the form (12/07/1952) differs from the eCRF (12/07/1951)": the date a
     * birth date is compared with, on its line, is a birth date too.
     */
    private static boolean comparedWith(Document document, Finding birth, Finding date) {
        if (date.start() - birth.end() > COMPARED_WITHIN) {
            return false;
        }
        // on one line, with a word of two letters or more between (most such pairs are a table's
        // cells, "| F | 12/03/2024"), before any string is made
        boolean word = false;
        for (int i = birth.end(), letters = 0; i < date.start(); i++) {
            char c = document.charAt(i);
            if (c == '\n') {
                return false;
            }
            letters = Character.isLetter(c) ? letters + 1 : 0;
            word |= letters >= 2;
        }
        if (!word) {
            return false;
        }
        String between = document.text().substring(birth.end(), date.start()).toLowerCase(java.util.Locale.ROOT);
        for (String comparison : COMPARISONS) {
            if (between.contains(comparison)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A full date of before 2000 standing alone in a field of a form (at a line start, after a
     * bar or tab, digit by digit) is a birth date: care dates in such forms are recent, and a
     * past event is introduced by words ("infarctus le ...").
     */
    private static boolean formDate(Document document, Finding finding, int year) {
        if (year < 0 || year >= 2000 || finding.length() < 8) {
            return false;
        }
        int start = finding.start();
        int i = start - 1;
        while (i >= 0 && (document.charAt(i) == ' ' || document.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < 0 || document.charAt(i) == '\n' || document.charAt(i) == '|' || document.charAt(i) == '\t'
                || document.charAt(i) == ';' || (document.charAt(i) == ',' && start - i <= 2);
    }

    /**
     * A social-security number (13 or 15 digits, typed in groups or digit by digit) right before or
     * after a date, whose digits 2-3 are the date's year: the NIR encodes its holder's year of
     * birth, so the date is the birth date.
     */
    private static boolean nirOfTheSameYear(Document document, Finding finding, int year) {
        if (year < 0) {
            return false;
        }
        return nirOfYear(DigitRun.read(document, finding.start() - 1, -1), year)
                || nirOfYear(DigitRun.read(document, finding.end(), 1), year);
    }

    /**
     * A date of before {@link #BIRTH_BEFORE} right after a number of 13 to 16 digits (a NIR of 13 or
     * 15, valid or mistyped, or a digit short or long) in a form row: the field that follows the NIR
     * is the birth date. Twelve digits are a phone number with its country code.
     */
    private static boolean afterSocialSecurityField(Document document, Finding finding, int year) {
        if (year < 0 || year >= BIRTH_BEFORE) {
            return false;
        }
        DigitRun run = DigitRun.read(document, finding.start() - 1, -1);
        int digits = run == null ? 0 : run.digits();
        return digits >= 13 && digits <= 16;
    }

    /** Birth dates in forms are older than this year; a care date in the same forms is recent. */
    private static final int BIRTH_BEFORE = 2012;

    /**
     * Whether the groups nearest the date, taken one more at a time, make a NIR of that year of
     * birth (13 or 15 digits whose digits 2-3 are the year).
     */
    private static boolean nirOfYear(DigitRun run, int year) {
        if (run == null) {
            return false;
        }
        for (int g = 0; g < run.groups; g++) {
            int length = run.ends[g];
            if ((length == 13 || length == 15) && nirOfYear(run.digit(length, 0), run.digit(length, 1),
                    run.digit(length, 2), year)) {
                return true;
            }
            if (length > 15) {
                return false;
            }
        }
        return false;
    }

    private static boolean nirOfYear(char sex, char tens, char units, int year) {
        int yy = (tens - '0') * 10 + (units - '0');
        return (sex == '1' || sex == '2' || sex == '3' || sex == '4' || sex == '7' || sex == '8') && yy == year % 100;
    }

    /**
     * The groups of digits next to a position in one direction, nearest first (after up to three
     * spaces or a line break; groups separated by single spaces or dots), 17 digits at most, read
     * without making a string: {@code seen} holds the digits in the order they were read (backwards
     * when reading towards the text's start), {@code ends[g]} how many digits the nearest
     * {@code g + 1} groups hold.
     */
    private record DigitRun(char[] seen, int[] ends, int groups, boolean backwards) {

        /** The digits next to {@code from} reading by {@code step}, or null when no digit stands there. */
        static DigitRun read(Document document, int from, int step) {
            int i = from;
            int skipped = 0;
            while (i >= 0 && i < document.length() && Character.isWhitespace(document.charAt(i)) && skipped < 3) {
                i += step;
                skipped++;
            }
            if (i < 0 || i >= document.length() || document.charAt(i) < '0' || document.charAt(i) > '9') {
                return null; // most dates stand among words
            }
            char[] seen = new char[17];
            int[] ends = new int[17];
            int groups = 0;
            int digits = 0;
            int inGroup = 0;
            while (i >= 0 && i < document.length() && digits <= 16) {
                char c = document.charAt(i);
                if (c >= '0' && c <= '9') {
                    seen[digits++] = c;
                    inGroup++;
                } else if ((c == ' ' || c == '.') && inGroup > 0 && i + step >= 0 && i + step < document.length()
                        && isAsciiDigit(document.charAt(i + step))) {
                    ends[groups++] = digits;
                    inGroup = 0;
                } else {
                    break;
                }
                i += step;
            }
            if (inGroup > 0) {
                ends[groups++] = digits;
            }
            return new DigitRun(seen, ends, groups, step < 0);
        }

        int digits() {
            return groups == 0 ? 0 : ends[groups - 1];
        }

        /** The {@code index}-th digit, in text order, of the number the nearest groups holding {@code length} digits make. */
        char digit(int length, int index) {
            return backwards ? seen[length - 1 - index] : seen[index];
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** "DUPONT Jean | M | 12/03/1961": a date in the field after the sex field of a form row. */
    private static boolean afterSexField(Document document, int start) {
        int i = start - 1;
        while (i >= 0 && document.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || !(document.charAt(i) == '|' || document.charAt(i) == ',' || document.charAt(i) == '\t')) {
            return false;
        }
        i--;
        while (i >= 0 && document.charAt(i) == ' ') {
            i--;
        }
        if (i < 1 || "MFH".indexOf(document.charAt(i)) < 0) {
            return false;
        }
        char before = document.charAt(i - 1);
        return before == ' ' || before == '|' || before == ',' || before == '\t';
    }

    private static boolean separatorOnly(Document document, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = document.charAt(i);
            if (!(c == ',' || c == ' ' || c == '–' || c == '-' || c == '(' || c == ';' || c == '|' || c == '\t' || c == '\n')) {
                return false;
            }
        }
        return true;
    }

    private static int yearOf(Document document, Finding finding) {
        int year = fourDigitYear(document, finding);
        if (year > 0) {
            return year;
        }
        int end = finding.end();
        if (finding.length() == 15 && document.charAt(finding.start() + 1) == ' ') {
            // typed digit by digit: d d m m y y y y
            int value = 0;
            for (int i = end - 7; i < end; i += 2) {
                value = value * 10 + (document.charAt(i) - '0');
            }
            return value >= 1880 && value <= 2100 ? value : -1;
        }
        // dd/mm/yy: the two last digits, 19yy when above 30
        if (finding.length() >= 8 && Character.isDigit(document.charAt(end - 1)) && Character.isDigit(document.charAt(end - 2))
                && !Character.isDigit(document.charAt(end - 3))) {
            int yy = (document.charAt(end - 2) - '0') * 10 + (document.charAt(end - 1) - '0');
            return yy > 30 ? 1900 + yy : 2000 + yy;
        }
        return -1;
    }

    /** The last run of exactly four digits in the finding that is a year from 1880 to 2100, or -1. */
    private static int fourDigitYear(Document document, Finding finding) {
        for (int i = finding.end() - 4; i >= finding.start(); i--) {
            if (Character.isDigit(document.charAt(i)) && Character.isDigit(document.charAt(i + 1))
                    && Character.isDigit(document.charAt(i + 2)) && Character.isDigit(document.charAt(i + 3))
                    && (i + 4 == finding.end() || !Character.isDigit(document.charAt(i + 4)))
                    && (i == finding.start() || !Character.isDigit(document.charAt(i - 1)))) {
                int year = 0;
                for (int d = i; d < i + 4; d++) {
                    year = year * 10 + Character.digit(document.charAt(d), 10);
                }
                if (year >= 1880 && year <= 2100) {
                    return year;
                }
            }
        }
        return -1;
    }
}
