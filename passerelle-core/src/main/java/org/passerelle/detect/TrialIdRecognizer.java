package org.passerelle.detect;

import java.util.List;

/**
 * Clinical-trial registration ids: {@code NCT} + 8 digits, {@code ISRCTN} + 8 digits, EudraCT
 * {@code 2020-001234-56}, CTIS / EU CT {@code 2023-501234-12-00}, ID-RCB {@code 2021-A01234-56}.
 */
final class TrialIdRecognizer implements Recognizer {

    private static final Explanation REGISTRY_PREFIX = new Explanation("trial-id", "registry-prefix");
    private static final Explanation NUMBER_SHAPE = new Explanation("trial-id", "eu-number-shape");

    @Override
    public String id() {
        return "trial-id";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.TRIAL_ID);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        int done = -1;
        for (int token : document.numbers()) {
            if (token <= done) {
                continue;
            }
            int prefix = token - 1; // "NCT01234567": the registry's letters glued to the number
            if (document.tokenLength(token) == 8 && document.isUpperCase(prefix) && document.touchesNext(prefix)
                    && (document.tokenIs(prefix, "nct") || document.tokenIs(prefix, "isrctn"))) {
                out.add(new Finding(Label.TRIAL_ID, document.start(prefix), document.end(token), 0.97, REGISTRY_PREFIX));
                done = token;
            } else if (document.tokenLength(token) == 4 && year(document, token)) {
                int end = euNumber(document, token);
                if (end > token) {
                    out.add(new Finding(Label.TRIAL_ID, document.start(token), document.end(end), 0.9, NUMBER_SHAPE));
                    done = end;
                }
            }
        }
    }

    /** EudraCT 4-6-2, CTIS 4-6-2-2, ID-RCB 4-A5-2; returns the last token, or {@code token} if none. */
    private static int euNumber(Document document, int token) {
        int dash1 = token + 1;
        if (!hyphen(document, dash1)) {
            return token;
        }
        int second = dash1 + 1;
        int third;
        if (document.isNumber(second) && document.tokenLength(second) == 6) {
            third = second + 2;
        } else if (document.isWord(second) && document.tokenIs(second, "a") && document.touchesNext(second)
                && document.isNumber(second + 1) && document.tokenLength(second + 1) == 5) {
            third = second + 3; // ID-RCB
        } else {
            return token;
        }
        if (!hyphen(document, third - 1) || !document.isNumber(third) || document.tokenLength(third) != 2) {
            return token;
        }
        if (hyphen(document, third + 1) && document.isNumber(third + 2) && document.tokenLength(third + 2) == 2) {
            return third + 2; // CTIS
        }
        int end = document.end(third);
        if (end < document.length() && Character.isLetterOrDigit(document.charAt(end))) {
            return token;
        }
        return third;
    }

    private static boolean hyphen(Document document, int token) {
        return document.isSymbol(token, '-') && document.touchesNext(token) && document.touchesNext(token - 1);
    }

    private static boolean year(Document document, int token) {
        int start = document.start(token);
        return (document.charAt(start) == '2' && document.charAt(start + 1) == '0')
                || (document.charAt(start) == '1' && document.charAt(start + 1) == '9');
    }
}
