package org.passerelle.detect;

/**
 * Document-wide cues counted once per analysis: how much clinical vocabulary a text uses, and how
 * many words point at one particular person (a patient, a subject, an age, a title).
 *
 * @param healthTerms clinical words and drug-like names, and diagnosis codes when those are fewer
 *                    than three (no reader asks for more than three)
 * @param patientCues words that single out a person ("patient", "née", "63 ans", "Mme"...)
 * @param eventTerms  words of announcements, programmes and history (congrès, séminaire, prix Nobel...)
 * @param pairedStarts where the illnesses said in everyday words ({@link #PAIRED}, a bone broken, a
 *                    fever) start, in order: found once here, read by every rule that walks clinical words
 */
record DocumentSignals(int healthTerms, int patientCues, int eventTerms, int[] pairedStarts) {

    static final Vocabulary HEALTH = Vocabulary.load("health-terms.txt");
    private static final Vocabulary PATIENT_CUES = Vocabulary.of("patient", "patiente", "né", "née", "âgé", "âgée",
            "ans", "hospitalisé", "hospitalisée", "admis", "admise", "mme", "mlle", "melle", "m", "mr", "mrs", "ms",
            "sujet", "subject", "participant", "participante", "enfant", "bébé", "résident", "résidente", "year",
            "old", "aged", "épouse", "époux", "fils", "fille", "mère", "père", "domicile", "consulté", "consultée",
            "vu", "vue", "reçu", "reçue", "suivi", "suivie", "traité", "traitée", "opéré", "opérée", "enceinte",
            "décédé", "décédée", "dob", "ddn", "ipp", "nda", "chambre", "lit", "admitted", "discharged", "mrn",
            "yo", "bed", "mari", "femme", "wife", "husband", "daughter", "father", "mother", "pregnant");
    private static final String[] POSSESSIVES = {"mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur"};
    private static final Vocabulary EVENTS = Vocabulary.of("congrès", "congres", "séminaire", "seminaire", "colloque",
            "conférence", "conference", "webinaire", "webinar", "soutenance", "inscription", "inscriptions", "programme",
            "atelier", "ateliers", "journée", "journées", "symposium", "amphithéâtre", "amphi", "réunion", "maintenance",
            "congés", "seminar", "workshop", "meeting", "registration", "deadline", "résumés", "abstracts", "nobel",
            "lauréat", "lauréats", "lauréate", "lauréates", "laureate", "laureates",
            "découvre", "découverte", "inauguré", "inaugure", "histoire", "siècle", "century", "invented", "discovered",
            "école", "candidatures", "session", "sessions", "retransmission", "jury");
    private static final String[] CLINICAL_SUFFIXES = {"mab", "nib", "pril", "sartan", "olol", "statine", "statin", "azole",
            "cilline", "cillin", "mycine", "mycin", "parine", "prazole", "tidine", "dipine", "oxacine", "floxacin",
            "cycline", "vir", "semide", "thiazide", "gliptine", "gliflozine", "glutide", "platine", "taxel", "rubicine",
            // bisphosphonates, antidepressants, benzodiazepines, triptans, steroids, inhalers and others
            // ("alendronate", "fluoxétine", "alprazolam", "prednisolone", "formoterol", "ondansetron")
            "dronate", "oxetine", "oxétine", "azepam", "azépam", "zolam", "triptan", "lukast", "parin", "olone", "asone",
            "terol", "tropium", "gliptin", "gliflozin", "setron",
            // and of surgery, examinations and diseases ("cholécystectomie", "coloscopie", "hyperkaliémie", "arthritis")
            "ectomie", "ectomy", "ostomie", "ostomy", "otomie", "otomy", "plastie", "plasty", "oscopie", "oscopy", "pathie",
            "algie", "émie", "emia", "itis"};
    /** Words of those forms with an everyday or another science's sense. */
    private static final java.util.Set<String> NOT_CLINICAL = java.util.Set.of("académie", "academie", "academia", "bohemia",
            "sympathie", "antipathie", "télépathie", "telepathie", "nostalgie", "dichotomie", "dichotomy", "microscopie",
            "spectroscopie", "télescopie", "microscopy", "spectroscopy");

