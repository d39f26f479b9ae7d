package org.passerelle.detect;

import java.util.Set;

/**
 * Document-wide cues counted once per analysis: how much clinical vocabulary a text uses, and how
 * many words point at one particular person (a patient, a subject, an age, a title).
 *
 * @param healthTerms clinical words and drug-like names
 * @param patientCues words that single out a person ("patient", "née", "63 ans", "Mme"...)
 * @param eventTerms  words of announcements, programmes and history (congrès, séminaire, prix Nobel...)
 */
record DocumentSignals(int healthTerms, int patientCues, int eventTerms) {

    private static final Set<String> HEALTH = Lexicon.load("health-terms.txt");
    private static final Set<String> PATIENT_CUES = Lexicon.of("patient", "patiente", "né", "née", "âgé", "âgée",
            "ans", "hospitalisé", "hospitalisée", "admis", "admise", "mme", "m", "mr", "mrs", "ms",
            "sujet", "subject", "participant", "participante", "enfant", "bébé", "résident", "résidente", "year",
            "old", "aged", "épouse", "époux", "fils", "fille", "mère", "père", "domicile", "consulté", "consultée",
            "vu", "vue", "reçu", "reçue", "suivi", "suivie", "traité", "traitée", "opéré", "opérée", "enceinte",
            "décédé", "décédée", "sortie", "sorti", "sortis", "dob", "ddn", "ipp", "nda", "chambre", "lit", "admitted", "discharged", "mrn");
    private static final Set<String> EVENTS = Lexicon.of("congrès", "congres", "séminaire", "seminaire", "colloque",
            "conférence", "conference", "webinaire", "webinar", "soutenance", "inscription", "inscriptions", "programme",
            "atelier", "ateliers", "journée", "journées", "symposium", "amphithéâtre", "amphi", "réunion", "maintenance",
            "congés", "seminar", "workshop", "meeting", "registration", "deadline", "résumés", "abstracts", "nobel",
            "découvre", "découverte", "inauguré", "inaugure", "histoire", "siècle", "century", "invented", "discovered",
            "école", "candidatures", "session", "sessions", "retransmission", "jury");
    private static final String[] DRUG_SUFFIXES = {"mab", "nib", "pril", "sartan", "olol", "statine", "statin", "azole",
            "cilline", "cillin", "mycine", "mycin", "parine", "prazole", "tidine", "dipine", "oxacine", "floxacin",
            "cycline", "vir", "semide", "thiazide", "gliptine", "gliflozine", "glutide", "platine", "taxel", "rubicine"};

    static DocumentSignals of(Document document) {
        return document.signals();
    }

    /** Counts the cues; called once per document through {@link Document#signals()}. */
    static DocumentSignals count(Document document) {
        int health = 0;
        int patientCues = 0;
        int events = 0;
        // Over the document's distinct words rather than every token: one look-up per word form.
        for (int id = 0; id < document.distinctWords(); id++) {
            String word = document.word(id);
            int occurrences = document.occurrences(id);
            if (HEALTH.contains(word) || drugLike(word)) {
                health += occurrences;
            }
            if (EVENTS.contains(word)) {
                for (int i = 0; i < occurrences; i++) {
                    events += word.equals("histoire") && clinicalHistory(document, document.occurrence(id, i)) ? 0 : 1;
                }
            }
            if (PATIENT_CUES.contains(word)) {
                for (int i = 0; i < occurrences; i++) {
                    int token = document.occurrence(id, i);
                    if (!(word.equals("ans") && !document.isNumber(token - 1))
                            && !(word.equals("m") && !document.isSymbol(token + 1, '.'))) {
                        patientCues++;
                    }
                }
            } else if (word.equals("a")) {
                for (int i = 0; i < occurrences; i++) {
                    int token = document.occurrence(id, i);
                    if (document.isNumber(token - 1) && document.isSymbol(token + 1, '.')) {
                        patientCues++; // "47 a." (age)
                    }
                }
            }
        }
        return new DocumentSignals(health, patientCues, events);
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

    /** Suffixes by their last two letters, so that a word is checked against a handful at most. */
    private static final java.util.Map<String, String[]> SUFFIXES_BY_TAIL = java.util.Arrays.stream(DRUG_SUFFIXES)
            .collect(java.util.stream.Collectors.groupingBy(suffix -> suffix.substring(suffix.length() - 2),
                    java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                            list -> list.toArray(String[]::new))));

    private static boolean drugLike(String word) {
        if (word.length() < 7) {
            return false;
        }
        String[] suffixes = SUFFIXES_BY_TAIL.get(word.substring(word.length() - 2));
        if (suffixes == null) {
            return false;
        }
        for (String suffix : suffixes) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
