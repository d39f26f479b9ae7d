package org.passerelle.detect;

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
            "ipp", "nip", "mrn", "nhs", "nhs number", "hospital number", "hospital id", "patient id", "subject id",
            "participant id", "code patient", "code participant", "code cohorte", "code sujet", "code consultant",
            "code inclusion", "référence échantillon", "reference échantillon", "sample id", "échantillon",
            "sujet", "sujets", "subject", "subjects", "participant", "participants", "patient", "patiente",
            "bloc", "pseudonyme", "pseudonym", "identifiant patient", "id patient", "numéro d'inclusion",
            "inclusion", "randomisation"));
    private static final Set<String> STRONG = Lexicon.of("ipp", "nip", "mrn", "nhs", "hospital", "code", "référence",
            "reference", "sample", "identifiant", "id", "pseudonyme", "pseudonym");
    private static final Explanation STRONG_KEYWORD = new Explanation("patient-id", "hospital-id-keyword");
    private static final Explanation SUBJECT_KEYWORD = new Explanation("patient-id", "subject-keyword");

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
            boolean strong = STRONG.contains(match.keyword());
            boolean codeLike = match.value().chars().anyMatch(c -> c == '-' || c == '.' || c == '/' || c == '_')
                    || (match.value().chars().anyMatch(Character::isLetter) && match.value().chars().anyMatch(Character::isDigit))
                    || match.value().length() >= 6;
            if (strong || codeLike) {
                out.add(new Finding(Label.PATIENT_ID, document.start(match.firstToken()), document.end(match.lastToken()),
                        strong ? 0.92 : 0.85, strong ? STRONG_KEYWORD : SUBJECT_KEYWORD));
            }
        });
    }
}