    static DocumentSignals of(Document document) {
        return document.signals();
    }

    /** Counts the cues; called once per document through {@link Document#signals()}. */
    static DocumentSignals count(Document document) {
        int health = 0;
        int patientCues = 0;
        int events = 0;
        int histoire = document.wordId("histoire");
        int journee = document.wordId("journée");
        int reunion = document.wordId("réunion");
        int programme = document.wordId("programme");
        int ecole = document.wordId("école");
        int ans = document.wordId("ans");
        int yo = document.wordId("yo"); // "58yo", "58 yo": an age, as "58 ans"
        int m = document.wordId("m");
        int a = document.wordId("a");
        int y = document.wordId("y"); // "34 y/o"
        int mari = document.wordId("mari");
        int femme = document.wordId("femme");
        int year = document.wordId("year");
        int old = document.wordId("old");
        int sujet = document.wordId("sujet");
        int age = document.wordId("âgé");
        // Over the document's distinct words rather than every token: a bit test per word form.
        for (int id = 0; id < document.distinctWords(); id++) {
            int occurrences = document.occurrences(id);
            if (document.wordIn(id, HEALTH) || clinicalForm(document, id) || document.pluralIn(id, HEALTH)) {
                health += occurrences;
            }
            if (document.wordIn(id, EVENTS)) {
                for (int i = 0; i < occurrences; i++) {
                    int token = document.occurrence(id, i);
                    events += id == histoire && clinicalHistory(document, token) || id == journee && duringTheDay(document, token)
                            || id == reunion && clinicalMeeting(document, token)
                            || id == programme && careProgramme(document, token)
                            || id == ecole && childsSchool(document, token) ? 0 : 1;
                }
            }
            if (document.wordIn(id, PATIENT_CUES)) {
                for (int i = 0; i < occurrences; i++) {
                    int token = document.occurrence(id, i);
                    if (!((id == ans || id == yo) && !document.isNumber(token - 1))
                            && !(id == m && !document.isSymbol(token + 1, '.'))
                            && !((id == mari || id == femme) && !someonesSpouse(document, token))
                            && !((id == year || id == old) && !anAge(document, token, id == year))
                            && !((id == sujet || id == age) && !aSubject(document, token, id == sujet))) {
                        patientCues++;
                    }
                }
            } else if (id == y) {
                for (int i = 0; i < occurrences; i++) {
                    int token = document.occurrence(id, i);
                    if (document.isNumber(token - 1) && document.isSymbol(token + 1, '/') && document.tokenIs(token + 2, "o")) {
                        patientCues++; // "34 y/o" (an age)
                    }
                }
            } else if (id == a) {
                for (int i = 0; i < occurrences; i++) {
                    int token = document.occurrence(id, i);
                    if (document.isNumber(token - 1) && (document.isSymbol(token + 1, '.') || ageGluedToA(document, token))) {
                        patientCues++; // "47 a." and "67a" (ages)
                    }
                }
            }
        }
        int[] paired = pairedStarts(document);
        health += paired.length;
        // diagnosis codes are looked for only where they may decide: the classifier asks for at most three clinical words
        return new DocumentSignals(health < 3 ? health + diagnosisCodes(document) : health, patientCues, events, paired);
    }

