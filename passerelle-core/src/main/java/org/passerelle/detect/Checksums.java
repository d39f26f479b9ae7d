package org.passerelle.detect;

/** The check-digit rules of the identifiers the detector validates. Pure functions. */
final class Checksums {

    private Checksums() {
    }

    /** Luhn (mod 10) over a string of digits, the last one being the check digit. */
    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /**
     * NIR key: {@code 97 - (number mod 97)} over the first 13 characters, Corsica's 2A and 2B
     * counting as 19 and 18.
     */
    static boolean nirKey(CharSequence nir) {
        if (nir.length() != 15) {
            return false;
        }
        long number = 0;
        for (int i = 0; i < 13; i++) {
            char c = nir.charAt(i);
            int digit;
            if (i == 6 && (c == 'A' || c == 'B') && nir.charAt(5) == '2') {
                // "2A" → 19, "2B" → 18: replace the pair already accumulated.
                number = number - 2;
                number = number + 1;
                digit = c == 'A' ? 9 : 8;
            } else if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else {
                return false;
            }
            number = number * 10 + digit;
        }
        int key = (nir.charAt(13) - '0') * 10 + (nir.charAt(14) - '0');
        return key == 97 - (int) (number % 97);
    }

    /** ISO 13616 IBAN check: moved first four characters, letters as 10..35, mod 97 == 1. */
    static boolean iban(CharSequence iban) {
        int length = iban.length();
        if (length < 15 || length > 34) {
            return false;
        }
        int remainder = 0;
        for (int n = 0; n < length; n++) {
            char c = iban.charAt((n + 4) % length);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }
}
