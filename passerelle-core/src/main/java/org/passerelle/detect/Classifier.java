package org.passerelle.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a document is sensitive from its findings and its vocabulary:
 * <ul>
 *   <li>confidentiality markers give UNPUBLISHED, CONFIDENTIAL or INTELLECTUAL_PROPERTY;</li>
 *   <li>health information (clinical vocabulary, drug names, codes) about an identified person
 *       (a NIR, a birth date, a stay number, a name beside a patient cue) is NOMINATIVE_HEALTH;</li>
 *   <li>health information about a person known by a code only is PSEUDONYMISED_HEALTH.</li>
 * </ul>
 * Names of authors, staff and historical figures, trial ids and hospitals do not make a text
 * sensitive on their own: a published abstract or an administrative e-mail stays shareable.
 */
final class Classifier {

    private static final Set<String> HEALTH = Lexicon.load("health-terms.txt");
    private static final Set<String> PATIENT_CUES = Lexicon.of("patient", "patiente", "né", "née", "âgé", "âgée",
            "ans", "hospitalisé", "hospitalisée", "admis", "admise", "mme", "m", "mr", "mrs", "ms", "monsieur", "madame",
            "sujet", "subject", "participant", "participante", "enfant", "bébé", "résident", "résidente", "year",
            "old", "aged", "épouse", "époux", "fils", "fille", "mère", "père", "domicile", "consulté", "consultée",
            "vu", "vue", "reçu", "reçue", "suivi", "suivie", "traité", "traitée", "opéré", "opérée", "enceinte",
            "décédé", "décédée", "dob", "ddn", "ipp", "nda", "chambre", "lit", "admitted", "discharged", "mrn");
    private static final String[] DRUG_SUFFIXES = {"mab", "nib", "pril", "sartan", "olol", "statine", "statin", "azole",
            "cilline", "cillin", "mycine", "mycin", "parine", "prazole", "tidine", "dipine", "oxacine", "floxacin",
            "cycline", "vir", "semide", "thiazide", "gliptine", "gliflozine", "glutide", "platine", "taxel", "rubicine"};

    Classification classify(Document document, List<Finding> findings) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        boolean nir = false;
        boolean birthDate = false;
        boolean stay = false;
        boolean patientId = false;
        boolean name = false;
        boolean contact = false;
        boolean iban = false;
        for (Finding finding : findings) {
            switch (finding.label()) {
                case CONFIDENTIAL -> reasons.add(switch (finding.explanation().rule()) {
                    case ConfidentialMarkerRecognizer.UNPUBLISHED -> Reason.UNPUBLISHED;
                    case ConfidentialMarkerRecognizer.INTELLECTUAL_PROPERTY -> Reason.INTELLECTUAL_PROPERTY;
                    default -> Reason.CONFIDENTIAL;
                });
                case NIR -> nir = true;
                case BIRTH_DATE -> birthDate = true;
                case STAY_ID -> stay = true;
                case PATIENT_ID -> patientId = true;
                case FIRST_NAME, LAST_NAME -> name = true;
                case EMAIL, PHONE, ADDRESS -> contact = true;
                case IBAN -> iban = true;
                case DATE, ZIP, CITY, HOSPITAL, RPPS, ADELI, FINESS, TRIAL_ID -> {
                }
            }
        }
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
            if (PATIENT_CUES.contains(word) && !(word.equals("ans") && !document.isNumber(token - 1))) {
                patientCues++;
            }
        }
        boolean healthContext = health >= 2;
        boolean identified = nir || birthDate || stay || (name && patientCues >= 2) || (iban && name);
        if (nir || (healthContext && identified)) {
            reasons.add(Reason.NOMINATIVE_HEALTH);
        } else if (healthContext && patientId) {
            reasons.add(Reason.PSEUDONYMISED_HEALTH);
        } else if (healthContext && contact && name && patientCues >= 2) {
            reasons.add(Reason.NOMINATIVE_HEALTH);
        }
        return reasons.isEmpty() ? Classification.notSensitive() : new Classification(true, reasons);
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
