package org.passerelle.pseudo;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HMAC-SHA-256 under the pseudonymisation key, and its rendering as letters: what every
 * pseudonym is made of, so that the same key always gives the same pseudonyms and nothing can be
 * told of a value without it. Thread-safe.
 */
final class KeyedHash {

    private final byte[] key;

    KeyedHash(byte[] key) {
        this.key = key.clone();
    }

    byte[] of(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The first {@code count} bytes of a digest as capital letters: no recognizer takes them for a number or a date. */
    static String letters(byte[] digest, int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + Byte.toUnsignedInt(digest[i]) % 26));
        }
        return letters.toString();
    }
}
