package org.passerelle.detect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Values of the fields of JSON records (and of Python dictionaries, the columns of R and pandas
 * data frames typed as code, and XML elements: HL7 CDA's {@code <given>}, {@code <family>} and
 * {@code <birthTime value="…"/>}) whose key says what they hold: {@code {"nom": "DUPONT",
 * "ddn": "1961-03-12"}}, {@code data.frame(id = c("BX-201", "BX-202"), hba1c = c(8.1, 7.4))}, FHIR's
 * {@code "name": [{"family": "MARTIN", "given": ["Sophie", "Claire"]}]} and
 * {@code "address": [{"line": ["12 rue des Lilas"], "postalCode": "13012", "city": "Marseille"}]}.
 * Keys are the column names of {@link ColumnNames}, written in snake_case or camelCase, and FHIR's
 * {@code family}, {@code given} and an address's {@code line}; a value is a string, a list of
 * strings or a bare number, and must look like what its key says (a name starts with a capital, a
 * postcode has five digits...). Keys that mean something else in most JSON ({@code name} of a
 * drug or a dataset, {@code code} of a diagnosis, {@code subject} of a message) are left out.
 */
final class FieldValueRecognizer implements Recognizer {

    private static final Explanation FIELD = new Explanation("field-value", "record-key");
    /**
     * A name in a record that is a person's: a full name under a key {@code name} in a record that
     * also holds the person's age or sex ({@code {"name": "Kwame Asante", "age": 58, …}}), under a
     * full name's key ({@code "patientName"}), or under a name's key in a record about no one's
     * work ({@code {"first_name": "Aisha", "last_name": "Karimi", "complication": …}}; not beside
     * {@code "specialty"}): the record is that person's particulars.
     */
    static final Explanation PERSON_RECORD = new Explanation("field-value", "name-in-a-person-record");
    /** The key of a full name: ambiguous, read only in a record about persons. */
    private static final String NAME = "name";
    /** Keys of a column of patients, which may list their full names: {@code patient = c("Martin Paul", "Durand Anne")}. */
    private static final Set<String> PATIENT_KEYS = Set.of("patient", "patients", "patiente", "patientes");
    /** Keys of a person's full name, whose words are read apart: {@code "patientName": "Dariusz Wójcik"}. */
    private static final Set<String> FULL_NAMES = Set.of("patient_name", "full_name", "nom_complet", "nom_prenom");
    private static final Set<String> AMBIGUOUS = Set.of("name", "code", "sample", "subject", "participant", "pseudo",
            "venue", "episode", "visit_id", "ins", "rue", "naissance", "mobile", "portable", "sejour", "séjour");
    /** HL7 CDA's element of a birth date. */
    private static final String BIRTH_TIME = "birth_time";
    /** FHIR's address line: an address only in an object that also holds a postcode or a town. */
    private static final String ADDRESS_LINE = "line";
    private static final Map<String, Label> KEYS;

    static {
        Map<String, Label> keys = new HashMap<>();
        ColumnNames.LABELS.forEach((name, label) -> {
            if (!AMBIGUOUS.contains(name)) {
                keys.put(name, label);
            }
        });
        keys.put("family", Label.LAST_NAME);
        keys.put("given", Label.FIRST_NAME);
        keys.put(ADDRESS_LINE, Label.ADDRESS);
        keys.put(BIRTH_TIME, Label.BIRTH_DATE); // HL7 CDA's <birthTime value="19750921"/>
        KEYS = java.util.Collections.unmodifiableMap(keys);
    }

    /**
     * The last token of each key as the tokenizer sees it, lower case: the last word of a
     * snake_case key ({@code name} of {@code first_name}) and the whole key run together, as
     * camelCase writes it ({@code firstname} of {@code firstName}). A field is looked for only at
     * these words, right before a closing quote.
     */
    private static final Vocabulary KEY_ENDS;

    static {
        Set<String> ends = new HashSet<>();
        for (String key : KEYS.keySet()) {
            String[] words = key.split("_");
            if (!key.equals(BIRTH_TIME)) {
                ends.add(words[words.length - 1]); // not "time", the commonest of words: CDA writes "birthTime" whole
            }
            ends.add(key.replace("_", ""));
        }
        KEY_ENDS = Vocabulary.of(ends);
    }

