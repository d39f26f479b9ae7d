package org.passerelle.dataset;

import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleException;
import org.passerelle.config.ConfigException;
import org.passerelle.config.HostingClass;
import org.passerelle.registry.Processing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The built-in rules' answers on representative datasets, and mistakes in a rules file. */
class DatasetRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final DatasetRules RULES = DatasetRules.defaults();
    private static final Processing VALID = new Processing("p1", "cohort-ml", "Predict readmission", "AIPD-2026-07",
            LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1), Set.of(HostingClass.INTERNAL), Set.of());
    private static final Processing EXPIRED = new Processing("p2", "old-study", "Old study", "AIPD-2020-01",
            LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), Set.of(HostingClass.INTERNAL), Set.of());

    private static Dataset dataset(Processing processing, List<Dataset.Label> labels, String... pairs) {
        Map<DatasetField, String> fields = new EnumMap<>(DatasetField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(DatasetField.byKey(pairs[i]).orElseThrow(), pairs[i + 1]);
        }
        if (processing != null) {
            fields.put(DatasetField.PROCESSING, processing.name());
        }
        return new Dataset("id", "ds", fields, "ana", processing, labels);
    }

    private static List<String> unmet(Dataset dataset, String purpose) {
        return RULES.check(dataset, purpose, TODAY).unmet().stream().map(DatasetRules.Rule::id).toList();
    }

    @Test
    void health_data_without_a_legal_basis_is_refused_with_everything_missing() {
        Dataset data = dataset(null, List.of(), "owner", "Dr A", "origin", "internal", "personal-data", "pseudonymised",
                "health-data", "true");
        DatasetRules.Verdict verdict = RULES.check(data, "training", TODAY);
        assertThat(verdict.allowed()).isFalse();
        assertThat(unmet(data, "training")).containsExactly("gdpr-legal-basis", "health-article-9", "health-framework",
                "dpia-processing", "retention");
        assertThat(verdict.unmet().get(0).message().fr()).contains("base légale").contains("article 6");
        assertThat(verdict.unmet().get(0).source()).contains("section 7");
        assertThat(verdict.contact().fr()).contains("dpo@inserm.fr");
    }

    @Test
    void health_data_with_a_legal_basis_framework_and_valid_processing_are_allowed() {
        Dataset data = dataset(VALID, List.of(), "owner", "Dr A", "origin", "internal", "personal-data", "pseudonymised",
                "health-data", "true", "legal-basis", "public-interest", "article-9", "research", "framework", "MR-004",
                "retention", "2030-12-31");
        assertThat(RULES.check(data, "training", TODAY).allowed()).isTrue();
        assertThat(unmet(dataset(EXPIRED, List.of(), "owner", "Dr A", "origin", "internal", "personal-data", "pseudonymised",
                "health-data", "true", "legal-basis", "public-interest", "article-9", "research", "framework", "MR-004",
                "retention", "2030-12-31"), "training")).containsExactly("dpia-processing");
    }

    @Test
    void nominative_data_never_train_but_may_be_evaluated_on_with_a_legal_basis() {
        Dataset data = dataset(VALID, List.of(), "owner", "Dr A", "origin", "internal", "personal-data", "nominative",
                "health-data", "false", "legal-basis", "consent", "retention", "2030-12-31");
        assertThat(unmet(data, "training")).containsExactly("no-nominative-data");
        assertThat(unmet(data, "fine-tuning")).containsExactly("no-nominative-data");
        assertThat(RULES.check(data, "evaluation", TODAY).allowed()).isTrue();
    }

    @Test
    void anonymised_cohort_data_need_the_investigators_agreement() {
        Dataset without = dataset(null, List.of(), "owner", "Dr B", "origin", "cohort", "personal-data", "anonymised",
                "health-data", "true");
        assertThat(unmet(without, "training")).containsExactly("cohort-investigator-agreement");
        Dataset with = dataset(null, List.of(), "owner", "Dr B", "origin", "cohort", "personal-data", "anonymised",
                "health-data", "true", "investigator-agreement", "accord PI du 2026-03-02");
        assertThat(RULES.check(with, "training", TODAY).allowed()).isTrue();
    }

    @Test
    void synthetic_data_need_a_synthetic_provenance_label() {
        Dataset unlabelled = dataset(null, List.of(), "owner", "Dr C", "origin", "internal", "personal-data", "synthetic");
        assertThat(unmet(unlabelled, "training")).containsExactly("synthetic-label");
        Dataset generated = dataset(null, List.of(new Dataset.Label("s.csv", "a".repeat(64), "ai-generated", "m", "2026-11-01")),
                "owner", "Dr C", "origin", "internal", "personal-data", "synthetic");
        assertThat(unmet(generated, "training")).containsExactly("synthetic-label");
        Dataset labelled = dataset(null, List.of(new Dataset.Label("s.csv", "a".repeat(64), "synthetic", null, "2026-11-01")),
                "owner", "Dr C", "origin", "internal", "personal-data", "synthetic");
        assertThat(RULES.check(labelled, "training", TODAY).allowed()).isTrue();
    }

    @Test
    void a_web_corpus_needs_its_licence_terms_and_collection_record() {
        Dataset scraped = dataset(null, List.of(), "owner", "Dr D", "origin", "web-collection", "personal-data", "none");
        assertThat(unmet(scraped, "training")).containsExactly("external-licence", "web-terms", "web-collection-record");
        Dataset complete = dataset(null, List.of(), "owner", "Dr D", "origin", "web-collection", "personal-data", "none",
                "licence", "CC-BY-4.0", "terms", "CGU relues le 2026-11-20", "collection", "passerelle-collect");
        assertThat(RULES.check(complete, "training", TODAY).allowed()).isTrue();
        Dataset partner = dataset(null, List.of(), "owner", "Dr D", "origin", "partner", "personal-data", "none");
        assertThat(unmet(partner, "training")).containsExactly("partner-agreement");
    }

    @Test
    void an_unknown_purpose_is_a_clear_error() {
        Dataset data = dataset(null, List.of(), "owner", "x", "origin", "internal", "personal-data", "none");
        assertThatThrownBy(() -> RULES.check(data, "marketing", TODAY)).isInstanceOf(PasserelleException.class)
                .hasMessageContaining("unknown purpose").hasMessageContaining("training");
    }

    @Test
    void mistakes_in_a_rules_file_name_their_key_path() {
        String head = "purposes: {training: {fr: a, en: b}}\ncontact: {fr: c, en: d}\nrules:\n";
        assertThatThrownBy(() -> DatasetRules.parse(head + "  - {id: x, require: {colour: present}, message: {fr: a, en: b}, source: s}\n", "r.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("r.yaml: rules[0].require.colour: unknown field");
        assertThatThrownBy(() -> DatasetRules.parse(head + "  - {id: x, require: {origin: moon}, message: {fr: a, en: b}, source: s}\n", "r.yaml"))
                .hasMessageContaining("rules[0].require.origin: unknown value 'moon'");
        assertThatThrownBy(() -> DatasetRules.parse(head + "  - {id: x, purposes: [sales], require: {owner: present}, message: {fr: a, en: b}, source: s}\n", "r.yaml"))
                .hasMessageContaining("rules[0].purposes: unknown purpose 'sales'");
        assertThatThrownBy(() -> DatasetRules.parse(head + "  - {id: x, require: {owner: present}, message: {fr: a}, source: s}\n", "r.yaml"))
                .hasMessageContaining("rules[0].message: expected fr and en");
        assertThatThrownBy(() -> DatasetRules.parse(head + "  - {id: x, require: {owner: present}, message: {fr: a, en: b}}\n", "r.yaml"))
                .hasMessageContaining("rules[0].source");
        assertThatThrownBy(() -> DatasetRules.parse("purposes: [", "r.yaml")).hasMessageContaining("not valid YAML");
        DatasetRules one = DatasetRules.parse(head + "  - {id: x, require: {licence: present}, message: {fr: a, en: b}, source: s}\n", "r.yaml");
        assertThat(one.rules()).hasSize(1);
    }

    @Test
    void the_built_in_file_cites_section_7_and_explains_itself() {
        assertThat(DatasetRules.builtInText()).contains("section 7 (\"Données d'entraînement\")").contains("A condition is FIELD")
                .contains("passerelle dataset rules");
        assertThat(RULES.rules()).allSatisfy(rule -> assertThat(rule.message().fr()).isNotBlank());
    }
}
