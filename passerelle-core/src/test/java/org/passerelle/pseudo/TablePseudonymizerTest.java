package org.passerelle.pseudo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.detect.Detector;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TablePseudonymizerTest {

    private static final byte[] KEY = "une clé de test de trente-deux octets au moins".getBytes(StandardCharsets.UTF_8);
    private final TablePseudonymizer tables = new TablePseudonymizer(new Pseudonymizer(Detector.withDefaults(), KEY), KEY);

    @ParameterizedTest
    @CsvSource({"0,0-4", "44,40-44", "45,45-49", "89,85-89", "90,90+", "104,90+", "'37,5',35-39"})
    void ages_become_five_year_bands(String age, String band) {
        assertThat(TablePseudonymizer.band(age)).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"75013,75", "13005,13", "20090,2A", "20200,2B", "97400,974", "98800,988"})
    void postcodes_become_departements(String postcode, String departement) {
        assertThat(TablePseudonymizer.departement(postcode)).isEqualTo(departement);
    }

    @Test
    void values_that_cannot_be_transformed_are_left_empty_and_counted() {
        TablePseudonymizer.Result result = tables.pseudonymize(List.of("ipp", "age", "cp", "ddn"),
                List.<String[]>of(new String[] {"123", "quarante", "75O13", "hier"}),
                Map.of("ipp", TablePseudonymizer.Rule.ID, "age", TablePseudonymizer.Rule.AGE,
                        "cp", TablePseudonymizer.Rule.POSTCODE, "ddn", TablePseudonymizer.Rule.DATE), null);

        assertThat(result.rows().get(0)).containsExactly(tables.pseudonym("ipp", "123"), "", "", "");
        assertThat(result.unreadable()).containsEntry("age", 1).containsEntry("cp", 1).containsEntry("ddn", 1);
    }

    @Test
    void every_person_gets_a_nonzero_offset_of_at_most_a_year() {
        for (int i = 0; i < 2000; i++) {
            long offset = tables.offsetDays("person-" + i);
            assertThat(offset).isBetween(-365L, 365L).isNotZero();
        }
    }

    @Test
    void k_anonymity_and_the_generalisation_that_helps_most() {
        List<String> header = List.of("age", "cp", "sexe");
        List<String[]> rows = List.of(new String[] {"40-44", "75", "F"}, new String[] {"40-44", "75", "F"},
                new String[] {"40-44", "75", "M"}, new String[] {"45-49", "75", "M"});

        TablePseudonymizer.Risk risk = TablePseudonymizer.risk(header, rows, List.of("age", "sexe"), 2);

        assertThat(risk.k()).isEqualTo(1);
        assertThat(risk.rowsAtRisk()).isEqualTo(2);
        assertThat(risk.kWithout()).containsEntry("age", 2).containsEntry("sexe", 1);
        assertThatThrownBy(() -> TablePseudonymizer.risk(header, rows, List.of("poids"), 2)).hasMessageContaining("poids");
    }
}
