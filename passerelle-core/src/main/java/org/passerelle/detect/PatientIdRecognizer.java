package org.passerelle.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Patient identifiers: hospital ids (IPP, NIP, MRN, NHS number), study subject and participant
 * codes, cohort pseudonyms, sample references tied to one person. After a strong keyword (IPP)
 * any code of three characters or more counts; after a weak one (patient, sujet) the code must
 * look like a code (a separator or letters and digits), not a plain small number.
 */
final class PatientIdRecognizer implements Recognizer {

    private static final KeywordIdentifiers KEYWORDS = new KeywordIdentifiers(List.of(
            "ipp", "nip", "mrn", "nhs", "nhs number", "hospital number", "hospital no", "hospital id", "patient id", "subject id",
            "hosp no", "hosp number",
            "participant id", "code patient", "code participant", "code cohorte", "code sujet", "code consultant",
            "code inclusion", "référence échantillon", "reference échantillon", "sample id", "échantillon", "échantillons",
            // a biobank's samples by their codes: "re-run the genotyping for samples BB-2291 and BB-2307"
            "sample", "samples",
            "sujet", "sujets", "subject", "subjects", "participant", "participants", "participante", "participantes",
            "patient", "patiente", "patients", "patientes",
            // a registry's or a series' case, by a code ("Case 07-114 in the sepsis registry"; not "case 2", "switch case 1:")
            "case", "cases", "cas",
            // a cohort's child by a code ("l'enfant PR-0215 (né à 26 SA)")
            "enfant", "child", "infant", "nourrisson",
            "bloc", "pseudonyme", "pseudonym", "identifiant patient", "id patient", "numéro d'inclusion",
            "inclusion", "randomisation", "randomization", "screening", "ip", "id",
            // an insurer's number for its member: "adhérent n° 4471093", "membership number 20934417"
            "adhérent", "adhérente", "membership number", "member number", "policy number", "policy no",
            // Scotland's Community Health Index number, the NHS number's equivalent: "CHI: 1204388124"
            "chi", "chi number", "chi no",
            // a patient's reference in a report, and Quebec's health insurance number: "Patient ref: MDI-2026-144", "RAMQ TREG 5403 1218"
            "patient ref", "patient reference", "référence patient", "ramq"));
    /**
     * Short keywords that also name other things (an IP address, an ORCID iD): only a plain number
     * of eight digits or more after them is a patient's identifier ("IP: 67475839483").
     */
    private static final Set<String> NUMBER_ONLY = Set.of("ip", "id", "chi"); // "chi-square": its plain long number only
    private static final Set<String> STRONG = Lexicon.of("ipp", "nip", "mrn", "nhs", "hospital", "hosp", "code", "référence",
            "reference", "sample", "identifiant", "id", "pseudonyme", "pseudonym", "adhérent", "adhérente", "membership",
            "member", "policy", "chi", "ramq");
    /** Keywords of a case, whose code must have a hyphen or letters: a fraction after them is a score ("CAS 2/7"). */
    private static final Set<String> CASES = Set.of("case", "cases", "cas");
    private static final Explanation STRONG_KEYWORD = new Explanation("patient-id", "hospital-id-keyword");
    private static final Explanation SUBJECT_KEYWORD = new Explanation("patient-id", "subject-keyword");
    private static final Explanation LIST_CODE = new Explanation("patient-id", "code-heading-a-clinical-line");