    /**
     * A key named only "id": its values are persons' codes in a record or a data frame that also
     * has a column about a person ({@link ColumnNames#PERSON_ATTRIBUTES}, or a clinical word, as a key or a value:
     * {@code hiv_status}), not the ids of genes, files or orders.
     */
    private static final String ID = "id";
    private static final String[] PERSON_ATTRIBUTES = ColumnNames.PERSON_ATTRIBUTES.toArray(String[]::new);
    /** Keys of a record about a molecule, whose "id" is a gene's or a protein's: {"id": "ENSG…", "symbol": "TP53", "disease": …}. */
    private static final String[] MOLECULES = {"symbol", "gene", "genes", "transcript", "protein", "probe", "rsid", "snp",
        "sequence", "uniprot", "ensembl", "hgnc", "entrez", "chromosome", "chr"};

    private static final int MAX_KEY = 40;
    private static final int MAX_VALUE = 120;
    private static final int MAX_VALUES = 10;
    /** How far around an address line its object's postcode or town is looked for. */
    private static final int OBJECT_REACH = 400;

    @Override
    public String id() {
        return "field-value";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.PATIENT_ID, Label.STAY_ID, Label.LAST_NAME, Label.FIRST_NAME, Label.BIRTH_DATE, Label.PHONE,
                Label.EMAIL, Label.NIR, Label.ZIP, Label.CITY, Label.ADDRESS, Label.FINESS);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        String text = document.text();
        for (int token : Document.union(document.positions(KEY_ENDS, KEY_ENDS.words()), document.positions(ID))) {
            int keyEnd = document.end(token);
            int keyStart = document.start(token);
            while (keyStart > 0 && keyEnd - keyStart < MAX_KEY && isKeyChar(text.charAt(keyStart - 1))) {
                keyStart--;
            }
            boolean element = keyStart > 0 && text.charAt(keyStart - 1) == '<';
            int value = element ? -1 : valueAfterKey(document, keyStart, keyEnd);
            if (!element && value < 0) {
                continue; // most such words: prose, no key (read before the key is spelled out)
            }
            String key = snakeCase(text.substring(keyStart, keyEnd));
            if (element) {
                Label label = KEYS.get(key);
                if (label != null && !key.equals(ADDRESS_LINE) && (!FHIR_NAME_PARTS.contains(key) || inANameElement(text, keyStart))) {
                    element(text, keyEnd, label, out);
                }
                continue;
            }
            if (key.equals(NAME)) {
                if ((isQuote(text.charAt(value)) || isListOpening(text.charAt(value))) && aboutPersons(document, keyStart)) {
                    fullNames(document, value, out);
                }
                continue;
            }
            if (PATIENT_KEYS.contains(key) && isListOpening(text.charAt(value)) && aboutPersons(document, keyStart)) {
                int before = out.size();
                fullNames(document, value, out); // a data frame's column of patients: patient = c("Martin Paul", …)
                if (out.size() > before) {
                    continue; // else codes, read below
                }
            }
            if (FULL_NAMES.contains(key) && isQuote(text.charAt(value)) && fullName(document, value, out)) {
                continue; // "patientName": "Dariusz Wójcik", given and family names apart
            }
            Label label = key.equals(ID) ? Label.PATIENT_ID : KEYS.get(key);
            if (label == null || key.equals(ADDRESS_LINE) && !inAnAddress(text, keyStart)
                    || key.equals(ID) && !aboutPersons(document, keyStart)) {
                continue;
            }
            Explanation why = (label == Label.FIRST_NAME || label == Label.LAST_NAME) && !staffRecord(document, keyStart)
                    ? PERSON_RECORD : FIELD;
            values(document, value, label, why, out);
        }
    }

    /** Keys of a record about someone's work, not their person: {"last_name": "Martin", "specialty": "cardiology"}. */
    private static final String[] WORK_KEYS = {"specialty", "speciality", "specialite", "spécialité", "role", "rôle",
        "department", "departement", "service", "title", "titre", "position", "poste", "job", "affiliation", "institution",
        "orcid", "email", "mail", "team", "equipe", "équipe", "lab", "grade"};

    /** Whether a key of {@link #WORK_KEYS} stands within {@link #OBJECT_REACH} characters of the key at {@code keyStart}. */
    static boolean staffRecord(Document document, int keyStart) {
        String text = document.text();
        int from = document.tokenAt(Math.max(0, keyStart - OBJECT_REACH));
        int to = document.tokenAt(Math.min(text.length() - 1, keyStart + OBJECT_REACH));
        for (int t = Math.max(0, from); t <= to && t < document.tokenCount(); t++) {
            if (document.isWord(t) && document.tokenIsAny(t, WORK_KEYS) && isKey(document, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the value of the key from {@code keyStart} to {@code keyEnd} starts, or -1 if it is no
     * key: a quoted key and a colon ({@code "nom": …}, {@code 'id': […]}), or a name before an
     * equals sign, as a data frame's arguments are written ({@code id = c(…)}, {@code
     * DataFrame(dict(id=[…]))}); a comparison's "==" is followed by no value read.
     */
    private static int valueAfterKey(Document document, int keyStart, int keyEnd) {
        String text = document.text();
        if (keyStart == 0 || keyEnd >= text.length()) {
            return -1;
        }
        char quote = text.charAt(keyEnd);
        if (isQuote(quote)) {
            int colon = document.skipBlanks(keyEnd + 1, 1);
            return text.charAt(keyStart - 1) == quote && colon < text.length() && text.charAt(colon) == ':'
                    ? document.skipBlanks(colon + 1, 1) : -1;
        }
        int equals = document.skipBlanks(keyEnd, 1);
        if (equals + 1 >= text.length() || text.charAt(equals) != '=') {
            return -1;
        }
        int value = document.skipBlanks(equals + 1, 1);
        // R's vector: "c(" is read as a list's opening bracket
        return value + 1 < text.length() && text.charAt(value) == 'c' && text.charAt(value + 1) == '(' ? value + 1 : value;
    }

    /**
     * Whether the record or data frame around the key at {@code keyStart} has another key about a
     * person: a column of {@link ColumnNames#PERSON_ATTRIBUTES} or one named with a clinical word
     * ({@code "hiv_status": […]}, {@code hba1c = c(…)}), within {@link #OBJECT_REACH} characters;
     * and no key of a molecule ({@link #MOLECULES}: a gene's table may name its diseases).
     */
    private static boolean aboutPersons(Document document, int keyStart) {
        String text = document.text();
        int from = document.tokenAt(Math.max(0, keyStart - OBJECT_REACH));
        int to = document.tokenAt(Math.min(text.length() - 1, keyStart + OBJECT_REACH));
        boolean person = false;
        for (int t = Math.max(0, from); t <= to && t < document.tokenCount(); t++) {
            boolean molecule = document.tokenIsAny(t, MOLECULES);
            if (document.isWord(t) && (molecule || document.tokenIsAny(t, PERSON_ATTRIBUTES)
                    || document.tokenIn(t, DocumentSignals.HEALTH)) && isKey(document, t)) {
                if (molecule) {
                    return false;
                }
                person = true;
            }
            // or a clinical value: biologic = c("adalimumab", "tocilizumab"), 'dx': ['sepsis']
            person |= document.isWord(t) && document.start(t) > 0 && isQuote(text.charAt(document.start(t) - 1))
                    && DocumentSignals.clinicalWord(document, t);
        }
        return person;
    }

    /** Whether the word at {@code token} is (the start of) a key: a colon or an equals sign after it, a quote between. */
    private static boolean isKey(Document document, int token) {
        String text = document.text();
        int end = document.end(token);
        while (end < text.length() && isKeyChar(text.charAt(end))) {
            end++; // the rest of the key: "status" of "hiv_status"
        }
        if (end < text.length() && isQuote(text.charAt(end))) {
            end++;
        }
        int sign = document.skipBlanks(end, 1);
        return sign < text.length() && (text.charAt(sign) == ':' || text.charAt(sign) == '=');
    }

    /**
     * Reads an XML element's value, its key's element being open at {@code keyEnd}: its text
     * ({@code <family>GOASDOUÉ</family>}) or, in an empty element, its {@code value} attribute, as
     * HL7 CDA writes dates ({@code <birthTime value="19750921"/>}).
     */
    private static void element(String text, int keyEnd, Label label, List<Finding> out) {
        if (keyEnd >= text.length()) {
            return;
        }
        if (text.charAt(keyEnd) == '>') {
            int close = text.indexOf("</", keyEnd + 1, Math.min(text.length(), keyEnd + 2 + MAX_VALUE));
            if (close > keyEnd + 1) {
                emit(text, keyEnd + 1, close, label, out);
            }
            return;
        }
        String attribute = " value=\"";
        if (text.startsWith(attribute, keyEnd)) {
            int start = keyEnd + attribute.length();
            int end = text.indexOf('"', start, Math.min(text.length(), start + MAX_VALUE));
            if (end > start) {
                emit(text, start, end, label, out);
            }
        }
    }

    /** FHIR's and CDA's parts of a name, read in XML within a {@code <name>} element only (not a plant's {@code <family>}). */
    private static final Set<String> FHIR_NAME_PARTS = Set.of("family", "given");

    private static boolean inANameElement(String text, int keyStart) {
        for (int open = keyStart - 1; open >= 0 && keyStart - open <= OBJECT_REACH; open--) {
            if (text.startsWith("</name>", open)) {
                return false;
            }
            if (text.startsWith("<name", open)) {
                return true;
            }
        }
        return false;
    }

    /** The most words a full name is read in: "Nour El Houda Belkacem". */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * Reads the full name in the string whose opening quote is at {@code at}: "Kwame Asante" (given
     * names, then the family name), "ASANTE Kwame" (the family name first, in capitals) or
     * "Asante, Kwame". Each word must start with a capital; a single word is no full name. Returns
     * whether the string was read as one.
     */
    private static boolean fullName(Document document, int at, List<Finding> out) {
        String text = document.text();
        char quote = text.charAt(at);
        int close = text.indexOf(quote, at + 1, Math.min(text.length(), at + 1 + MAX_VALUE));
        if (close < 0) {
            return false;
        }
        int comma = text.indexOf(',', at + 1, close);
        List<int[]> words = TableColumnRecognizer.runs(text, at + 1, close, " ,");
        if (words.size() < 2 || words.size() > MAX_NAME_WORDS
                || words.stream().anyMatch(word -> !plausible(text, word[0], word[1], Label.LAST_NAME))) {
            return false;
        }
        int[] first = words.get(0);
        int[] last = words.get(words.size() - 1);
        // "DUPONT Marie", "Dupont, Marie", or a French order the lexicon shows: "Martin Paul" (Paul given, Martin not only)
        boolean familyFirst = comma >= 0 && comma < words.get(1)[0] || upperCase(text, first[0], first[1])
                || words.size() == 2 && givenName(document, last[0]) && !givenName(document, first[0]);
        int family = familyFirst ? 0 : words.size() - 1;
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            out.add(new Finding(w == family ? Label.LAST_NAME : Label.FIRST_NAME, word[0], word[1], 0.85, PERSON_RECORD));
        }
        return true;
    }

    /** Whether the word starting at {@code offset} is in the lexicon of given names. */
    private static boolean givenName(Document document, int offset) {
        return document.tokenIn(document.tokenAt(offset), PersonNameRecognizer.FIRST_NAMES);
    }

    /**
     * Reads the full names at {@code at}: a string, or a list of strings, as a data frame's column
     * is typed ({@code name = c("Harriet Quinn", "Joseph Mensah")}).
     */
    private static void fullNames(Document document, int at, List<Finding> out) {
        String text = document.text();
        if (isQuote(text.charAt(at))) {
            fullName(document, at, out);
            return;
        }
        int next = document.skipBlanks(at + 1, 1);
        for (int count = 0; count < MAX_VALUES && next < text.length() && isQuote(text.charAt(next)); count++) {
            int close = text.indexOf(text.charAt(next), next + 1, Math.min(text.length(), next + 1 + MAX_VALUE));
            if (close < 0) {
                return;
            }
            fullName(document, next, out);
            next = document.skipBlanks(close + 1, 1);
            if (next >= text.length() || text.charAt(next) != ',') {
                return;
            }
            next = document.skipBlanks(next + 1, 1);
        }
    }

    private static boolean isListOpening(char c) {
        return c == '[' || c == '(';
    }

    private static boolean upperCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return end - start > 1;
    }

    /** Reads the value at {@code at}: a string, a list of strings or a bare number. */
    private static void values(Document document, int at, Label label, Explanation why, List<Finding> out) {
        String text = document.text();
        if (at >= text.length()) {
            return;
        }
        char c = text.charAt(at);
        if (isQuote(c)) {
            string(text, at, label, why, out);
        } else if (isListOpening(c)) {
            int next = document.skipBlanks(at + 1, 1);
            for (int count = 0; count < MAX_VALUES && next < text.length() && isQuote(text.charAt(next)); count++) {
                int end = string(text, next, label, why, out);
                if (end < 0) {
                    return;
                }
                next = document.skipBlanks(end + 1, 1);
                if (next >= text.length() || text.charAt(next) != ',') {
                    return;
                }
                next = document.skipBlanks(next + 1, 1);
            }
        } else if (c >= '0' && c <= '9') {
            int end = at;
            while (end < text.length() && end - at < MAX_VALUE && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.'
                    || text.charAt(end) == '-')) {
                end++;
            }
            emit(text, at, end, label, why, out);
        }
    }

    /** Reads the string whose opening quote is at {@code at}; returns its closing quote, or -1. */
    private static int string(String text, int at, Label label, Explanation why, List<Finding> out) {
        char quote = text.charAt(at);
        for (int i = at + 1; i < text.length() && i - at <= MAX_VALUE; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\n') {
                return -1; // escapes and broken strings: not a plain value
            }
            if (c == quote) {
                emit(text, at + 1, i, label, why, out);
                return i;
            }
        }
        return -1;
    }

    private static void emit(String text, int start, int end, Label label, List<Finding> out) {
        emit(text, start, end, label, FIELD, out);
    }

    private static void emit(String text, int start, int end, Label label, Explanation why, List<Finding> out) {
        if (end > start && plausible(text, start, end, label)) {
            out.add(new Finding(label, start, end, 0.85, why));
        }
    }

    /** Whether the value looks like what its key says. */
    static boolean plausible(String text, int start, int end, Label label) {
        int length = end - start;
        int digits = 0;
        int letters = 0;
        boolean nameChars = true;
        boolean codeChars = true;
        boolean phoneChars = true;
        boolean dateChars = true;
        int at = -1;
        boolean blank = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (c == '@' && at < 0) {
                at = i;
            }
            blank |= c == ' ';
            dateChars &= Character.isDigit(c) || c == '-' || c == '/' || c == '.';
            nameChars &= Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
            codeChars &= Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/';
            phoneChars &= Character.isDigit(c) || c == ' ' || c == '+' || c == '.' || c == '-' || c == '(' || c == ')';
        }
        return switch (label) {
            case LAST_NAME, FIRST_NAME, CITY -> length >= 2 && length <= 60 && nameChars
                    && Character.isUpperCase(text.charAt(start));
            case ADDRESS -> length >= 3 && letters > 0;
            case ZIP -> (length == 5 || length == 4) && digits == length;
            case BIRTH_DATE -> length >= 4 && length <= 10 && digits >= 4 && dateChars;
            case PHONE -> length <= 20 && digits >= 8 && phoneChars;
            case EMAIL -> at > start && at < end - 1 && !blank;
            case NIR -> digits >= 13 && digits <= 15 && length <= 21;
            case FINESS -> length == 9 && digits == 9;
            case PATIENT_ID, STAY_ID -> length >= 3 && length <= 30 && digits > 0 && codeChars;
            default -> false;
        };
    }

    /** Whether the address line at {@code keyStart} stands in an object that also holds a postcode or a town. */
    private static boolean inAnAddress(String text, int keyStart) {
        int open = keyStart;
        while (open >= 0 && keyStart - open <= OBJECT_REACH && text.charAt(open) != '{') {
            open--;
        }
        int close = text.indexOf('}', keyStart, Math.min(text.length(), keyStart + OBJECT_REACH));
        if (open < 0 || keyStart - open > OBJECT_REACH || close < 0) {
            return false;
        }
        String object = text.substring(open, close).toLowerCase(Locale.ROOT);
        return object.contains("city") || object.contains("postal") || object.contains("ville")
                || object.contains("code_postal");
    }

    /** {@code postalCode}, {@code postal-code} and {@code Postal Code} as {@code postal_code}. */
    static String snakeCase(String key) {
        StringBuilder snake = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                snake.append('_');
            }
            snake.append(c == '-' || c == ' ' ? '_' : Character.toLowerCase(c));
        }
        return snake.toString();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

}