    /**
     * Illnesses said by two words that are everyday words alone, the second one's words and the
     * first one's: "une fausse couche" (not "une couche de peinture"), "a slipped disc", "a panic
     * attack", "self-harm". Both words are clinical words where they stand together (a reader may start at
     * either: "a fait une fausse couche"); the pair counts once. A few are three words, of which the
     * first is the clinical one: "des attaques de panique".
     */
    private static final String[][] PAIRED = {
        {"couche", "fausse"}, {"couches", "fausses"}, {"couches", "fausse"}, {"disc", "slipped"}, {"mood", "low"},
        {"labour", "into"}, {"labor", "into"}, {"noires", "idées"},
        {"attack", "panic"}, {"attacks", "panic"}, {"harm", "self"},
        // an organ's failure and a joint's replacement: "liver failure", "after his knee replacement"
        {"failure", "liver"}, {"failure", "heart"}, {"failure", "kidney"}, {"failure", "respiratory"},
        {"replacement", "knee"}, {"replacement", "hip"}, {"replacement", "joint"}, {"replacement", "valve"},
        // the bacterium, "C. difficile positive" (French "difficile" is "difficult")
        {"difficile", "c"}, {"difficile", "clostridium"}, {"difficile", "clostridioides"},
        // three words, the last one's first, its joining word, then the first: "des attaques de panique", "une crise
        // d'angoisse" (not "pas de panique")
        {"panique", "de", "attaque"}, {"panique", "de", "attaques"}, {"panique", "de", "crise"}, {"panique", "de", "crises"},
        {"angoisse", "d", "crise"}, {"angoisse", "d", "crises"},
        // a toothache: "il a une rage de dents depuis hier soir"
        {"dents", "de", "rage"},
        // a memory failing: "elle perd la mémoire", "he's losing his memory"
        {"mémoire", "la", "perd"}, {"mémoire", "la", "perdait"}, {"memory", "her", "losing"}, {"memory", "his", "losing"},
        // a labour's start: "elle a perdu les eaux cette nuit", "her waters broke at 33 weeks"
        {"eaux", "les", "perdu"}, {"broke", "waters"}};

    /**
     * Where an illness starts in the text (its first word), in order; most texts: none. The
     * illnesses of {@link #PAIRED}, a bone broken ({@link #brokenBone}: "il s'est cassé le
     * poignet", "she broke her ankle") and a fever ({@link #aFever}: "a temperature of 39"), each
     * read from the occurrences of its words ({@link Document#positions(String)}: none for a word
     * the text lacks).
     */
    private static int[] pairedStarts(Document document) {
        Starts found = new Starts();
        for (String[] pair : PAIRED) {
            for (int token : document.positions(pair[0])) {
                found.add(pairStart(document, token, pair));
            }
        }
        for (String verb : BROKE) {
            for (int token : document.positions(verb)) {
                found.add(brokenBone(document, token) ? token : -1);
            }
        }
        for (String word : TEMPERATURES) {
            for (int token : document.positions(word)) {
                found.add(aFever(document, token) ? token : -1);
            }
        }
        return found.sorted();
    }

    /** Where the illness of {@code pair} whose word of {@code pair[0]} is at {@code token} starts, or -1. */
    private static int pairStart(Document document, int token, String[] pair) {
        int first;
        if (pair.length == 3) {
            // the joining word, elided or not, then the first word: "attaques de panique", "crise d'angoisse"
            int joining = document.isApostrophe(token - 1) ? token - 2 : token - 1;
            first = document.tokenIs(joining, pair[1]) ? joining - 1 : -1;
        } else {
            // "fausse-couche", "C. difficile"
            first = document.isSymbol(token - 1, '-') || document.isSymbol(token - 1, '.') ? token - 2 : token - 1;
        }
        return first >= 0 && document.tokenIs(first, pair[pair.length - 1]) ? first : -1;
    }

    /** The starts found, held only once there is one (most texts have none). */
    private static final class Starts {
        private int[] values;
        private int count;

        /** Adds a start, or nothing for -1. */
        void add(int start) {
            if (start < 0) {
                return;
            }
            if (values == null || values.length == count) {
                values = values == null ? new int[4] : java.util.Arrays.copyOf(values, count * 2);
            }
            values[count++] = start;
        }

        int[] sorted() {
            if (values == null) {
                return NONE;
            }
            int[] sorted = java.util.Arrays.copyOf(values, count);
            java.util.Arrays.sort(sorted);
            return sorted;
        }
    }

