package org.passerelle.detect;

import java.util.Set;

/**
 * Document-wide cues counted once per analysis: how much clinical vocabulary a text uses, and how
 * many words point at one particular person (a patient, a subject, an age, a title).
 *
 * @param healthTerms clinical words and drug-like names
 * @param patientCues words that single out a person ("patient", "née", "63 ans", "Mme"...)
 */
record DocumentSignals(int healthTerms, int patientCues) {

    private static final Set<String> HEALTH = Lexicon.load("health-terms.txt");
    private static final Set<String> PATIENT_CUES = Lexicon.of("patient", "patiente", "né", "née", "âgé", "âgée",
            "ans", "hospitalisé", "hospitalisée", "admis", "admise", "mme", "m", "mr", "mrs", "ms",
            "sujet", "subject", "participant", "participante", "enfant", "bébé", "résident", "résidente", "year",
            "old", "aged", "épouse", "époux", "fils", "fille", "mère", "père", "domicile", "consulté", "consultée",
            "vu", "vue", "reçu", "reçue", "suivi", "suivie", "traité", "traitée", "opéré", "opérée", "enceinte",
            "décédé", "décédée", "sortie", "sorti", "sortis", "dob", "ddn", "ipp", "nda", "chambre", "lit", "admitted", "discharged", "mrn");
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
        for (int token = 0; token < document.tokenCount(); token++) {
            if (!document.isWord(token)) {
                continue;
            }
            String word = document.lowerToken(token);
            if (HEALTH.contains(word) || drugLike(word)) {
                health++;
            }
            if (PATIENT_CUES.contains(word) && !(word.equals("ans") && !document.isNumber(token - 1))
                    && !(word.equals("m") && !document.isSymbol(token + 1, '.'))) {
                patientCues++;
            } else if (word.equals("a") && document.isNumber(token - 1) && document.isSymbol(token + 1, '.')) {
                patientCues++; // "47 a." (age)
            }
        }
        return new DocumentSignals(health, patientCues);
    }

    private static boolean drugLike(String word) {
        if (word.length() < 7) {
            return false;
        }
        for (String suffix : DRUG_SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
