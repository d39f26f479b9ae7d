package org.passerelle.detect;

import java.util.List;

/**
 * Hospital stay and record numbers: NDA, stay, visit, episode or file numbers, and the number of
 * an examination or report about one patient. The keyword stays outside the span.
 */
final class StayIdRecognizer implements Recognizer {

    private static final KeywordIdentifiers KEYWORDS = new KeywordIdentifiers(List.of(
            "nda", "séjour", "sejour", "venue", "episode", "épisode", "encounter", "visit number", "dossier",
            "dossier mère", "dossier enfant", "examen", "anatomopathologique", "prélèvement", "specimen", "stay", "admission number",
            "identifiant de la visite", "identifiant de l hospitalisation", "identifiant du séjour", "visit id"));
    private static final Explanation KEYWORD = new Explanation("stay-id", "stay-keyword");

    @Override
    public String id() {
        return "stay-id";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.STAY_ID);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        KEYWORDS.find(document, false, match -> {
            String value = match.value();
            // Six characters or letters with digits, and two digits at least: "Examen : SpO2 94 %"
            // and "bilan : HbA1c" name a measure, not a record
            boolean codeLike = (value.length() >= 6 || value.chars().anyMatch(Character::isLetter))
                    && value.chars().filter(Character::isDigit).count() >= 2;
            if (codeLike && !match.dateLike()) { // a date after a stay keyword, not a stay number
                out.add(new Finding(Label.STAY_ID, document.start(match.firstToken()), document.end(match.lastToken()),
                        match.keyword().equals("nda") ? 0.92 : 0.85, KEYWORD));
            }
        });
    }
}