    @Override
    public String id() {
        return "patient-id";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.PATIENT_ID);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        KEYWORDS.find(document, true, match -> {
            if (NUMBER_ONLY.contains(match.keyword()) && !(match.value().length() >= 8
                    && match.value().chars().allMatch(Character::isDigit))) {
                return;
            }
            if (match.dateLike()) {
                return; // "Arrivée du patient le 15/02/2022"
            }
            if (CASES.contains(match.keyword()) && !caseCode(match.value())) {
                return; // "thyroid eye disease (CAS 2/7)": a score
            }
            if (CHILDREN.contains(match.keyword()) && recordBefore(document, match.firstToken())) {
                return; // "dossier enfant N25-004413": the child's stay, a STAY_ID
            }
            boolean strong = STRONG.contains(match.keyword());
            if (strong || codeLike(match.value()) || namesAnIllness(match.value())
                    && series(document, match.firstToken(), match.lastToken())) {
                out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(match.lastToken()),
                        strong ? 0.92 : 0.85, strong ? STRONG_KEYWORD : SUBJECT_KEYWORD));
            }
        });
        if (document.signals().healthTerms() >= 2) {
            codesHeadingLines(document, out);
        }
        codesBeforeSexAndAge(document, out);
        codesBeforeAge(document, out);
        codesBeforeStatus(document, out);
        numberedBeforeAge(document, out);
        codesBeforeTheirCare(document, out);
        codesBeforeAColonAndCare(document, out);
        codeOfAPatient(document, out);
        fhirReferences(document, out);
    }

    private static final Explanation FHIR_REFERENCE = new Explanation("patient-id", "fhir-patient-reference");
    /** The longest FHIR resource id (the specification's 64 characters). */
    private static final int FHIR_ID_LENGTH = 64;

    /**
     * A FHIR reference to a patient, {@code "reference": "Patient/pt-004821"}: the id after
     * {@code Patient/} is the patient's, whatever its shape (letters, digits, '-' and '.').
     */
    private static void fhirReferences(Document document, List<Finding> out) {
        int id = document.wordId("patient");
        String text = document.text();
        for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
            int token = document.occurrence(id, i);
            if (!document.startsUpper(token) || !document.touchesNext(token) || !document.isSymbol(token + 1, '/')) {
                continue;
            }
            int start = document.end(token + 1);
            int end = start;
            int digits = 0;
            while (end < text.length() && end - start < FHIR_ID_LENGTH && (Character.isLetterOrDigit(text.charAt(end))
                    || text.charAt(end) == '-' || text.charAt(end) == '.' && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1)))) {
                digits += Character.isDigit(text.charAt(end)) ? 1 : 0;
                end++;
            }
            if (digits > 0 && end - start >= 3) {
                out.add(new Finding(Label.PATIENT_ID, start, end, 0.9, FHIR_REFERENCE));
            }
        }
    }

    /** Keywords of a child, whose code is a stay's after a record's word ("dossier enfant N25-004413"). */
    private static final Set<String> CHILDREN = Set.of("enfant", "child", "infant", "nourrisson");
    private static final String[] RECORDS = {"dossier", "record", "file"};
    /** How many tokens before a value its keyword and a record's word may stand ("dossier de l'enfant : …"). */
    private static final int RECORD_REACH = 5;

    private static boolean recordBefore(Document document, int value) {
        for (int t = value - 1; t >= 0 && t >= value - RECORD_REACH; t--) {
            if (document.tokenIsAny(t, RECORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a case's value is a code: "07-114", "SEP-0042", "C12" (not "2/7"). */
    private static boolean caseCode(String value) {
        boolean letters = value.chars().anyMatch(Character::isLetter);
        boolean digits = value.chars().anyMatch(Character::isDigit);
        return digits && (letters || value.indexOf('-') > 0);
    }

    /** Words of places and things whose numbers are codes too: "salle B-012", "lot AB-0042". */
    private static final String[] PLACES = {"salle", "chambre", "room", "bâtiment", "building", "bureau", "office", "box",
        "lit", "bed", "unité", "unit", "lot", "batch", "bloc", "secteur", "zone", "porte", "ward"};
    private static final Explanation CODE_OF_CARE = new Explanation("patient-id", "code-before-bracketed-care");
    /** How many tokens a clinical word may stand after the bracket that opens on it: "(neutropénie fébrile", "(grade 3 neutropenia". */
    private static final int BRACKET_REACH = 4;

    /**
     * "LYO-017 (insuffisance rénale aiguë à S4)", "GRE-004 (neutropénie fébrile)": a study's
     * zero-padded code with what happened to its holder in brackets after it is a person's code,
     * with no keyword before it. A gene's or a virus's name ("IL-6 (cytokine …)", "SARS-CoV-2
     * (infection …)") has no zero-padded number.
     */
    private static void codesBeforeTheirCare(Document document, List<Finding> out) {
        int done = -1;
        for (int clinical : DocumentSignals.clinicalPositions(document)) {
            int bracket = clinical - 1;
            while (bracket > clinical - BRACKET_REACH && bracket > 0 && !document.isSymbol(bracket, '(')
                    && !document.isSymbol(bracket) && !document.newlineBefore(bracket + 1)) {
                bracket--;
            }
            int last = bracket - 1;
            if (last <= done || !document.isSymbol(bracket, '(') || document.newlineBefore(bracket) || !document.isNumber(last)
                    || document.tokenLength(last) < 3 || document.charAt(document.start(last)) != '0') {
                continue;
            }
            KeywordIdentifiers.Match match = codeEndingAt(document, last, 4);
            if (match != null && !document.tokenIsAny(match.firstToken() - 1, PLACES) // not "la salle B-012 (…)"
                    && !alreadyFound(out, document, match.firstToken())) {
                out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(last), 0.75,
                        CODE_OF_CARE));
                done = last;
            }
        }
    }

    private static final Explanation PATIENTS_CODE = new Explanation("patient-id", "code-of-a-patient-in-its-sentence");
    /** Words of a person treated or studied, before the code that names them further on: "patiente de 34 ans, code …". */
    private static final String[] PERSONS_BEFORE_A_CODE = {"patient", "patiente", "sujet", "subject", "participant",
        "participante", "cas", "case"};
    /** How many tokens before "code" such a word may stand. */
    private static final int PERSON_CODE_REACH = 8;

    /**
     * "Cas de pharmacovigilance – patiente de 34 ans, code CRPV-LY-0481": a code-shaped value after
     * "code" is a patient's when a patient's word stands before it in its line, with an age or
     * other words between (the keyword's own reading wants them side by side).
     */
    private static void codeOfAPatient(Document document, List<Finding> out) {
        int id = document.wordId("code");
        for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
            int code = document.occurrence(id, i);
            int value = document.isSymbol(code + 1, ':') ? code + 2 : code + 1;
            if (value >= document.tokenCount() || document.newlineBefore(value)
                    || !document.wordOnLineBefore(code, PERSON_CODE_REACH, PERSONS_BEFORE_A_CODE)) {
                continue;
            }
            KeywordIdentifiers.Match match = KeywordIdentifiers.readIdentifier(document, value, "code");
            if (match != null && codeShaped(match.value()) && !match.dateLike()
                    && !alreadyFound(out, document, match.firstToken())) {
                out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(match.lastToken()),
                        0.85, PATIENTS_CODE));
            }
        }
    }

    private static final Explanation CODE_THEN_CARE = new Explanation("patient-id", "code-before-a-colon-and-care");
    /** How many tokens after a code's colon its holder's care may be named: "ALS-2217: ALSFRS-R dropped … and gastrostomy". */
    private static final int COLON_REACH = 16;
    /** Words before a code that name a study, a place or a thing, not a person: "protocol ABC-1234: amendment". */
    private static final String[] NOT_A_PERSONS_CODE = {"protocol", "protocole", "study", "étude", "trial", "essai",
        "project", "projet", "cohort", "cohorte", "version", "grant", "contract", "contrat", "norme", "standard", "iso"};

    /**
     * "Quick update on ALS-2217: ALSFRS-R dropped … gastrostomy was discussed": a study's code of
     * upper-case letters and three to five digits, then a colon and, in the same sentence, what
     * happened to its holder. A gene's or a virus's name has fewer digits ("IL-6:", "COVID-19:").
     */
    private static void codesBeforeAColonAndCare(Document document, List<Finding> out) {
        for (int last : document.numbers()) {
            if (!document.isSymbol(last + 1, ':') || document.tokenLength(last) < 3 || document.tokenLength(last) > 5
                    || last == 0 || !document.touchesNext(last - 1)) {
                continue; // most numbers: no colon after them, or no code's letters glued before
            }
            KeywordIdentifiers.Match match = codeEndingAt(document, last, 4);
            if (match != null && Character.isLetter(match.value().charAt(0))
                    && !document.tokenIsAny(match.firstToken() - 1, PLACES)
                    && !document.tokenIsAny(match.firstToken() - 1, NOT_A_PERSONS_CODE)
                    && careAfter(document, last + 2) && !alreadyFound(out, document, match.firstToken())) {
                out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(last), 0.75,
                        CODE_THEN_CARE));
            }
        }
    }

    /** Whether a clinical word stands from {@code from} on, in its sentence and line, within {@link #COLON_REACH} tokens. */
    private static boolean careAfter(Document document, int from) {
        for (int t = from; t < from + COLON_REACH && t < document.tokenCount() && !document.newlineBefore(t)
                && !(document.isSymbol(t, '.') && !document.touchesNext(t)); t++) {
            if (document.isWord(t) && DocumentSignals.clinicalWord(document, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value after a weak keyword looks like a code: a separator, letters with digits, six
     * characters or more, or three with a leading zero ("participant 0412": a count has none).
     */
    private static boolean codeLike(String value) {
        if (namesAnIllness(value) || yearsApart(value)) {
            return false; // "patients COVID-19", "patients 2019-2020"
        }
        if (value.length() >= 6 || value.length() >= 3 && value.charAt(0) == '0') {
            return true;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' || c == '.' || c == '/' || c == '_') {
                return true;
            }
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    /** Whether a value is a period of years, "2019-2020" or "2019/20" (the pattern read only on a value of that shape). */
    private static boolean yearsApart(String value) {
        return (value.length() == 7 || value.length() == 9) && Character.isDigit(value.charAt(0)) && YEARS.matcher(value).matches();
    }

    /** A period of years: "2019-2020", "2019/20". */
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("(19|20)\\d\\d[-/](19|20)?\\d\\d");

    /**
     * Whether a value after "patient" is the name of an illness or a virus, a word with one or two
     * digits: "les patients COVID-19", "patients HIV-1", "H1N1", "SARS-CoV-2", "T2DM". A person's
     * code has more digits ("S-0413", "PT2024a") or one letter ("P-27").
     */
    private static boolean namesAnIllness(String value) {
        int letters = 0;
        while (letters < value.length() && Character.isLetter(value.charAt(letters))) {
            letters++;
        }
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
        }
        // a word, not one letter: "P-27" and "S-12" are codes
        return (letters >= 2 || FLU_SUBTYPE.matcher(value).matches()) && digits <= 2;
    }

    /** How many characters before and after a value the rest of its series is looked for in. */
    private static final int SERIES_REACH = 2000;

    /**
     * Whether a value shaped as an illness's name ("PK-12", its letters at {@code letters}, its
     * number at {@code number}) is one of a series of codes that share its letters and a hyphen
     * with other numbers nearby ("PK-11", "PK-12"): subjects, where "COVID-19" has no "COVID-18"
     * beside it. Read from the occurrences of its letters, as tokens.
     */
    private static boolean series(Document document, int letters, int number) {
        if (number != letters + 2 || !document.isSymbol(letters + 1, '-')) {
            return false;
        }
        int position = document.start(letters);
        for (int t : document.positions(document.lowerToken(letters))) {
            int other = t + 2;
            if (Math.abs(document.start(t) - position) <= SERIES_REACH && document.isSymbol(t + 1, '-')
                    && document.touchesNext(t) && document.touchesNext(t + 1) && document.isNumber(other)
                    && !sameToken(document, other, number)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two tokens are written alike. */
    private static boolean sameToken(Document document, int a, int b) {
        int length = document.tokenLength(a);
        if (length != document.tokenLength(b)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (document.charAt(document.start(a) + i) != document.charAt(document.start(b) + i)) {
                return false;
            }
        }
        return true;
    }

    /** An influenza A subtype: "H1N1", "H5N1". */
    private static final java.util.regex.Pattern FLU_SUBTYPE = java.util.regex.Pattern.compile("H\\dN\\d");

    private static final Explanation PERSON_CODE = new Explanation("patient-id", "code-before-sex-and-age");
    private static final String[] SEXES = {"h", "f", "m", "homme", "femme", "male", "female"};

    /**
     * "12-001 (H, 58 ans, IDM antérieur), 12-002 (F, 71 ans…)", "CRC-0031 (F, 54 y)": a code
     * followed by its holder's sex and age is a person's code, with no keyword before it.
     */
    private static void codesBeforeSexAndAge(Document document, List<Finding> out) {
        for (String sex : SEXES) {
            // the word's occurrences read in place: "m" alone stands thousands of times in a long text
            int id = document.wordId(sex);
            for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
                int token = document.occurrence(id, i);
                if (!document.isSymbol(token - 1, '(') || !(document.isSymbol(token + 1, ',') || document.isSymbol(token + 1, ';'))
                        || !document.isNumber(token + 2) || document.tokenLength(token + 2) > 3
                        || !(document.tokenIsAny(token + 3, PersonNameRecognizer.AGE_UNITS) || document.tokenIs(token + 3, "a"))) {
                    continue; // "(H, 58 a," too: an age's unit, as after a name, or its initial
                }
                int last = token - 2; // the code's last token, before the parenthesis
                KeywordIdentifiers.Match match = last >= 0 ? codeEndingAt(document, last, 8) : null;
                if (match != null) {
                    out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(last), 0.8, PERSON_CODE));
                }
            }
        }
    }

    private static final Explanation AGED_CODE = new Explanation("patient-id", "code-before-age");
    /** The units of an age in years that close it, after its number: "29 ans", "54 years", "7 yo". */
    private static final String[] AGE_IN_YEARS = {"ans", "years", "yo"};

    /**
     * "code PSY-114, 29 ans, schizophrénie", "LYO-017 (54 years)": a code followed by a comma or a
     * bracket and its holder's age in years, the age closed by a sign or the line's end, is a
     * person's code (code-shaped: letters or two digits, a hyphen, three digits or more; not an
     * illness's name, "COVID-19, 3 ans après"). Not an age within a sentence that goes on after it.
     */
    private static void codesBeforeAge(Document document, List<Finding> out) {
        for (String unit : AGE_IN_YEARS) {
            for (int token : document.positions(unit)) {
                int number = token - 1;
                int sign = token - 2;
                int next = token + 1;
                if (!document.isNumber(number) || document.tokenLength(number) > 3
                        || !(document.isSymbol(sign, ',') || document.isSymbol(sign, '('))
                        || next < document.tokenCount() && !document.newlineBefore(next)
                        && !(document.isSymbol(next, ',') || document.isSymbol(next, ')') || document.isSymbol(next, '.')
                        || document.isSymbol(next, ';'))) {
                    continue;
                }
                KeywordIdentifiers.Match match = sign >= 1 ? codeEndingAt(document, sign - 1, 8) : null;
                if (match != null && !alreadyFound(out, document, match.firstToken())) {
                    out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(sign - 1), 0.8,
                            AGED_CODE));
                }
            }
        }
    }

    private static final Explanation STATUS_CODE = new Explanation("patient-id", "code-before-trial-status");
    /**
     * What befalls a trial's subject, right after their code: "SCR-0192 screen-failed", "SCR-0193
     * randomised on 27/11", "ONC-114 inclus le 3 mars", "SCR-0194 withdrew consent".
     */
    private static final String[] TRIAL_STATUS = {"screen", "screened", "randomised", "randomized", "enrolled",
        "withdrew", "withdrawn", "excluded", "discontinued", "died", "randomisé", "randomisée", "inclus", "incluse",
        "exclu", "exclue", "décédé", "décédée"};

    /**
     * Codes right before a subject's trial status ({@link #TRIAL_STATUS}), two of them at least, as
     * a screening log lists its subjects: "SCR-0192 screen-failed (eGFR 24), SCR-0193 randomised on
     * 27/11". One alone may be anything's ("the ISO-9001 randomised audit").
     */
    private static void codesBeforeStatus(Document document, List<Finding> out) {
        List<Finding> found = null; // most texts: no status word, nothing allocated
        for (String status : TRIAL_STATUS) {
            for (int token : document.positions(status)) {
                KeywordIdentifiers.Match match = token >= 1 && !document.touchesNext(token - 1) && !document.newlineBefore(token)
                        ? codeEndingAt(document, token - 1, 8) : null;
                if (match != null && !alreadyFound(out, document, match.firstToken())) {
                    found = found == null ? new ArrayList<>() : found;
                    found.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(token - 1), 0.8,
                            STATUS_CODE));
                }
            }
        }
        if (found != null && found.size() >= 2) {
            out.addAll(found);
        }
    }

    /**
     * The code-shaped identifier ({@link #codeShaped}, not a date) whose last token is {@code last},
     * read from the first of the at most {@code reach} tokens glued before it ("CRC-0031", "LYO-017"),
     * or null.
     */
    private static KeywordIdentifiers.Match codeEndingAt(Document document, int last, int reach) {
        int first = last;
        while (first > 0 && first > last - reach && document.touchesNext(first - 1) && !document.newlineBefore(first)) {
            first--;
        }
        KeywordIdentifiers.Match match = KeywordIdentifiers.readIdentifier(document, first, "");
        return match != null && match.lastToken() == last && codeShaped(match.value()) && !match.dateLike() ? match : null;
    }

    private static final Explanation NUMBERED = new Explanation("patient-id", "numbered-person-before-age");
    /** Words of a person studied or treated, before the number that names them: "patiente n° 17". */
    private static final String[] NUMBERED_PERSONS = {"patient", "patiente", "sujet", "subject", "participant",
        "participante"};
    /** The longest number read as a person's: a case series numbers its patients 1, 2, … 1000. */
    private static final int NUMBERED_DIGITS = 4;

    /**
     * "patiente n° 17, 71 ans, AVC…", "Patient #3 (F, 62 y)", "subject no. 12, 45 years": a person
     * numbered with n°, nº, no. or #, then their age or sex, as a case series writes them. The
     * keyword reader leaves plain numbers under three digits alone ("patient 12" may be a count);
     * the number sign and the age make this one a person's.
     */
    private static void numberedBeforeAge(Document document, List<Finding> out) {
        for (String person : NUMBERED_PERSONS) {
            int id = document.wordId(person);
            for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
                int number = afterNumberSign(document, document.occurrence(id, i) + 1);
                if (number < 0 || !document.isNumber(number) || document.tokenLength(number) > NUMBERED_DIGITS
                        || document.touchesNext(number) && document.isWord(number + 1)) {
                    continue;
                }
                int next = number + 1;
                while (next < number + 3 && (document.isSymbol(next, ',') || document.isSymbol(next, '(')
                        || document.isSymbol(next, ':'))) {
                    next++;
                }
                boolean age = document.isNumber(next) && document.tokenLength(next) <= 3
                        && document.tokenIsAny(next + 1, PersonNameRecognizer.AGE_UNITS);
                if ((age || document.tokenIsAny(next, SEXES) && !document.isWord(next + 1)) && !alreadyFound(out, document, number)) {
                    out.add(new Finding(Label.PATIENT_ID, document.start(number), document.end(number), 0.8, NUMBERED));
                }
            }
        }
    }

    /** The token after a number sign that starts at {@code token} ("n°", "nº", "no.", "#"), or -1 where there is none. */
    private static int afterNumberSign(Document document, int token) {
        if (document.tokenIs(token, "n") && document.isSymbol(token + 1, '°') || document.tokenIs(token, "no")
                && document.isSymbol(token + 1, '.')) {
            return token + 2;
        }
        return document.tokenIs(token, "nº") || document.isSymbol(token, '#') ? token + 1 : -1;
    }

    /** Whether a finding already starts at the token (the keyword reader's, for a longer number). */
    private static boolean alreadyFound(List<Finding> out, Document document, int token) {
        for (Finding finding : out) {
            if (finding.start() == document.start(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a clinical text, a subject code that starts a line or a list item ({@code - DO-00217 :},
     * {@code 03-004 vu le 12/02}, {@code SJ-011  M  2017-09}), or a row of values without a header
     * ({@code SEP-0091;2019-05-02;rechute}), is a patient identifier.
     */
    private static void codesHeadingLines(Document document, List<Finding> out) {
        int done = -1;
        for (int token : document.lineStarts()) {
            if (token <= done) {
                continue;
            }
            int first = token;
            while (document.isSymbol(first) && "-*•|".indexOf(document.charAt(document.start(first))) >= 0
                    && !document.newlineBefore(first + 1) && first < token + 2) {
                first++;
            }
            if (!document.isSymbol(first + 1, '-') || !document.touchesNext(first)) {
                continue; // a code's head is one word or number, glued to its hyphen (see codeShaped)
            }
            KeywordIdentifiers.Match match = KeywordIdentifiers.readIdentifier(document, first, "");
            if (match == null || !codeShaped(match.value()) || match.dateLike()) {
                continue; // "10-10-1977" heading a line of a form is a date, read by the date recognizer
            }
            int after = match.lastToken() + 1;
            if (after < document.tokenCount() && !document.newlineBefore(after)
                    && document.start(after) == document.end(match.lastToken())
                    && !document.isSymbol(after, ':') && !document.isSymbol(after, ',')
                    && !document.isSymbol(after, ';') && !document.isSymbol(after, '|')) {
                continue; // a value's separator may follow: "SEP-0091;2019-05-02;rechute;EDSS 4.5"
            }
            out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(match.lastToken()),
                    0.7, LIST_CODE));
            done = match.lastToken();
        }
    }

    /** {@code DO-00217}, {@code LY-0412}, {@code FR-02-036}, {@code 03-004}: letters or two digits, a hyphen, digits. */
    static boolean codeShaped(String value) {
        int dash = value.indexOf('-');
        if (dash < 1 || dash > 4 || dash == value.length() - 1) {
            return false;
        }
        boolean letters = true;
        boolean digits = true;
        for (int i = 0; i < dash; i++) {
            char c = value.charAt(i);
            letters &= c >= 'A' && c <= 'Z';
            digits &= Character.isDigit(c);
        }
        boolean twoDigits = dash == 2 && digits;
        if (!letters && !twoDigits) {
            return false;
        }
        // the tail, its hyphens left out: all digits (3 to 8), or letters and digits after letters
        int length = 0;
        boolean allDigits = true;
        boolean anyDigit = false;
        boolean lettersOrDigits = true;
        for (int i = dash + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                continue;
            }
            length++;
            allDigits &= Character.isDigit(c);
            anyDigit |= Character.isDigit(c);
            lettersOrDigits &= Character.isLetterOrDigit(c);
        }
        return length >= 3 && length <= 8 && allDigits || length >= 3 && lettersOrDigits && anyDigit && letters;
    }
}
