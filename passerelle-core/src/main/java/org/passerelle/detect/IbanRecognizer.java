package org.passerelle.detect;

import java.util.List;
import java.util.Map;

/**
 * Bank account numbers (IBAN): a country code, two check digits, then letters and digits in
 * groups; reported only when the ISO 13616 mod-97 check holds, at the country's length when it
 * is known.
 */
final class IbanRecognizer implements Recognizer {

    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("FR", 27), Map.entry("MC", 27), Map.entry("DE", 22), Map.entry("GB", 22), Map.entry("BE", 16),
            Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("CH", 21), Map.entry("LU", 20), Map.entry("NL", 18),
            Map.entry("PT", 25), Map.entry("IE", 22), Map.entry("AT", 20), Map.entry("DK", 18), Map.entry("SE", 24),
            Map.entry("NO", 15), Map.entry("FI", 18), Map.entry("PL", 28), Map.entry("GR", 27), Map.entry("RO", 24));
    private static final Explanation VALID = new Explanation("iban", "valid-mod97");

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.IBAN);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        int done = -1;
        for (int number : document.numbers()) {
            int token = number - 1;
            if (token <= done || !document.isWord(token) || document.tokenLength(token) != 2
                    || !document.touchesNext(token)) {
                continue; // an IBAN opens with its country's two letters glued to the check digits
            }
            int start = document.start(token);
            char a = document.charAt(start);
            char b = document.charAt(start + 1);
            if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
                continue;
            }
            if (start > 0 && Character.isLetterOrDigit(document.charAt(start - 1))) {
                continue;
            }
            // Read letters and digits, allowing single spaces between groups.
            StringBuilder chars = new StringBuilder(34);
            int[] endAt = new int[35];
            int position = start;
            while (position < document.length() && chars.length() < 34) {
                char c = document.charAt(position);
                if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                    chars.append(c);
                    endAt[chars.length()] = position + 1;
                    position++;
                } else if ((c == ' ' || c == '\u00A0' || c == '\u202F') && position + 1 < document.length()
                        && Character.isLetterOrDigit(document.charAt(position + 1)) && chars.length() >= 4) {
                    position++;
                } else {
                    break;
                }
            }
            if (chars.length() < 15 || !Character.isDigit(chars.charAt(2)) || !Character.isDigit(chars.charAt(3))) {
                continue;
            }
            Integer known = LENGTHS.get(chars.substring(0, 2));
            int found = -1;
            if (known != null) {
                if (chars.length() >= known && Checksums.iban(chars.subSequence(0, known))) {
                    found = known;
                }
            } else {
                for (int length = chars.length(); length >= 15 && found < 0; length--) {
                    if (Checksums.iban(chars.subSequence(0, length))) {
                        found = length;
                    }
                }
            }
            if (found > 0) {
                int end = endAt[found];
                out.add(new Finding(Label.IBAN, start, end, 0.97, VALID));
                done = document.tokenAt(end) - 1;
            }
        }
    }
}
