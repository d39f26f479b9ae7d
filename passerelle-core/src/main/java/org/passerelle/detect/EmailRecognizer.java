package org.passerelle.detect;

import java.util.List;

/** E-mail addresses: a local part, {@code @}, a domain with a dot and a letter-only top level. */
final class EmailRecognizer implements Recognizer {

    private static final Explanation SHAPE = new Explanation("email", "address-shape");
    private static final Explanation SPACED = new Explanation("email", "address-with-spaces");
    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("fr", "com", "org", "net", "eu", "be", "ch");

    @Override
    public String id() {
        return "email";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.EMAIL);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        String text = document.text();
        int done = -1;
        for (int at : document.atSigns()) {
            if (at < done) {
                continue;
            }
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
                start++;
            }
            int end = at + 1;
            int lastDot = -1;
            while (end < text.length() && isDomain(text.charAt(end))) {
                if (text.charAt(end) == '.') {
                    lastDot = end;
                }
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
                if (end - 1 < lastDot) {
                    lastDot = text.lastIndexOf('.', end - 1);
                }
            }
            if (start < at && lastDot > at + 1 && end - lastDot - 1 >= 2 && lettersOnly(text, lastDot + 1, end)) {
                out.add(new Finding(Label.EMAIL, start, end, 0.97, SHAPE));
            } else if (start < at && end > at + 1 && lastDot < 0 && TOP_LEVEL.contains(text.substring(at + 1, end))) {
                out.add(new Finding(Label.EMAIL, start, end, 0.8, SHAPE)); // "jl@fr", domain lost in a copy
            } else {
                int spaced = spaced(text, at);
                if (spaced > 0) {
                    int localStart = at - 1;
                    while (localStart > 0 && isLocal(text.charAt(localStart - 1))) {
                        localStart--;
                    }
                    if (localStart < at - 1) {
                        out.add(new Finding(Label.EMAIL, localStart, spaced, 0.85, SPACED));
                        end = spaced;
                    }
                }
            }
            done = Math.max(end, at + 1);
        }
    }

    /** "name @ domain . com": the end of an address written with spaces around its signs, or -1. */
    private static int spaced(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ' || at + 2 >= text.length() || text.charAt(at + 1) != ' ') {
            return -1;
        }
        int i = at + 2;
        int domainStart = i;
        while (i < text.length() && isDomain(text.charAt(i)) && text.charAt(i) != '.') {
            i++;
        }
        if (i == domainStart || !text.startsWith(" . ", i)) {
            return -1;
        }
        int tld = i + 3;
        int end = tld;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - tld >= 2 && end - tld <= 6 ? end : -1;
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    private static boolean isDomain(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '-';
    }

    private static boolean lettersOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
