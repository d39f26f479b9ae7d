package org.passerelle.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names that say what a column of a table or a field of a record holds about a person
 * ({@code nom}, {@code ddn}, {@code ipp}, {@code tel}...), lower case, words joined by {@code _}:
 * read by {@link TableColumnRecognizer} in table headers and by {@link FieldValueRecognizer} in
 * the keys of JSON records.
 */
final class ColumnNames {

    /**
     * Names of columns that describe a person, beside which a column named only {@code id} holds
     * the persons' codes: "id;sexe;age;diag", "id,arm,week,hba1c".
     */
    static final java.util.Set<String> PERSON_ATTRIBUTES = java.util.Set.of("sexe", "sex", "genre", "gender",
            "age", "âge", "diag", "cim10", "cim_10", "icd10", "icd_10", "pathologie",
            // a participant's trial data: "id,arm,week,hba1c,…" (a trial's arm, a visit, a person's measures)
            "arm", "bras", "diagnosis", "diagnostic", "visit", "visite", "bmi", "imc", "hba1c",
            // the dates of a person's care: "ID;date_diag;date_chir;type"
            "date_diag", "date_diagnostic", "date_chir", "date_chirurgie", "date_deces", "date_décès", "deces", "décès",
            "date_inclusion", "date_visite");

    /** The label of what each name holds. */
    static final Map<String, Label> LABELS;

    private ColumnNames() {
    }

    static {
        Map<String, Label> columns = new HashMap<>();
        for (String name : List.of("ipp", "nip", "patient_id", "id_patient", "subject", "subject_id", "subjid", "subj", "subj_id",
                "usubjid", "sujet", "code_patient", "code_sujet", "participant", "participant_id", "pseudo",
                "pseudonyme", "pseudo_id", "code", "num_inclusion", "mrn", "sample_id", "sample", "echantillon", "échantillon", "id_sujet",
                "record_id", // REDCap's record_id: the subject's number in its exports
                // a registry's or a hospital database's anonymous number, a case's or a patient's code
                "num_anonyme", "numero_anonyme", "id_anonyme", "anonyme", "num_anonymat", "n_anonymat", "anonymat",
                "pid", "case_id", "patient_code", "study_id", "studyid", "id_etude", "participant_no", "subject_no",
                "nhs_no", "nhs_number", "nhs", "hospital_no", "hospital_number", // a British patient's numbers
                "patient", "patiente", "study_no", "study_number",
                "pt_id", "ptid", "pt", "id_pt", "patient_no", "patient_number")) { // a clinician's short "pt" // "patient,week,alt": the column of codes
            columns.put(name, Label.PATIENT_ID);
        }
        for (String name : List.of("nda", "sejour", "séjour", "n_sejour", "num_sejour", "visit_id", "venue", "episode")) {
            columns.put(name, Label.STAY_ID);
        }
        for (String name : List.of("nom", "name", "last_name", "lastname", "surname", "family_name", "nom_naissance",
                "nom_usage", "patient_name")) {
            columns.put(name, Label.LAST_NAME);
        }
        for (String name : List.of("prenom", "prénom", "first_name", "firstname", "given_name", "forename")) {
            columns.put(name, Label.FIRST_NAME);
        }
        for (String name : List.of("ddn", "date_naissance", "date_de_naissance", "naissance", "dob", "birth_date",
                "birthdate", "date_of_birth", "annee_naissance", "année_naissance", "birth_year", "brthdtc", "an_naiss",
                "annee_naiss", "yob", "date_naiss", "dt_naiss", "date_nais", "datenaiss")) {
            columns.put(name, Label.BIRTH_DATE);
        }
        for (String name : List.of("tel", "tél", "telephone", "téléphone", "phone", "portable", "mobile")) {
            columns.put(name, Label.PHONE);
        }
        for (String name : List.of("mail", "email", "e-mail", "courriel")) {
            columns.put(name, Label.EMAIL);
        }
        for (String name : List.of("nir", "secu", "num_secu", "ins", "nss", "insee")) {
            columns.put(name, Label.NIR);
        }
        for (String name : List.of("cp", "code_postal", "zip", "postcode", "postal_code", "zipcode")) {
            columns.put(name, Label.ZIP);
        }
        for (String name : List.of("ville", "city", "commune", "town")) {
            columns.put(name, Label.CITY);
        }
        for (String name : List.of("adresse", "address", "rue")) {
            columns.put(name, Label.ADDRESS);
        }
        columns.put("finess", Label.FINESS);
        LABELS = java.util.Collections.unmodifiableMap(columns); // a HashMap: the same order in every run
    }

    /** Words that say whose a column is, written before or after its name: {@code nom_patient}, {@code pat_ddn}. */
    private static final List<String> SUFFIXES = List.of("_patient", "_pat", "_pt", "_sujet", "_subject", "_participant");
    private static final List<String> PREFIXES = List.of("patient_", "pat_", "pt_", "sujet_", "subject_", "participant_");

    /**
     * The label of a column name, also when it says whose the column is ({@code nom_patient},
     * {@code prenom_patient}, {@code pat_ddn}, as REDCap projects and hospital exports name them);
     * null for a name about no person.
     */
    static Label label(String name) {
        Label label = LABELS.get(name);
        for (int i = 0; label == null && i < SUFFIXES.size(); i++) {
            if (name.endsWith(SUFFIXES.get(i))) {
                label = LABELS.get(name.substring(0, name.length() - SUFFIXES.get(i).length()));
            }
            if (label == null && name.startsWith(PREFIXES.get(i))) {
                label = LABELS.get(name.substring(PREFIXES.get(i).length()));
            }
        }
        return label;
    }
}
