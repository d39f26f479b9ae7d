package org.passerelle.pseudo;

import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Label;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replaces what the detector finds in free text by typed keyed placeholders ({@code [NOM_QXBKTA]}):
 * the same value (case and accents aside) under the same key always gives the same placeholder,
 * within a run, across files and across runs, so that records stay linkable; without the key the
 * placeholder says nothing of the value (HMAC-SHA-256). Text is scanned again after replacement
 * until nothing is found (at most {@value #MAX_PASSES} passes), so that no identifier the detector
 * recognises survives. Trial ids and confidentiality markers are kept: they identify no person.
 * Thread-safe; the key is never printed.
 */
public final class Pseudonymizer {

    /** Labels replaced: the direct and indirect identifiers of persons and places of care. */
    public static final Set<Label> REPLACED = EnumSet.complementOf(EnumSet.of(Label.TRIAL_ID, Label.CONFIDENTIAL));

    static final int MAX_PASSES = 3;
    public static final int MIN_KEY_BYTES = 32;

    private static final Map<Label, String> NAMES = new EnumMap<>(Label.class);

    static {
        NAMES.put(Label.LAST_NAME, "NOM");
        NAMES.put(Label.FIRST_NAME, "PRENOM");
        NAMES.put(Label.BIRTH_DATE, "DATE_NAISSANCE");
        NAMES.put(Label.PHONE, "TEL");
        NAMES.put(Label.EMAIL, "MAIL");
        NAMES.put(Label.ADDRESS, "ADRESSE");
        NAMES.put(Label.ZIP, "CODE_POSTAL");
        NAMES.put(Label.CITY, "VILLE");
        NAMES.put(Label.HOSPITAL, "HOPITAL");
        NAMES.put(Label.PATIENT_ID, "IPP");
        NAMES.put(Label.STAY_ID, "NDA");
    }

    /** What one text became, and how many of each label were replaced (never the values). */
    public record Result(String text, Map<Label, Integer> replaced) {
    }

    /** What replaces a value: a typed placeholder, or a realistic surrogate where one exists. */
    public enum Mode { PLACEHOLDERS, SURROGATES }

    private final Detector detector;
    private final KeyedHash hash;
    private final Surrogates surrogates;

    public Pseudonymizer(Detector detector, byte[] key) {
        this(detector, key, Mode.PLACEHOLDERS);
    }

    public Pseudonymizer(Detector detector, byte[] key, Mode mode) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonymisation key has " + MIN_KEY_BYTES + " bytes at least");
        }
        this.detector = detector;
        this.hash = new KeyedHash(key);
        this.surrogates = mode == Mode.SURROGATES ? new Surrogates(hash) : null;
    }

    public Result pseudonymize(String text) {
        Map<Label, Integer> replaced = new EnumMap<>(Label.class);
        String current = text;
        // What earlier passes wrote (placeholders, surrogates) is never replaced again.
        boolean[] placed = placeholders(current);
        // The text's own names, which no stand-in may be: gathered as each pass finds them.
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Finding> findings = new ArrayList<>();
            for (Finding finding : detector.analyze(current).findings()) {
                if (REPLACED.contains(finding.label())) {
                    findings.add(finding);
                    if (finding.label() == Label.FIRST_NAME || finding.label() == Label.LAST_NAME) {
                        names.add(normalise(current.substring(finding.start(), finding.end())));
                    }
                }
            }
            if (findings.isEmpty()) {
                break;
            }
            findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
            StringBuilder out = new StringBuilder(current.length());
            BitSetBuilder mask = new BitSetBuilder(current.length());
            int at = 0;
            for (Finding finding : findings) {
                // Placeholders of earlier passes are never cut into: a finding keeps only what lies outside them.
                int start = Math.max(finding.start(), at);
                int end = finding.end();
                while (start < end && placed[start]) {
                    start++;
                }
                while (end > start && placed[end - 1]) {
                    end--;
                }
                if (start >= end || containsPlaceholder(placed, start, end)) {
                    continue;
                }
                out.append(current, at, start);
                mask.copy(placed, at, start);
                String replacement = replacement(finding.label(), current.substring(start, end), names);
                out.append(replacement);
                mask.add(replacement.length(), true);
                replaced.merge(finding.label(), 1, Integer::sum);
                at = end;
            }
            out.append(current, at, current.length());
            mask.copy(placed, at, current.length());
            current = out.toString();
            placed = mask.build();
        }
        return new Result(current, replaced);
    }

    private String replacement(Label label, String value, java.util.Set<String> names) {
        if (surrogates != null) {
            java.util.Optional<String> surrogate = surrogates.of(label, value, names);
            if (surrogate.isPresent()) {
                return surrogate.get();
            }
        }
        return placeholder(label, value);
    }

    /** A growing mask of protected characters, in step with the text being written. */
    private static final class BitSetBuilder {
        private boolean[] bits;
        private int size;

        BitSetBuilder(int capacity) {
            bits = new boolean[Math.max(16, capacity)];
        }

        void copy(boolean[] from, int start, int end) {
            grow(end - start);
            System.arraycopy(from, start, bits, size, end - start);
            size += end - start;
        }

        void add(int count, boolean value) {
            grow(count);
            java.util.Arrays.fill(bits, size, size + count, value);
            size += count;
        }

        private void grow(int count) {
            if (size + count > bits.length) {
                bits = java.util.Arrays.copyOf(bits, Math.max(bits.length * 2, size + count));
            }
        }

        boolean[] build() {
            return java.util.Arrays.copyOf(bits, size);
        }
    }

    /** Which characters belong to a placeholder already written ({@code [NAME_ABCDEF]}). */
    static boolean[] placeholders(String text) {
        boolean[] placed = new boolean[text.length()];
        java.util.regex.Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            java.util.Arrays.fill(placed, matcher.start(), matcher.end(), true);
        }
        return placed;
    }

    private static boolean containsPlaceholder(boolean[] placed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (placed[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Eight letters that name the key without revealing it (a keyed hash of a fixed message): two
     * runs with the same fingerprint used the same key.
     */
    public String keyFingerprint() {
        return KeyedHash.letters(hash.of("passerelle key fingerprint"), 8);
    }

    /** Whether this text is one of the placeholders this class writes. */
    public static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).matches();
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\[[A-Z_]+_[A-Z]{6}]");

    /**
     * {@code [NOM_QXBKTA]}: the label's name and six letters from the keyed hash of the normalised
     * value (letters only, so that no recognizer takes a placeholder for a number, a date or an id).
     */
    public String placeholder(Label label, String value) {
        return "[" + NAMES.getOrDefault(label, label.name()) + "_" + code(label, value) + "]";
    }

    String code(Label label, String value) {
        return KeyedHash.letters(hash.of(label.name() + "\u0000" + normalise(value)), 6);
    }

    /** Case, accents, spaces and punctuation aside: "Gérard" and "GERARD", "06 12 34" and "06.12.34" are one value. */
    static String normalise(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
