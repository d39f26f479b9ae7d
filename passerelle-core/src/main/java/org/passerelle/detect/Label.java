package org.passerelle.detect;

/** The kinds of sensitive spans the detector finds (docs/detection-labels.md). */
public enum Label {
    LAST_NAME, FIRST_NAME, NIR, PATIENT_ID, STAY_ID, BIRTH_DATE, DATE, PHONE, EMAIL, ADDRESS, ZIP, CITY,
    HOSPITAL, IBAN, RPPS, ADELI, FINESS, TRIAL_ID, CONFIDENTIAL;

    /** Whether this label names or locates a person (as opposed to a marker or an institution). */
    public boolean identifiesPerson() {
        return switch (this) {
            case LAST_NAME, FIRST_NAME, NIR, PATIENT_ID, STAY_ID, BIRTH_DATE, PHONE, EMAIL, ADDRESS, IBAN -> true;
            case DATE, ZIP, CITY, HOSPITAL, RPPS, ADELI, FINESS, TRIAL_ID, CONFIDENTIAL -> false;
        };
    }
}
