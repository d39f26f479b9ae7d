package org.passerelle.detect;

import java.util.List;
import java.util.Locale;

/**
 * Numbers of a national register announced by their keyword: RPPS (practitioners, 11 digits,
 * Luhn), ADELI (practitioners, 9 digits), FINESS (facilities, 9 digits, Luhn key). The keyword
 * stays outside the span; a failed check digit lowers the score, the keyword keeps it reported.
 * One instance per register.
 */
final class RegisteredNumberRecognizer implements Recognizer {

    private final Label label;
    private final String id;
    private final int digits;
    private final boolean luhn;
    private final KeywordIdentifiers keywords;
    private final Explanation valid;
    private final Explanation unchecked;

    RegisteredNumberRecognizer(Label label, int digits, boolean luhn) {
        this.label = label;
        this.id = label.name().toLowerCase(Locale.ROOT);
        this.digits = digits;
        this.luhn = luhn;
        this.keywords = new KeywordIdentifiers(List.of(id));
        this.valid = new Explanation(id, luhn ? "keyword-valid-check-digit" : "keyword");
        this.unchecked = new Explanation(id, "keyword-invalid-check-digit");
    }

    static RegisteredNumberRecognizer rpps() {
        return new RegisteredNumberRecognizer(Label.RPPS, 11, true);
    }

    static RegisteredNumberRecognizer adeli() {
        return new RegisteredNumberRecognizer(Label.ADELI, 9, false);
    }

    static RegisteredNumberRecognizer finess() {
        return new RegisteredNumberRecognizer(Label.FINESS, 9, true);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Label> labels() {
        return List.of(label);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        keywords.find(document, false, match -> {
            String value = match.value();
            if (value.length() != digits || !value.chars().allMatch(Character::isDigit)) {
                return;
            }
            boolean checked = !luhn || Checksums.luhn(value);
            out.add(new Finding(label, document.start(match.firstToken()), document.end(match.lastToken()),
                    checked ? 0.95 : 0.75, checked ? valid : unchecked));
        });
    }
}
