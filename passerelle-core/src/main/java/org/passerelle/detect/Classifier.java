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

    /** Names found with a title, a role or clinical typography; a bare "Given Family" pair may be a famous person. */
    private static final Set<String> STRONG_NAME_RULES = Set.of("title", "role-word",
            "given-name-and-upper-case-family-name", "column-header", "same-name-elsewhere",
            "lower-case-name-after-title-or-patient", Hl7SegmentRecognizer.FIELD.rule(), DicomHeaderRecognizer.ELEMENT.rule());

    /**
     * @param findings the findings before dates are kept only in texts about people: a name with a
     *                 date and clinical words is a person's care
     */
    Classification classify(DocumentSignals signals, List<Finding> findings) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        int datesOfPeople = 0;
        boolean nir = false;
        boolean birthDate = false;
        boolean stay = false;
        boolean patientId = false;
        boolean name = false;
        boolean contact = false;
        boolean iban = false;
        // a hospital system's record of a patient (an HL7 segment, a DICOM header) is health data by what it is
        boolean clinicalRecord = false;
        for (Finding finding : findings) {
            String recognizer = finding.explanation().recognizer();
            clinicalRecord |= recognizer.equals(Hl7SegmentRecognizer.ID) || recognizer.equals(DicomHeaderRecognizer.ID);
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
                case FIRST_NAME, LAST_NAME -> name = name || STRONG_NAME_RULES.contains(finding.explanation().rule());
                case EMAIL, PHONE, ADDRESS -> contact = true;
                case IBAN -> iban = true;
                case DATE -> datesOfPeople++;
                case ZIP, CITY, HOSPITAL, RPPS, ADELI, FINESS, TRIAL_ID -> {
                }
            }
        }
        int patientCues = signals.patientCues();
        // One clinical word is enough beside a direct identifier ("Patient ..., né le ..."); two otherwise.
        boolean healthContext = signals.healthTerms() >= 2 || clinicalRecord
                || signals.healthTerms() >= 1 && (birthDate || stay || patientId);
        boolean identified = nir || birthDate || stay || (name && patientCues >= 2) || (iban && name)
                || (name && datesOfPeople > 0 && signals.healthTerms() >= 3 && patientCues >= 1);
        if (nir || (healthContext && identified)) {
            reasons.add(Reason.NOMINATIVE_HEALTH);
        } else if (healthContext && patientId) {
            reasons.add(Reason.PSEUDONYMISED_HEALTH);
        } else if (healthContext && contact && name && patientCues >= 2) {
            reasons.add(Reason.NOMINATIVE_HEALTH);
        }
        return reasons.isEmpty() ? Classification.notSensitive() : new Classification(true, reasons);
    }

}
