package org.passerelle.pseudo;

import org.passerelle.detect.Label;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic stand-ins, chosen by the keyed hash so that the same value under the same key always
 * gets the same one: family and given names from the detector's own lexicons (in the original's
 * case: DUPONT stays in capitals), dates shifted by one offset for the whole run (so that every
 * interval is kept), phone numbers in the range ARCEP reserves for fiction (01 99 00 xx xx), and
 * e-mail addresses at example.org. Other labels have no surrogate: they get a placeholder.
 */
final class Surrogates {

    private static final List<String> FIRST = names("first-names.txt");
    private static final List<String> LAST = names("last-names.txt");
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WORDS = Pattern.compile("(?i)(\\d{1,2}|1er) (" + String.join("|", MONTHS) + ") (\\d{4})");

    private final KeyedHash hash;
    private final long shiftDays;

    Surrogates(KeyedHash hash) {
        this.hash = hash;
        byte[] digest = hash.of("surrogate date shift");
        long raw = ((long) Byte.toUnsignedInt(digest[0]) << 8 | Byte.toUnsignedInt(digest[1])) % 730;
        this.shiftDays = raw < 365 ? raw - 365 : raw - 364;
    }

    /** The stand-in for a value, or empty when the label has none (or a date cannot be read). */
    Optional<String> of(Label label, String value) {
        return of(label, value, Set.of());
    }

    /**
     * The stand-in for a value that is none of the text's own names ({@code avoid}, normalised):
     * "Fatou" standing in for Aminata beside a real Fatou would leave a real name in the output.
     */
    Optional<String> of(Label label, String value, Set<String> avoid) {
        return switch (label) {
            case LAST_NAME -> Optional.of(inCaseOf(value, pick(LAST, label, value, avoid)));
            case FIRST_NAME -> Optional.of(inCaseOf(value, pick(FIRST, label, value, avoid)));
            case DATE, BIRTH_DATE -> shifted(value.strip());
            case PHONE -> Optional.of(phone(value));
            case EMAIL -> Optional.of(email(value));
            default -> Optional.empty();
        };
    }

    private String pick(List<String> names, Label label, String value, Set<String> avoid) {
        String normalised = Pseudonymizer.normalise(value);
        byte[] digest = hash.of("surrogate\u0000" + label.name() + "\u0000" + normalised);
        int index = (int) ((((long) Byte.toUnsignedInt(digest[0]) << 16) | (Byte.toUnsignedInt(digest[1]) << 8)
                | Byte.toUnsignedInt(digest[2])) % names.size());
        // A stand-in is never the value itself nor another name of the text (one chance in a
        // thousand per name otherwise): take the next name. The same value keeps its stand-in in
        // every text that does not hold that next name.
        for (int tried = 0; tried < names.size(); tried++) {
            String candidate = Pseudonymizer.normalise(names.get(index));
            if (!candidate.equals(normalised) && !avoid.contains(candidate)) {
                break;
            }
            index = (index + 1) % names.size();
        }
        return names.get(index);
    }

    /** DUPONT → MARTIN, Dupont → Martin, dupont → martin. */
    private static String inCaseOf(String original, String name) {
        boolean upper = original.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean lower = original.chars().filter(Character::isLetter).allMatch(Character::isLowerCase);
        return upper ? name.toUpperCase(Locale.ROOT) : lower ? name.toLowerCase(Locale.ROOT) : name;
    }

    private Optional<String> shifted(String value) {
        try {
            Matcher numeric = NUMERIC.matcher(value);
            if (numeric.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(numeric.group(4)), Integer.parseInt(numeric.group(3)),
                        Integer.parseInt(numeric.group(1))).plusDays(shiftDays);
                String separator = numeric.group(2);
                return Optional.of(DateTimeFormatter.ofPattern("dd'" + separator + "'MM'" + separator + "'yyyy").format(date));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.parse(value).plusDays(shiftDays).toString());
            }
            Matcher words = WORDS.matcher(value);
            if (words.matches()) {
                int day = words.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(words.group(1));
                int month = List.of(MONTHS).indexOf(words.group(2).toLowerCase(Locale.ROOT)) + 1;
                LocalDate date = LocalDate.of(Integer.parseInt(words.group(3)), month, day).plusDays(shiftDays);
                return Optional.of(date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear());
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private String phone(String value) {
        byte[] digest = hash.of("surrogate\u0000PHONE\u0000" + Pseudonymizer.normalise(value));
        return String.format(Locale.ROOT, "01 99 00 %02d %02d", Byte.toUnsignedInt(digest[0]) % 100,
                Byte.toUnsignedInt(digest[1]) % 100);
    }

    private String email(String value) {
        String first = pick(FIRST, Label.FIRST_NAME, "email\u0000" + value, Set.of());
        String last = pick(LAST, Label.LAST_NAME, "email\u0000" + value, Set.of());
        return (ascii(first) + "." + ascii(last)).toLowerCase(Locale.ROOT) + "@example.org";
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }

    private static List<String> names(String file) {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Surrogates.class.getResourceAsStream("/org/passerelle/detect/" + file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#") && name.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                    names.add(name);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the name lexicon " + file + " is missing from the jar"));
        }
        return List.copyOf(names);
    }
}
