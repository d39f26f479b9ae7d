package org.passerelle.detect;

import java.util.List;

/**
 * Hospital stay and record numbers: NDA, stay, visit, episode or file numbers, and the number of
 * an examination or report about one patient. The keyword stays outside the span.
 */
final class StayIdRecognizer implements Recognizer {

    private static final KeywordIdentifiers KEYWORDS = new KeywordIdentifiers(List.of(
            "nda", "séjour", "sejour", "venue", "episode", "épisode", "encounter", "visit number", "dossier",
            "dossier mère", "dossier enfant", "examen", "anatomopathologique", "stay", "admission number",
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
            boolean codeLike = value.length() >= 6 || value.chars().anyMatch(Character::isLetter);
            if (codeLike && !looksLikeDate(value)) {
                out.add(new Finding(Label.STAY_ID, document.start(match.firstToken()), document.end(match.lastToken()),
                        match.keyword().equals("nda") ? 0.92 : 0.85, KEYWORD));
            }
        });
    }

    /** 12/03/2024, 1.3.24, 2024-03-12: a date after a stay keyword, not a stay number. */
    static boolean looksLikeDate(String value) {
        int first = digits(value, 0);
        if (first == 0 || first >= value.length() || "/.-".indexOf(value.charAt(first)) < 0) {
            return false;
        }
        int second = digits(value, first + 1);
        if (second == first + 1 || second >= value.length() || "/.-".indexOf(value.charAt(second)) < 0) {
            return false;
        }
        int third = digits(value, second + 1);
        if (third != value.length()) {
            return false;
        }
        int day = first;
        int month = second - first - 1;
        int year = third - second - 1;
        return day <= 2 && month <= 2 && year >= 2 && year <= 4
                || day == 4 && month == 2 && year == 2 && value.charAt(first) == '-' && value.charAt(second) == '-';
    }

    /** The index after the run of ASCII digits starting at {@code from}. */
    private static int digits(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
