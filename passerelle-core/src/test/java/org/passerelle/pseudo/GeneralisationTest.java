package org.passerelle.pseudo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The least generalisation that reaches a target k, on tables whose answer is known. */
class GeneralisationTest {

    /** One visit a day from 1 January 2025, alternating sexes, everyone in one age band: each row unique as it is. */
    private static List<String[]> table(int n) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {"40-44", java.time.LocalDate.of(2025, 1, 1).plusDays(i).toString(), i % 2 == 0 ? "F" : "M"});
        }
        return rows;
    }

    @Test
    void the_least_generalisation_is_found_and_named() {
        List<String> header = List.of("age", "date_visite", "sexe");
        List<String[]> rows = table(100);
        assertThat(TablePseudonymizer.risk(header, rows, List.of("age", "date_visite", "sexe"), 5).k()).isEqualTo(1);
        // To months: January to March and 10 days of April, by sex: the smallest group is April's 5 of one sex.
        Generalisation.Plan plan = Generalisation.toReach(header, rows, List.of("age", "date_visite", "sexe"), 5).orElseThrow();
        assertThat(plan.steps()).containsExactly(java.util.Map.entry("date_visite", "months"));
        assertThat(plan.k()).isEqualTo(5);
        Generalisation.Plan more = Generalisation.toReach(header, rows, List.of("age", "date_visite", "sexe"), 20).orElseThrow();
        assertThat(more.steps()).containsEntry("date_visite", "years");
        assertThat(more.k()).isEqualTo(50);
    }

    @Test
    void ages_coarsen_to_ten_and_twenty_years_and_a_table_smaller_than_k_cannot_reach_it() {
        assertThat(Generalisation.band("65-69", 10)).isEqualTo("60-69");
        assertThat(Generalisation.band("67", 20)).isEqualTo("60-79");
        assertThat(Generalisation.band("90+", 10)).isEqualTo("90+");
        assertThat(Generalisation.toReach(List.of("age"), table(3), List.of("age"), 5)).isEmpty();
    }
}
