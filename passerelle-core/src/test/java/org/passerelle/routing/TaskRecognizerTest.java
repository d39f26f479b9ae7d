package org.passerelle.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRecognizerTest {

    private final TaskRecognizer recognizer = new TaskRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Résume ce compte rendu en cinq lignes.                                   | SUMMARY
            Summarize the following abstract in plain language.                     | SUMMARY
            Fais une synthèse des points clés de cette réunion.                      | SUMMARY
            Traduis ce paragraphe en anglais.                                        | TRANSLATION
            Translate this consent form into French.                                 | TRANSLATION
            Traduis en anglais ce résumé de l'étude.                                 | TRANSLATION
            Corrige les fautes d'orthographe de ce courrier.                         | CORRECTION
            Please proofread my cover letter.                                        | CORRECTION
            Reformule cette phrase pour qu'elle soit plus claire.                    | CORRECTION
            Écris une fonction Python qui calcule la médiane.                        | CODE
            Write a SQL query that counts the visits per month.                      | CODE
            Pourquoi mon script R plante avec ce message ?                           | CODE
            Extrais les dates et les posologies de ce texte au format JSON.          | EXTRACTION
            List all the drugs mentioned in this paragraph.                          | EXTRACTION
            Classe ces commentaires en positif, négatif ou neutre.                   | CLASSIFICATION
            Classify these abstracts by study design.                                | CLASSIFICATION
            Écris un poème sur la recherche en santé.                                | CREATIVE_WRITING
            Invente un slogan pour notre journée portes ouvertes.                    | CREATIVE_WRITING
            Qu'est-ce qu'un intervalle de confiance ?                                | QUESTION_ANSWERING
            What is the difference between a cohort and a case-control study?       | QUESTION_ANSWERING
            Bonjour                                                                  | QUESTION_ANSWERING
            """)
    void recognises_the_task(String instruction, Task expected) {
        assertThat(recognizer.recognize(instruction).task()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Écris une fonction Python qui vérifie le mot de passe d'un utilisateur.           | AUTHENTICATION
            Write a Java function that encrypts a file with AES.                              | CRYPTOGRAPHY
            Écris un script qui gère les droits d'accès des utilisateurs à l'application.     | ACCESS_RIGHTS
            Écris un script Python qui pseudonymise les noms des patients dans un CSV.        | SENSITIVE_DATA_PROCESSING
            Write a Python function that computes the median of a list.                       | -
            Écris une fonction qui trie une liste de codes postaux.                           | -
            """)
    void recognises_the_sensitive_topics_of_code_requests(String instruction, String expected) {
        TaskRecognizer.Recognition recognition = recognizer.recognize(instruction);

        assertThat(recognition.task()).isEqualTo(Task.CODE);
        Set<CodeTopic> topics = expected.equals("-") ? Set.of()
                : Arrays.stream(expected.split(",")).map(CodeTopic::valueOf).collect(Collectors.toSet());
        assertThat(recognition.codeTopics()).isEqualTo(topics);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Résume ce compte rendu de patient.                                         | false
            Traduis ce texte sur le chiffrement des données.                           | false
            """)
    void only_code_requests_have_topics(String instruction, boolean any) {
        assertThat(recognizer.recognize(instruction).codeTopics().isEmpty()).isNotEqualTo(any);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Prédis la réadmission à 30 jours à partir de ce tableau de patients.       | true
            Fais un clustering des patients de ce jeu de données.                       | true
            Predict the outcome column of this CSV.                                     | true
            Prédis la météo de demain.                                                  | false
            Résume ce tableau.                                                          | false
            """)
    void recognises_tabular_prediction_and_clustering(String instruction, boolean expected) {
        assertThat(recognizer.recognize(instruction).classicalMachineLearning()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void a_pasted_table_counts_as_tabular_data() {
        StringBuilder table = new StringBuilder("Peux-tu prédire la colonne y ?\nage;sexe;imc;y\n");
        for (int i = 0; i < 6; i++) {
            table.append(40 + i).append(";F;2").append(i).append(";").append(i % 2).append('\n');
        }

        assertThat(recognizer.recognize(table.toString()).classicalMachineLearning()).isTrue();
        assertThat(TaskRecognizer.looksTabular("une ligne; deux; trois\nune autre")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void reads_the_instruction_at_the_end_of_a_long_document() {
        String document = "Le patient a été vu en consultation. ".repeat(500);

        assertThat(recognizer.recognize(document + "\nTraduis ce texte en anglais.").task()).isEqualTo(Task.TRANSLATION);
        assertThat(recognizer.recognize("Résume ce texte :\n" + document).task()).isEqualTo(Task.SUMMARY);
    }

    @org.junit.jupiter.api.Test
    void task_ids_round_trip() {
        for (Task task : Task.values()) {
            assertThat(Task.parse(task.id())).contains(task);
        }
        assertThat(Task.parse("poetry")).isEmpty();
    }
}