    private static final int[] NONE = new int[0];

    /** A body's temperature, read before its value ({@link #aFever}). */
    private static final String[] TEMPERATURES = {"temperature", "température", "temp"};

    /**
     * Whether a temperature at {@code token} is a fever's, its value of 38 to 42 degrees right after
     * it or after "of", "de", "à" or a colon: "Lily has a temperature of 39 and a rash", "température à
     * 38,5". Not a fridge's, nor a room's ("temperature of 4 °C", "a temperature of 21").
     */
    private static boolean aFever(Document document, int token) {
        int value = token + 1;
        if (document.tokenIsAny(value, "of", "de", "à") || document.isSymbol(value, ':')) {
            value++;
        }
        if (!document.isNumber(value) || document.tokenLength(value) != 2 || document.newlineBefore(value)) {
            return false;
        }
        int degrees = (document.charAt(document.start(value)) - '0') * 10 + document.charAt(document.start(value) + 1) - '0';
        return degrees >= 38 && degrees <= 42;
    }

    /** Verbs of a bone broken, the first word of {@link #brokenBone}'s illness. */
    private static final String[] BROKE = {"broke", "broken", "breaks", "fractured", "cassé", "cassée", "fracturé",
        "fracturée"};
    /** The words between such a verb and the bone: "broke his wrist", "s'est cassé le poignet", "cassé l'épaule". */
    private static final String[] WHOSE = {"his", "her", "my", "their", "your", "a", "the", "le", "la", "les", "l", "son",
        "sa", "ses", "mon", "ma", "mes"};
    /** Bones and joints one breaks ("the back", "le dos" are also idioms: "broke the back of the work"). */
    private static final String[] BONES = {"wrist", "arm", "leg", "ankle", "hip", "collarbone", "clavicle", "elbow", "finger",
        "toe", "rib", "ribs", "nose", "jaw", "shoulder", "kneecap", "femur", "pelvis", "foot", "poignet", "bras", "jambe",
        "cheville", "hanche", "clavicule", "coude", "doigt", "orteil", "côte", "côtes", "nez", "mâchoire", "épaule", "rotule",
        "fémur", "bassin", "pied"};

    /**
     * Whether a verb of breaking at {@code token} breaks a bone, its article or possessive between or
     * none: "Karim s'est cassé le poignet", "she broke her ankle", "with a broken arm", a fracture
     * said in everyday words. Not a thing's arm or foot: "the broken arm of the chair".
     */
    static boolean breaksABone(Document document, int token) {
        return document.tokenIsAny(token, BROKE) && brokenBone(document, token);
    }

    private static boolean brokenBone(Document document, int token) {
        int bone = token + 1;
        if (document.tokenIsAny(bone, WHOSE)) {
            bone += document.isApostrophe(bone + 1) ? 2 : 1;
        }
        return document.tokenIsAny(bone, BONES) && !document.newlineBefore(bone) && !document.tokenIsAny(bone + 1, "of", "de", "du");
    }

    /**
     * Whether the word at {@code token} is either word of an illness of {@link #PAIRED}: its first,
     * or the word right after it, or after its hyphen.
     */
    private static boolean pairedIllness(Document document, int token) {
        int[] starts = document.signals().pairedStarts();
        return starts.length > 0 && (java.util.Arrays.binarySearch(starts, token) >= 0
                || java.util.Arrays.binarySearch(starts, token - 1) >= 0
                || document.isSymbol(token - 1, '-') && java.util.Arrays.binarySearch(starts, token - 2) >= 0);
    }

    /** Where the clinical words of {@link #HEALTH} and the first words of {@link #PAIRED}'s illnesses stand, in order. */
    static int[] clinicalPositions(Document document) {
        return Document.union(document.positions(HEALTH.bit()), document.signals().pairedStarts());
    }

