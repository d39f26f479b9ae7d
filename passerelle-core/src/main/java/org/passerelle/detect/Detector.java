package org.passerelle.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        List<Finding> raw = new ArrayList<>();
        boolean complete = true;
        for (Recognizer recognizer : registry.recognizers()) {
            List<Finding> found = new ArrayList<>();
            try {
                recognizer.recognize(document, found);
            } catch (RuntimeException | StackOverflowError e) {
                complete = false;
                continue;
            }
            for (Finding finding : found) {
                if (finding.end() <= text.length() && finding.score() >= THRESHOLD) {
                    raw.add(finding);
                }
            }
        }
        try {
            propagateNames(document, raw);
            List<Finding> findings = resolveOverlaps(raw);
            findings = birthDatesBesideNames(document, findings);
            DocumentSignals signals = DocumentSignals.of(document);
            int dates = (int) findings.stream().filter(finding -> finding.label() == Label.DATE).count();
            Classification classification = complete
                    ? classifier.classify(signals, findings, dates)
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
    private static void propagateNames(Document document, List<Finding> findings) {
        Map<String, Label> names = new HashMap<>();
        for (Finding finding : findings) {
            if ((finding.label() == Label.LAST_NAME || finding.label() == Label.FIRST_NAME) && finding.length() >= 3) {
                names.putIfAbsent(document.text().substring(finding.start(), finding.end()).toLowerCase(Locale.ROOT),
                        finding.label());
            }
        }
        propagateCodes(document, findings);
        if (names.isEmpty()) {
            return;
        }
        Explanation why = new Explanation("person-name", "same-name-elsewhere");
        Map<String, Document.Positions> index = document.wordIndex();
        for (Map.Entry<String, Label> name : names.entrySet()) {
            Document.Positions positions = index.get(name.getKey());
            for (int i = 0; positions != null && i < positions.size(); i++) {
                int token = positions.get(i);
                if (document.startsUpper(token)) {
                    findings.add(new Finding(name.getValue(), document.start(token), document.end(token), 0.7, why));
                }
            }
        }
    }

    private static void propagateCodes(Document document, List<Finding> findings) {
        // Codes by the text of their first token, so that one pass over the tokens finds them all.
        Map<String, java.util.Set<String>> codesByFirstToken = new HashMap<>();
        String text = document.text();
        for (Finding finding : findings) {
            if (finding.label() == Label.PATIENT_ID && finding.length() >= 5) {
                int token = document.tokenAt(finding.start());
                if (token < document.tokenCount() && document.start(token) == finding.start()) {
                    codesByFirstToken.computeIfAbsent(document.lowerToken(token), k -> new java.util.HashSet<>())
                            .add(text.substring(finding.start(), finding.end()));
                }
            }
        }
        if (codesByFirstToken.isEmpty()) {
            return;
        }
        Explanation why = new Explanation("patient-id", "same-code-elsewhere");
        for (int token = 0; token < document.tokenCount(); token++) {
            if (document.isSymbol(token)) {
                continue;
            }
            java.util.Set<String> codes = codesByFirstToken.get(document.lowerToken(token));
            if (codes == null) {
                continue;
            }
            int at = document.start(token);
            for (String code : codes) {
                int end = at + code.length();
                if (text.startsWith(code, at) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    findings.add(new Finding(Label.PATIENT_ID, at, end, 0.65, why));
                }
            }
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

    /** Keeps, among overlapping spans, the most confident (then the longest, then the earliest). */
    static List<Finding> resolveOverlaps(List<Finding> findings) {
        List<Finding> byPreference = new ArrayList<>(findings);
        byPreference.sort(PREFERENCE);
        java.util.BitSet taken = new java.util.BitSet();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding candidate : byPreference) {
            int clash = taken.nextSetBit(candidate.start());
            if (clash >= 0 && clash < candidate.end()) {
                continue;
            }
            taken.set(candidate.start(), candidate.end());
            kept.add(candidate);
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /**
     * Dates (and towns outside a postal address) count only in texts about a person (a patient identifier, a birth date, a name with
     * patient cues): conference programmes, history and announcements have dates of no one.
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
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean townWithoutAddress = finding.label() == Label.CITY && finding.explanation().recognizer().equals("city");
            boolean careDate = finding.label() == Label.DATE && clinicalNote && fullModernDate(document, finding);
            if ((finding.label() != Label.DATE || careDate) && !townWithoutAddress) {
                kept.add(finding);
            }
        }
        return kept;
    }

    private static boolean fullModernDate(Document document, Finding finding) {
        String rule = finding.explanation().rule();
        boolean full = rule.equals("numeric-date") || rule.equals("column-header")
                || rule.equals("month-name") && Character.isDigit(document.charAt(finding.start()));
        int year = yearOf(document, finding);
        return full && (year >= 1950 || year < 0 && rule.equals("numeric-date"));
    }

    /** "DUPONT Jean, 12/03/1961": a date of long ago right after a name is a birth date. */
    private static List<Finding> birthDatesBesideNames(Document document, List<Finding> findings) {
        List<Finding> result = new ArrayList<>(findings.size());
        Finding previous = null;
        for (Finding finding : findings) {
            if (finding.label() == Label.DATE && previous != null
                    && (previous.label() == Label.LAST_NAME || previous.label() == Label.FIRST_NAME)
                    && finding.start() - previous.end() <= 4 && separatorOnly(document, previous.end(), finding.start())
                    && yearOf(document, finding) > 0 && yearOf(document, finding) < 2012) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "date-beside-name"));
            } else if (finding.label() == Label.DATE && previous != null && previous.label() == Label.DATE
                    && separatorOnly(document, previous.end(), finding.start()) && yearOf(document, previous) > 0
                    && yearOf(document, previous) < 2000 && yearOf(document, finding) >= 2000) {
                // "10/03/85 12/05/24": of two dates side by side in a form, the old one is the birth date
                result.set(result.size() - 1, new Finding(Label.BIRTH_DATE, previous.start(), previous.end(),
                        previous.score(), new Explanation("date", "older-of-two-form-dates")));
            } else if (finding.label() == Label.DATE && formDate(document, finding)) {
                finding = new Finding(Label.BIRTH_DATE, finding.start(), finding.end(), finding.score(),
                        new Explanation("date", "old-date-alone-in-a-form"));
            }
            result.add(finding);
            previous = finding;
        }
        return result;
    }

    /**
     * A full date of before 2000 standing alone in a field of a form (at a line start, after a
     * bar or tab, digit by digit) is a birth date: care dates in such forms are recent, and a
     * past event is introduced by words ("infarctus le ...").
     */
    private static boolean formDate(Document document, Finding finding) {
        int year = yearOf(document, finding);
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

    private static boolean separatorOnly(Document document, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = document.charAt(i);
            if (!(c == ',' || c == ' ' || c == '–' || c == '-' || c == '(' || c == ';' || c == '|' || c == '\t')) {
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
        // dd/mm/yy: the two last digits, 19yy when above 30
        String text = document.text();
        int end = finding.end();
        if (finding.length() >= 8 && Character.isDigit(text.charAt(end - 1)) && Character.isDigit(text.charAt(end - 2))
                && !Character.isDigit(text.charAt(end - 3))) {
            int yy = (text.charAt(end - 2) - '0') * 10 + (text.charAt(end - 1) - '0');
            return yy > 30 ? 1900 + yy : 2000 + yy;
        }
        return -1;
    }

    private static int fourDigitYear(Document document, Finding finding) {
        String text = document.text();
        for (int i = finding.end() - 4; i >= finding.start(); i--) {
            if (i + 4 <= finding.end() && Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                    && (i + 4 == finding.end() || !Character.isDigit(text.charAt(i + 4)))
                    && (i == finding.start() || !Character.isDigit(text.charAt(i - 1)))) {
                int year = Integer.parseInt(text, i, i + 4, 10);
                if (year >= 1880 && year <= 2100) {
                    return year;
                }
            }
        }
        return -1;
    }
}
