package org.passerelle.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists shipped as resources ({@code org/passerelle/detect/*.txt}: entries separated by spaces or lines, {@code #}
 * starts a comment, {@code _} stands for a space inside an entry: {@code Le_Havre}), read once, lower-cased, immutable.
 */
final class Lexicon {

    private Lexicon() {
    }

    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
                for (String word : entry.split("\\s+")) {
                    if (!word.isEmpty()) {
                        String lower = word.replace('_', ' ').toLowerCase(Locale.ROOT);
                        words.add(lower);
                        words.add(withoutAccents(lower)); // upper-case text often drops them: FRANCOISE
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** "françoise" → "francoise", "élodie" → "elodie"; other characters unchanged. */
    static String withoutAccents(String word) {
        String decomposed = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(word.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                plain.append(c);
            }
        }
        return java.text.Normalizer.normalize(plain, java.text.Normalizer.Form.NFC);
    }

    static Set<String> of(String... words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            set.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