    /** Units of an age in English, before "old": "34-year-old", "six months old". */
    private static final String[] AGE_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"};

    /**
     * Whether "year" or "old" at {@code token} is part of an age: "a 34-year-old woman", "six weeks
     * old"; not "last year", "second-year students", "old data".
     */
    private static boolean anAge(Document document, int token, boolean year) {
        if (year) {
            int next = document.isSymbol(token + 1, '-') ? token + 2 : token + 1;
            return document.tokenIs(next, "old");
        }
        int before = document.isSymbol(token - 1, '-') ? token - 2 : token - 1;
        return document.tokenIsAny(before, AGE_UNITS);
    }

    /**
     * Whether "sujet" or "âgé" at {@code token} singles out a person: "sujet 03-017", "un homme âgé";
     * not "au sujet de" (about), "sujet de thèse", nor the elderly in general, "le sujet âgé".
     */
    private static boolean aSubject(Document document, int token, boolean sujet) {
        if (sujet) {
            return !document.tokenIs(token - 1, "au") && !document.tokenIsAny(token + 1, "de", "d", "âgé");
        }
        return !document.tokenIs(token - 1, "sujet");
    }

    /**
     * "son mari", "ma femme", "la femme de Patrick Lemoine": a spouse, after a possessive or before
     * a name; "la femme enceinte", "femme de ménage" are not.
     */
    private static boolean someonesSpouse(Document document, int token) {
        return document.tokenIsAny(token - 1, POSSESSIVES)
                || document.tokenIs(token + 1, "de") && document.startsUpper(token + 2);
    }

    /**
     * "mme lefebvre 67a diabète": an age of at most three digits typed against its "a" (ans), then
     * a space or a punctuation mark; not "12a" of an address or "3a" of an article, which stand
     * among words of streets and laws no more often than ages do among clinical words.
     */
    private static boolean ageGluedToA(Document document, int token) {
        int number = token - 1;
        return document.touchesNext(number) && document.tokenLength(number) <= 3 && !document.touchesNext(number - 1)
                && Integer.parseInt(document.tokenText(number)) <= 120;
    }

    /** The one-letter words, an ICD-10 code's head: made once, not a string per letter per document. */
    private static final String[] LETTERS = java.util.stream.IntStream.rangeClosed('a', 'z')
            .mapToObj(letter -> String.valueOf((char) letter)).toArray(String[]::new);

    /** Words that say a text codes diagnoses: its ICD-10-shaped codes are then clinical ("diag;C50.9"). */
    private static final String[] DIAGNOSIS_WORDS = {"diag", "diagnostic", "diagnostics", "diagnosis", "diagnoses", "cim",
            "icd", "pmsi", "codage"};

    /**
     * ICD-10 codes ({@code C50}, {@code I21.4}: a capital letter touching two digits) in a text
     * that speaks of diagnoses or their coding; elsewhere such codes are models, roads or summits
     * ("G20", "A40").
     */
    private static int diagnosisCodes(Document document) {
        boolean coded = false;
        for (String word : DIAGNOSIS_WORDS) {
            coded |= document.wordId(word) >= 0;
        }
        if (!coded) {
            return 0;
        }
        int codes = 0;
        for (String letter : LETTERS) {
            int id = document.wordId(letter);
            for (int i = 0; id >= 0 && i < document.occurrences(id); i++) {
                int token = document.occurrence(id, i);
                int number = token + 1;
                if (document.startsUpper(token) && document.touchesNext(token) && document.isNumber(number)
                        && document.tokenLength(number) == 2 && !(token > 0 && document.touchesNext(token - 1)
                        && !document.isSymbol(token - 1)) && !(document.touchesNext(number) && !document.isSymbol(number + 1))) {
                    codes++;
                }
            }
        }
        return codes;
    }

    /** Meetings about patients' care: their dates are care dates ("réunion du staff du 01/09/2014", "RCP"). */
    static final Vocabulary CLINICAL_MEETINGS = Vocabulary.of("staff", "rcp", "concertation", "pluridisciplinaire",
            "multidisciplinaire", "multidisciplinary", "tumor", "tumour");

