package org.passerelle.pseudo;

import org.junit.jupiter.api.Test;
import org.passerelle.detect.Detector;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Surrogates in free text: realistic, consistent under one key, intervals between dates kept. */
class SurrogatesTest {

    private static final String LETTER = "Compte rendu de M. Gérard LEBRETON, né le 02/11/1949, hospitalisé du 08/03/2024 au "
            + "14/03/2024, joignable au 06 12 34 56 78 (gerard.lebreton@example.com). Revu le 2 avril 2024 : M. LEBRETON va bien.";
    private static final byte[] KEY = "a secret key of thirty-two bytes!".getBytes();

    private final Pseudonymizer surrogates = new Pseudonymizer(Detector.withDefaults(), KEY, Pseudonymizer.Mode.SURROGATES);

    @Test
    void a_stand_in_is_never_another_name_of_the_same_text() {
        Surrogates stand = new Surrogates(new KeyedHash(KEY));
        String usual = stand.of(org.passerelle.detect.Label.FIRST_NAME, "Fatou").orElseThrow();

        // the text also names someone called like Fatou's usual stand-in: Fatou gets another one
        String beside = stand.of(org.passerelle.detect.Label.FIRST_NAME, "Fatou",
                java.util.Set.of(Pseudonymizer.normalise(usual))).orElseThrow();
        assertThat(beside).isNotEqualTo(usual).isNotEqualTo("Fatou");
        assertThat(stand.of(org.passerelle.detect.Label.FIRST_NAME, "Fatou", java.util.Set.of("cedric"))).contains(usual);
        // and through the pseudonymiser: no stand-in repeats a name the letter holds
        String letter = "IDE de nuit : " + usual + " MOULIN. Patiente Fatou SYLLA, chute sans gravité.";
        String out = surrogates.pseudonymize(letter).text();
        assertThat(out.split("[^\\p{L}]+")).doesNotContain(usual);
    }

    @Test
    void names_dates_phones_and_emails_get_realistic_consistent_stand_ins() {
        String out = surrogates.pseudonymize(LETTER).text();

        assertThat(out).doesNotContain("LEBRETON", "Gérard", "02/11/1949", "06 12 34 56 78", "gerard.lebreton").contains("@example.org")
                .containsPattern("01 99 00 \\d{2} \\d{2}").doesNotContain("[NOM_");
        Matcher surname = Pattern.compile("M\\. (\\p{Lu}[\\p{L}-]+ )?(\\p{Lu}{2,}[\\p{Lu}-]*),").matcher(out);
        assertThat(surname.find()).as(out).isTrue();
        String name = surname.group(2);
        assertThat(out).contains("M. " + name + " va bien"); // the same surname stands in at both places, in capitals
        assertThat(surrogates.pseudonymize(LETTER).text()).isEqualTo(out);

        Matcher dates = Pattern.compile("du (\\d{2}/\\d{2}/\\d{4}) au (\\d{2}/\\d{2}/\\d{4})").matcher(out);
        assertThat(dates.find()).as(out).isTrue();
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate from = LocalDate.parse(dates.group(1), french);
        LocalDate to = LocalDate.parse(dates.group(2), french);
        assertThat(ChronoUnit.DAYS.between(from, to)).isEqualTo(6);
        assertThat(from).isNotEqualTo(LocalDate.of(2024, 3, 8));
        Matcher words = Pattern.compile("Revu le (\\d{1,2}) (\\p{L}+) (\\d{4})").matcher(out);
        assertThat(words.find()).as(out).isTrue();
    }

    @Test
    void another_key_gives_other_stand_ins_and_placeholders_stay_the_default() {
        String one = surrogates.pseudonymize(LETTER).text();
        String two = new Pseudonymizer(Detector.withDefaults(), "another key, thirty-two bytes ok!".getBytes(),
                Pseudonymizer.Mode.SURROGATES).pseudonymize(LETTER).text();
        assertThat(two).isNotEqualTo(one);
        assertThat(new Pseudonymizer(Detector.withDefaults(), KEY).pseudonymize(LETTER).text()).contains("[NOM_");
    }
}