    /** "Réunion du staff", "réunion de concertation pluridisciplinaire": a meeting about patients, not an event. */
    static boolean clinicalMeeting(Document document, int token) {
        for (int t = token + 1; t <= token + 4; t++) {
            if (document.tokenIn(t, CLINICAL_MEETINGS)) {
                return true;
            }
        }
        return false;
    }

    /** A list, not a vocabulary: read beside "programme" only, it need not spend one of the 63 vocabulary bits. */
    private static final String[] CARE_PROGRAMMES = {"suivi", "soins", "rééducation", "réhabilitation",
            "réadaptation", "éducation", "dépistage", "vaccination", "sevrage"};

    /** "Programme de suivi", "programme d'éducation thérapeutique": a patient's care, not a programme of talks. */
    static boolean careProgramme(Document document, int token) {
        return (document.tokenIs(token + 1, "de") || document.tokenIs(token + 1, "d") && document.isSymbol(token + 2))
                && (document.tokenIsAny(token + 2, CARE_PROGRAMMES) || document.tokenIsAny(token + 3, CARE_PROGRAMMES));
    }

    /** A child, in words of kin or of school: whose school "l'école" is. */
    private static final String[] CHILDREN = {"fils", "fille", "enfant", "enfants", "élève", "petit", "petite", "son",
        "daughter", "child", "kid"};
    /** What makes a school a place of teaching adults or of research: "l'école doctorale", "l'école d'été". */
    private static final String[] SCHOOLS_OF_ADULTS = {"doctorale", "d", "de", "des", "du", "normale", "nationale",
        "supérieure", "internationale", "européenne", "thématique"};

    /**
     * "Un mot pour l'école", "il a manqué l'école": a child's school in a text about a child, not
     * a school of talks ("l'école d'été de santé publique", "l'école doctorale").
     */
    static boolean childsSchool(Document document, int token) {
        if (!(document.isApostrophe(token - 1) && document.tokenIs(token - 2, "l"))
                || document.tokenIsAny(token + 1, SCHOOLS_OF_ADULTS)) {
            return false;
        }
        for (String child : CHILDREN) {
            if (document.wordId(child) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "Dans la journée du 23/04": during a day, not a day of talks ("journée de formation"). */
    static boolean duringTheDay(Document document, int token) {
        return document.tokenIs(token - 1, "la") && document.tokenIs(token - 2, "dans");
    }

    /** "Histoire de la maladie", "histoire du cas clinique": a heading of a clinical note, not history. */
    private static boolean clinicalHistory(Document document, int token) {
        for (int t = token + 1; t <= token + 4; t++) {
            if (document.tokenIs(t, "maladie") || document.tokenIs(t, "clinique") || document.tokenIs(t, "cas")) {
                return true;
            }
        }
        return false;
    }

    private static final Endings CLINICAL_ENDINGS = new Endings(CLINICAL_SUFFIXES);

    /**
     * Whether the token is a clinical word: one of {@link #HEALTH}, or of a drug's, a surgery's or a
     * disease's form ("gastroenteritis", "cholécystectomie"), as the cues count them.
     */
    static boolean clinicalWord(Document document, int token) {
        if (document.tokenIn(token, HEALTH)) {
            return true;
        }
        int id = document.wordId(token);
        return id >= 0 && (clinicalForm(document, id) || pairedIllness(document, token));
    }

    /**
     * A word of at least seven letters with a drug-name suffix ("adalimumab", "atorvastatine") or
     * the suffix of a surgery, an examination or a disease ("sigmoïdectomie", "hypokaliémie").
     */
    private static boolean clinicalForm(Document document, int id) {
        return document.wordLength(id) >= 7 && CLINICAL_ENDINGS.endOf(document, id)
                && !NOT_CLINICAL.contains(document.word(id));
    }
}
