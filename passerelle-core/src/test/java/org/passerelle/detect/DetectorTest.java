package org.passerelle.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DetectorTest {

    private static final Detector DETECTOR = Detector.withDefaults();

    @Test
    void a_recognizer_that_fails_makes_the_text_sensitive() {
        Recognizer broken = new Recognizer() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Label> labels() {
                return List.of(Label.DATE);
            }

            @Override
            public void recognize(Document document, List<Finding> out) {
                throw new IllegalStateException("injected fault");
            }
        };
        List<Recognizer> recognizers = new ArrayList<>(RecognizerRegistry.defaults().recognizers());
        recognizers.add(broken);
        Detector detector = new Detector(RecognizerRegistry.of(recognizers));

        Analysis analysis = detector.analyze("Quelle est la différence entre une médiane et une moyenne ?");

        assertThat(analysis.complete()).isFalse();
        assertThat(analysis.classification().sensitive()).isTrue();
        assertThat(analysis.classification().reasons()).containsExactly(Reason.DETECTION_FAILED);
    }

    @Test
    void a_discharge_letter_is_nominative_health_data() {
        Analysis analysis = DETECTOR.analyze("""
                Votre patient M. Gérard LEBRETON, né le 02/11/1949 (IPP 8002741396), a été hospitalisé
                du 8 au 14 mars 2024 pour un syndrome coronarien aigu. Traitement : aspirine 75 mg/j.""");

        assertThat(analysis.classification().reasons()).contains(Reason.NOMINATIVE_HEALTH);
        assertThat(analysis.counts()).containsKeys(Label.FIRST_NAME, Label.LAST_NAME, Label.BIRTH_DATE, Label.PATIENT_ID);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '¦', value = {
            // the NIR encodes the year of birth (digits 2-3), before or after the date
            "ETANERCEPT 20 mg : 2 9 1 0 7 7 1 8 5 4 0 0 1  18/05/1991 ¦ 18/05/1991",
            "Suivi 2 9 2 0 4 4 4 7 1 7 9 9 2 19-11-1992 ¦ 19-11-1992",
            "Inclusion 3 1 0 7 1 9 7 5 2 7 5 0 8 7 5 5 8 6 2 0 1 ¦ 3 1 0 7 1 9 7 5",
            // an old date right after a NIR whose year does not match (mistyped): the next field of the row
            "ADALIMUMAB : 1 5 1 7 7 0 9 4 2 6 7 9 4 9 0 07/05/1977 ¦ 07/05/1977",
            // ... or a digit short or long (14, 16 digits), as hands mistype it
            "Dossier 1 2 5 2 8 8 6 3 4 2 2 0 9 3  07/08/1983 ¦ 07/08/1983",
            "Dossier 2 0 8 5 5 0 6 8 4 3 6 1 8 2 5 4 05/08/2002 ¦ 05/08/2002",
            // ... whose day is not read as the NIR's key
            "Dossier 1 891074 750419 29/03/89 ¦ 29/03/89",
            "Fiche 06/12/81 1 81 0249 181386 ¦ 06/12/81",
            // the field after the sex field of a form row
            "Patient : Marcel NOUET | M | 30/01/1994 | 8475619240 ¦ 30/01/1994",
            // of two dates side by side, the much older one, in either order
            "Visite 15-12-2019 10-04-1992 ¦ 10-04-1992",
            "Visite 12/09/1970 21-02-2017 ¦ 12/09/1970",
            "Consultation 30/03/11 17-01-2001 ¦ 17-01-2001",
            // on the line after the name
            "Madame HEGE Sophie\\n12/05/1978\\nNuméro de sécurité sociale ¦ 12/05/1978",
            // a data query sets the recorded birth date against the source's: both are birth dates
            "Sujet 04-008 : la date de naissance saisie dans l'eCRF (14/09/1949) ne correspond pas au dossier source (14/09/1948). ¦ 14/09/1949;14/09/1948",
            "Subject FR-12-045: the date of birth on the SAE form (12/07/1952) differs from the eCRF (12/07/1951). ¦ 12/07/1952;12/07/1951",
            // a care date after a birth date stays a care date
            "Mme Lucie DURAND, née le 14/09/1949, hospitalisée le 12/03/2024 pour une pneumopathie. ¦ 14/09/1949",
            "Mme Lucie DURAND, née le 14/09/1949, sortie contre avis médical le 12/03/2024. ¦ 14/09/1949",
            // "born" in an adjective is no birth keyword
            "I saw this 52-year-old French-born lady with Graves' disease diagnosed in January 2024, DOB 07/02/1972. ¦ 07/02/1972"})
    void birth_dates_are_told_from_care_dates(String text, String birthDates) {
        String note = text.replace("\\n", "\n");
        Analysis analysis = DETECTOR.analyze(note);

        assertThat(analysis.findings()).filteredOn(finding -> finding.label() == Label.BIRTH_DATE)
                .extracting(finding -> note.substring(finding.start(), finding.end()))
                .containsExactly(birthDates.split(";"));
    }

    @Test
    void a_year_of_care_is_kept_in_a_clinical_note_and_a_year_of_history_is_not() {
        String note = "Cancers : tumeur au côlon chez le frère, dernière coloscopie en 2025 : RAS.";
        String history = "La première appendicectomie réussie en France date de 1889, à la fin du siècle.";

        assertThat(DETECTOR.analyze(note).findings()).extracting(finding -> note.substring(finding.start(), finding.end()))
                .contains("2025");
        assertThat(DETECTOR.analyze(history).findings()).extracting(Finding::label).doesNotContain(Label.DATE);
    }

    @Test
    void a_care_programme_is_not_an_event_and_keeps_a_patient_record_s_dates() {
        String record = "Échantillon reçu le : 27/03/2020 à 10h42. Patient suivi pour diabète, glycémie et HbA1c."
                + " Présentation du programme de suivi.";
        String congress = "Échantillon reçu le : 27/03/2020 à 10h42. Patient suivi pour diabète, glycémie et HbA1c."
                + " Voir le programme du congrès.";

        assertThat(DETECTOR.analyze(record).findings()).extracting(finding -> record.substring(finding.start(), finding.end()))
                .contains("27/03/2020");
        assertThat(DETECTOR.analyze(congress).findings()).extracting(Finding::label).doesNotContain(Label.DATE);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '¦', value = {
            // texts about no patient: a town on the line of a person's name, a care facility or an address stays
            "Dear Editor,\\nPlease find enclosed our unpublished manuscript on statins.\\nSincerely,\\nJulien MARCHAL, Inserm U1219, Pessac ¦ Pessac",
            "Maternités de la région :\\n- Hôpital Nord-Ouest, Villefranche-sur-Saône – 04 74 09 29 29\\n- Centre hospitalier de Compiègne – 03 44 23 60 00 ¦ Villefranche-sur-Saône",
            // where a person lives, whatever the text
            "J'ai discuté avec la fille du patient, résidant à Marseille, 13006. ¦ Marseille",
            // the town of a street address on its line: the address is someone's
            "Il demeure au 153 rue du Lys à Lille depuis 2019. ¦ Lille",
            "Adresse : 85 rue de Rivoli, Paris ¦ Paris",
            // a town of no one: an announcement
            "Le congrès annuel de la Société se tiendra à Montpellier du 3 au 5 juin 2026. Inscriptions en ligne. ¦ -"})
    void a_town_on_the_line_of_a_person_a_care_facility_or_an_address_is_tied_to_them(String text, String town) {
        String letter = text.replace("\\n", "\n");

        List<String> towns = DETECTOR.analyze(letter).findings().stream().filter(f -> f.label() == Label.CITY)
                .map(f -> letter.substring(f.start(), f.end())).toList();

        if (town.equals("-")) {
            assertThat(towns).isEmpty();
        } else {
            assertThat(towns).contains(town);
        }
    }

    @Test
    void a_name_run_stops_at_the_word_after_the_family_name() {
        String note = "Insuline x5 pour BOFFIN Lily Prélever AIS le Sept 01,2026";
        Analysis analysis = DETECTOR.analyze(note);

        assertThat(analysis.findings()).filteredOn(finding -> finding.label() == Label.FIRST_NAME
                        || finding.label() == Label.LAST_NAME)
                .extracting(finding -> note.substring(finding.start(), finding.end()))
                .containsExactly("BOFFIN", "Lily");
        assertThat(analysis.findings()).extracting(finding -> note.substring(finding.start(), finding.end()))
                .contains("Sept 01,2026");
    }

    @Test
    void a_care_date_beside_a_number_that_is_not_of_its_year_stays_a_care_date() {
        String note = "Patient suivi, injection 2 9 1 0 7 7 1 8 5 4 0 0 1  18/05/2021, traitement par adalimumab";
        // a phone number with its country code (12 digits) is not a social-security field
        String phone = "Patient suivi, joignable au +33 06 14 60 72 34\n11-11-2010 consultation";

        assertThat(DETECTOR.analyze(note).findings()).extracting(Finding::label).contains(Label.DATE)
                .doesNotContain(Label.BIRTH_DATE);
        assertThat(DETECTOR.analyze(phone).findings()).extracting(Finding::label).contains(Label.DATE)
                .doesNotContain(Label.BIRTH_DATE);
        // two care dates side by side, a few years apart
        assertThat(DETECTOR.analyze("Cures 12/03/2016 15/04/2021 puis arrêt").findings()).extracting(Finding::label)
                .contains(Label.DATE).doesNotContain(Label.BIRTH_DATE);
    }

    @Test
    void coded_subjects_with_adverse_events_are_pseudonymised_health_data() {
        Analysis analysis = DETECTOR.analyze("""
                Sujet 04-011 : hospitalisation pour décompensation cardiaque, traitement diurétique majoré.
                Sujet 04-015 : effet indésirable grave, toxicité hépatique.""");

        assertThat(analysis.classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
    }

    @Test
    void a_name_or_a_patient_code_found_once_is_found_wherever_else_it_stands() {
        String text = """
                IPP : HCL-2009-481726. Mme Jeanne VERDALLE, suivie pour un diabète de type 2, HbA1c 7,2 %.
                Bilan de HCL-2009-481726 complet ; VERDALLE reviendra en mars. Le code HCL-2009-481727 et le
                lot hcl-2009-481726 ne sont pas les siens.
                """;
        // written the same way only: another number, or the code in another case, is not the patient's
        List<String> codes = spans(text, Label.PATIENT_ID);
        List<String> names = spans(text, Label.LAST_NAME);

        assertThat(codes).containsExactly("HCL-2009-481726", "HCL-2009-481726");
        assertThat(names).containsExactly("VERDALLE", "VERDALLE");
    }

    @Test
    void a_citation_s_title_is_no_family_name_after_an_author_s_initial() {
        String text = "Martin J, Dubois P, Leroy S. Effect of early mobilisation after hip fracture surgery. Lancet. 2019";

        assertThat(spans(text, Label.LAST_NAME)).contains("Leroy").doesNotContain("Effect");
        // after a role word too, the list's order holds: family name, then initials
        assertThat(spans("Auteurs : McMurray JJV, Solomon SD, Inzucchi SE, et al.", Label.LAST_NAME))
                .containsExactly("McMurray", "Solomon", "Inzucchi");
        // a given name, an initial, then the family name: the run goes on
        assertThat(spans("Compte rendu signé par Jean S. Martin, interne.", Label.LAST_NAME)).containsExactly("Martin");
    }

    private static List<String> spans(String text, Label label) {
        return DETECTOR.analyze(text).findings().stream().filter(finding -> finding.label() == label)
                .map(finding -> text.substring(finding.start(), finding.end())).toList();
    }

    @Test
    void a_young_woman_s_lab_result_is_nominative_health_data() {
        Analysis analysis = DETECTOR.analyze("Résultats d'analyse - Mlle Inès Ferreira (31 ans), prélèvement du 18/04/2024 :"
                + " β-hCG 1250 UI/L, grossesse évolutive.");

        assertThat(analysis.classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_name_the_patient_word_introduces_is_a_patient_with_two_clinical_words() {
        assertThat(DETECTOR.analyze("Patient: Smith, John A. 06 12 34 56 78, sigmoïdectomie pour diverticulite le 03/02/2024.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // a patient word that introduces no name: a staff member's name stays a staff member's
        assertThat(DETECTOR.analyze("Le patient a eu une sigmoïdectomie pour diverticulite. Dr Claire MOREAU, 06 12 34 56 78.")
                .classification().sensitive()).isFalse();
    }

    @Test
    void a_patient_s_dicom_header_or_hl7_segment_is_nominative_health_data_without_clinical_words() {
        assertThat(DETECTOR.analyze("(0010,0010) PatientName: MARTIN^CLAIRE\n(0010,0030) PatientBirthDate: 19750314\n")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("PID|1||8002741396^^^CHU^PI||DUPONT^JEAN||19600101|M\n")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bed 4: Margaret O'Connor, 88, admitted with urosepsis, on IV piperacillin-tazobactam. Confused overnight."
                + " Daughter (Siobhan) aware, mobile 07700 900461.",
        "peux tu me faire un resume de ce cas stp : mme lefebvre 67a diabete type 2 sous metformine, hba1c 9.2,"
                + " neuropathie, adressee par son medecin traitant le dr roux",
        "Bonjour Docteur, je suis la femme de Patrick Lemoine, il est suivi chez vous pour sa maladie de Parkinson."
                + " Depuis qu'on a augmenté le Modopar il a des hallucinations la nuit. Merci, Christine Lemoine",
        "Dear Mrs Thompson, I'm sorry to inform you that your father, George Thompson, was transferred to the ICU last"
                + " night with worsening pneumonia. Please call me on 07911 123456.",
        "Referral: 34 y/o woman, Emily Watson, 28/40 pregnant, BP 158/102, proteinuria 2+. Query pre-eclampsia."
                + " Please review today. Contact: 07700 900123."})
    void a_bed_an_age_typed_67a_or_a_spouse_single_out_the_patient(String note) {
        assertThat(DETECTOR.analyze(note).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_references_title_after_its_authors_is_no_name() {
        String references = "1. Dupont J, Martin C, Bernard P. Effect of early mobilisation after hip fracture. "
                + "J Bone Joint Surg. 2021;103:1120-8.";

        assertThat(spans(references, Label.LAST_NAME)).contains("Bernard").doesNotContain("Effect");
    }

    @Test
    void the_colleague_an_email_greets_is_not_the_subject_of_its_health_data() {
        String email = "Hi Tom,\nQuick update on the cohort: participant 0412 had a grade 3 neutropenia on day 15 and was"
                + " hospitalised for 4 days; participant 0419 withdrew consent.\nBest, Anna";

        assertThat(DETECTOR.analyze(email).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
    }

    @Test
    void a_patient_known_by_an_initial_is_pseudonymised_and_one_known_by_a_room_is_named() {
        assertThat(DETECTOR.analyze("Entretien psychiatrique du 3/03 : M. R., 27 ans, étudiant, adressé par les urgences après"
                + " une tentative de suicide médicamenteuse. Hospitalisation en soins libres proposée.").classification()
                .reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        assertThat(DETECTOR.analyze("Salut, tu peux regarder le bilan de Kevin (chambre 214) ? Créat à 180, il était à 90 hier."
                + " Je pense à une IRA sur déshydratation.").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // initials before a family name are a name's, in a published study
        assertThat(DETECTOR.analyze("M. R. Smith et al. ont décrit 120 patients hospitalisés pour une insuffisance cardiaque."
                + " Résumé publié en 2019.").classification().sensitive()).isFalse();
    }

    @Test
    void a_named_person_in_a_ward_or_a_story_that_names_its_patient_is_identified() {
        // a relative's message: one clinical word, but the mother is in a numbered room of a ward
        assertThat(DETECTOR.analyze("Bonjour, je suis la fille de Mme Jeanne Rousseau (chambre 12, service de gériatrie). Ma"
                + " mère est très confuse depuis son changement de traitement, pouvez-vous me rappeler ? Isabelle Rousseau")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Translate to French: \"The patient, a 34-year-old woman named Laura Bianchi, was referred"
                + " by her obstetrician for gestational diabetes at 26 weeks.\"").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        // rooms without care, a name without a patient, a case without a name
        assertThat(DETECTOR.analyze("M. Martin (chambre 12) a signalé une fuite d'eau dans la salle de bains ; Mme Leroy,"
                + " chambre 14, aussi. Le plombier passera demain.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("A 34-year-old woman was referred by her obstetrician for gestational diabetes at 26"
                + " weeks. What is the first-line treatment?").classification().sensitive()).isFalse();
        // a room whose sentence says what happened to its occupant is a ward's: "ch. 12", then a fall
        assertThat(DETECTOR.analyze("EHPAD Les Tilleuls – transmissions de nuit\nMme Odette Rivaud (ch. 12) : agitée vers"
                + " 2 h, déambulation dans le couloir, chute sans traumatisme apparent.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Chambre 12, Mme Odette Rivaud : agitée vers 2 h, déambulation dans le couloir, chute sans"
                + " traumatisme apparent. Surveillance.").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // the sentence's end bounds it: a leak in a room, then a plumber's care of a drain
        assertThat(DETECTOR.analyze("Résidence : Mme Odette Rivaud (ch. 12) a signalé une fuite vers 2 h. Le plombier a parlé"
                + " d'une chute de pression et d'une infection du siphon.").classification().sensitive()).isFalse();
        // a student's room in a hall of residence is no ward's; a patient of 1922 is history
        assertThat(DETECTOR.analyze("Logement étudiant : M. Hugo Petit, chambre 12, résidence Jean Zay, signale une fuite."
                + " Le traitement de la demande est en cours.").classification().sensitive()).isFalse();
        // a practitioner's consulting room, not a ward's (a practitioner admitted is still a patient)
        assertThat(DETECTOR.analyze("Clinic rota – December\nDr Nolan Hart (room 4): asthma and COPD clinic, Mondays.")
                .classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Mr Nolan Hart (room 4, respiratory ward): asthma exacerbation, on nebulisers.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Historical note: the first patient treated with insulin was a 14-year-old boy named"
                + " Leonard Thompson, in Toronto in January 1922; his diabetes improved dramatically.").classification()
                .sensitive()).isFalse();
    }

    @Test
    void a_name_set_beside_patient_or_participant_in_a_study_is_the_patients() {
        assertThat(DETECTOR.analyze("Mail reçu d'une participante : « Bonjour, je suis Nadia Belkacem, participante à l'étude"
                + " NUTRI-MUM (code 2-117). J'ai oublié de signaler que j'ai commencé un traitement pour l'hypothyroïdie en"
                + " octobre. Est-ce un problème ? »").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Robert Petit, patient du Dr Roux depuis 2015, a été hospitalisé pour une pneumopathie.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // a workshop's participant; "patiente" the adjective of a character
        assertThat(DETECTOR.analyze("Marie Dupont, participante à l'atelier sur le diabète et l'hypertension, a posé une"
                + " question sur les traitements.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Dr Anne Martin, patiente et bienveillante, a présenté les résultats de l'essai sur le"
                + " diabète et l'hypertension.").classification().sensitive()).isFalse();
    }

    @Test
    void an_age_in_brackets_after_a_name_singles_out_a_patient_not_a_doctor_or_a_researcher() {
        assertThat(DETECTOR.analyze("Dear Dr Patel, my son Oliver (age 7) has had a cough and wheeze for three weeks and his"
                + " inhaler does not seem to help. Could we bring forward his appointment? Many thanks, Hannah Wright")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Le Dr Paul Martin (45 ans), cardiologue, a présenté l'essai sur l'insuffisance cardiaque"
                + " et l'hypertension.").classification().sensitive()).isFalse();
        // a child brought to care, after their name and age; not a speaker who brought her expertise
        assertThat(DETECTOR.analyze("Paediatric ED triage 14:32 – Maisie O'Connor, 3 years, brought by mum. Fever 39.6 for two"
                + " days, non-blanching rash on legs, drowsy.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Welcome to Jane Holloway, 52, who brought her expertise in asthma and diabetes care to"
                + " the board this year.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Porteur du projet : Jean Dupont, 52 ans, chercheur Inserm, spécialiste du diabète et de"
                + " l'hypertension artérielle.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Our new postdoc, Sofia Marques (age 29), joins the diabetes and hypertension cohort team"
                + " on Monday; she previously studied kidney disease in Lisbon.").classification().sensitive()).isFalse();
    }

    @Test
    void a_given_name_alone_with_an_illness_or_an_age_is_a_persons_unless_welcomed_or_thanked() {
        assertNominativeHealth(
                "Sandrine ne viendra pas au séminaire, elle est hospitalisée pour une pyélonéphrite.",
                "Désolé, Tom n'a pas pu venir, il a une gastro-entérite avec de la fièvre depuis hier.",
                "Mot de l'infirmière : aujourd'hui, Inès (CM2 B) a fait un malaise hypoglycémique en récréation, glycémie"
                        + " 0,45 g/l, resucrée.",
                "Dietetic review: Callum, 15, with cystic fibrosis. BMI 17.1, down from 18.0. Increase Creon.",
                "Merci de revoir Léna, 3 ans : otite, fièvre à 39, sous amoxicilline.");
        assertNotSensitive(
                // a colleague's or a pupil's age in staff or school news
                "Welcome to Sophie, 28, our new diabetes specialist nurse, who joins the insulin pump clinic on Monday.",
                "Bienvenue à Sophie, 28 ans, notre nouvelle infirmière en diabétologie, qui rejoint l'équipe de l'insuline.",
                "Congratulations to Callum, 15, who won the school science prize for his project on cystic fibrosis genetics.",
                "Thank you to Harold, 80, who has volunteered at the diabetes clinic and the dialysis unit for ten years.",
                // absent, or in an aside, for work on a disease
                "Nadia ne sera pas là lundi, elle présente ses résultats sur la sclérose en plaques à Lille.",
                "Julie n'a pas pu finir son analyse des patients diabétiques, le serveur était en panne.",
                "Cette semaine, Emma (CM2 A) a fait un exposé sur le diabète et l'insuline pour la journée de la santé.");
    }

    @Test
    void a_person_taken_in_charge_for_an_illness_is_cared_for() {
        assertNominativeHealth(
                "Nathan Moreau a été pris en charge aux urgences pour une crise d'asthme sévère.",
                "Traduis en anglais : « Nathan Moreau, 19 ans, étudiant Erasmus, a été pris en charge aux urgences le 27/11"
                        + " pour une crise d'asthme sévère. »",
                "Nathan Moreau est pris en charge en réanimation pour un choc septique.");
        assertNotSensitive(
                // the practitioner takes the patients in charge, or "pris" says no care
                "Le Pr Nathan Moreau a pris en charge 300 patients atteints d'asthme sévère.",
                "Nathan Moreau a été pris au dépourvu par une question sur l'asthme sévère et la bronchite.",
                "Nathan Moreau a été pris en photo avec l'équipe du congrès sur l'asthme sévère et la bronchite.");
    }

    @Test
    void a_coded_subjects_data_among_the_studys_correspondents_are_pseudonymised() {
        for (String coded : List.of(
                // a practitioner, an e-mail's header, a signature after a sign-off or with a phone, a staff word
                "Fais-moi un mail de relance : le sujet 05-011 n'est pas venu à sa visite M6, il avait eu une hospitalisation"
                        + " pour pancréatite. L'investigatrice est le Dr Capucine VALLET.",
                "De : Julie PONCET (ARC)\nÀ : Dr Philippe MASSON\n\nSujet 04-011 : hospitalisation du 22 au 26/01/2025 pour"
                        + " décompensation cardiaque non déclarée.\n\nJulie Poncet – 06 32 18 74 09",
                "Bonjour,\nLa participante SOM-0088 a un méningiome de 18 mm sur l'IRM de recherche.\n\nBien cordialement,\n"
                        + "Thomas Girard, ARC",
                "Sujet 07-032 : carcinome urothélial infiltrant, biopsie du 11/07/2024.\nRédigé par Yannick PÉRON, promoteur.",
                // a birth year, no name
                "Patient : 11-006, homme, né en 1979, myasthénie généralisée, méningite aseptique après la 6e injection.")) {
            assertThat(DETECTOR.analyze(coded).classification().reasons()).as(coded)
                    .containsExactly(Reason.PSEUDONYMISED_HEALTH);
        }
        for (String named : List.of(
                // a note whose first line opens on the patient's name; a patient named beside the code
                "Desmond Achterberg, hospital no. K4417820, 72M. Admitted 04/11 with community-acquired pneumonia.",
                "Mme Jeanne DURAND (sujet 04-011) a été hospitalisée pour une décompensation cardiaque.",
                "Sujet 04-011 : hospitalisation pour décompensation cardiaque.\nJean Dupont, 72 ans, diabétique")) {
            assertThat(DETECTOR.analyze(named).classification().reasons()).as(named).contains(Reason.NOMINATIVE_HEALTH);
        }
    }

    @Test
    void a_name_with_its_age_in_shorthand_then_an_illness_is_a_patients() {
        assertNominativeHealth(
                "calcule moi la dose d'amoxicilline pour Zoé Lambert 4 ans 17 kg otite moyenne aiguë, en sirop",
                "Sexual health clinic\nLiam Kowalczyk, 24. Chlamydia positive, treated with doxycycline.",
                // the instruction before the colon is the prompt's work, not the patient's
                "Write the opening of a case report: Aaron Feld, a 29-year-old marathon runner, collapsed with exertional"
                        + " heat stroke and rhabdomyolysis.",
                // a table of patients whose names are found by their typography
                "Aide-moi :\nNom | Âge | HbA1c | Dernière visite\nDUMAS Pierre | 58 | 10,2 | 03/2025\nROCHE Émile | 74 | 9,4"
                        + " | 01/2026");
        assertNotSensitive(
                "Paul Martin 25 years of asthma and diabetes care in Leeds, retiring in June.",
                "Le stand est tenu par Liam Kowalczyk, 24. Dépistage de la chlamydia et du VIH gratuit samedi.",
                "Team news\nLiam Kowalczyk, 24. Chlamydia and HIV screening lead from Monday, he joined us last year.",
                "Write the programme: Paul Martin will speak on heat stroke and rhabdomyolysis at the conference.",
                "Comment Steve Jobs a-t-il été soigné pour sa tumeur neuroendocrine du pancréas ?");
        // a table's cell bar is no date's separator: "9,4 | 01/2026" holds the date 01/2026 only
        assertThat(DETECTOR.analyze("ROCHE Émile | 74 | 9,4 | 01/2026").findings().stream()
                .filter(f -> f.label() == Label.DATE).map(f -> "ROCHE Émile | 74 | 9,4 | 01/2026".substring(f.start(), f.end())))
                .containsExactly("01/2026");
    }

    @Test
    void a_clinics_note_opens_a_line_or_a_sentence_on_its_patients_name_and_age() {
        assertNominativeHealth(
                "Memory clinic, 24/11/2026\nSeen with his wife. Gordon McKay, 77, retired engineer. MoCA 18/30. CT:"
                        + " generalised atrophy, small vessel disease. Likely mixed dementia, started donepezil.",
                "Sexual health clinic – 19/11/2026\nLiam Gallagher, 24. Attended for results: HIV negative, chlamydia"
                        + " positive. Treated with doxycycline.");
        // no age, but clinical words on the name's line
        assertNominativeHealth("Antenatal clinic – 23 Nov 2026\nAisha Rahman, G2P1, 34+1 weeks. BP 150/96 on two readings,"
                + " urine protein 2+. No headache or visual symptoms. Started labetalol 200 mg twice daily.");
        assertNotSensitive(
                // a practitioner opening the line
                "Diabetes clinic – 3 December\nDr Aisha Rahman, consultant, insulin pumps and ketoacidosis prevention.",
                // a talk; a new secretary (a false alarm before)
                "Diabetes clinic – 3 December\nGordon McKay, 77, will give a talk about diabetes and heart failure.",
                "Consultation de diabétologie\nLéa Martin, 30, est notre nouvelle secrétaire ; elle gère les rendez-vous"
                        + " de diabétologie et d'asthme.");
    }

    @Test
    void an_illness_given_as_the_cause_of_what_is_said_of_a_person_is_theirs() {
        assertNominativeHealth(
                "l'étudiante Inès Bouchard (L2 de biologie) bénéficiera d'un tiers-temps pour ses examens en raison d'une"
                        + " épilepsie.",
                "Tom Baker will miss the school trip because of his asthma and his eczema.");
        assertNotSensitive(
                // a trial's decision, and work
                "Paul Martin a arrêté l'essai en raison d'une toxicité hépatique et d'une hépatite.",
                "Paul Martin a été élu en raison de ses travaux sur l'épilepsie et la migraine.");
    }

    @Test
    void a_signed_message_that_tells_of_the_writers_close_familys_illness_is_theirs() {
        // the relative is known through the writer who signs
        assertNominativeHealth("Salut Julien,\n\nJe ne pourrai pas venir jeudi : ma mère a fait un AVC dimanche, elle est"
                        + " hospitalisée en neurologie.\n\nAurélie",
                "Hi all,\n\nI'll be off this week: my dad had a heart attack on Sunday and is in intensive care.\n\nGavin");
        // unsigned, the relative is no one in particular; a relative's work, or a colleague's, is no illness of the writer's
        assertNotSensitive("Ma mère a fait un AVC dimanche, elle est hospitalisée en neurologie. Que faire ?",
                "Salut Julien,\n\nMa fille a fait un stage en neurologie cet été, elle a adoré.\n\nAurélie",
                "Hi all,\n\nThe seminar on heart attacks moves to Friday.\n\nGavin",
                "Hi all,\n\nI'll be off this week: her dad had a heart attack on Sunday and is in intensive care.\n\nGavin");
    }

    @Test
    void a_family_chat_about_a_parents_emergency_is_theirs() {
        assertNominativeHealth("Résume ce fil :\n[21/11 08:12] Sylvie : papa est retourné aux urgences cette nuit\n"
                + "[21/11 08:15] Franck : encore son cœur ?");
        assertNominativeHealth("Salut,\n\nHier soir papa est retourné aux urgences, le service était plein.\n\nAurélie");
        // the same words with no speaker named, or some father
        assertNotSensitive("Résume ce fil : papa est retourné aux urgences cette nuit. Encore son cœur ?",
                "Salut,\n\nHier soir un papa est retourné aux urgences avec son fils, le service était plein.\n\nAurélie");
    }

    @Test
    void a_named_persons_close_relatives_illness_is_theirs() {
        assertNominativeHealth(
                "Please rewrite this for the practice manager: \"Deborah Hollis rang again about her husband's dementia"
                        + " assessment, he wandered off twice this week.\"",
                "Mme Odile Perret s'inquiète de la démence de son mari.");
        assertNotSensitive("Dr Deborah Hollis rang again about her husband's dementia assessment.",
                "Deborah Hollis gave a talk: her husband's dementia research is funded.");
    }

    @Test
    void a_message_to_a_person_named_about_their_relatives_illness_is_theirs() {
        assertNominativeHealth("Hi Priya,\n\nI'm so sorry to hear about your dad's stroke. Take all the time you need.\n\nDan",
                "Bonjour Karim,\n\nCourage pour la maladie de ton père.\n\nSophie");
        assertNotSensitive("Hi Priya,\n\nThanks for your talk on your mother's dementia project last week.\n\nDan",
                "Hi,\n\nI'm so sorry to hear about your dad's stroke.");
    }

    @Test
    void a_ward_or_a_letters_patient_by_name_and_bare_age_then_what_they_have_is_theirs() {
        assertNominativeHealth("ICU nursing note – Bed 2\nGareth Pryce, 58, retired plumber. Sedation hold this morning:"
                + " opens eyes to voice. Cardiac arrest on admission, intubated.",
                // a family meeting is no seminar
                "Summarise for handover:\nGareth Pryce, 58, day 4 post cardiac arrest. Sedation hold this morning."
                        + " Family meeting planned for 3 pm with his wife.",
                "Dear Neurology,\n\nRe: Olivia Grant, 27\nTwo episodes of optic neuritis in a year. MRI"
                + " brain shows periventricular lesions.\n\nDr Peter Lang");
        // a staff member's age and work; a welcome under "Re:"; a note's heading with no ward
        assertNotSensitive("ICU nursing news\nGareth Pryce, 58, leads the cardiac arrest audit.",
                "Re: Olivia Grant, 27\nWelcome to the team! She joins us as a research nurse.",
                "Team news\nGareth Pryce, 58, day 4 of the cardiac arrest course.");
    }

    @Test
    void a_colleague_who_has_an_organ_taken_out_is_ill() {
        assertNominativeHealth("Bonjour à tous,\n\nThomas sera absent deux semaines : il se fait retirer la vésicule biliaire"
                + " jeudi.\n\nLaurence");
        assertNotSensitive("Bonjour à tous,\n\nThomas présentera jeudi ses travaux sur la vésicule biliaire du poisson-zèbre."
                + "\n\nLaurence");
    }

    @Test
    void a_beds_two_unknown_words_name_its_occupant_when_the_line_says_their_care() {
        assertThat(names("Labour ward board\nRoom 4: Chantelle Okoro, G1P0, 39+2, epidural in situ"))
                .containsExactly("FIRST_NAME Chantelle", "LAST_NAME Okoro");
        // the family name first when it alone is in capitals
        assertThat(names("Lit 3 : DIALLO Awa – J2 post-césarienne, douleur contrôlée"))
                .containsExactly("LAST_NAME DIALLO", "FIRST_NAME Awa");
        // a room's booking, with no care on its line
        assertThat(names("Room 4: Journal Club, 12:30")).isEmpty();
    }

    @Test
    void a_forms_name_field_beside_a_hospital_number_names_the_patient() {
        assertNominativeHealth("Name: PATEL, Nikhil     MRN: A4471902\nTroponin 54 ng/L, repeat in 3 hours.");
        // one clinical word beside a name field alone is not enough
        assertNotSensitive("Name: PATEL, Nikhil\nTroponin 54 ng/L, repeat in 3 hours.");
    }

    @Test
    void an_absence_whose_reason_is_an_illness_is_the_writers_health() {
        assertNominativeHealth("Bonjour,\n\nJe serai absente du 7 au 18 décembre pour une hystérectomie.\n\nNadia");
        assertNotSensitive("Hi all,\n\nI'll be absent next week for a conference on asthma in Lyon.\n\nNadia");
    }

    @Test
    void a_given_name_with_a_contracted_is_acts_and_a_dash_signs_a_message() {
        String chat = "@channel heads up – Jamal's in hospital with a collapsed lung (pneumothorax). He's fine but off"
                + " for two weeks. Cover for his Thursday clinics is sorted.\n– Becky";
        assertThat(names(chat)).containsExactly("FIRST_NAME Jamal", "FIRST_NAME Becky");
        assertNominativeHealth(chat);
        // a possessive is no verb; a list's last item is no signature
        assertThat(names("Jamal's clinic on Thursday is cancelled.")).isEmpty();
        assertThat(names("Shopping list:\n– basil\n– Rosemary")).isEmpty();
    }

    @Test
    void an_illness_of_theirs_after_the_work_of_a_sentence_is_the_named_persons() {
        assertNominativeHealth("Hi Anna,\n\nMrs Gladys Pemberton rang the research office: she wants to withdraw from the"
                + " COPD rehab study because her breathing has got much worse. Can you call her back on 07700 900461?"
                + "\n\nThanks,\nLiam");
        // her subject, and her exercises: said to be or become nothing
        assertNotSensitive("Dr Gladys Pemberton leads the COPD rehab study; her asthma work is well known.",
                "Hi Anna,\n\nMrs Gladys Pemberton rang the research office: she wants to present at the COPD rehab seminar"
                + " on her breathing exercises. Can you call her back?\n\nThanks,\nLiam");
    }

    @Test
    void a_table_of_codes_with_a_stage_or_an_outcome_and_its_time_is_survival_data() {
        for (String table : List.of("My Cox model won't converge. First rows of the data:\nid\tage\tsex\tstage\ttime\tevent"
                + "\nBRC-1021\t54\tF\tII\t1460\t0\nBRC-1022\t67\tF\tIII\t512\t1",
                "id,age,sex,os_time,death\nBRC-1021,54,F,1460,0\nBRC-1022,67,F,512,1")) {
            assertThat(DETECTOR.analyze(table).classification().reasons()).as(table).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        }
        // a survey's respondents: a status with no time
        assertNotSensitive("Survey export:\nid,age,sex,status,income\nRSP-1021,54,F,employed,3\nRSP-1022,67,F,retired,2");
    }

    @Test
    void an_organ_not_working_well_is_an_illness_not_work() {
        assertNominativeHealth("Translate into Polish for my neighbour Bogdan: \"Your blood test shows that your kidneys are"
                + " not working well. The doctor wants to see you on Monday and you should stop taking ibuprofen.\"",
                "Traduis en arabe pour ma voisine Samira : « Votre diabète est mal équilibré, il faut revoir le médecin. »");
        assertNotSensitive("Translate into Polish for my neighbour Bogdan: \"Your parcel arrived on Monday; the doctor next"
                + " door kept it for you.\"", "Translate into Polish for my colleague Bogdan: \"Your talk on kidney disease"
                + " was excellent.\"");
    }

    @Test
    void a_clinics_label_before_a_name_and_an_age_heads_that_persons_note() {
        assertNominativeHealth("Rheumatology clinic – Leeds General Infirmary\nSeen today: Mr Farid Haddad, 52\nThird gout"
                + " flare this year, left first MTP joint hot and swollen. Plan: colchicine 500 micrograms twice daily for the"
                + " flare, then start allopurinol 100 mg.");
        // a welcome's label, and the person's work on the next line
        assertNotSensitive("Welcome today: Dr Farid Haddad, 52\nHe leads our gout and colchicine trials, with allopurinol.");
    }

    @Test
    void what_children_call_their_parents_names_the_parent_after_it() {
        String prompt = "My dad Ray has just been diagnosed with Parkinson's disease at 68. What questions should I ask the"
                + " neurologist on Friday?";
        assertThat(names(prompt)).containsExactly("FIRST_NAME Ray");
        assertNominativeHealth(prompt);
    }

    @Test
    void a_pronouns_reflexive_verb_of_care_is_the_named_persons_whatever_they_came_for() {
        assertNominativeHealth("Bonjour,\n\nPourriez-vous prévoir un fauteuil roulant à l'accueil pour M. Gérard Tessier, qui"
                + " vient à la réunion du conseil d'unité le 14 ? Il se remet d'une fracture du col du fémur.\n\nMerci,\nSabine");
        // the verb's sentence is one of work
        assertNotSensitive("M. Gérard Tessier viendra à la réunion du conseil d'unité le 14. Il se fait une joie de présenter"
                + " ses travaux sur la fracture du col du fémur.");
    }

    @Test
    void figures_kept_within_a_committee_are_restricted_and_one_marker_with_the_one_before() {
        String interim = "Interim results: mortality 11% vs 17%. Please keep these figures within the committee.";
        assertThat(DETECTOR.analyze(interim).findings()).extracting(f -> interim.substring(f.start(), f.end()))
                .containsExactly("keep these figures within the committee");
        String both = "These data are not yet published; please keep them within the consortium.";
        assertThat(DETECTOR.analyze(both).findings()).extracting(f -> both.substring(f.start(), f.end()))
                .containsExactly("not yet published; please keep them within the consortium");
        assertThat(DETECTOR.analyze("Glucose targets: please keep them within the normal range before surgery.").findings())
                .isEmpty();
    }

    @Test
    void a_patient_word_and_its_verb_before_a_name_introduce_the_patient() {
        assertNominativeHealth("I'm a GP. My patient is Harriet Lowe, 23, with a BMI of 15.8 and no periods for six months;"
                + " she denies restricting food. How do I raise a possible eating disorder with her sensitively?");
        // another word between: the name is not the patient's
        assertNotSensitive("The patient survey was designed by Harriet Lowe, who runs our anorexia nervosa research group.");
    }

    @Test
    void a_named_persons_relative_is_known_through_them() {
        String news = "Morning all – Fiona's mum died of sepsis on Saturday, so she'll be off until after the funeral.";
        assertThat(names(news)).containsExactly("FIRST_NAME Fiona");
        assertNominativeHealth(news);
        // the relative's work
        assertNotSensitive("Fiona's mum gave a talk on sepsis at the symposium.",
                "Fiona's husband runs the stroke unit at St George's.");
    }

    @Test
    void a_hospital_number_after_a_patients_name_identifies_them_and_a_practitioners_does_not() {
        assertThat(DETECTOR.analyze("Hi Karen,\n\nCan you book hospital transport for Mr Bashir Rahimi (NHS 401 023 2137) to"
                + " dialysis on Monday, Wednesday and Friday from next week?\n\nThanks,\nAde").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Hi Karen,\n\nDr Martin: patient 12-003 had a seizure on dialysis yesterday.\n\nThanks,"
                + "\nAde").classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
    }

    @Test
    void results_not_for_public_release_are_unpublished() {
        assertThat(DETECTOR.analyze("Results: HbA1c reduction of 1.2% against 0.4% on placebo (p<0.001). Not for public release"
                + " until the press conference.").classification().reasons()).containsExactly(Reason.UNPUBLISHED);
    }

    @Test
    void the_first_of_a_month_opens_a_range_of_dates() {
        String night = "Transmissions IDE – réanimation médicale, nuit du 1er au 2 décembre";
        assertThat(spans(night, Label.DATE)).containsExactly("1er", "2 décembre");
    }

    @Test
    void a_british_forms_surname_and_forename_fields_hold_the_name() {
        String form = "Surname: NAKAMURA   Forename: Yuki   DOB: 21/03/1992\nTSH 0.01 mU/L (L)";
        assertThat(names(form)).containsExactly("LAST_NAME NAKAMURA", "FIRST_NAME Yuki");
    }

    @Test
    void a_tables_patient_column_lists_its_patients() {
        for (String table : List.of("| Bed | Patient | Issue | Plan |\n|---|---|---|---|\n| 1 | Gloria Mensah | community-acquired"
                + " pneumonia | IV co-amoxiclav, day 3 |\n| 2 | Terence Hall | fall at home, CT head clear | PT/OT review |",
                "Bed\tPatient\tIssue\n1\tGloria Mensah\tpneumonia, IV co-amoxiclav\n2\tTerence Hall\tfall, CT head clear")) {
            assertThat(DETECTOR.analyze(table).classification().reasons()).as(table).containsExactly(Reason.NOMINATIVE_HEALTH);
        }
        // "patients" in a sentence cut by semicolons is no column
        assertThat(DETECTOR.analyze("Amendement : 4 cas d'hypocalcémie sévère sous dénosumab.\nModifications : exclusion des"
                + " patients avec DFG < 30 ; dosage de la calcémie à J7 et J14 ; ajout du CHU de Saint-Étienne comme centre.\n"
                + "Les patients concernés (sujets 03-021, 05-007) ont récupéré.\nRédaction : Lucas BERTIN, chef de projet,"
                + " lucas.bertin@chu-st-etienne.fr").classification().reasons()).doesNotContain(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_data_frames_patient_column_of_full_names_names_them() {
        String code = "df <- data.frame(patient = c(\"DURAND Anne\", \"Petit Louise\"), age = c(71, 64), chimio = c(\"FOLFOX\","
                + " \"FOLFIRI\"))";
        assertThat(DETECTOR.analyze(code).findings()).extracting(f -> f.label() + " " + code.substring(f.start(), f.end()) + " "
                + f.explanation().rule()).containsExactly("LAST_NAME DURAND given-name-and-upper-case-family-name",
                "FIRST_NAME Anne given-name-and-upper-case-family-name", "LAST_NAME Petit name-in-a-person-record",
                "FIRST_NAME Louise name-in-a-person-record");
        // codes in the column are left to the code rules
        assertThat(names("df <- data.frame(patient = c(\"P001\", \"P002\"), age = c(71, 64))")).isEmpty();
    }

    @Test
    void a_screening_logs_codes_before_their_status_are_its_subjects() {
        String log = "Screening log update: SCR-0192 screen-failed (eGFR 24), SCR-0193 randomised on 27/11, SCR-0194 withdrew"
                + " consent before the baseline biopsy.";
        assertThat(spans(log, Label.PATIENT_ID)).containsExactly("SCR-0192", "SCR-0193", "SCR-0194");
        // one code alone before such a word
        assertThat(DETECTOR.analyze("The ISO-9001 randomised audit of 2024 found no deviation.").findings()).isEmpty();
    }

    @Test
    void results_kept_among_us_and_a_draft_patent_are_marked() {
        assertThat(DETECTOR.analyze("Les résultats de l'analyse finale sont tombés : pas de différence (HR 0,97). On garde ça pour"
                + " nous jusqu'au congrès.").classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("Mémoire descriptif – projet de brevet\nRevendication 1 : procédé de dosage salivaire.")
                .classification().reasons()).contains(Reason.INTELLECTUAL_PROPERTY);
    }

    @Test
    void c_difficile_is_an_illness_and_difficile_alone_is_french() {
        assertNominativeHealth("Handover – Ward 9, 07:30\nSide room 2: Mrs Dorothy Wells, C. difficile positive, barrier nursed.");
        assertNotSensitive("Mrs Dorothy Wells trouve que c'est difficile de venir le mardi.");
    }

    @Test
    void the_care_of_their_illness_is_the_named_persons() {
        assertNominativeHealth("Hi Linda,\n\nMr Desmond Clarke has asked for his clinic letter about his prostate cancer treatment"
                + " to go to his new address. Could you update the system?\n\nThanks,\nJoe");
        // research on a treatment
        assertNotSensitive("Dr Desmond Clarke presented his prostate cancer treatment research at the symposium.");
    }

    @Test
    void a_relatives_given_name_typed_in_lower_case_after_a_possessive_is_a_name() {
        String flatmate = "aide moi a ecrire un mail a la prof, ma coloc léa dubreuil pourra pas venir au partiel demain elle"
                + " a fait une crise d'épilepsie hier soir";
        assertThat(spans(flatmate, Label.FIRST_NAME)).containsExactly("léa");
        assertThat(spans(flatmate, Label.LAST_NAME)).containsExactly("dubreuil");
        assertNominativeHealth(flatmate);
        String son = "my son jayden has had a temperature of 39 since yesterday and a rash";
        assertThat(spans(son, Label.FIRST_NAME)).containsExactly("jayden");
        assertThat(spans(son, Label.LAST_NAME)).isEmpty(); // "has" is no family name of the lexicon
        // given names that are everyday words, and a relative's word with no possessive before it
        assertThat(DETECTOR.analyze("my friend said the results were good, my son will call").findings()).isEmpty();
        assertThat(DETECTOR.analyze("la coloc léa").findings()).isEmpty();
    }

    @Test
    void a_name_said_to_be_recovering_from_an_illness_is_the_persons() {
        assertNominativeHealth("Get well soon! Our porter Bernard Okoye is recovering at home after heart bypass surgery.",
                "Bernard Okoye is recovering from pneumonia.");
        assertNotSensitive("The unit is recovering from the budget cuts.",
                "Paul Martin recovered the samples from the freezer after the power cut.");
    }

    @Test
    void a_wish_to_keep_something_among_us_is_a_marker_whatever_is_kept() {
        String interim = "La survie passe de 7,2 à 11,4 mois. Merci de garder ces chiffres strictement entre nous.";
        assertThat(spans(interim, Label.CONFIDENTIAL)).containsExactly("garder ces chiffres strictement entre nous");
        String english = "Mortality fell from 17% to 11%. Please keep these results to yourselves for now.";
        assertThat(spans(english, Label.CONFIDENTIAL)).containsExactly("keep these results to yourselves");
        // care kept, not the text
        assertThat(DETECTOR.analyze("Garder le patient en observation. Keep them warm and dry.").findings()).isEmpty();
    }

    @Test
    void an_invention_with_nothing_filed_yet_is_intellectual_property() {
        assertThat(DETECTOR.analyze("Self-sealing microneedle patch. Nothing has been filed yet, so please wait.")
                .classification().reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
    }

    @Test
    void symptoms_as_people_write_them_are_clinical_words() {
        assertNominativeHealth("Une élève de 3e, Manon Lecoq, m'a confié qu'elle se fait vomir après les repas.");
        assertNotSensitive("Une élève de 3e, Manon Lecoq, m'a confié qu'elle veut faire médecine.");
    }

    @Test
    void an_illness_had_or_found_may_be_qualified_or_sized_between_its_article_and_itself() {
        assertNominativeHealth("Miss Amelia Hartley has a breast lump.",
                "Urgent referral – Miss Amelia Hartley, 24, found a 2 cm breast lump last week; no family history.",
                "Mme Claire Dupont a découvert une grosseur au sein gauche.");
        // work after the clinical word, and a practitioner's finding
        assertNotSensitive("Tom Baker had a great asthma workshop yesterday.",
                "Professor Anne Dubois found a new diabetes gene in 2019.");
    }

    @Test
    void a_person_in_a_unit_of_care_is_its_patient() {
        assertNominativeHealth("Marcus Hill was in ICU for a week after his accident.",
                "Marcus Hill from finance is in the cardiac unit at St George's after collapsing at the gym.");
        assertNotSensitive("Dr Marcus Hill is in the cardiac unit today for the audit.",
                "The meeting is in the cardiac unit seminar room.",
                // a ward with no specialty before it
                "Marcus Hill is on the ward with the diabetes nurses today.");
    }

    @Test
    void a_given_name_then_its_team_then_a_verb_is_a_name() {
        assertThat(spans("@channel heads up – Marcus from finance is in the cardiac unit.", Label.FIRST_NAME))
                .containsExactly("Marcus");
        assertThat(spans("Julie de la compta a appelé ce matin.", Label.FIRST_NAME)).containsExactly("Julie");
        assertThat(spans("Florence from London is a city trip.", Label.FIRST_NAME)).isEmpty();
    }

    @Test
    void a_given_name_then_a_team_of_two_words_after_a_determiner_then_a_verb_is_a_name() {
        assertThat(spans("Dan: heads up, Leila from the genomics core had a miscarriage over the weekend.", Label.FIRST_NAME))
                .containsExactly("Dan", "Leila");
        assertThat(spans("Nadia de l'équipe qualité a appelé.", Label.FIRST_NAME)).containsExactly("Nadia");
        // no verb after the team, or a team of three words: the reach is two
        assertThat(spans("Leila from the genomics core.", Label.FIRST_NAME)).isEmpty();
        assertThat(spans("Leila from the new genomics core had a miscarriage.", Label.FIRST_NAME)).isEmpty();
    }

    @Test
    void an_illness_had_may_be_followed_by_when_it_was_had() {
        assertNominativeHealth("Leila Haddad had pneumonia over the weekend.", "Leila Haddad had a stroke again.");
        assertNotSensitive("Leila Haddad had a pneumonia overview to write.");
    }

    @Test
    void an_illness_said_through_a_contracted_pronoun_and_verb_is_the_persons_in_a_text_of_meetings() {
        assertNominativeHealth("Callum won't be at the retreat – he's having his gallbladder out on Tuesday."
                + " Can you move his talk to the next meeting?");
        assertNotSensitive("Callum won't be at the retreat – he's presenting his gallbladder study on Tuesday."
                + " Can you move his talk to the next meeting?");
    }

    @Test
    void what_is_not_public_yet_is_kept_among_its_readers() {
        String interim = "Les analyses intermédiaires sont tombées hier : HR 1,21 sur la mortalité. Ce n'est pas encore public,"
                + " on en parle au comité jeudi avant toute communication.";
        assertThat(spans(interim, Label.CONFIDENTIAL)).containsExactly("pas encore public", "avant toute communication");
        assertThat(DETECTOR.analyze(interim).classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("The restructuring plan is not yet public.").classification().reasons())
                .containsExactly(Reason.CONFIDENTIAL);
        assertNotSensitive("Le registre est public depuis 2019 et ses données sont en accès libre.");
    }

    @Test
    void a_name_columns_given_then_family_name_is_split() {
        String table = "name,dob,diagnosis\nOlga Petrenko,1971-05-03,sarcoidosis\nJean-Paul MARTIN,1988-11-19,asthma\n"
                + "DUPONT Marie,1950-01-02,gout\nLefèvre Claire,1962-04-05,gout\n";
        assertThat(spans(table, Label.FIRST_NAME)).containsExactly("Olga", "Jean-Paul", "Marie");
        // the family name first, a known given name last: one finding
        assertThat(spans(table, Label.LAST_NAME)).containsExactly("Petrenko", "MARTIN", "DUPONT", "Lefèvre Claire");
    }

    @Test
    void what_an_examination_found_in_the_writer_is_their_illness() {
        assertNominativeHealth("Je m'appelle Valérie, j'ai 52 ans et on vient de me trouver un nodule thyroïdien de 2 cm."
                + " L'endocrinologue parle de cytoponction.");
        assertNotSensitive("Je m'appelle Valérie, j'ai 52 ans et on vient de me trouver un poste en endocrinologie.");
    }

    @Test
    void a_titled_name_that_opens_a_line_of_a_care_homes_notes_is_a_residents() {
        assertNominativeHealth("EHPAD – transmissions du 2 décembre\nMme Vidal : refus alimentaire depuis 3 jours, perte de 2 kg."
                + " Avis du médecin coordonnateur demandé.");
        assertNominativeHealth("EHPAD – transmissions du 2 décembre\nM. Roche : refus alimentaire, perte de 2 kg.");
        assertNotSensitive("EHPAD – nouvelles du 2 décembre\nMme Vidal : départ en retraite, pot vendredi.");
    }

    @Test
    void a_forms_reason_field_that_names_an_illness_is_clinical() {
        assertNominativeHealth("Demande de RDV d'IRM\nNom : ROUSSEL   Prénom : Gisèle\nTél : 06 41 27 88 13\n"
                + "Motif : lombosciatique droite résistante aux antalgiques, recherche de hernie discale.");
        assertNotSensitive("Demande de salle pour le groupe IRM et échographie\nNom : ROUSSEL   Prénom : Gisèle\n"
                + "Tél : 06 41 27 88 13\nMotif : inventaire annuel du matériel.");
    }

    @Test
    void a_biobanks_samples_by_their_codes_are_pseudonymised() {
        String samples = "Could you re-run the genotyping for samples BB-2291 and BB-2307? Both carriers of the pathogenic"
                + " LDLR variant had cholesterol above 9 mmol/L.";
        assertThat(spans(samples, Label.PATIENT_ID)).containsExactly("BB-2291", "BB-2307");
        assertThat(DETECTOR.analyze(samples).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        assertThat(spans("The sample size was 240 per arm.", Label.PATIENT_ID)).isEmpty();
    }

    @Test
    void a_given_and_family_name_with_a_bare_age_in_brackets_then_an_illness_is_a_patient() {
        assertNominativeHealth("Telephone consultation\nSpoke to Neil Gorman (47). Low mood for six weeks since redundancy.",
                "Spoke to Neil Gorman (47). Pneumonia for six weeks, on amoxicillin.");
        // a reference by its family name, a year, and no illness after
        assertNotSensitive("As Gorman (47) showed, pneumonia is common after influenza.",
                "Spoke to Neil Gorman (2019). Pneumonia is common after influenza in older adults.",
                "Spoke to Neil Gorman (47). He will chair the meeting.",
                "Spoke to Neil Gorman (150). Pneumonia for six weeks, on amoxicillin.");
    }

    @Test
    void a_returns_verb_after_a_given_name_is_its_subjects() {
        assertThat(spans("[14:12] Manon : vous savez si Rachid revient lundi ?", Label.FIRST_NAME)).contains("Rachid");
    }

    @Test
    void a_groups_and_a_press_releases_silence_a_submission_and_a_patentability_are_markers() {
        String topline = "Topline results: the primary endpoint was missed (p = 0.21). The sponsor asked that this stays"
                + " within the steering group until the press release.";
        assertThat(spans(topline, Label.CONFIDENTIAL)).containsExactly("stays within the steering group until the press release");
        assertThat(DETECTOR.analyze(topline).classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("Dans notre cohorte, le risque était multiplié par 2,9. Article en cours de soumission.")
                .classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("Saliva-based lateral flow test. We would like the TTO to assess patentability first.")
                .classification().reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
        assertNotSensitive("Temperatures should stay within the range given by the manufacturer.");
    }

    @Test
    void a_name_that_signs_a_quoted_message_ending_the_text_is_its_writers() {
        assertNominativeHealth("Reformule ce message pour ma cheffe : « Je suis enceinte de 3 mois et j'ai des nausées très"
                + " fortes, je voudrais passer à 80 % jusqu'au congé maternité. Amandine »");
        // the writer in a condition, signing on a line of their own
        assertNominativeHealth("Je suis enceinte de 3 mois, je voudrais passer à 80 %.\nAmandine");
        // a name quoted in the middle of a sentence signs nothing
        assertNotSensitive("Traduis : « Le service de cardiologie du Pr Amandine Roux » en anglais.",
                "Traduis : « Je suis enceinte de 3 mois. Amandine Roux est au courant et me remplacera. »");
    }

    @Test
    void a_request_not_to_mention_a_closed_sessions_tables_a_working_draft_and_a_filing_are_markers() {
        assertThat(spans("Please don't mention this to the postdocs until we know which posts we keep.", Label.CONFIDENTIAL))
                .containsExactly("don't mention this to");
        String dsmb = "Quick look at the unblinded safety tables: four liver injuries in the treatment arm. Obviously this"
                + " doesn't leave the closed session.";
        assertThat(DETECTOR.analyze(dsmb).classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("Working draft. In 22,000 adults, night shifts were associated with a 31% higher risk"
                + " of type 2 diabetes.").classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("Un score sanguin prédit la pré-éclampsie (AUC 0,91) ; aucune présentation publique avant"
                + " le dépôt.").classification().reasons()).contains(Reason.INTELLECTUAL_PROPERTY);
        assertNotSensitive("The train doesn't stop at the station on Sundays.", "Le dépôt des dossiers est ouvert.",
                "Aucune présentation publique ne permettra de vous identifier.");
    }

    @Test
    void a_referrals_please_see_before_a_name_and_its_age_is_a_patients() {
        assertNominativeHealth("Dear Ophthalmology team,\n\nPlease see Reginald Okoye, 68, urgently. Sudden painless loss of"
                + " vision in the right eye this morning; he has a history of atrial fibrillation and stopped his warfarin a"
                + " week ago.\n\nDr Sian Roberts");
        // no age after the name, or no request
        assertNotSensitive("Please see Reginald Okoye's slides on atrial fibrillation and warfarin.",
                "We see Reginald Okoye, 68, as the one who knows atrial fibrillation and warfarin best.\n\nDr Sian Roberts");
    }

    @Test
    void a_childs_fit_at_the_nursery_is_hers() {
        assertNominativeHealth("[17:02] Romain : je pars plus tôt, la crèche a appelé, Lou a 39,5 et elle a convulsé");
        assertNotSensitive("[17:02] Romain : je pars plus tôt, la crèche a appelé, Lou a perdu son doudou");
    }

    @Test
    void survival_curves_kept_aside_are_unpublished_results() {
        String curves = "Je t'envoie les courbes de survie du bras expérimental. Garde-les sous le coude, le papier n'est pas"
                + " encore parti.";
        assertThat(spans(curves, Label.CONFIDENTIAL)).containsExactly("Garde-les sous le coude");
        assertThat(DETECTOR.analyze(curves).classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("Je t'envoie le planning de janvier. Garde-le sous le coude.").classification().reasons())
                .containsExactly(Reason.CONFIDENTIAL);
    }

    @Test
    void what_is_kept_under_wraps_is_kept_among_its_readers() {
        String sequencing = "First results of the sequencing: the variant carries the resistance mutation in 9 of 11 isolates."
                + " Please keep this under wraps until the reference lab confirms.";
        assertThat(spans(sequencing, Label.CONFIDENTIAL)).containsExactly("under wraps");
        assertThat(DETECTOR.analyze(sequencing).classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertThat(DETECTOR.analyze("The reorganisation is still under wraps.").classification().reasons())
                .containsExactly(Reason.CONFIDENTIAL);
    }

    @Test
    void a_colleagues_wife_in_labour_and_a_writer_off_with_an_illness_are_health() {
        assertNominativeHealth("Priya: Ollie's wife went into labour early, he's at the Rosie and the baby's in special care.",
                "Dear HR,\n\nI'm writing to request a phased return. I've been off since October with long COVID and my"
                        + " consultant recommends starting at 50%.\n\nKind regards,\nYusuf Demir");
        assertNotSensitive("Priya: Ollie's wife went into town early, he's at the Rosie with the kids.",
                "Dear HR,\n\nI've been off since October with my parental leave.\n\nKind regards,\nYusuf Demir");
    }

    @Test
    void a_name_and_age_before_a_colon_then_an_illness_is_a_patients() {
        assertNominativeHealth("District nurse visit\nWalter Brennan, 84: catheter bypassing, urine cloudy. Catheter changed.");
        assertNotSensitive("Speakers\nWalter Brennan, 84: fifty years of catheter design, a talk.");
    }

    @Test
    void a_care_homes_resident_field_names_its_patient() {
        assertNominativeHealth("Resident: Doris Kettle\nReason: wound check after leg ulcer debridement, diabetic.");
        assertNotSensitive("Resident: Doris Kettle\nReason: room change to the garden wing.");
    }

    @Test
    void what_is_for_ones_eyes_only_or_told_to_no_one_yet_is_kept_among_its_readers() {
        assertThat(DETECTOR.analyze("For your eyes only: the board will not renew the service contract.").classification()
                .reasons()).containsExactly(Reason.CONFIDENTIAL);
        assertThat(DETECTOR.analyze("Les premières analyses montrent un effet net (p < 0,001). On attend la réplication avant"
                + " d'en parler à qui que ce soit.").classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertNotSensitive("Le comité peut en parler à qui il veut.");
    }

    @Test
    void a_call_after_a_given_name_is_its_subjects() {
        assertNominativeHealth("Grace: Ewan rang from the hospital, his little girl has bronchiolitis and is on oxygen");
        assertThat(spans("Grace: Ewan rang the bell twice.", Label.FIRST_NAME)).contains("Ewan");
    }

    @Test
    void a_patient_columns_names_are_particular_patients() {
        String ward = "I want to count patients per ward:\nward,patient,condition\nWard 3,Doris Mayhew,pneumonia\n"
                + "Ward 3,Frank Oduya,sepsis\nWard 5,Lily Tran,DKA";
        assertThat(spans(ward, Label.FIRST_NAME)).containsExactly("Doris", "Frank", "Lily");
        assertNominativeHealth(ward);
        // a group in a patient column is no one, and names beside no clinical column are no patients' health
        assertThat(spans("ward,patient,arm\nWard 3,Control Group,A", Label.FIRST_NAME)).isEmpty();
        assertNotSensitive("ward,patient,arm\nWard 3,Control Group,A\nWard 4,Doris Mayhew,B");
    }

    @Test
    void two_given_names_before_a_bare_age_ending_the_sentence_are_a_patients_name() {
        String clinic = "Sexual health clinic\nCallum Ross, 22. Attended after a partner tested positive for gonorrhoea."
                + " Swabs taken; ceftriaxone 1 g IM given.";
        assertThat(spans(clinic, Label.LAST_NAME)).containsExactly("Ross");
        assertNominativeHealth(clinic);
        assertThat(spans("Version, 2.5 released.", Label.LAST_NAME)).isEmpty();
        assertThat(spans("Callum Ross, 2.5 km from the lab.", Label.LAST_NAME)).isEmpty();
    }

    @Test
    void dark_thoughts_are_an_illnesss_words_and_three_can_keep_a_secret() {
        assertNominativeHealth("Mon conjoint Mickaël a des idées noires depuis plusieurs semaines. Comment lui proposer de voir"
                + " un psychiatre ?");
        assertNotSensitive("Mon conjoint Mickaël a des idées de vacances. Comment lui proposer de voir un psychiatre ami ?");
        assertThat(DETECTOR.analyze("Strictly between the three of us: the review panel rated the institute inadequate.")
                .classification().reasons()).containsExactly(Reason.CONFIDENTIAL);
        assertThat(DETECTOR.analyze("The organoid lines all respond to the combination. Please don't put this in the"
                + " progress report yet.").classification().sensitive()).isTrue();
    }

    @Test
    void an_illness_named_with_a_prefix_and_a_hyphen_is_still_an_illness() {
        assertNominativeHealth("Just so you know, Hannah is on maternity leave from next week, a bit earlier than planned"
                + " because of pre-eclampsia.", "Hannah has pre-eclampsia.", "Sa sœur Maëlle a une pré-éclampsie sévère.");
        assertNotSensitive("Tom is on leave because of a pre-arranged trip.", "Hannah has pre-registration training this week.",
                "Hannah has a pre-print on asthma.");
    }

    @Test
    void silence_asked_without_diffusion_or_kept_between_us_is_a_marker() {
        assertThat(spans("Pour information et sans diffusion : la plateforme de séquençage sera fermée au printemps. Merci de"
                + " ne rien dire aux doctorants pour l'instant.", Label.CONFIDENTIAL))
                .containsExactly("sans diffusion", "ne rien dire aux");
        assertThat(spans("The panel ranked Dr Walsh first. This stays between us until HR has made the offer.",
                Label.CONFIDENTIAL)).containsExactly("stays between us");
        assertNotSensitive("IRM : hypersignal FLAIR sans restriction de diffusion.", "Le patient préfère ne rien dire.");
    }

    @Test
    void a_line_of_inventors_or_authors_lists_given_and_family_names() {
        String disclosure = "Invention disclosure\nInventors: Ji-woo Han, Ruth Adebayo\nThe prototype tracked lactate.";
        assertThat(spans(disclosure, Label.FIRST_NAME)).containsExactly("Ji-woo", "Ruth");
        assertThat(spans(disclosure, Label.LAST_NAME)).containsExactly("Han", "Adebayo");
        assertThat(spans("Auteurs : Zéphyrine Quellec, Anatole Brun et Marc Vidal", Label.LAST_NAME))
                .containsExactly("Quellec", "Brun", "Vidal");
        // not a list of names: a committee, or a line that goes on as prose
        assertThat(spans("Authors: The Writing Committee for the ARDS Network", Label.FIRST_NAME)).isEmpty();
        assertThat(spans("Inventors: Ji-woo Han filed it in March", Label.LAST_NAME)).isEmpty();
        assertThat(spans("Authors: Anonymous contributors", Label.FIRST_NAME)).isEmpty();
    }

    @Test
    void a_word_ending_in_a_capital_is_no_given_name_before_a_family_name_in_capitals() {
        assertThat(DETECTOR.analyze("Sérologie EBV : IgM VCA positives, IgG EBNA négatives. Primo-infection récente.")
                .findings()).isEmpty();
        assertThat(spans("Sérologie pour Zorabelle KOWALCZYK : IgG positives.", Label.LAST_NAME)).containsExactly("KOWALCZYK");
    }

    @Test
    void a_stay_in_a_unit_of_birth_or_intensive_care_is_care_and_a_pronoun_carries_the_name_back() {
        assertNominativeHealth("Salut l'équipe, Mathilde a perdu les eaux cette nuit à 33 semaines, elle est à la maternité,"
                + " tout va bien pour l'instant.", "Priya is on the labour ward, her waters broke at 33 weeks.",
                "Mathilde est en réanimation depuis hier.",
                "Yasmine : Pascal ne viendra pas au séminaire, son père est en soins palliatifs");
        assertNotSensitive("Mathilde a perdu les clés du labo.", "Mathilde est en stage en réanimation ce semestre.",
                "Mathilde est à la maternité des Lilas pour une réunion.", "Jess is on the maternity leave rota.",
                "Pascal ne viendra pas au séminaire, il est en soins.");
    }

    @Test
    void a_fever_an_illness_suffered_and_a_school_nurses_line_tell_a_named_persons_health() {
        assertNominativeHealth("Kate: Sorry, I'm out today, Lily has a temperature of 39 and a rash, we're at the GP at 11\n"
                + "Mark: hope she's ok!",
                "Traduis en anglais pour l'école internationale : « Samuel souffre d'une épilepsie traitée par Dépakine ;"
                        + " en cas de crise de plus de 5 minutes, appeler le 15. »",
                "Infirmerie scolaire – 02/12/2026\nNolan (5e A) : crise d'asthme en EPS, 4 bouffées de Ventoline,"
                        + " amélioration. Parents prévenus, retour en classe.");
        // a fridge's temperature, a nurse's order, a workshop
        assertNotSensitive("Keep the samples at a temperature of 4 degrees, Lily has the key.",
                "Sorry, I'm out today, Lily has a room temperature of 21 and a rash of emails, we're at the GP meeting at 11.",
                "Infirmerie – inventaire\nNolan (stagiaire) : commande de Ventoline et de masques pour l'asthme, à valider.",
                "Infirmerie scolaire – planning\nNolan (5e A) : atelier sur l'asthme en EPS, avec les parents.");
    }

    @Test
    void a_prescriptions_patient_has_their_address_after_their_name_and_a_failing_memory_is_clinical() {
        assertNominativeHealth("FP10\nMohammed Iqbal, 12 Beech Road\nMethotrexate 2.5 mg tablets: 10 mg once weekly on Mondays."
                + " Folic acid 5 mg once weekly on Thursdays. Psoriatic arthritis.",
                "Ma voisine Odette, 86 ans, perd la mémoire et oublie d'éteindre le gaz. Comment en parler à sa fille ?");
        // a practitioner's address, no dose taken, a memory of keys
        assertNotSensitive("Dr Mohammed Iqbal, 12 Beech Road, Leeds\nMethotrexate clinic for psoriatic arthritis: Mondays"
                + " 9-12.", "Dr Mohammed Iqbal, 12 Beech Road, Leeds\nHow to prescribe methotrexate: 2.5 mg tablets only,"
                + " 10 mg once weekly, never daily.", "Mohammed Iqbal, 12 Beech Road\nOur diabetes and asthma fun run raises money for the clinic.",
                "FP10\nMohammed Iqbal, 12 Beech Road\nMethotrexate 2.5 mg tablets are out of stock at the diabetes clinic.");
    }

    @Test
    void a_toothache_a_tremor_an_anaphylaxis_and_drugs_taken_are_clinical_and_an_emergency_cubicle_is_a_place_of_care() {
        assertNominativeHealth("Inès : Clément est chez le dentiste, il a une rage de dents depuis hier soir\nPaul : ok je"
                + " commence sans lui",
                "A&E – cubicle 6\nKyle Harper, 19, brought in by friends after taking ecstasy at a festival. Temp 39.8,"
                        + " HR 140. Cooling started, CK sent.",
                "Aide-moi à écrire à la directrice de la crèche : notre fille Margaux est allergique à l'arachide et a fait"
                        + " un choc anaphylactique l'an dernier.",
                "Care home – day report\nViolet (room 9): coughing after drinks again, speech therapist referral made.");
        // rage of another kind, a training, a rota, a colour
        assertNotSensitive("Clément est en rage contre les dents de la scie.",
                "Triage nurse training\nKyle Harper, 19, will present the ecstasy overdose audit.",
                "Urgences – planning des gardes\nKyle Harper, 19 ans, interne, présentera l'audit cocaïne.",
                "Care home – paint order\nViolet (room 9): two tins for the lounge, delivery Thursday.");
    }

    @Test
    void a_certificate_states_of_the_person_named_after_its_that() {
        assertNominativeHealth("To whom it may concern,\n\nThis is to confirm that Amira Haddad attended the Early Pregnancy"
                + " Unit on 26/11/2026 following a miscarriage at 9 weeks and is advised to rest for two weeks.\n\nSister R. Doyle",
                "Je certifie que Mme Amira Haddad a consulté ce jour pour une infection urinaire avec fièvre.");
        // a practitioner, work in the sentence, a meeting of the unit
        assertNotSensitive("I confirm that Dr Amira Haddad will attend the clinic on diabetes and epilepsy.",
                "This is to confirm that Amira Haddad attended the training on diabetes and epilepsy care at the Early"
                        + " Pregnancy Unit.",
                "Amira Haddad attended the stroke unit meeting about the epilepsy and diabetes audit.");
    }

    @Test
    void a_named_persons_age_then_a_midwifes_shorthand_or_a_colon_and_a_finding_is_a_patients() {
        assertNominativeHealth("Maternity – triage\nChloe Barker, 31, G2P1 at 36+4, reduced fetal movements since this"
                + " morning. CTG reactive, BP 128/82. Reassured and discharged with advice.",
                "Can you summarise this for my sister? \"Joan Okafor, 66: CT shows a 3 cm mass in the head of the pancreas"
                        + " with no distant spread. Plan: MDT discussion, EUS-guided biopsy.\"");
        // a grade, a year, a meeting's time
        assertNotSensitive("Chloe Barker, 31, G2 lead for the fetal medicine and CTG audit.",
                "Joan Okafor, 2019: CT and MRI in the diagnosis of pancreatic cancer, a review.",
                "Agenda, Joan Okafor, 10:30: CT protocols for pancreatic cancer staging.");
    }

    @Test
    void a_bone_a_named_person_broke_is_their_injury() {
        assertNominativeHealth("Sophie : Karim s'est cassé le poignet au foot\nLéa : aïe, je prends ses TP de mardi",
                "Hi all, Jenny fractured her ankle skiing, so she'll be working from home for a while.",
                "Karim has broken his wrist playing football.", "Jenny has just fractured her wrist.",
                "Karim Benali s'est fracturé la cheville en randonnée, il ne viendra pas au labo cette semaine.");
        // a thing's arm, news broken, a centrifuge, a fracture in general
        assertNotSensitive("Kevin fixed the broken arm of the microscope stage.", "Karim broke the news to the team.",
                "Karim a cassé la centrifugeuse.", "Chloé a cassé le bras du mannequin de simulation.",
                "A broken wrist is usually treated with a cast for six weeks.");
    }

    @Test
    void an_absence_carries_the_name_to_the_illness_after_it() {
        assertNominativeHealth("Just to let you know that Stuart Fenwick in finance is off for the next month recovering from"
                + " a heart bypass.", "Stuart Fenwick in finance is away for the next month recovering from a heart bypass.");
        // the absence for work, the illness its subject's
        assertNotSensitive("Stuart Fenwick in finance is off for the next month to present our work on patients recovering"
                + " from a heart bypass.", "Stuart Fenwick is off to Boston next month to study how mice recover from a heart"
                + " bypass.", "Stuart Fenwick in finance is away at the congress this week presenting the cohort of people"
                + " recovering from heart bypass surgery.");
    }

    @Test
    void a_wards_night_notes_open_on_its_patients_and_a_knees_rehabilitation_is_clinical() {
        assertNominativeHealth("Ward 7B night notes\nMr Adeyemi: NEWS 6 at 02:00, temp 38.9, HR 118. Sepsis screen positive,"
                + " cultures taken, IV antibiotics started within the hour.",
                "Physiotherapy – initial assessment\nMr Declan Fitzgerald, 34, right ACL reconstruction 6 weeks ago."
                        + " Quads wasting.");
        // a practitioner opens a rota's line
        assertNotSensitive("Ward 7B rota notes\nDr Adeyemi: on call Tuesday, antibiotics audit and sepsis teaching at 2 pm.");
    }

    @Test
    void a_signed_writer_diagnosed_with_an_illness_is_its_patient() {
        assertNominativeHealth("Bonjour,\n\nJe serai absente à partir de demain : on m'a diagnostiqué un cancer du sein et je"
                + " commence les traitements la semaine prochaine.\n\nFlorence Guillot");
        assertNotSensitive("Bonjour,\n\nOn m'a diagnostiqué un problème de financement pour le projet cancer.\n\nFlorence Guillot",
                "Bonjour,\n\nOn m'a demandé de diagnostiquer le cancer du sein sur ces lames.\n\nFlorence Guillot");
    }

    @Test
    void an_invention_neither_published_nor_presented_yet_is_intellectual_property() {
        assertThat(DETECTOR.analyze("Déclaration d'invention\nRésumé : la molécule induit une régression complète chez 6"
                + " souris sur 8. Aucune publication ni communication n'a été faite à ce jour.").classification().reasons())
                .containsExactly(Reason.INTELLECTUAL_PROPERTY);
        assertNotSensitive("Aucune publication ni communication ne permettra de vous identifier.");
        assertThat(spans("The provisional was filed yesterday. Please do not present the guide sequences at the retreat.",
                Label.CONFIDENTIAL)).containsExactly("Please do not present");
    }

    @Test
    void a_given_name_before_a_reflexive_verb_is_its_subject() {
        assertThat(spans("Élodie : Bastien s'est coupé profondément avec un scalpel, on l'a accompagné aux urgences pour des"
                + " points", Label.FIRST_NAME)).contains("Bastien");
        assertNominativeHealth("Élodie : Bastien s'est coupé profondément avec un scalpel, on l'a accompagné aux urgences"
                + " pour des points");
        assertThat(spans("Paris s'est réveillée sous la neige.", Label.FIRST_NAME)).isEmpty();
        assertThat(spans("Nice se trouve sur la Côte d'Azur.", Label.FIRST_NAME)).isEmpty();
    }

    @Test
    void working_from_home_is_no_work_that_makes_an_illness_a_topic() {
        assertNominativeHealth("Hi team,\n\nMoses asked me to let you know he'll be working from home for a few weeks. He's"
                + " recovering from a hernia repair and can't lift anything heavy yet.\n\nAbigail");
        assertNotSensitive("Thomas will be working from home. The hernia repair trial starts Monday.");
    }

    @Test
    void a_letters_heading_with_a_civil_title_and_a_bare_age_names_its_patient() {
        String referral = "Re: Mr Ravi Chandran, 58\nDear Cardiology,\nExertional chest tightness for 6 weeks, ECG shows"
                + " lateral T-wave inversion. Troponin negative.";
        assertNominativeHealth(referral);
        assertNotSensitive(referral.replace("Mr", "Dr"), "Seminar: Mr Ravi Chandran, 58\nTalk on ECG interpretation and"
                + " troponin assays.");
    }

    @Test
    void a_named_persons_sick_leave_with_its_illness_in_brackets_is_their_health() {
        assertNominativeHealth("Je vous transmets l'avis d'arrêt de travail de Loïc Tessier jusqu'au 20/12/2026"
                + " (lombosciatique). Merci de prévenir la paie.", "Je vous transmets l'arrêt maladie de M. Tessier pour une"
                + " lombosciatique.");
        assertNotSensitive("Rappel : les arrêts de travail doivent être transmis au service RH sous 48 heures (formulaire"
                + " en ligne).", "L'arrêt de travail de Loïc Tessier court jusqu'au 20 décembre (formulaire CERFA).");
    }

    @Test
    void a_restricted_use_and_a_secret_of_three_are_markers() {
        assertThat(spans("Le rapport est sévère. Document à usage restreint : ne le faites pas suivre avant le conseil.",
                Label.CONFIDENTIAL)).containsExactly("usage restreint : ne le faites pas suivre"); // adjacent markers join
        assertThat(spans("We haven't told anyone outside the three of us yet.", Label.CONFIDENTIAL))
                .containsExactly("outside the three of us");
        assertThat(spans("Données sous embargo. Merci de ne pas les citer avant la réunion.", Label.CONFIDENTIAL))
                .contains("ne pas les citer");
    }

    @Test
    void an_id_column_beside_clinical_values_holds_patients_codes() {
        assertThat(spans("df <- data.frame(id = c(\"RA-017\", \"RA-022\"), das28 = c(5.1, 3.2), biologic ="
                + " c(\"adalimumab\", \"tocilizumab\"))", Label.PATIENT_ID)).containsExactly("RA-017", "RA-022");
        assertThat(spans("df <- data.frame(id = c(\"ORD-017\", \"ORD-022\"), product = c(\"pipette\", \"gloves\"))",
                Label.PATIENT_ID)).isEmpty();
        assertThat(spans("genes <- data.frame(id = c(\"ENSG0001\", \"ENSG0002\"), symbol = c(\"TP53\", \"BRCA1\"),"
                + " drug = c(\"olaparib\", \"nivolumab\"))", Label.PATIENT_ID)).isEmpty();
    }

    @Test
    void a_sports_certificates_eyesight_is_clinical() {
        assertNominativeHealth("Certificat médical de non contre-indication\nJe soussigné, Dr Pierre Lagarde, certifie que Mlle"
                + " Inès Boyer, 16 ans, ne présente pas de contre-indication à la pratique du judo, sous réserve du port de"
                + " ses lunettes (myopie forte).");
    }

    @Test
    void a_given_names_genitive_before_its_care_is_a_persons_and_grommets_are_surgery() {
        assertNominativeHealth("Hello all,\n\nA quick note to say Graham's surgery went well yesterday – they removed the"
                + " tumour and he's now on the surgical ward recovering.\n\nPauline", "Farah: can someone cover my bench slot"
                + " Thursday? my son Idris has his grommets op at the Evelina\nLuke: sure, hope it goes well");
        assertThat(spans("Grace's chemotherapy starts Monday.", Label.FIRST_NAME)).containsExactly("Grace");
        assertThat(spans("Wilson's disease is rare. Florence's hospitals are old.", Label.FIRST_NAME)).isEmpty();
        assertNotSensitive("Gilbert's syndrome is benign."); // an eponym's genitive, though Gilbert is a given name
        assertNotSensitive("Graham's paper on asthma is out.");
    }

    @Test
    void off_the_record_discretion_and_a_draft_for_its_co_authors_are_markers() {
        assertThat(spans("Off the record: the renewal will be cut by a third. Don't share this until the letter arrives.",
                Label.CONFIDENTIAL)).containsExactly("Off the record", "Don't share this until");
        assertThat(spans("La fusion est actée, mais rien n'est officiel tant que le conseil ne l'a pas votée. Je compte sur"
                + " votre discrétion.", Label.CONFIDENTIAL)).containsExactly("rien n'est officiel", "compte sur votre discrétion");
        assertThat(DETECTOR.analyze("Title: Semaglutide and alcohol use disorder\nDraft for co-authors only\nHeavy drinking"
                + " days fell by 41%.").classification().sensitive()).isTrue();
        assertThat(spans("Les séquences sont prêtes. Ne les dépose pas sur GenBank avant qu'on ait soumis le papier.",
                Label.CONFIDENTIAL)).containsExactly("avant qu'on ait soumis");
        assertNotSensitive("The minutes are on the record. Thank you for your discretion in the lift.");
    }

    @Test
    void a_question_about_patents_in_general_tells_no_invention() {
        assertNotSensitive("Can we publish a preprint before filing a patent in Europe? I understand Europe has no grace"
                + " period.");
        assertThat(DETECTOR.analyze("Can you improve the wording of this claim before our patent application goes out next"
                + " week?").classification().reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
        assertThat(DETECTOR.analyze("Nothing is published yet; please do not present this work before filing.")
                .classification().reasons()).contains(Reason.INTELLECTUAL_PROPERTY);
    }

    @Test
    void work_kept_in_house_an_expected_filing_and_an_algorithm_not_to_publish_are_markers() {
        assertThat(spans("The knockout mice are protected from fibrosis. Let's keep it in-house until we've repeated it.",
                Label.CONFIDENTIAL)).containsExactly("keep it in-house");
        assertThat(spans("Patent search done, filing expected Q1; do not publish the algorithm.", Label.CONFIDENTIAL))
                .containsExactly("filing expected", "do not publish the");
        assertNotSensitive("The in-house pharmacy keeps it in stock.");
    }

    @Test
    void a_chat_typed_in_a_hurry_introduces_its_writer_and_a_clinic_list_opens_on_times() {
        assertNominativeHealth("hi can u explain my results in simple words. im Shauna Doyle, 41, my ferritin is 8 and hb is"
                + " 98, gp says iron deficiency");
        String clinic = "Clinic list – Thursday AM, Rheumatology\n09:00 Patel, Anjali – new, inflammatory arthritis\n"
                + "09:30 Hughes, Roger – follow-up gout, on febuxostat";
        assertThat(spans(clinic, Label.FIRST_NAME)).containsExactly("Anjali", "Roger");
        assertNominativeHealth(clinic);
        assertThat(spans("Programme\n09:00 Coffee, posters\n10:30 Keynote", Label.LAST_NAME)).isEmpty();
    }

    @Test
    void a_fit_notes_disc_prolapse_is_clinical() {
        assertNominativeHealth("Fit note\nI assessed Mr Connor McBride on 30/11/2026 and, because of a lumbar disc prolapse,"
                + " advise that he is not fit for work for 4 weeks.");
    }

    @Test
    void an_attestation_that_its_writer_follows_a_named_person_is_their_care() {
        assertNominativeHealth("Attestation\nJe soussignée, Sophie Marin, psychologue, atteste suivre Lucas Vidal depuis mars"
                + " 2026 pour un trouble anxieux généralisé, à raison d'une séance par semaine.");
        assertNotSensitive("Je vais suivre Lucas Vidal, psychologue, dans son projet sur le trouble anxieux.");
        assertNominativeHealth("Georgia: Finn's in hospital with appendicitis, they're operating tonight\nKai: oh no");
    }

    @Test
    void a_report_passed_on_personally_and_an_invention_to_protect_before_a_talk_are_markers() {
        assertThat(spans("Je vous transmets, à titre strictement personnel, le rapport d'audit. Ne le diffusez pas.",
                Label.CONFIDENTIAL)).containsExactly("à titre strictement personnel", "Ne le diffusez pas");
        assertThat(spans("Between you and me, the department is about to lose its award.", Label.CONFIDENTIAL))
                .containsExactly("Between you and me");
        assertThat(DETECTOR.analyze("We would like to discuss protecting this before we present at AACR in April.")
                .classification().reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
        assertNotSensitive("Please protect this before it rains.");
    }

    @Test
    void a_reviewers_and_a_labs_requests_for_silence_are_markers() {
        String review = "Reviewer comments – in confidence. These comments are for the panel only and should not be forwarded.";
        assertThat(spans(review, Label.CONFIDENTIAL))
                .containsExactly("in confidence", "for the panel only", "should not be forwarded");
        assertThat(DETECTOR.analyze("We saw little overlap in confidence intervals between the arms.").findings()).isEmpty();
        assertThat(spans("HR de 1,6. Je vous montre ça jeudi, mais pour l'instant ça ne sort pas du labo !", Label.CONFIDENTIAL))
                .containsExactly("ne sort pas du labo");
        assertThat(DETECTOR.analyze("Le procédé n'a fait l'objet d'aucune publication ni d'aucun dépôt.").classification()
                .reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
    }

    @Test
    void a_name_as_the_value_of_a_name_key_in_code_beside_clinical_values_is_a_patients() {
        assertNominativeHealth("df = pd.DataFrame({'name': ['Ruth Abernathy', 'Colin Marsh'], 'hiv_status': ['positive',"
                + " 'negative'], 'cd4': [310, 890]})",
                "SELECT a.* FROM admissions a JOIN diagnoses d ON a.id = d.adm_id WHERE a.name = 'Eleanor Voss' AND"
                        + " d.label LIKE '%sepsis%';");
        assertNotSensitive("df = pd.DataFrame({'name': ['Ruth Abernathy'], 'city': ['Leeds']})",
                "The patient said 'Ruth Abernathy wrote the asthma guideline'.");
    }

    @Test
    void the_first_author_of_a_reference_cited_in_the_text_is_a_family_name() {
        String cited = "Dapagliflozin reduced the risk of heart failure (McMurray et al., NEJM 2019).";
        assertThat(spans(cited, Label.LAST_NAME)).containsExactly("McMurray");
        assertNotSensitive(cited);
    }

    @Test
    void an_illness_had_may_be_a_noun_and_its_complement_and_french_says_it_in_the_plural_and_the_imperfect() {
        assertNominativeHealth("Baptiste Morin (U17) s'est fait une rupture du ligament croisé antérieur samedi au match.",
                "Tom Baker has a history of asthma.",
                "Mon ingénieur, Thibaut Mercier, m'a dit qu'il faisait des attaques de panique depuis un mois.",
                "Thibaut Mercier faisait des crises d'angoisse.");
        // a talk's subject, work, and an English compound that goes on
        assertNotSensitive("Jean Lefort a fait une présentation du diabète.",
                "Jean Lefort a fait un audit des infections nosocomiales en réanimation.",
                "Tom Baker had a study of asthma published.", "Tom Baker has a big cancer fundraiser on Sunday.",
                "Thibaut Mercier dit : pas de panique, la salle est réservée.", "Julie Martin a fait une collecte pour l'AVC.");
    }

    @Test
    void a_death_carried_off_by_an_illness_is_the_persons() {
        assertNominativeHealth("Nous vous annonçons le décès de notre collègue Michel Arnoult, emporté le 27 novembre par un"
                + " cancer du pancréas.");
        assertNotSensitive("Notre collègue Michel Arnoult a été emporté par la foule au concert.");
    }

    @Test
    void a_letters_subject_after_a_heading_and_its_dash_is_its_label() {
        assertNominativeHealth("Genetics clinic letter – Re: Priya Nair, 35\nYour BRCA2 test shows a pathogenic variant.");
    }

    @Test
    void drugs_of_more_classes_are_told_by_their_endings() {
        assertNominativeHealth("Dental referral: Mr Oskar Lindqvist, 45, on alendronate for six years, needs an extraction;"
                + " risk of osteonecrosis of the jaw?");
        assertThat(DocumentSignals.of(new Document("alendronate fluoxétine alprazolam prednisolone formoterol ondansetron"))
                .healthTerms()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void names_given_as_examples_of_a_columns_values_beside_clinical_ones_are_patients() {
        assertNominativeHealth("In Excel, how do I highlight rows where eGFR is below 30? Column A has names like Margaret"
                + " Oduya and Peter Blakemore, column C the diagnosis (CKD 4, CKD 5).");
        assertNotSensitive("In Excel, how do I sort a column of names like Margaret Oduya and Peter Blakemore?");
    }

    @Test
    void a_study_code_before_a_colon_and_its_holders_care_is_a_patients() {
        String update = "Quick update on ALS-2217: ALSFRS-R dropped from 38 to 31 and gastrostomy was discussed.";
        assertThat(spans(update, Label.PATIENT_ID)).containsExactly("ALS-2217");
        assertThat(DETECTOR.analyze(update).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        // a virus, a protocol, a room, and a code whose sentence says no care
        assertThat(DETECTOR.analyze("COVID-19: hospital admissions fell. Protocol ABC-1234: amendment on the dose of"
                + " metformin. Room B-012: the diabetes clinic moves here. ALS-2217: invoice paid.").findings())
                .noneMatch(finding -> finding.label() == Label.PATIENT_ID);
        // and a day a move is to is no town
        assertThat(spans("ALS-2217: visit moved to Monday.", Label.CITY)).isEmpty();
    }

    @Test
    void screening_words_an_organs_failure_and_a_joints_replacement_are_clinical() {
        assertNominativeHealth("Dear Mrs Adeyemi,\n\nYour cervical screening test found high-risk HPV.",
                "Just to let you know that Tom Hughes will be on a phased return from Monday after his knee replacement.");
        assertNotSensitive("Tom Hughes will replace the knee brace stock on Monday.");
    }

    @Test
    void an_age_in_apposition_before_a_name_then_a_clinical_word_is_a_patients() {
        assertNominativeHealth("Please see this 6-year-old, Leo Marsh, with a two-month history of morning headaches and"
                + " vomiting.");
    }

    @Test
    void a_relative_the_writer_names_in_a_text_with_a_clinical_word_is_its_subject() {
        assertNominativeHealth("My partner Sean has been drinking a bottle of vodka a day and now his eyes look yellow. Is"
                + " this liver failure?", "Ma fille Emma, 7 ans, est allergique aux arachides.",
                "Their son Jack gets wheezy at night; is it asthma?");
        assertNotSensitive("My daughter Emma wants to study medicine; which universities are best for diabetes research?",
                "His partner Sean has asked whether the liver failure talk is recorded.");
    }

    @Test
    void a_code_after_code_is_a_patients_when_a_patient_word_opens_its_line() {
        String report = "Cas de pharmacovigilance – patiente de 34 ans, code CRPV-LY-0481\nÉruption bulleuse sous lamotrigine.";
        assertThat(spans(report, Label.PATIENT_ID)).containsExactly("CRPV-LY-0481");
        assertThat(DETECTOR.analyze("Promotion de décembre, code NOEL-2026 à saisir en caisse.").findings()).isEmpty();
    }

    @Test
    void a_name_said_in_lower_case_after_s_appelle_is_a_name() {
        String mother = "ma mère a 78 ans elle s'appelle josiane perrin et elle a une insuffisance cardiaque";
        assertThat(spans(mother, Label.FIRST_NAME)).containsExactly("josiane");
        assertNominativeHealth(mother);
    }

    @Test
    void an_internal_document_silence_asked_and_a_patent_to_be_sought_are_markers() {
        assertThat(spans("Compte rendu du bureau, document interne pour le bureau. Le papier est accepté mais on ne communique"
                + " rien avant cette date.", Label.CONFIDENTIAL)).containsExactly("document interne", "on ne communique rien");
        assertThat(DETECTOR.analyze("Device: an oxygen concentrator. We intend to seek patent protection before any"
                + " publication.").classification().reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
        assertThat(DETECTOR.analyze("Quelles sont les étapes pour déposer un brevet en France ? How do I seek patent"
                + " protection?").findings()).isEmpty();
    }

    @Test
    void a_request_not_to_discuss_something_with_others_is_a_marker() {
        String board = "The board will be asked on Monday to merge the wards. Please do not discuss this with staff before the"
                + " consultation opens.";
        assertThat(DETECTOR.analyze(board).classification().reasons()).containsExactly(Reason.CONFIDENTIAL);
    }

    @Test
    void a_letter_that_calls_its_reader_by_name_and_speaks_of_their_illness_is_theirs() {
        assertNominativeHealth("Dear Pauline,\n\nFollowing your return-to-work meeting, occupational health recommends a"
                + " phased return over four weeks after your breast cancer treatment.\n\nKind regards,\nHR Business Partner");
        assertNotSensitive("Dear Pauline,\n\nThank you for your breast cancer talk at the seminar.\n\nSophie",
                "Dear Pauline,\n\nYour breast cancer cohort paper was accepted.\n\nSophie");
    }

    @Test
    void a_writer_who_introduces_themself_and_was_diagnosed_is_ill() {
        assertNominativeHealth("Je suis Kevin Morel, j'ai 34 ans et on vient de me diagnostiquer une spondylarthrite"
                + " ankylosante. Puis-je continuer le rugby ?");
        assertNotSensitive("Je suis Kevin Morel, interne : comment annoncer qu'on vient de lui diagnostiquer une"
                + " spondylarthrite ankylosante ?");
    }

    @Test
    void a_visit_with_a_symptom_and_a_patients_dialysis_centre_are_care() {
        assertNominativeHealth("Sexual health clinic – Mortimer Market Centre\nJordan Blake, 23, attends with dysuria."
                        + " NAAT positive for gonorrhoea.",
                "Je vous transmets la demande de transport pour Mme Fatima Zeroual, dialysée 3 fois par semaine (lundi,"
                        + " mercredi, vendredi) au centre de Saint-Priest.");
        assertNotSensitive("Sexual health clinic\nJordan Blake, 23, attended with his team to talk about dysuria.");
    }

    @Test
    void a_story_of_a_year_too_old_for_a_date_is_history() {
        assertNotSensitive("In 1854 John Snow traced a cholera outbreak in Soho to the Broad Street pump. By mapping the"
                + " deaths, he showed that cholera was spread through contaminated water.");
        // a number of that size before a unit is no year
        assertNominativeHealth("Paul Girard a une BPCO sévère et s'essouffle en 1500 mètres.");
    }

    @Test
    void a_contracts_results_are_no_research_results() {
        String memo = "Objet : négociation\n\nNotre plancher est de 180 000 € et nous ne céderons pas sur la copropriété"
                + " des résultats. Ces éléments ne doivent pas sortir de l'équipe juridique.\n\nNathalie Perrin";
        assertThat(DETECTOR.analyze(memo).classification().reasons()).containsExactly(Reason.CONFIDENTIAL);
        String interim = "Résultats intermédiaires : HR 0,73. Ces éléments ne doivent pas sortir de l'équipe.";
        assertThat(DETECTOR.analyze(interim).classification().reasons()).containsExactly(Reason.UNPUBLISHED);
    }

    @Test
    void a_colleagues_childbirth_a_referral_and_a_care_homes_note_are_health() {
        assertNominativeHealth("Coucou l'équipe,\n\nPetite nouvelle : Léa a accouché hier soir d'un petit Arthur, 3,2 kg !"
                        + "\n\nManon",
                "Dear Psychiatry Liaison,\n\nPlease review Connor Walsh, 19, who presented after taking 40 paracetamol"
                        + " tablets.\n\nDr Helen Moss",
                "Care home daily notes – Maple Lodge\nEileen: refused lunch again. Coughing when drinking.",
                "Paediatric diabetes clinic\nName: Isla McKenzie    Age: 11\nHbA1c 71 mmol/mol, several missed boluses;"
                        + " a pump discussed.",
                "Je m'appelle Aurore Delmas ; je me fais opérer d'une hernie discale le 9 décembre.");
        assertNotSensitive("Care home daily notes – Maple Lodge\nThe new carer, Eileen, says coughing visitors should stay home.",
                "Course registration\nName: Isla McKenzie    Age: 11\nTopics: diabetes and insulin pumps.",
                "Je m'appelle Aurore Delmas ; je dois le faire opérer d'une hernie discale, mon chien.");
    }

    @Test
    void a_notes_line_opened_by_its_date_then_a_name_and_a_clause_about_a_named_person_are_theirs() {
        assertNominativeHealth("Infirmerie scolaire – collège Jean Moulin\n24/11 : Louna Faure (4e B), malaise en cours"
                        + " d'EPS, glycémie capillaire 0,52 g/L. Diabète de type 1 connu.",
                "Dear Colleague,\n\nI would be grateful for your opinion on Gurpreet Sandhu, 47, who has had three episodes"
                        + " of painless rectal bleeding and a change in bowel habit. Suspected colorectal cancer.\n\nDr Laura Kent");
        assertNotSensitive("Planning\n24/11 : Louna Faure présente son cours sur le diabète de type 1 et la glycémie au séminaire.",
                "Welcome to Gurpreet Sandhu, 47, who has led the colorectal cancer unit for ten years.");
    }

    @Test
    void a_message_signed_after_a_dash_or_telling_of_the_writers_treatment_is_theirs() {
        assertNominativeHealth("Turn this into an out-of-office reply: \"I'm off until the 14th – I'm having my thyroid"
                        + " removed on Monday, just a big goitre. Urgent queries to Ben.\" – Carla Mendes",
                "Dear Fiona,\n\nThank you for your card. The chemo is going better than expected – I've had four of six"
                        + " cycles of R-CHOP.\n\nWarm wishes,\nGraham");
        assertNotSensitive("Dear Fiona,\n\nThe chemo trial is recruiting well – I've had four new sites this month.\n\n"
                + "Warm wishes,\nGraham");
    }

    @Test
    void a_story_that_opens_on_a_year_of_the_past_and_tells_of_a_first_is_history() {
        assertNotSensitive("En 1952, Jean Hamburger réalise à l'hôpital Necker la première greffe de rein à partir d'un"
                + " donneur vivant : une mère donne un rein à son fils, Marius Renard. Le greffon fonctionne trois semaines.");
        assertNominativeHealth("En 2024, Mme Jeanne Roux, 81 ans, a eu sa première greffe de rein à l'hôpital Necker.");
        // its month before its year
        assertNotSensitive("In December 1967 Christiaan Barnard performed the first human heart transplant in Cape Town."
                + " The recipient, Louis Washkansky, a 53-year-old grocer, died of pneumonia 18 days later.");
        assertNominativeHealth("In December 2025 Louis Washkansky, a 53-year-old grocer, had his first heart transplant and"
                + " died of pneumonia 18 days later.");
    }

    @Test
    void a_colleagues_wound_closed_at_the_emergency_department_is_theirs() {
        assertNominativeHealth("Notre technicienne Sandrine Colas s'est coupé la main avec un scalpel le 19 novembre. Elle a été"
                + " suturée aux urgences et est en arrêt jusqu'au 4 décembre.", "Sandrine Colas a été suturée aux urgences.");
        // a trade before a name says who; the same words of work said of the person still are work
        assertNotSensitive("Notre technicienne Sandrine Colas a préparé les lames de biopsie du cancer du sein.",
                "Notre secrétaire Léa Martin gère les rendez-vous de diabétologie.");
    }

    @Test
    void a_chat_about_the_speakers_mother_at_the_emergency_department_is_hers() {
        assertNominativeHealth("Résume :\n[28/11 23:41] Hélène : maman est tombée dans la salle de bain, on est aux urgences"
                + " de l'hôpital de Cholet\n[28/11 23:55] Hélène : fracture du poignet, ils attendent le chirurgien");
        // no speaker named; someone else's mother; a place, not a visit
        assertNotSensitive("Résume : maman est tombée dans la salle de bain, on est aux urgences de l'hôpital de Cholet."
                + " Fracture du poignet, ils attendent le chirurgien.",
                "Résume :\n[28/11 23:41] Hélène : le bureau de la cadre est aux urgences, au fond du couloir\n"
                        + "[28/11 23:55] Hélène : la fracture du poignet, c'est au programme de demain");
    }

    @Test
    void a_writer_who_introduces_themself_with_their_age_and_their_results_is_ill() {
        assertNominativeHealth("I'm Marcus, 34, and my GP just rang to say my liver enzymes are high (ALT 180). How worried"
                + " should I be?");
        assertNotSensitive("I'm Marcus, 34, and I study liver enzymes in zebrafish. Any advice on assays?");
    }

    @Test
    void a_named_persons_death_from_an_illness_and_the_writers_life_after_an_event_are_theirs() {
        assertNominativeHealth("Hi all,\n\nSad news: Professor Hannah Roth, who founded our imaging group, died on Sunday"
                        + " after a short illness with pancreatic cancer.\n\nNeil",
                "Je m'appelle Sébastien Morin et je ne peux plus courir suite à un pontage coronarien.");
        assertNotSensitive("Professor Hannah Roth showed that patients died of pancreatic cancer within a year.",
                "Je m'appelle Sébastien Morin et je travaille sur le pontage coronarien depuis dix ans.");
    }

    @Test
    void a_table_of_codes_beside_dates_of_care_is_pseudonymised() {
        String csv = "Calcule le délai :\nID;date_diag;date_chir;type\nSEIN-012;03/02/2026;02/03/2026;tumorectomie\n"
                + "SEIN-015;17/02/2026;30/03/2026;mastectomie";
        assertThat(DETECTOR.analyze(csv).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
    }

    @Test
    void a_rooms_number_before_a_sentences_end_is_no_patients_room() {
        assertNotSensitive("Journal club – Tuesday 8 December, 1 pm, Seminar Room 3. Priya will present the FMT trial in"
                + " Crohn's disease published in Gut.");
        assertNominativeHealth("Chambre 12. Mme Odette Rivaud : agitée vers 2 h, chute, hématome frontal.");
    }

    @Test
    void a_table_whose_patient_column_holds_codes_is_pseudonymised() {
        String csv = "Which of these should be flagged?\npatient,week,alt,ast,bilirubin\nHX-05,4,45,38,12\nHX-09,4,312,260,41";
        assertThat(DETECTOR.analyze(csv).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
    }

    @Test
    void a_stays_number_alone_is_a_code_and_with_a_name_identifies() {
        String stays = "Je veux faire un graphique de la durée de séjour, voici les données :\nséjour;service;durée_j;décès\n"
                + "S2026-0412;réa;14;1\nS2026-0415;cardio;5;0";
        assertThat(DETECTOR.analyze(stays).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        assertThat(DETECTOR.analyze("Résultats de laboratoire pour RUFUNA Marine. Mention: Anormal, 15/12/2019, NDA 98765431256")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_signed_message_about_the_writers_illness_with_a_word_before_it_is_theirs() {
        assertNominativeHealth("Dear Siobhan,\n\nI need to step down as co-investigator. My multiple sclerosis has relapsed"
                + " and I must reduce my hours.\n\nColm Fitzgerald");
        assertNotSensitive("Dear Siobhan,\n\nI need to step down as co-investigator: my breast cancer study takes all my"
                + " hours.\n\nColm Fitzgerald");
    }

    @Test
    void a_patient_known_by_initials_is_pseudonymised() {
        String report = "Fiche de déclaration – pharmacovigilance\nPatiente identifiée par ses initiales M.-L. D., 58 ans."
                + " Sous amoxicilline depuis 4 jours : éruption maculo-papuleuse, fièvre, éosinophilie. Hospitalisation.";
        assertThat(DETECTOR.analyze(report).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        assertNotSensitive("Les initiales des auteurs figurent après chaque section : éruption, fièvre, hospitalisation.");
    }

    @Test
    void a_month_named_alone_is_no_date_of_a_persons_care() {
        String memo = "Subject: restructuring of the imaging platform\n\nPlease treat this as strictly confidential: the two"
                + " MRI technician posts will not be renewed and the platform will merge with the hospital's radiology"
                + " department in March.\n\nRegards,\nMartin Clarke";
        assertThat(DETECTOR.analyze(memo).classification().reasons()).containsExactly(Reason.CONFIDENTIAL);
    }

    @Test
    void a_voicemail_that_introduces_its_speaker_then_their_symptoms_is_theirs() {
        assertNominativeHealth("Make this voicemail into a note: \"Hi, it's Margaret Boyle from Flat 3, I've had chest pain"
                + " on and off since Sunday and my ankles are very swollen, my heart tablets don't seem to be working.\"");
        assertNotSensitive("Hi, it's Margaret Boyle from the research office: the asthma and COPD seminar moves to room 2.");
    }

    @Test
    void a_leave_after_ones_own_operation_is_for_ones_health() {
        assertNominativeHealth(
                "Pour info, Nadia Benslimane est en arrêt jusqu'au 15 décembre suite à son opération du genou"
                        + " (ligamentoplastie).",
                "FYI, Nadia Benslimane is off work until 15 December after her operation for a hernia.");
        assertNotSensitive(
                "Pour info, Nadia Benslimane est en arrêt jusqu'au 15 décembre suite à l'opération de déménagement du"
                        + " service de chirurgie.");
    }

    @Test
    void a_history_paragraph_with_a_wife_and_the_world_is_no_ones_record() {
        assertNotSensitive(
                "En 1895, Wilhelm Röntgen découvre les rayons X à Wurtzbourg ; la radiographie de la main de son épouse Anna"
                        + " Bertha fait le tour du monde. Dès 1896, Antoine Béclère ouvre à l'hôpital Tenon l'un des premiers"
                        + " services de radiologie en France.");
    }

    @Test
    void a_colleague_absent_from_a_seminar_for_an_illness_said_through_a_pronoun_is_named_with_it() {
        assertNominativeHealth(
                "Léa ne viendra pas au séminaire jeudi, elle est hospitalisée pour une pyélonéphrite.",
                "Sandrine ne viendra pas au séminaire, elle est en arrêt jusqu'à fin janvier pour son cancer du sein.",
                "Hi all, Priya won't make the journal club on Friday, she is in hospital with appendicitis.",
                "FYI Rachel Ng won't tutor module 5 this term, she is having chemotherapy for breast cancer.");
        assertNotSensitive(
                // a speaker's work, said through the same pronoun, or the illness of a case they present
                "Marie Dupont présentera au séminaire jeudi, elle est spécialiste de la sclérose en plaques.",
                "Dr Paul Martin animera le séminaire ; il est cardiologue et a publié sur l'insuffisance cardiaque.",
                "Claire viendra au séminaire, elle a travaillé dix ans sur le cancer du sein.",
                "Join us at the seminar: Dr Amy Chen will speak; she is an expert in breast cancer screening.",
                "Tom présentera au séminaire, il a une longue expérience du diabète de type 1.",
                "Léa ne viendra pas au séminaire jeudi, elle est en congrès à Lyon pour présenter ses travaux sur la"
                        + " pyélonéphrite.",
                "Sarah will chair the meeting; she has led the asthma trial since 2019.",
                "Julien présentera au séminaire, il est en thèse sur la maladie de Crohn.",
                "Invitée du séminaire : Anne Roux. Elle est l'auteure d'un livre sur la dépression postnatale.",
                "Nadia animera le séminaire, elle a une formation en oncologie et un master en épidémiologie du cancer.",
                "Au séminaire, Paul a présenté le cas d'une patiente atteinte de lupus ; il a insisté sur la corticothérapie.",
                "Paul a présenté le cas d'une patiente atteinte de lupus.",
                // a programme's speakers beside its topics, with no pronoun, or a pronoun with a verb of doing
                "Webinaire : Léa Martin, neuropédiatre, sur les crises d'épilepsie de l'enfant hospitalisé.",
                "Journée mondiale du diabète : témoignage de Julie Moreau sur son quotidien avec une pompe à insuline et"
                        + " les hypoglycémies.",
                "Webinaire : Léa Martin ; elle reviendra sur les crises d'épilepsie de l'enfant hospitalisé.",
                "Séminaire : Marc Dubois, puis il reviendra sur la pneumopathie du sujet âgé hospitalisé.");
        // a patient's illness in apposition to her name is hers
        assertThat(DETECTOR.analyze("Marie Dupont, patiente atteinte d'une sclérose en plaques, demande un certificat.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_signed_writers_own_illness_a_childs_age_and_an_english_letters_findings_are_health_data() {
        assertNominativeHealth(
                // the signer's illness, with the possessive right before it
                "Dear team, since my heart attack in July I have been working part time.\n\nBest,\nColin Fraser",
                "Bonjour, depuis mon cancer je travaille à mi-temps, merci de votre compréhension.\n\nSylvie Roux",
                // an illness that is the person's, after the same kind of age
                "Hugo Petit, 24 ans, est hospitalisé pour un diabète et de l'hypertension.",
                // a child named with its age
                "Bilan orthophonique – Lola Marin, 8 ans, CE2. Dyslexie phonologique probable, rééducation proposée.",
                // an eye referral's findings, in English
                "Re: Eileen McCarthy, DOB 30/07/1950\nThank you for seeing this lady with blurred vision in the right eye."
                        + " I noted drusen and possible fluid at the macula: wet macular degeneration?");
        assertNotSensitive(
                // the signer's work after "my"
                "Dear all, my study on heart failure has been funded for three more years.\n\nBest,\nClaire Martin",
                "Hi Sam, my diabetes clinic will move to Tuesdays from January.\n\nThanks,\nRuth Adebayo",
                "Bonjour, mon essai sur le cancer du sein a inclus 200 patientes.\n\nCordialement,\nPaul Martin",
                "Hello, my patients with asthma will be invited to the trial.\n\nRegards,\nDr Helen Marsh",
                "Hi, my thesis on depression is almost done!\n\nLéa Morel",
                "Hi, my surgery will be closed on Friday for staff training.\n\nDr Ruth Adebayo",
                // a child congratulated or awarded, an adult's age
                "Félicitations à Lola Marin, 8 ans, gagnante du concours de dessin sur le diabète et l'insuline.",
                "Tom Baker, 12 years old, won the school prize for his poster on asthma and inhalers.",
                "Notre nouveau doctorant, Hugo Petit, 24 ans, travaille sur le diabète et l'insuline.",
                "Bienvenue à Lola Marin, 8 ans, nouvelle élève de CE2 ; la classe prépare un exposé sur le diabète et"
                        + " l'insuline.",
                "Hugo Petit, 24 ans, habite à Lyon ; il aime les films sur le diabète et l'insuline.",
                // an illness that names the body a person runs for (it was a false alarm)
                "Hugo Petit, 24 ans, a couru le marathon de Paris pour l'association du diabète.",
                "Hugo Petit, 24 ans, a couru le marathon de Paris pour l'association du diabète et de l'insuline.",
                "Hugo Petit, 24 ans, a couru le marathon de Paris pour la Ligue contre le cancer.");
    }

    @Test
    void a_place_of_cares_notes_name_their_resident_by_a_given_name_alone() {
        assertNominativeHealth(
                "Sunnyside Care Home – daily notes, 24 Nov\nDoris ate half her breakfast, refused lunch. Seemed more confused"
                        + " this afternoon. Temperature 37.9, urine dipstick positive for nitrites. GP called, trimethoprim"
                        + " started.",
                "EHPAD Les Tilleuls – transmissions de nuit\nGisèle dort mal, a refusé son traitement ; chute à 3 h, glycémie"
                        + " 0,6 g/l, resucrée.");
        assertNotSensitive(
                // the place's news, notes with no one named, notes that are no place's
                "Sunnyside Care Home – news\nDoris seemed delighted with her 100th birthday; the diabetes nurse and the"
                        + " dialysis team came.",
                "Sunnyside Care Home – daily notes\nThe diabetes nurse visits on Tuesdays; insulin stock checked, dialysis"
                        + " transport booked.",
                "Journal club notes\nDoris seemed convinced by the trial of trimethoprim for urinary infection and sepsis.",
                // a carer named within a line of the notes, not opening it
                "Sunnyside Care Home – daily notes\nInsulin stock checked and dialysis transport booked by the new carer;"
                        + " Doris seemed happy with the rota.");
        assertThat(names("Doris ate half her breakfast.")).containsExactly("FIRST_NAME Doris");
    }

    @Test
    void a_parents_message_a_nurses_note_and_a_certificate_name_their_patient() {
        assertThat(DETECTOR.analyze("Bonsoir docteur, c'est Mme Leclerc, la maman de Théo. Il a encore 39,5 de fièvre ce soir"
                + " malgré le Doliprane, et il tousse beaucoup. Faut-il l'emmener aux urgences ?").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Note d'IDE 22h : M. Benoît Caron, ch. 8, algique (EVA 7/10) malgré paracétamol. Appel"
                + " interne de garde, morphine 5 mg SC administrée à 22h15.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Reformule : « Je soussignée, Dr Nathalie Girard, certifie avoir examiné ce jour Mme Yasmina"
                + " Haddad et constaté une entorse de la cheville gauche justifiant un arrêt de travail de 10 jours. »")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // a mother of two who leads a team, a reviewer who examined data, a doctor who examined an unnamed patient
        assertThat(DETECTOR.analyze("Mme Sophie Laurent, maman de deux enfants, dirige l'équipe d'épidémiologie du diabète et de"
                + " l'obésité à l'Inserm.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Le Dr Martin a examiné les données de l'essai sur le diabète avec Mme Claire Dubois,"
                + " biostatisticienne.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("The patient was examined by Dr John Smith; she had pneumonia and diabetes.")
                .classification().sensitive()).isFalse();
    }

    @Test
    void an_age_between_commas_then_what_the_person_presents_with_singles_out_a_patient() {
        assertThat(DETECTOR.analyze("Peux-tu traduire en anglais : « Madame Nguyen Thi Lan, 45 ans, présente depuis trois"
                + " semaines une toux sèche et une fièvre vespérale. Une tuberculose pulmonaire est suspectée. »")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Mrs Jane Holt, 71 years, presents with chest pain and dyspnoea.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        // a speaker who presents a report or results, a researcher's portrait, a doctor's age
        assertThat(DETECTOR.analyze("Monsieur Alain Petit, 58 ans, présente le rapport annuel sur le cancer et le diabète au"
                + " conseil.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Mrs Jane Holt, 71 years, presents the results of the asthma and diabetes trial.")
                .classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Madame Claire Roux, 45 ans, chercheuse en épidémiologie du cancer et du diabète, présente"
                + " ses travaux.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Dr Paul Martin, 45 ans, présente les résultats de l'essai sur le diabète et l'asthme.")
                .classification().sensitive()).isFalse();
    }

    @Test
    void an_english_clinic_letters_breathlessness_and_spirometry_are_clinical_words() {
        assertThat(DETECTOR.analyze("Mr Ahmed Khan (NHS number 943 476 5919) attended clinic today. He reports ongoing"
                + " breathlessness. Spirometry shows FEV1 58 % predicted.").classification().sensitive()).isTrue();
    }

    @Test
    void a_certificate_names_the_person_examined_whose_health_it_speaks_of() {
        assertThat(DETECTOR.analyze("Je soussigné, Dr Paul Henri, certifie avoir examiné ce jour M. Karim Benali et constaté"
                + " une entorse de la cheville gauche justifiant un arrêt de travail.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Objet : arrêt de travail\nJe soussigné, Dr Pierre Lambert, certifie avoir examiné ce jour"
                + " M. Karim Benali, dont l'état de santé nécessite un arrêt de travail de 7 jours.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Mr Brown, whose health has declined since his stroke, cannot attend the hearing.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // a practitioner's field, a colleague's work on health
        assertThat(DETECTOR.analyze("Le Pr Martin, dont la santé publique est le domaine, dirige l'école.")
                .classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Nous remercions Mme Claire Dubois, dont le travail sur la santé des adolescents a été"
                + " précieux.").classification().sensitive()).isFalse();
    }

    @Test
    void a_letter_about_its_addressees_own_care_is_nominative_not_one_about_their_work() {
        assertThat(DETECTOR.analyze("Peux-tu corriger ce mail ? \"Madame Lefèvre, je vous confirme votre rendez-vous d'IRM"
                + " cérébrale le mardi 8 décembre au service de radiologie. Merci d'apporter vos anciens examens.\"")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Dear Mr Patel, your blood test results show a high cholesterol and your kidney function"
                + " is slightly reduced. Please book an appointment with the practice nurse.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Monsieur Girard, suite à votre biopsie du 3 novembre, nous vous proposons une"
                + " consultation d'annonce avec le Dr Leblanc.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        // the addressee's project, paper or congress; a colleague addressed as a doctor
        assertThat(DETECTOR.analyze("Madame Durand, votre projet sur le cancer du sein a été retenu par le comité"
                + " scientifique. Le financement débutera en janvier.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Dear Ms Taylor, your paper on type 2 diabetes and insulin resistance has been accepted"
                + " for publication.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Madame Roux, votre inscription au congrès de cardiologie est confirmée. Le programme des"
                + " sessions sur la coronarographie et l'angioplastie suit.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Cher Dr Lambert, votre expertise sur la sclérose en plaques et la neuropathie nous serait"
                + " précieuse.").classification().sensitive()).isFalse();
    }

    @Test
    void the_health_of_a_named_person_is_nominative_health_data() {
        assertThat(DETECTOR.analyze("Objet : arrêt de travail\nJe soussigné Dr Paul Renaud certifie que l'état de santé de"
                + " Mme Chloé Marchand nécessite un arrêt de travail du 30/11/2026 au 06/12/2026 inclus.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("I am writing to inform you that the health of Mr Arthur Brown has deteriorated and he can"
                + " no longer attend.").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // a minister or an agency of health, a practitioner's patients
        assertThat(DETECTOR.analyze("La ministre de la Santé de l'époque, Mme Roselyne Bachelot, avait commandé 94 millions"
                + " de doses.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Le directeur de l'Agence régionale de santé d'Occitanie, M. Didier Jaffre, présentera le"
                + " plan.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("We discussed the health of Dr Smith's patients in the diabetes clinic.")
                .classification().sensitive()).isFalse();
    }

    @Test
    void a_named_persons_visit_to_a_place_of_care_is_nominative_health_data() {
        assertThat(DETECTOR.analyze("Mr Ahmed Khan attended clinic today with worsening asthma.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Mrs Jane Holt attended A&E overnight with chest pain.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Peter Hughes presented with a two-week history of fever and pneumonia on chest X-ray.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Mme Sophie Garnier est venue en consultation pour une toux persistante et une fièvre.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Julien Morel s'est présenté aux urgences avec une douleur thoracique.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // a congress, a board, an award, a team, a hospital's rounds, a public or an expert's consultation: no one's care
        for (String text : List.of("Anne Martin attended the congress on asthma in Milan.",
                "Julien Morel a présenté ses travaux sur l'asthme au congrès.",
                "Anne Martin est venue en consultation d'expertise pour le projet sur l'asthme.",
                "Julien Morel a présenté en consultation publique le plan asthme de la région.",
                "Anne Martin attended a conference on asthma.",
                "Anne Martin attended the hospital board meeting on asthma funding.",
                "Anne Martin attended hospital's grand rounds on asthma.",
                "Anne Martin was presented with the Lasker award for her asthma research.",
                "Anne Martin presented with her team the new asthma score.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void a_named_persons_symptom_event_or_sick_leave_is_nominative_health_data() {
        assertNominativeHealth(
                "Monsieur Bertrand Lagarde présente depuis trois semaines une toux sèche et une fièvre.",
                "Mme Odile Ferrand présente une dyspnée d'effort.",
                "Priya Raman from accounts had a seizure at her desk this morning and was taken to hospital by ambulance.",
                "Kevin Ashdown has a fracture of the left wrist.",
                "Daniel Price had an asthma attack during the match and used his inhaler.",
                "Bonjour docteur, je m'appelle Sandrine Lefèvre et j'ai une sclérose en plaques depuis 2015.",
                "Jacques Morvan a fait un AVC la semaine dernière.",
                "Hélène Brunet a eu une pneumopathie en janvier.",
                "Sarah Whitcombe is off sick this week with the flu, so the lab meeting moves to Thursday.",
                "Mme Lina Haddad est en arrêt de travail pour une lombalgie aiguë.");
        // a talk, results, a meeting, an idea, a grant, a project: the clinical word is no one's illness
        for (String text : List.of("Mme Claire Dupont présente une conférence sur le diabète de type 2 au congrès de Lyon.",
                "Julie Martin présente des résultats sur l'asthme sévère.",
                "Julie Martin présente depuis 2019 une émission sur le diabète.",
                "Paul Martin had a meeting about the cancer cohort.",
                "Paul Martin has a consultation with the ethics board about the asthma trial.",
                "Thomas Girard has a cancer grant from the ERC.",
                "Thomas Girard had a diabetes paper accepted in The Lancet.",
                "Sophie Leroy a fait une présentation sur l'AVC.",
                "Sophie Leroy a eu une idée pour l'étude sur le diabète.",
                "Marc Petit est en congé maladie jusqu'à lundi.",
                "Marc Petit is off sick today.",
                "Paul Martin annonce l'arrêt de l'essai sur le cancer du sein.",
                "Claire Petit a fait un bilan des projets sur le diabète.",
                "Thomas Girard has two asthma papers in review.",
                "Julie Martin présente depuis janvier 2024 sur France Culture la chronique asthme et allergie.",
                "John Smith had an asthma education session planned for the school nurses.",
                "Je m'appelle Sandrine Lefèvre et j'ai une question sur l'essai vaccinal contre la grippe.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void what_a_named_person_has_or_is_said_in_other_ways_is_nominative_health_data() {
        assertNominativeHealth(
                // a possessive before the illness, after the name in its sentence
                "Write a polite email to the family of Mr Desmond Achterberg explaining that his chemotherapy is postponed.",
                "J ai revu madame Lefort ce matin pour sa toux, je lui ai prescrit du Ventoline.",
                // French "avoir" before the illness, and a bout of illness named by what qualifies it
                "J'ai besoin d'aide pour une lettre : ma mère, Odette Lambert, a la maladie d'Alzheimer et vit en EHPAD.",
                "Le petit Lucas Bernard, 6 ans, a fait une crise convulsive fébrile hier soir à la crèche.",
                "Karim Haddad a une crise d'épilepsie par semaine malgré son traitement.",
                // a person named by their condition; one's own condition after "je suis"
                "Reformule : « Jean-Paul Maréchal, diabétique de type 2, a arrêté son insuline sans avis médical. »",
                "Transcription entretien 4 : « Je m'appelle Nadia, j'ai 29 ans, je suis séropositive depuis 2015. »",
                // a practitioner is a patient too when the words right after the name say so
                "Our collaborator Dr Yvonne Marchetti was diagnosed with multiple sclerosis last year and will reduce her hours.",
                // a room before the name, a clinician's age-and-sex shorthand, a participant's age in brackets
                "Notes de garde : chambre 12, Mme Kowalski, 88 ans, chute nocturne, pas de perte de connaissance.",
                "Here are my notes from clinic: Tom Baxter, 45M, HbA1c 9.2%, started on metformin 500 mg bd.",
                "The participant (Michael Tran, 38) reported suicidal ideation during the week 4 visit.",
                // a form's fields on one line
                "Name: Ayesha Malik, Age: 34, Ward 7B, Dx: postpartum pre-eclampsia");
        // work, a role, a compound, a seminar room, a meeting's list of people: no one's illness
        for (String text : List.of("Paul Martin presented his surgery results at the meeting.",
                "Jean Dupont a présenté sa thèse sur le diabète.",
                "Claire Dupont a la charge du projet sur le cancer du sein.",
                "Paul Martin a le diabète comme thème de recherche depuis 2010.",
                "Anne Moreau a une expertise reconnue en épidémiologie du cancer.",
                "Marc Petit, diabétologue, animera l'atelier.",
                "John Smith, diabetic foot specialist, will give the talk.",
                "Thomas Girard presented his COVID-19 modelling work to the board.",
                "Sarah Cohen shared her cancer screening guidelines with the team.",
                "Professor Anne Moreau and her cancer team moved to Lyon.",
                "La crise du logement inquiète Paul Martin, maire de la ville.",
                "Jean Dupont et ses collègues ont étudié les crises d'épilepsie chez l'enfant.",
                "Le Dr Roux soigne les patients atteints de diabète depuis vingt ans.",
                "Consultation du Dr Roux : patiente atteinte d'un diabète déséquilibré.",
                "Séminaire : Mme Claire Bonnet (salle 12, bâtiment B) présentera ses travaux sur le traitement du cancer du sein.",
                "Réunion : chambre 12, M. Hugo Petit, résidence Jean Zay, étudiant en médecine.",
                "Ayesha Malik (University of Leeds) wrote a review on pre-eclampsia screening in 2022.",
                "Lucas Bernard, doctorant, soutiendra sa thèse sur les crises convulsives fébriles le 6 juin.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void a_named_persons_results_appointments_age_and_referral_are_nominative_health_data() {
        assertNominativeHealth(
                // a genitive before a clinical word
                "Dear team, just to let you know that Ian Macpherson's MRI showed a glioblastoma; he starts radiotherapy next week.",
                "Can you translate into French: \"Mrs Patel's blood results show severe anaemia, please call her GP.\"",
                // any name a patient word introduces
                "Voici les données : patient 12 (Marcel Dubois) – HbA1c 8,1 % ; patient 13 (Yvette Morel) – HbA1c 7,4 %.",
                // an age before the name
                "Summarise the case: 23-year-old Liam O'Brien admitted after an overdose of paracetamol, transferred to ICU.",
                // "a présenté" a symptom; an appointment for care; an illness had with no article
                "Notre volontaire n°07, Sébastien Girard, a présenté un malaise vagal pendant la prise de sang de J14.",
                "Prépare un SMS pour rappeler à M. Ahmed Benali son rendez-vous d'hémodialyse demain à 8h.",
                "Hi, my daughter Emily Watson (age 9) has type 1 diabetes, can you help me plan her school lunches?",
                // a French referral
                "Peux-tu corriger ce mail : « Bonjour Dr Laurent, je vous adresse M. Éric Chevalier pour avis sur une"
                        + " cardiopathie ischémique. »");
        for (String text : List.of("John Smith's cancer research was funded by the MRC.",
                "Paul Martin's surgery department moved to the new building.",
                "Le Pr Éric Chevalier a publié une revue sur la cardiopathie ischémique dans le NEJM.",
                "Rachid Benamar a présenté les résultats de la cohorte dépression au séminaire du labo.",
                "Paul Martin has diabetes expertise and leads the unit.",
                "Paul Martin has diabetes funding from the NIH.",
                "Marcel Dubois et Yvette Morel ont coordonné la journée mondiale du diabète à Rennes.",
                "Ian Macpherson is the new head of the radiotherapy physics group.",
                "Je vous adresse Mme Claire Dupont, notre nouvelle directrice, avec le programme sur le diabète et l'asthme.",
                "Sophie Martin a son rendez-vous avec le directeur de l'hôpital demain.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void a_named_persons_stay_record_age_relative_or_own_message_is_nominative_health_data() {
        assertNominativeHealth(
                // a stay in hospital says care by itself, its ward no clinical word
                "Bonjour, je suis la fille de M. René Castel, il est hospitalisé en cardiologie depuis lundi, pouvez-vous"
                        + " me donner des nouvelles ?",
                // an age between commas, then what the person has or suffers, no introduction needed
                "Dossier : Paulette Renaud, 91 ans, démence à un stade avancé, escarre sacrée, alimentation difficile.",
                "Karen Mitchell, 52, complains of chest tightness on exertion; ECG shows ST depression.",
                // a record of a titled person, or of a name before a colon; a text concerning a titled person
                "Résultat anatomopathologique de Mme Sylvie Aubert : carcinome canalaire infiltrant grade 2.",
                "Medical history for George Turner: COPD, AF on apixaban, previous MI in 2015.",
                "Voici le compte rendu de la RCP du 12/03 concernant M. Bernard Lopez : décision de chimiothérapie adjuvante.",
                // a parent writes about their named child, one clinical word
                "Bonjour docteur, c'est Mme Roussel, la maman de Léo, il a 39 de fièvre depuis hier soir.",
                // an e-mail's sender writes of their own illness
                "From: Julia Weber\nSubject: my test results\n\nHi, my biopsy came back positive for melanoma.",
                // an illness of a clinical form ("-itis"), had with no article
                "Please draft a sick note for Aisha Rahman, who has had gastroenteritis since Monday.");
        for (String text : List.of("Mme Claire Dupont, 52 ans, chercheuse, spécialiste du diabète, rejoint l'Inserm.",
                "Jean Martin, 52 ans, consulte les patients diabétiques le mardi.",
                "Le comité a examiné le dossier de M. Paul Girard, candidat au poste de PU-PH en cardiologie, et son projet"
                        + " sur l'insuffisance cardiaque.",
                "Résultats de Mme Dupont : 18/20 en anglais et 16/20 en biologie.",
                "The history of Louis Pasteur: rabies, vaccines and the Institut Pasteur.",
                "Mme Sophie Laurent, maman de deux enfants, dirige l'équipe d'épidémiologie du diabète et de l'obésité.",
                "I got a letter from Julia Weber about my thesis on melanoma screening.",
                "Le Dr Paul Martin a hospitalisé trente patients cette semaine.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void care_a_named_person_undergoes_or_a_known_illness_is_nominative_health_data() {
        assertNominativeHealth(
                "Antoine Dubreuil suit une chimiothérapie pour un lymphome de Hodgkin depuis janvier.",
                "Julie Fontaine is undergoing dialysis three times a week.",
                "The results for participant Hannah Fischer show a raised creatinine at week 12.",
                "Could you shorten this: Samuel Adeyemi, 61, known sickle cell disease, admitted with a painful crisis.",
                "Peux-tu reformuler : Kevin Morel a fait une tentative de suicide par intoxication médicamenteuse.",
                "Mme Brigitte Lemaire, votre fille, a accouché par césarienne ce matin, la mère et l'enfant vont bien.",
                "Mr Daniel Hughes attended the memory clinic today with worsening memory loss and dementia.");
        for (String text : List.of("Antoine Dubreuil coordonne l'essai sur le lymphome de Hodgkin au CHU de Toulouse.",
                "Paul Martin suit un cours sur le diabète et l'asthme.",
                "Jean Dupont suit les patients atteints de BPCO et d'asthme.",
                "Sarah Cohen received a cancer research grant from the NIH for her asthma work.",
                "Paul Martin received a treatment award for the diabetes and asthma programme.",
                "Claire Dupont, 52 ans, connue pour ses travaux sur le diabète et l'obésité, rejoint l'Inserm.",
                "Brigitte Lemaire a écrit un livre sur la césarienne et l'accouchement.",
                "Kevin Morel a fait une tentative de record du monde au profit de la recherche sur le cancer.",
                "Daniel Hughes attended the memory conference in Lyon on dementia and delirium.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void a_particular_person_and_what_they_have_in_one_sentence_about_no_work_is_nominative_health_data() {
        for (String text : List.of("Mme Agnès Rivière, 66 ans, est suivie pour une polyarthrite rhumatoïde sous méthotrexate.",
                "Notes: Jacques Perrot – AVC ischémique sylvien gauche le 14/01, thrombolyse, aphasie résiduelle.",
                "Mrs Evelyn Price, 92, nursing home resident, has advanced dementia and recurrent aspiration pneumonia.",
                "Lucie Garnier (29 ans) a été admise aux urgences pour une crise d'asthme aiguë grave.",
                "Our participant Mohammed Ali Hassan (ID 2041) tested positive for hepatitis C at screening.")) {
            assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).containsExactly(Reason.NOMINATIVE_HEALTH);
        }
        // work, a topic, a role, a reference; a bare name (a player's, an executive's, a reader's)
        for (String text : List.of("Mme Claire Dupont présente son étude sur le diabète gestationnel.",
                "Monsieur Alain Petit, 58 ans, présente le rapport annuel sur le cancer et le diabète au conseil.",
                "Mme Denise Colin, directrice des soins, présentera le bilan annuel du service.",
                "Psychologue : LAURENT ARROYO N° ADELI,0452124104",
                "Références : Dupont A, Lambert C, Moreau F, et al. Severe asthma exacerbations in children. Lancet 2020.",
                "Mme Sophie Girard, notre nouvelle collègue, a une expertise sur l'asthme et l'allergie.",
                "Kevin Durant is out with an ankle sprain, the Warriors said on Monday.",
                "The hospital's CEO, James Porter, announced a new cancer wing funded by donors.",
                "Merci à Chantal Mercier pour la relecture du protocole sur l'hémodialyse.",
                "Alice Moreau presented the serious adverse event reporting process to the investigators.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void a_referral_names_the_person_it_asks_to_see() {
        assertThat(DETECTOR.analyze("Dear Dr Patel,\nThank you for seeing Emily Clarke, 34, who has had recurrent migraines"
                + " for six months despite propranolol.\nKind regards,\nDr S. Jones").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Thank you for seeing Mrs Emily Clarke, who has asthma and eczema.").classification()
                .reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // asked as a wish: "I would be grateful if you could assess …"
        assertThat(DETECTOR.analyze("Dear colleague,\n\nI would be grateful if you could assess Mrs Margaret Quinn, 74, who"
                + " has had two falls this month and a new tremor of the right hand. I wonder about early Parkinson's"
                + " disease.\n\nKind regards,\nDr L. Osei").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // the age after its word, and what the child has in the next sentence
        assertThat(DETECTOR.analyze("Dear Dr Kaur,\nThank you for seeing Liam Brennan, aged 9, who has had recurrent episodes"
                + " of staring at school. I suspect absence seizures and would be grateful for an EEG.\nDr F. Walsh")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // a meeting, a paper to look forward to
        for (String text : List.of("Thank you for seeing Mr Paul Martin yesterday about the asthma and eczema cohort.",
                "I look forward to seeing Mr Paul Martin, who leads the asthma and eczema cohort.")) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    @Test
    void a_sentence_that_says_a_named_person_is_ill_is_nominative_health_data() {
        assertThat(DETECTOR.analyze("Mon collègue Thomas Nguyen est en arrêt maladie pour une dépression depuis deux mois,"
                + " comment organiser la reprise de ses projets ?").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Marie Dupont, atteinte d'une sclérose en plaques depuis 2010, témoigne de son parcours.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Our colleague Sarah Cohen suffers from migraine, so please keep the lights dimmed.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // the surgeon who operated, the researcher who studies the ill, a party, a sick leave with no illness, history
        assertThat(DETECTOR.analyze("Jean Dupont a opéré plus de 200 patients atteints de cancer du pancréas.")
                .classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Paul Martin étudie les patients atteints de diabète de type 2 dans la cohorte.")
                .classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Sarah Cohen was treated to a surprise party for her retirement from the cardiology"
                + " department.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Anne Morel est en arrêt maladie jusqu'à vendredi, la réunion sur le protocole est"
                + " reportée.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Louis Pasteur, atteint d'une hémorragie cérébrale en 1868, continua ses travaux.")
                .classification().sensitive()).isFalse();
    }

    @Test
    void an_english_question_word_or_a_tool_in_capitals_is_no_name() {
        assertThat(DETECTOR.analyze("The BAM is 48 GB. Which STAR parameters should I change? Where should I put the index?")
                .findings()).isEmpty();
    }

    @Test
    void an_english_note_in_abbreviations_is_clinical() {
        assertThat(DETECTOR.analyze("Pt is a 72 y/o F, lives alone in Quincy, MA, daughter (Karen) very involved, can be reached"
                + " at (617) 555-0134. Admitted 3/14 for CHF exacerbation, diuresed 4 L.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_research_export_with_birth_dates_and_hba1c_is_health_data() {
        assertThat(DETECTOR.analyze("Export REDCap (extrait) :\nrecord_id,redcap_event_name,dob,sex,bmi,hba1c\n"
                + "101,baseline_arm_1,1961-07-03,1,31.2,8.1\n102,baseline_arm_1,1955-11-20,2,27.9,7.4\n").classification()
                // coded records with their birth dates and no name: pseudonymised, as detect-dev's gold says of such exports
                .reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
    }

    @Test
    void a_table_of_names_with_clinical_words_is_one_of_patients_not_one_of_investigators_or_staff() {
        assertThat(DETECTOR.analyze("| Nom | Prénom | Âge | Diagnostic |\n|---|---|---|---|\n| ROUX | Céline | 45 | SEP"
                + " rémittente |\n| BLANC | Hugo | 32 | Crohn |\n").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("| Nom | Prénom | Centre | Rôle |\n|---|---|---|---|\n| ROUX | Céline | CHU de Nantes |"
                + " investigatrice principale, essai PREVENT |\n| BLANC | Hugo | CHU de Lyon | médecin, étude COHORT-2 |\n")
                .classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Nom;Prénom;Service;Téléphone\nMARTIN;Claire;Cardiologie;01 44 55 66 77\n"
                + "DURAND;Paul;Pneumologie;01 44 55 66 78\n").classification().sensitive()).isFalse();
        // clinical words in a column the header does not call clinical: a teacher's course
        assertThat(DETECTOR.analyze("| Nom | Prénom | Cours |\n|---|---|---|\n| PETIT | Julie | Physiologie rénale et"
                + " diabète |\n| MOREL | Lucas | Statistiques bayésiennes |\n").classification().sensitive()).isFalse();
    }

    @Test
    void a_drug_reaction_report_is_clinical() {
        assertThat(DETECTOR.analyze("Déclaration de pharmacovigilance : Mlle Inès Fabre, 23 ans, a présenté une éruption"
                + " cutanée généralisée 10 jours après l'introduction de lamotrigine. Arrêt du traitement, évolution"
                + " favorable.").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_formulation_not_yet_patented_is_intellectual_property() {
        assertThat(DETECTOR.analyze("Notre brevet EP 3 456 789 sur l'anticorps anti-IL-23 a été délivré ; la nouvelle"
                + " formulation, non encore brevetée, ne doit pas être décrite dans la publication.").classification()
                .reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
    }

    @Test
    void a_clinical_word_counts_in_the_plural() {
        assertThat(DETECTOR.analyze("Enfant ESPOSITO Giulia, 4 ans, née le 17 août 2022, adressée par le Dr Ferreira pour"
                + " bronchiolites à répétition.").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_cleaning_lady_is_no_spouse() {
        assertThat(DETECTOR.analyze("Pour toute question sur l'essai, la femme de ménage du service ne peut pas répondre :"
                + " appelez l'attachée de recherche clinique, Mme Claire Petit, au 04 72 11 22 33.").classification()
                .sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Un homme de 45 ans consulte pour une douleur thoracique constrictive à l'effort. Quelle prise en charge ? (cas d'école)",
        "Réunion au bâtiment 12a, salle 3, avec Dr Claire Roux : le diabète de type 2 et sa neuropathie.",
        "A 34 y/o woman presents with headache and proteinuria at 28 weeks of pregnancy. What is the most likely diagnosis?",
        // a paper's release ("sortie en avril") is no patient's discharge
        "Compte rendu de la réunion d'équipe du 4 mars 2025\nPrésents : Dr Anne Leroy, Pr Marc Dubois, Julie Martin"
                + " (ingénieure)\n1. Point sur l'essai PREVENT-AF : 142 patients inclus sur 200 prévus, fin des inclusions"
                + " prévue en juin.\n2. Publications : l'article sur la cohorte a été accepté dans Heart (sortie en avril)."})
    void a_textbook_case_or_a_building_number_identify_no_one(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).isFalse();
    }

    @Test
    void a_pedigree_with_coded_dna_samples_is_pseudonymised_health_data() {
        String family = "Famille 3 : le proband (III-2), garçon de 9 ans, présente une ataxie progressive ; le variant FXN"
                + " c.165+5G>C est retrouvé à l'état hétérozygote chez sa mère (II-3). Échantillons ADN : FA-03-01, FA-03-02.";

        assertThat(spans(family, Label.PATIENT_ID)).containsExactly("FA-03-01", "FA-03-02");
        assertThat(DETECTOR.analyze(family).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
    }

    @Test
    void a_writer_who_gives_their_name_and_age_with_their_illness_is_identified() {
        assertThat(DETECTOR.analyze("Bonjour, je m'appelle Marc Petit, j'ai 45 ans et je souffre d'une sclérose en plaques"
                + " depuis 2015. Mon neurologue me propose l'ocrelizumab. Quels sont les risques ?").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        // a student who introduces himself before a question about a disease, with her age too
        assertThat(DETECTOR.analyze("Bonjour, je m'appelle Marc Petit, je suis interne et je prépare un exposé sur la"
                + " sclérose en plaques et ses traitements.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Bonjour, je m'appelle Julie, j'ai 24 ans et je suis étudiante en master de santé"
                + " publique. Je cherche un stage sur le diabète et l'obésité.").classification().sensitive()).isFalse();
    }

    @Test
    void lines_that_each_start_with_a_name_and_hold_a_clinical_word_are_a_list_of_patients() {
        assertThat(DETECTOR.analyze("Liste d'attente greffe rénale – mise à jour\n1. FAURE Bernard (groupe O, PRA 12 %) – dialyse"
                + " depuis 2019\n2. NGUYEN Thi Lan (groupe A, PRA 85 %) – dialyse depuis 2016\n").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        // what the people on a list do is no condition: a rota, a list of investigators; nor are the titles of their works
        assertThat(DETECTOR.analyze("Lauréats du prix de thèse 2025 :\n1. DUPONT Léa – « Biomarqueurs de la sepsis néonatale »"
                + " (Université de Lille)\n2. MARTIN Hugo – « Imagerie du cancer de la prostate » (Université de Nantes)\n")
                .classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("Équipe de soins palliatifs – astreinte de mars\nMOREAU Claire – infirmière, lundi et mardi\n"
                + "DUBOIS Marc – médecin, mercredi\nLEROY Anne – psychologue, consultation le jeudi\n").classification().sensitive())
                .isFalse();
        assertThat(DETECTOR.analyze("Investigateurs du centre 12 :\nMARTIN Paul – investigateur principal, essai CARDIO-2\n"
                + "BERNARD Julie – ARC, étude COHORTE-DIAB\n").classification().sensitive()).isFalse();
    }

    @Test
    void a_forms_name_fields_beside_its_clinical_ones_are_a_patient_record() {
        assertThat(DETECTOR.analyze("Nom : BERTRAND\nPrénom : Sylvie\nDiagnostic : carcinome canalaire infiltrant du sein gauche.\n")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Voici les résultats de ma prise de sang, pouvez-vous m'expliquer ? Nom : Paul Renard."
                + " Hémoglobine 11,2 g/dl (N 13-17), ferritine 8 µg/l, CRP 3.").classification().reasons())
                .containsExactly(Reason.NOMINATIVE_HEALTH);
        // a grant application's subject of thesis is no diagnosis
        assertThat(DETECTOR.analyze("Formulaire de candidature – bourse doctorale\nNom : LEFEBVRE\nPrénom : Anaïs\n"
                + "Sujet de thèse : facteurs de risque de l'insuffisance cardiaque chez le diabétique\n").classification()
                .sensitive()).isFalse();
        // a course's registration form names a nurse: two words of care, an event
        assertThat(DETECTOR.analyze("Fiche d'inscription – formation aux soins palliatifs\nNom : MOREAU\nPrénom : Claire\n"
                + "Fonction : infirmière, service d'oncologie\n").classification().sensitive()).isFalse();
    }

    @Test
    void a_column_header_says_which_date_a_row_holds() {
        String table = "id,age,sexe,date_inclusion,hba1c_m0,hba1c_m6,eig\nP001,54,F,2023-02-14,8.1,7.2,non\n"
                + "P002,61,M,2023-02-20,9.4,8.8,oui\n";
        Analysis analysis = DETECTOR.analyze(table);

        // after the sex cell, but under "date_inclusion": an inclusion date, not a birth date
        assertThat(spans(table, Label.BIRTH_DATE)).isEmpty();
        assertThat(spans(table, Label.DATE)).contains("2023-02-14");
        assertThat(analysis.classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        // with no header, a date after the sex field of a form row is still read as the birth date
        assertThat(spans("DUPONT Jean | M | 12/03/1961", Label.BIRTH_DATE)).containsExactly("12/03/1961");
    }

    @Test
    void diagnosis_codes_of_coded_subjects_are_pseudonymised_health_data() {
        Analysis coded = DETECTOR.analyze("id;sexe;age;diag\nP001;F;54;C50.9\nP002;M;61;I21.4\nP003;F;47;C53\n");

        assertThat(coded.classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        // the same codes where no diagnosis is spoken of are no clinical words (bus lines, models)
        assertThat(DETECTOR.analyze("id;sexe;age;ligne\nP001;F;54;C50\nP002;M;61;I21\n").classification().sensitive())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "patient de 67 ans vu aux urgences le 3/10 pour douleur thoracique, tropo négative, ecg normal. tel de sa fille 06.71.22.34.90.",
        "Patiente de 80 ans, démence, chutes à répétition. Joindre son fils au 06 12 34 56 78.",
        "Mr X, 54 ans, diabétique, insuffisance rénale. Épouse : 07 11 22 33 44",
        // the relative's wish between them and their number
        "Pour la RCP de demain : Mme G., 62 ans, ADK pulmonaire EGFR muté, progression sous osimertinib, nouvelle biopsie"
                + " le 2/12. Son mari souhaite être présent (tél. 06 33 21 98 77)."})
    void a_note_about_a_patient_with_a_relatives_number_is_nominative(String note) {
        assertThat(DETECTOR.analyze(note).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_services_number_in_a_leaflet_for_patients_is_no_relatives() {
        String leaflet = "Après l'intervention, le patient doit instiller ses collyres trois fois par jour. En cas de "
                + "douleur, le patient ou son épouse contacte le service d'ophtalmologie au 01 42 16 00 00.";

        assertThat(DETECTOR.analyze(leaflet).classification().sensitive()).isFalse();
    }

    @Test
    void a_medical_record_of_a_named_patient_is_nominative_and_an_announcement_of_names_is_not() {
        assertThat(DETECTOR.analyze("Dossier médical pour Zeer Jeanne, Date de naissance: 02/02/1992, Numéro "
                + "d'identification (IPP): 3902478069").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Résultats de laboratoire pour RUFUNA Marine. Mention: Anormal, 15/12/2019, "
                + "NDA 98765431256").classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // many a "de", names, a date: no clinical word ("de" once counted as one, from "prise de sang")
        assertThat(DETECTOR.analyze("Objet : soutenance de thèse de Marine Cazals\n\nMadame, Monsieur,\n\nMarine CAZALS "
                + "soutiendra publiquement sa thèse de doctorat intitulée « Déterminants sociaux de l'accès à la "
                + "transplantation rénale en France » le mardi 17 juin 2025 à 14 h, dans l'amphithéâtre Pierre-Bourdieu de la "
                + "faculté de santé de Toulouse. La soutenance sera suivie d'un pot.\nJury : Pr Hélène ROUX-DELMAS "
                + "(rapporteure), Dr Karim SAÏDI (rapporteur), Pr Claude MARTY (directeur de thèse).\nRetransmission en "
                + "ligne : lien sur la page de l'école doctorale.").classification().sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bonjour Docteur,\nJe vous adresse M. Karim Benali, né le 03/07/1958, demeurant 14 rue des Lilas, 69003 Lyon, pour "
            + "avis concernant une cirrhose éthylique décompensée. Il est joignable au 04 78 12 34 56.",
        "Cher confrère,\nJe vous remercie d'avoir reçu Mme Odile Garnier, 58 ans, pour une pancréatite aiguë lithiasique. "
            + "Cholécystectomie prévue le 4 avril.",
        "Discharge summary. John Miller, DOB 1949-11-02, admitted for NSTEMI; PCI to the LAD, seen by the cardiologist.",
        "Mme Petit m'a appelé ce matin : sa mère (Mme Jacqueline Petit, 84 ans) est tombée et s'est fracturé le col du "
            + "fémur. Elle est au CHU de Nantes depuis hier.",
        "Patient: 58yo male, hx of T2DM, presented with chest pain. Troponin 0.8.\nName: Robert Hughes. Address: 42 Baker "
            + "Street, London NW1 6XE. Phone 020 7946 0958.",
        "I'm writing up a case report: a 34-year-old woman, Sarah K., presented to our ED in Lyon on 12 March with acute "
            + "pancreatitis after starting azathioprine.",
        "Mme Sandrine Petitjean, 47 ans. Carcinome canalaire infiltrant du sein gauche, grade SBR II. Marges saines."})
    void a_named_patients_disease_is_nominative_whatever_the_disease(String letter) {
        // the clinical words these letters use were not known: a name and a birth date were then no one's health
        assertThat(DETECTOR.analyze(letter).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void clinical_words_are_known_by_their_form_too() {
        // neither word is listed: a surgery's and a disease's suffix say what they are
        assertThat(DETECTOR.analyze("Mme Odette Lambert, 66 ans : hypokaliémie sévère après sigmoïdectomie.")
                .classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
        // the same forms with an everyday sense
        assertThat(DETECTOR.analyze("M. Jean Martin, 66 ans, membre de l'Académie, parle avec nostalgie et sympathie "
                + "de la dichotomie entre microscopie et spectroscopie.").classification().sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a relative's word, then two capitalised words the lexicons lack, then the person's stay
        "Translate for the family: \"Your father, Henryk Zielinski, was admitted to intensive care on 12 March after a "
            + "cardiac arrest.\"",
        "Votre mère, Odile Frémont, est en soins intensifs depuis hier soir.",
        // what the person has, in brackets after the name
        "Il me faut notamment les coordonnées de Gilles Kervella (diabète de type 1, pompe à insuline), qui a déménagé.",
        // "en arrêt", then its reason
        "Aide-moi à écrire un mail : ma collègue Stéphanie Morvan est en arrêt depuis trois semaines pour un burn-out.",
        // a prescription: a titled patient and a dose to take
        "Dr Sébastien Marchal – Médecine générale\nLe 28/08/2025\nMme Kowalczyk Agnieszka\n\nLévothyroxine 75 µg : 1 cp "
            + "le matin à jeun, 3 mois.\nContrôle TSH dans 6 semaines.",
        "Mme Lucie Brun : Amoxicilline 1 g, 1 cp matin et soir pendant 7 jours.",
        // a form's name fields and one clinical field
        "Nom : DE LA FONTAINE   Prénom : Marie\nDiagnostic : asthme",
        // from a second held-out set: names the lexicons lack, before a birth date or after a neighbour's word
        "Re: Kacper Nowicki, DOB 14/07/2013\n\nKacper attended with his mother today. HbA1c 58 on his insulin pump.",
        "Help me write a kind message to my neighbour Doreen Pilkington, who has just been told her breast cancer has "
            + "come back and is starting chemo next week.",
        "Mon fils Elyes a 6 ans et fait des crises d'asthme la nuit depuis qu'il a commencé le judo.",
        // a bed before a name the lexicons half know
        "Summarise this for the handover: Bed 7, Arthur Penhaligon, 84, community-acquired pneumonia day 3, family "
            + "meeting tomorrow.",
        // from a third: a grandmother's word, an organ taken out
        "My grandmother, Winifred Thistlewood, 88, keeps forgetting whether she has taken her warfarin.",
        "My colleague Gareth Llewellyn had his gallbladder out on Monday.",
        // a study's volunteer, named after the study, among the study's own words of research
        "Dear Dr Okafor,\n\nOne of the volunteers in our sleep study, Callum Fraser, told the research nurse that he has "
            + "been having suicidal thoughts since his father's death. His GP has been informed."})
    void a_held_out_sets_named_patients_are_found(String text) {
        // written as a held-out set of documents (see reference-data/probe-documents): each was missed
        assertThat(DETECTOR.analyze(text).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Claire Dubois (asthme et allergies, Inserm U1018) coordonne le projet.",
        "Dr Paul Martin (diabète) sera absent lundi.",
        "Sophie Martin (épidémiologie du cancer) a soutenu sa thèse hier.",
        "The father of modern surgery, Ambroise Paré, described the ligature of arteries.",
        "Votre père, Jean Moulin, a été une figure de la Résistance.",
        "Mon collègue Jean-Marc Voisin présentera ses travaux sur le burn-out des soignants.",
        "Ma collègue Hélène Rigaud est en arrêt de production pour la ligne 3.",
        "Mme Anne Roux, pharmacienne, rappelle : 1 cp par jour pour la lévothyroxine, au moins dans la notice.",
        "La posologie usuelle est de 1 cp le matin ; contacter le Dr Martin en cas de doute.",
        "Thanks to my colleague, Dr Sarah Klein, for reviewing the cardiac arrest registry paper.",
        "Mother Nature Network published a guide to asthma and eczema in children.",
        // a prescription's template: the practitioner's name, no patient's
        "Dr Paul Martin\nParacétamol 1 g : 1 cp toutes les 6 heures si douleur.",
        // the forms of doses, with no dose
        "Mme Julie Caron, merci de ranger les comprimés et gélules de démonstration dans l'armoire.",
        "Merci de rappeler Claire Dubois (consultation d'anesthésie) au sujet du planning.",
        "Claire Dubois a demandé l'arrêt des inclusions pour une hépatite fulminante survenue dans un autre centre.",
        "Help me write a kind message to my neighbour Doreen Pilkington, who has just retired from the breast cancer "
            + "screening programme.",
        "My son Oliver plays football every Saturday; his team doctor talks about asthma.",
        "One of the speakers at our sleep workshop, Callum Fraser, presented data on suicidal thoughts in adolescents.",
        "The participants of the study, Callum Fraser and Ada Lovell, are thanked for their work on the depression and "
            + "anxiety questionnaires.",
        "One of the volunteers, Callum Fraser, will run the depression and suicidal ideation stand at the fair.",
        "One of the volunteers in our sleep study met Callum Fraser, who spoke about suicidal thoughts in teenagers."})
    void their_look_alikes_are_not(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a pronoun carries the person named before it to the illness: in the next sentence, or further on in its own
        "Please let everyone know that Helen Featherstone won't be in this week. She was admitted on Sunday with a "
            + "fracture of her wrist.",
        "Je vous informe que Gwenaëlle Le Bihan sera absente jusqu'en mars : elle commence une chimiothérapie pour un lymphome.",
        // a relative of any kind makes the person particular
        "Ton oncle Mamadou rentre demain de la maternité : le bébé est né prématuré à 34 semaines.",
        // seeing a carer of the mind is care
        "My brother Tom has been really low since his divorce and told me he has started seeing a psychiatrist.",
        // a bay is a ward's bed
        "Handover: Mrs Kowalczyk in bay 4 pulled out her catheter overnight, re-sited at 03:00.",
        "Mr Quigley in bay 2 had a restless night. Catheter removed at 6.",
        // a note's heading names the person, its next sentence says what they have
        "Suivi – Mathis Perrin, 12 ans. Épilepsie absence sous valproate, deux crises ce mois-ci.",
        "Suivi – Mathis Perrin (12 ans). Épilepsie absence sous valproate, deux crises ce mois-ci.",
        "Transmissions – Mme Odette Girard.\nChute dans la nuit, douleur de hanche, radio demandée.",
        // an adjective between a possessive and the relative's word
        "My best friend Chidinma just told me she had a miscarriage last week.",
        "0600 – Dorothy Heaney (bed 7): BM 3.1, given glucose gel, rechecked at 5.8.",
        // from a seventh: a given name called by the writer, a partner, a neighbour's son
        "Can you make this kinder? \"Declan, your blood tests show that your kidney function has dropped again.\"",
        "Sorry, I will be off today. My partner Luca had emergency surgery for a perforated appendix last night.",
        "Our neighbour's son, Kieran, is 15 and has just been diagnosed with Crohn's disease.",
        // from an eighth: a given name before "a"; a signed message whose writer says they were ill or cared for
        "Corrige : « Bonjour à tous, Maëlle a la varicelle, donc elle ne viendra pas samedi. »",
        "Dear Sunita,\n\nSorry for the delay. I was in hospital last week with a kidney infection.\n\nBest wishes,\nEwan McLeod",
        "Bonjour,\n\nJ'ai été opérée d'une hernie discale mardi, je serai absente jusqu'à lundi.\n\nCordialement,\nAnne Morel"})
    void a_fifth_and_sixth_held_out_sets_named_patients_are_found(String text) {
        // the phrasings of reference-data/probe-documents' sets E and F (other names, other words), each missed before
        assertThat(DETECTOR.analyze(text).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // topics joined by "et": both are topics; "sujet âgé" is the elderly in general, "au sujet de" is "about"
        "Mme Isabelle Roussel rédige une synthèse sur la dépression et l'insomnie du sujet âgé.",
        "Au sujet de Mme Isabelle Roussel : elle prendra la parole sur la dépression et l'insomnie.",
        // "last year", "second-year students": no age
        "Hi Declan, thanks for agreeing to give the lecture on chronic kidney disease to the second-year students. The "
            + "slides from last year are on the drive.",
        // a pronoun in a sentence of work, or after a sentence of work, or of a practitioner, or of a topic
        "Rosalind Featherstone joined the lab in May. She studies fractures of the wrist in older women.",
        "Gwenaëlle Le Bihan sera absente jusqu'en mars. Elle prépare un livre sur le lymphome.",
        "Dr Marchetti est absente demain. Elle opère les patients atteints de cancer du côlon.",
        "Hamish Drummond is our new data manager. He will look after the stroke registry.",
        "Helen Featherstone gave a talk on Tuesday. She spoke about insomnia and depression in shift workers.",
        "Paul Martin a rejoint l'équipe. Il s'intéresse au diabète de type 2 et à l'obésité.",
        "Gérard Vautrin est notre nouveau kinésithérapeute. Il prend en charge les fractures du poignet le mardi.",
        "Claire Dubois présentera ses résultats à la réunion de jeudi. Elle a travaillé sur le cancer du sein.",
        "Anne Lefèvre rejoint le département de cardiologie. Elle est spécialiste de l'insuffisance cardiaque.",
        "Our new nurse, Ellen Price, starts on Monday. She has ten years of experience in diabetes care.",
        "Please welcome Lucy Hart to the department. She spent five years in oncology before joining us.",
        "Félicitations à Inès Morel pour sa thèse ! Elle a montré le rôle du microbiote dans l'asthme.",
        "Kevin Walsh chairs the ethics committee. He reviewed the dementia protocol yesterday.",
        // a particular person's sentence that says more than who they are is no note's heading
        "Mathis Perrin, 12 ans, a gagné le concours de dessin. Épilepsie et BD : l'exposition ouvre samedi.",
        "Intervenante : Claire Dubois.\nAsthme sévère de l'enfant : nouveautés 2025.",
        "Intervenante : Mme Claire Dubois.\nAsthme sévère de l'enfant : nouveautés 2025.",
        "Paul Martin.\nDiabète de type 2 et alimentation : quelques idées reçues.",
        "Tom Baxter is a psychiatrist in Leeds; he sees a psychiatrist's workload as unsustainable.",
        "My best friend's book on miscarriage, by Ngozi Adichie, comes out next week.",
        // the illness before the pronoun is no one's; a paragraph's break: the pronoun is someone else
        "Sara Lind called this morning. Pneumonia cases are rising, she says.",
        "Rédigé par Paul Girard.\n\nElle a été hospitalisée pour une pneumonie.",
        // the addressee's work, not their care
        "Declan, your paper on kidney function in dialysis patients was accepted!",
        // the writer at a symposium, at an audit (the clinical words qualify it), treating, or their student ill; an unsigned message
        "Dear Sunita,\n\nSorry for the delay. I was at the kidney infection symposium in Glasgow last week.\n\nBest wishes,\nEwan McLeod",
        "Dear Sunita,\n\nLast week I was in hospital all day for the kidney infection audit.\n\nBest wishes,\nEwan McLeod",
        "Dear Sunita,\n\nI treated a patient with a kidney infection yesterday; the case is in the slides.\n\nBest wishes,\nEwan McLeod",
        "Dear Sunita,\n\nMy student was in hospital with a kidney infection, so the slides are late.\n\nBest wishes,\nEwan McLeod",
        "Sorry for the delay. I was in hospital last week with a kidney infection.\n\nThe report is attached.",
        "Dear Dr Sunita Rao,\n\nSorry for the delay. I was in hospital last week with a kidney infection.\n\nThe report is attached.",
        "Sorry for the delay. I was in hospital last week with a kidney infection.\n\nPlease forward this to Dr Sunita Rao"})
    void their_look_alikes_stay_harmless(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // what a person is treated for, by specialty: words the clinical vocabulary lacked
        "Je te confie Maëlys Guillou, 14 ans, suivie pour une scoliose évolutive malgré le corset.",
        "My daughter Isla Brennan, 9, has had shingles since Monday and cannot go to school.",
        // care begun, with the team the news is for in the same sentence
        "Annonce à l'équipe : Ludivine Caradec sera absente jusqu'en juin, elle débute une radiothérapie.",
        "Could you tell the team that Gareth Pryce will be off until May? He started chemotherapy last week.",
        // care begun, said right after the name in a sentence that also speaks of the person's work
        "Ludivine Caradec, qui coordonne le projet, commence une chimiothérapie lundi.",
        "Gareth Pryce, who leads the sleep project, started dialysis in May."})
    void a_ninth_held_out_sets_named_patients_are_found(String text) {
        // the phrasings of reference-data/probe-documents' set I (other names, other words), each missed before
        assertThat(DETECTOR.analyze(text).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Maëlys Guillou, 14 ans, a remporté le prix de la meilleure affiche sur la scoliose.",
        "Annonce à l'équipe : Ludivine Caradec débute une thèse sur la radiothérapie.",
        "Kevin Walsh started a chemotherapy trial in Leeds in 2019.",
        "Could you tell the team that Gareth Pryce will chair the session? He started the chemotherapy audit last week."})
    void the_ninth_sets_look_alikes_are_not(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // taken to a place of care, which is no place of work there
        "Mr Tadeusz Wiśniewski has been moved to the coronary care unit after his heart attack this morning.",
        "M. Bartosz Lewandowski a été transféré dans le service de cardiologie après son infarctus.",
        // the writer who introduces themself, then says what they have
        "Hello,\n\nMy name is Ifeoma Chukwu and I took part in your sleep study. Since then I have been diagnosed with narcolepsy.",
        // a family name typed in lower case, then the room
        "coucou, tu peux passer voir mme rabier en 12 ? elle a vomi deux fois depuis 14h",
        // a name before a hospital's number, in a prompt
        "Summarise for the GP: Desmond Achterberg, hospital no. K4417820, 72M. Admitted with community-acquired pneumonia."})
    void a_tenth_held_out_sets_named_patients_are_found(String text) {
        // the phrasings of reference-data/probe-documents' set J (other names, other words), each missed before
        assertThat(DETECTOR.analyze(text).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mr Tadeusz Wiśniewski has moved to the coronary care unit as its head nurse.",
        "Mr Tadeusz Wiśniewski has been transferred to the heart failure research group.",
        "Our new intern's name is Ifeoma Chukwu. I have been diagnosed with narcolepsy, so she will cover my clinics.",
        "Dr Tadeusz Wiśniewski leads the coronary care unit, which opened after a heart attack audit.",
        "Hello,\n\nMy name is Ifeoma Chukwu and I am a student. How is narcolepsy diagnosed?",
        "monsieur passe en 12 demain pour la réunion du service",
        "Royal Infirmary, hospital no. 4 in the region, opened a pneumonia clinic."})
    void the_tenth_sets_look_alikes_are_not(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // given and family names of origins the lexicons had few of (Wales, Ghana, Turkey, Punjab, Vietnam)
        "Rhiannon Jenkins has had shingles since Monday and will not come to the clinic.",
        "Kwabena Owusu a une sclérose en plaques depuis 2019.",
        "Zeynep Yildiz est hospitalisée pour une pneumopathie.",
        "Gurpreet Sandhu was admitted last night with a kidney infection.",
        "Phuong Tran est enceinte de cinq mois et sera en congé maternité en mars."})
    void names_of_many_origins_are_known(String text) {
        Analysis analysis = DETECTOR.analyze(text);
        assertThat(analysis.findings()).as(text).anyMatch(f -> f.label() == Label.FIRST_NAME)
                .anyMatch(f -> f.label() == Label.LAST_NAME);
        assertThat(analysis.classification().reasons()).as(text).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a pupil introduced by a school form's field, then what the pupil has
        "Élève : Nolan Berthelot, 4e B. Asthme, ventoline en cas de crise.",
        // the writer who says who they are ("this is", "I'm"), then their own illness
        "Hi, this is Graham Ollerenshaw, I had my gallbladder removed last week and the wound is red.",
        "I'm Carys Pritchard. My asthma has been worse since the move.",
        // a dentist's letter: its clinical words
        "Dear Mr Fairbanks, the X-ray showed an abscess under the lower left molar. We have booked you on 2 December.",
        // "heads-up" is no word of work
        "Quick heads-up for the rota: Ama Boakye is off for the next two weeks, she's had surgery on her shoulder."})
    void an_eleventh_held_out_sets_named_patients_are_found(String text) {
        // the phrasings of reference-data/probe-documents' set K (other names, other words), each missed before
        assertThat(DETECTOR.analyze(text).classification().reasons()).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Élève : Nolan Berthelot, 4e B. Délégué de classe, club d'échecs le mardi.",
        "I think this is Graham Ollerenshaw's paper on my diabetes cohort.",
        "I have asthma and diabetes, and I think this is Graham Ollerenshaw on the left of the photo.",
        "I'm Carys Pritchard, the new study nurse. My asthma clinic runs on Tuesdays.",
        "Dr Ama Boakye heads the stroke unit; she had surgery training in Leeds.",
        "Do not wear lab coats outside the lab."})
    void the_eleventh_sets_look_alikes_are_not(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Phuong Tran a fait une fausse couche la semaine dernière, elle sera absente.",
        "Ma sœur Inès a fait une fausse-couche.",
        "My husband, Gary Whitcombe, has been off work for a month with a slipped disc.",
        "Mme Léa Morin fait des panic attacks depuis lundi."})
    void an_illness_said_by_two_everyday_words_is_one(String text) {
        assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Phuong Tran a posé une couche de peinture la semaine dernière, elle sera absente.",
        "Une fausse alerte : Phuong Tran sera absente, elle a raté son train.",
        "My husband, Gary Whitcombe, has been off work for a month; a disc slipped off his desk.",
        "Mme Léa Morin a fait une attaque au jeu d'échecs, puis une fausse route."})
    void either_word_alone_is_not(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a fit note: not fit for work, and why
        "Mr Dariusz Kaczmarek is not fit for work for 4 weeks because of lumbar back pain with sciatica.",
        "Mr Dariusz Kaczmarek is unfit for work until March because of a knee fracture.",
        "Mr Dariusz Kaczmarek is fit for work again after his back pain.",
        // a psychologist's note headed by a name and an age; self-harm, said with a hyphen
        "Entretien – Camille, 15 ans. Scarifications des avant-bras depuis trois mois.",
        "Inès Caron, 15 ans : self-harm depuis la rentrée.",
        // a name on a handover's last line, after "Name" and before the bed
        "Summarise for handover: 45F, known epileptic, seizure at home this morning. Name Karolina Wójcik, bed 14.",
        // a letter to its patient: "you have" and what the person has
        "Dear Ms Voss,\n\nYour test came back. This means you have an increased risk of breast and ovarian cancer.",
        "Madame Roux, vous avez une hypertension à surveiller de près."})
    void a_twelfth_held_out_sets_named_patients_are_found(String text) {
        // the phrasings of reference-data/probe-documents' set L (other names, other words), each missed before
        assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).containsExactly(Reason.NOMINATIVE_HEALTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mr Dariusz Kaczmarek runs the fit for work programme for back pain.",
        // a letter about a topic, or about a study, is not about the addressee's care
        "Dear Mrs Abbott, you have asked me about breast cancer.",
        "Dear Mrs Abbott, you asked me about breast cancer.",
        "Dear Mrs Abbott, you have asked me about breast cancer and chemotherapy.",
        "Dear Mrs Abbott,\n\nThanks for your letter of last week. Our asthma and diabetes nurses will call.",
        "Dear Mr Hale, you have probably heard that our asthma study is recruiting.",
        "Dear Mrs Abbott,\n\nThank you. Did you see the new leaflet on ovarian cancer?",
        "Atelier : la scarification rituelle en anthropologie, par Camille Roux.",
        "Gene annotations:\n[{\"id\": \"ENSG00000141510\", \"symbol\": \"TP53\", \"disease\": \"Li-Fraumeni syndrome\"}]"})
    void the_twelfth_sets_look_alikes_are_not(String text) {
        assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
    }

    @Test
    void participants_codes_in_a_data_frame_typed_as_code_are_pseudonymised() {
        String r = "Mon modèle ne converge pas :\ndf <- data.frame(\n  id = c(\"BX-201\", \"BX-202\"),\n"
                + "  hba1c = c(8.1, 7.4),\n  insuline = c(\"oui\", \"non\")\n)";
        assertThat(DETECTOR.analyze(r).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        String genes = "Mon modèle ne converge pas :\ndf <- data.frame(\n  id = c(\"ENSG0001\", \"ENSG0002\"),\n"
                + "  log2fc = c(1.2, -0.4)\n)";
        assertThat(DETECTOR.analyze(genes).classification().sensitive()).isFalse();
    }

    @Test
    void a_marker_that_only_asks_to_keep_a_text_among_its_readers_says_unpublished_of_results_and_confidential_else() {
        // results: a word of them, an estimate, an interval, a p-value
        for (String results : List.of(
                "Résultats (version de travail – ne pas diffuser) : la mortalité à J90 baisse de 30 %.",
                "Ne pas diffuser : la mortalité à J90 baisse de 30 % (HR 0,70).",
                "Ne pas diffuser : le risque double chez les fumeurs (OR = 2,1).",
                "Ne pas diffuser : la mortalité baisse de 30 % (IC 95 % 18-41).",
                "Please don't share: mortality fell by 30% (95% CI 18-41).",
                "Ne pas diffuser : la mortalité baisse de 30 % (p = 0,003).")) {
            assertThat(DETECTOR.analyze(results).classification().reasons()).as(results).isEqualTo(Set.of(Reason.UNPUBLISHED));
        }
        for (String decision : List.of(
                "Ne pas diffuser : le conseil d'administration a validé la fermeture du centre de Vierzon au 1er juillet.",
                "Ne pas diffuser : le service a reçu 12 candidatures, or 3 postes seulement sont ouverts.",
                // an invention's: kept until its filing
                "Déclaration d'invention – ne pas diffuser avant dépôt. Résultats : le composé réduit la tumeur de 80 %.")) {
            assertThat(DETECTOR.analyze(decision).classification().reasons()).as(decision)
                    .contains(Reason.CONFIDENTIAL).doesNotContain(Reason.UNPUBLISHED);
        }
    }

    @Test
    void a_merged_marker_keeps_every_category_of_its_parts() {
        List<Finding> findings = DETECTOR.analyze("Annexe 3 – CONFIDENTIEL – propriété du promoteur").findings();
        assertThat(findings).singleElement().satisfies(marker -> assertThat(marker.explanation().rule())
                .isEqualTo("intellectual-property+confidential"));
        assertThat(DETECTOR.analyze("Annexe 3 – CONFIDENTIEL – propriété du promoteur").classification().reasons())
                .isEqualTo(Set.of(Reason.CONFIDENTIAL, Reason.INTELLECTUAL_PROPERTY));
    }

    @Test
    void reasons_are_listed_in_one_order() {
        Classification classification = DETECTOR.analyze("Brevet en cours de dépôt. Les chiffres sont non publiés et le tableau reste confidentiel.")
                .classification();
        assertThat(classification.reasons()).containsExactly(Reason.UNPUBLISHED, Reason.CONFIDENTIAL,
                Reason.INTELLECTUAL_PROPERTY);
    }

    @Test
    void a_case_series_numbered_patients_are_pseudonymised() {
        String series = "Rédige les résultats : patiente n° 12, 68 ans, AVC ischémique, thrombolyse ; patient n° 13, 54 ans, "
                + "hémorragie intracrânienne à H24.";
        assertThat(DETECTOR.analyze(series).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        assertThat(DETECTOR.analyze("Dans mon tableau, le patient n° 2 est en ligne 3 : comment supprimer la ligne avec pandas ?")
                .classification().sensitive()).isFalse();
    }

    @Test
    void a_pronoun_is_not_the_addressees() {
        // "she" is the participant the question is about, not Aoife, to whom it is written
        for (String text : List.of("Hi Aoife,\n\nQuick question about participant BR-2291: she had a miscarriage at 11 weeks.",
                "Hi Aoife, a quick question for you about the participant BR-2291 seen on Tuesday: she had a miscarriage.")) {
            assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        }
    }

    @Test
    void a_relatives_word_with_a_capital_is_no_cue() {
        // a hospital's name ("Mère Enfant"), where the lower-case "sa mère, Odile Frémont" is one
        String text = "Étude conduite à l'Hôpital Femme Mère Enfant de Bron.\nEnfant : Nolan TRAORÉ, né le 4 octobre 2024";
        assertThat(DETECTOR.analyze(text).findings()).extracting(f -> f.label() + " " + text.substring(f.start(), f.end()))
                .contains("HOSPITAL Hôpital Femme Mère Enfant de Bron").doesNotContain("FIRST_NAME Enfant");
    }

    @Test
    void names_the_lexicons_lack_are_read_from_what_surrounds_them() {
        assertThat(names("Re: Kacper Nowicki, DOB 14/07/2013")).containsExactly("FIRST_NAME Kacper", "LAST_NAME Nowicki");
        assertThat(names("Liste : Issa Oumarou (né le 03/02/1959)")).containsExactly("FIRST_NAME Issa", "LAST_NAME Oumarou");
        assertThat(names("Dossier transmis : Ewan Kerrigan, date de naissance 03/06/1975")).containsExactly("FIRST_NAME Ewan",
                "LAST_NAME Kerrigan");
        assertThat(names("NOWICKI Kacper, DOB 14/07/2013")).containsExactly("LAST_NAME NOWICKI", "FIRST_NAME Kacper");
        assertThat(names("Winifred Thistlewood, 88 ans, chute à domicile.")).containsExactly("FIRST_NAME Winifred",
                "LAST_NAME Thistlewood");
        assertThat(names("Les Grands Moulins, 100 ans d'histoire de la médecine.")).isEmpty();
        // a bare age between commas or ending the line, as English notes write it; not a journal's volume and pages
        assertThat(names("Sleep clinic\nDean Foster, 47, HGV driver, witnessed apnoeas.")).containsExactly("FIRST_NAME Dean",
                "LAST_NAME Foster");
        assertThat(names("Re: Dean Foster, 47\nWitnessed apnoeas.")).containsExactly("FIRST_NAME Dean", "LAST_NAME Foster");
        assertThat(names("Dean Foster, 147, HGV driver.")).isEmpty();
        assertThat(names("Acta Neurologica, 12, 45-67.")).isEmpty();
        assertThat(names("Name: QUARSHIE, Kwabena\nSpecimen: prostate biopsies")).containsExactly("LAST_NAME QUARSHIE",
                "FIRST_NAME Kwabena");
        assertThat(names("Name: Project, Description\nStatus: draft")).isEmpty();
        assertThat(names("Name: SMITH, Mrs\nWard 4")).doesNotContain("FIRST_NAME Mrs");
        assertThat(names("Mon fils Elyes a 6 ans.")).containsExactly("FIRST_NAME Elyes");
        assertThat(names("Thanks to my colleague, Dr Sarah Klein.")).containsExactly("FIRST_NAME Sarah", "LAST_NAME Klein");
        assertThat(names("Thanks.\n\nBest wishes,\nRhona Baillie")).containsExactly("FIRST_NAME Rhona", "LAST_NAME Baillie");
        // a service signs, not a person; a title of a work, not a birth; "son" without a possessive is French "his"
        assertThat(names("Regards,\nBiobank Office")).isEmpty();
        assertThat(names("Cheers,\nSupport Hotline")).isEmpty();
        // a relative's word without a possessive: a character's title
        assertThat(names("Le père Fouras pose ses énigmes.")).isEmpty();
        assertThat(names("Voir Nouvelles Perspectives, née de la réforme de 2019.")).isEmpty();
        assertThat(names("Il a rencontré son Altesse Sérénissime hier.")).isEmpty();
        assertThat(names("Mon fils Covid positif depuis hier.")).isEmpty();
        // an adjective of kin between the possessive and the relative's word
        assertThat(names("My best friend Chidinma just told me.")).containsExactly("FIRST_NAME Chidinma");
        assertThat(names("Ma petite sœur Yasminah arrive demain.")).containsExactly("FIRST_NAME Yasminah");
        assertThat(names("In the novel, the big brother Krasnov never appears.")).isEmpty();
        // an age's word before its number; a greeting's word, never a name, before the addressee's
        assertThat(names("Please see Thaddeus Olawale, aged 34, next week.")).containsExactly("FIRST_NAME Thaddeus",
                "LAST_NAME Olawale");
        assertThat(names("Les Grands Moulins, aged 100, reopen.")).isEmpty();
        assertThat(names("Reformule : « Coucou Inès, ta tante arrive demain. »")).containsExactly("FIRST_NAME Inès");
        // a message's last line after a blank line, in a message opened by a greeting: its signature
        assertThat(names("Hi Gareth,\n\nThe file is on the drive.\n\nOonagh")).containsExactly("FIRST_NAME Gareth",
                "FIRST_NAME Oonagh");
        assertThat(names("Hi Gareth,\n\nThe file is on the drive.\n\nSecretariat")).containsExactly("FIRST_NAME Gareth");
        assertThat(names("Gareth,\n\nThe file is on the drive.\n\nOonagh")).doesNotContain("FIRST_NAME Oonagh");
        assertThat(names("Hi Gareth,\n\nThe file is on the drive.\nOonagh")).doesNotContain("FIRST_NAME Oonagh");
        // a known given name alone, the subject of a verb or called; not a town's name
        assertThat(names("The figures are ready. Luca will present them.")).containsExactly("FIRST_NAME Luca");
        // the same as the text's first word, which was passed over (its token, 0, was taken for "none")
        assertThat(names("Luca will present them.")).containsExactly("FIRST_NAME Luca");
        assertThat(names("Léna, 3 ans, a de la fièvre depuis hier.")).containsExactly("FIRST_NAME Léna");
        assertThat(names("Nancy est plus loin.")).isEmpty();
        assertThat(names("Gaspard est malade ; Nadia le remplacera.")).contains("FIRST_NAME Nadia");
        assertThat(names("Pas de cours. Nadia nous a dit que le TD est annulé.")).containsExactly("FIRST_NAME Nadia");
        assertThat(names("« Declan, your results are back. »")).containsExactly("FIRST_NAME Declan");
        // negated ("ne viendra pas", "n'a pas pu"), after a short aside in brackets, or with a bare age between commas
        assertThat(names("Pour info, Sandrine ne viendra pas jeudi.")).containsExactly("FIRST_NAME Sandrine");
        assertThat(names("Désolé, Tom n'a pas pu venir.")).containsExactly("FIRST_NAME Tom");
        assertThat(names("Aujourd'hui, Inès (CM2 B) a fait un malaise.")).containsExactly("FIRST_NAME Inès");
        assertThat(names("Dietetic review: Callum, 15, with cystic fibrosis.")).containsExactly("FIRST_NAME Callum");
        assertThat(names("Nancy ne répond plus.")).isEmpty();
        // what a person does, presents or had, and a clause said of them; not a town's
        assertThat(names("Pour la maîtresse : Inès fait de l'épilepsie.")).containsExactly("FIRST_NAME Inès");
        assertThat(names("Le 15, Mathieu présentera sa thèse.")).containsExactly("FIRST_NAME Mathieu");
        assertThat(names("Sad news: Bob, who ran our mouse facility, passed away.")).containsExactly("FIRST_NAME Bob");
        assertThat(names("Sad news: Ted passed away on Saturday.")).containsExactly("FIRST_NAME Ted");
        // a chat's speakers, after the line's time stamp or opening it; not a town's line
        assertThat(names("Fil :\n[21/11 08:12] Sylvie : papa est aux urgences\n[21/11 08:15] Franck : encore ?"))
                .containsExactly("FIRST_NAME Sylvie", "FIRST_NAME Franck");
        assertThat(names("21/11/2026 08:12 - Sylvie: papa est aux urgences")).containsExactly("FIRST_NAME Sylvie");
        assertThat(names("Lits fermés\nNancy : 3\nMetz : 2")).isEmpty();
        assertThat(names("Voir [note 3] Sylvie : le texte")).isEmpty();
        // a heading's place word names no one on the next line
        assertThat(names("Sexual health clinic – Mortimer Market Centre\nJason Blake, 23, presents with dysuria."))
                .containsExactly("FIRST_NAME Jason", "LAST_NAME Blake");
        assertThat(names("Rendez-vous au Centre Jason Blake.")).isEmpty();
        // a signature's job title; a specialty a letter is addressed to
        assertThat(names("Please update your workstation.\n\nKind regards,\nHR Business Partner")).isEmpty();
        assertThat(names("Dear Ophthalmology,\n\nPlease see this lady urgently.")).isEmpty();
        // the writer introducing themself; not a town
        assertThat(names("I'm Priya and I've just been told I have diabetes.")).containsExactly("FIRST_NAME Priya");
        assertThat(names("Je m'appelle Inès et j'ai une question.")).containsExactly("FIRST_NAME Inès");
        assertThat(names("Je suis Nancy depuis hier.")).isEmpty();
        assertThat(names("Hi, it's Stella in flat 2, the rent is late.")).containsExactly("FIRST_NAME Stella");
        assertThat(names("Hi, this is Sam from the lab.")).containsExactly("FIRST_NAME Sam");
        assertThat(names("Hi, it's Nancy I'm heading to.")).isEmpty();
        // a ward's board after a bed and a dash, the family name alone or the whole name; a service's user
        assertThat(names("Ward 4B – handover\nBed 8 – Gill, 66: stable, for discharge tomorrow.")).containsExactly(
                "LAST_NAME Gill");
        assertThat(names("Bed 3 – Ethan Price, 19, admitted after an overdose.")).containsExactly("FIRST_NAME Ethan",
                "LAST_NAME Price");
        assertThat(names("Usager : Tremblay, Gilles")).containsExactly("LAST_NAME Tremblay", "FIRST_NAME Gilles");
        assertThat(names("Pour info, Coralie assurera mes commandes.")).containsExactly("FIRST_NAME Coralie");
        // an eponym after a civil title and a given name is the family name; a form's hospital field and a
        // journal's abbreviation are none
        assertThat(names("Thank you for seeing Mr Keith Barlow, 63, a retired plumber.")).containsExactly(
                "FIRST_NAME Keith", "LAST_NAME Barlow");
        assertThat(names("Barlow's test was negative.")).isEmpty();
        assertThat(names("Patient: PATEL, Nisha   Hospital number: L1187264")).containsExactly("LAST_NAME PATEL",
                "FIRST_NAME Nisha");
        assertThat(names("Ann Fr Otorhinolaryngol. 2024;141:77-83.")).isEmpty();
        // two given names before an age: given and family name
        assertThat(names("Antenatal clinic\nZainab Ali, 29, G3P2 at 34+2 weeks.")).containsExactly("FIRST_NAME Zainab",
                "LAST_NAME Ali");
        assertThat(names("Antenatal clinic\nZainab Ali runs it.")).isEmpty();
        // a given name a request is redirected to
        assertThat(names("Merci de rediriger vos demandes vers Ludivine.")).containsExactly("FIRST_NAME Ludivine");
        assertThat(names("Nous passons par Nancy, qui est en Lorraine.")).isEmpty();
        // a name a column before a form's "Hospital no:" is a name, not a facility's
        assertThat(names("Patient: Aisha Begum   Hospital no: S2291047")).containsExactly("FIRST_NAME Aisha",
                "LAST_NAME Begum");
        assertThat(names("Louis, 14, 15 et 16 : trois rois.")).isEmpty();
        assertThat(names("Au jardin, Rose (la plus vieille des fleurs, qui ne fane pas en juin) a gelé.")).isEmpty();
        assertThat(names("Nous visitons Metz. Nancy est plus loin.")).isEmpty();
        assertThat(names("Au jardin : Rose, lilas et jasmin.")).isEmpty();
        assertThat(names("Le mot Nadia mange une pomme.")).isEmpty();
        assertThat(names("Le projet Luca\nsera présenté demain.")).isEmpty();
        // a genitive before a relative's word is a possessive
        assertThat(names("Our neighbour's son, Kieran, is 15.")).containsExactly("FIRST_NAME Kieran");
    }

    /** Each text is classified not sensitive (the text is the assertion's description). */
    private static void assertNotSensitive(String... texts) {
        for (String text : texts) {
            assertThat(DETECTOR.analyze(text).classification().sensitive()).as(text).isFalse();
        }
    }

    /** Each text is nominative health data, and nothing else. */
    private static void assertNominativeHealth(String... texts) {
        for (String text : texts) {
            assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).containsExactly(Reason.NOMINATIVE_HEALTH);
        }
    }

    private static List<String> names(String text) {
        return DETECTOR.analyze(text).findings().stream()
                .filter(f -> f.label() == Label.FIRST_NAME || f.label() == Label.LAST_NAME)
                .map(f -> f.label() + " " + text.substring(f.start(), f.end())).toList();
    }

    @Test
    void a_notes_entry_starts_with_its_date_and_a_score_does_not() {
        for (String note : List.of("17/11 – 7h30 : Mme Lebreton a mal dormi, douleur cotée 5/10.", "10/06 14h retour de bloc.")) {
            assertThat(DETECTOR.analyze(note).findings()).filteredOn(f -> f.label() == Label.DATE)
                    .extracting(f -> note.substring(f.start(), f.end())).containsExactly(note.substring(0, 5));
        }
        assertThat(DETECTOR.analyze("Score EVA :\n5/10 – stable").findings()).isEmpty();
    }

    @Test
    void a_patient_column_holds_codes_and_leaves_names_to_the_name_rules() {
        String codes = "Patient;Âge;Sexe;Complication\nCH-114;71;H;fistule anastomotique\nCH-117;65;F;aucune";
        assertThat(DETECTOR.analyze(codes).findings()).filteredOn(f -> f.label() == Label.PATIENT_ID)
                .extracting(f -> codes.substring(f.start(), f.end())).containsExactly("CH-114", "CH-117");
        assertThat(DETECTOR.analyze(codes).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        String named = "Patient;Âge;Sexe\nJean Dupont;54;M";
        assertThat(DETECTOR.analyze(named).findings()).extracting(Finding::label).doesNotContain(Label.PATIENT_ID);
    }

    @Test
    void an_id_column_beside_a_trials_arm_or_a_persons_measure_holds_participants_codes() {
        String trial = "id,arm,week,responder\nT1-0451,closed-loop,26,yes\nT1-0452,standard,26,no";
        assertThat(DETECTOR.analyze(trial).findings()).filteredOn(f -> f.label() == Label.PATIENT_ID)
                .extracting(f -> trial.substring(f.start(), f.end())).containsExactly("T1-0451", "T1-0452");
        String measures = "id,week,hba1c,hypo_events\nT1-0451,26,6.9,0\nT1-0452,26,8.1,3";
        assertThat(DETECTOR.analyze(measures).classification().reasons()).containsExactly(Reason.PSEUDONYMISED_HEALTH);
        // an id column of genes: no person's attribute beside it
        String genes = "id,symbol,log2fc,padj\nENSG00000141510,TP53,1.8,0.001\nENSG00000012048,BRCA1,-0.6,0.04";
        assertThat(DETECTOR.analyze(genes).findings()).extracting(Finding::label).doesNotContain(Label.PATIENT_ID);
    }

    @Test
    void a_name_field_says_which_name_the_lexicons_lack() {
        String form = "Nom : FERREIRA DA SILVA   Prénom : Joaquim\nNom : VAN DER BERG\nPrénom : Ilse";
        assertThat(DETECTOR.analyze(form).findings()).extracting(f -> f.label() + " " + form.substring(f.start(), f.end())).containsExactly(
                "LAST_NAME FERREIRA DA SILVA", "FIRST_NAME Joaquim", "LAST_NAME VAN DER BERG", "FIRST_NAME Ilse");
    }

    @Test
    void a_departments_directory_of_its_staff_is_no_ones_health() {
        // names, titles and phones under a specialty's name: the staff's contacts, not a patient's care
        assertThat(DETECTOR.analyze("Service de rhumatologie\nChef de service : Pr Eric CHANUT, tél. 01 45 21 33 10\n"
                + "Cadre de santé : Mme Cécile VERLOOCK, tél. 01 45 21 33 12\nSecrétariat médical : 01 45 21 33 00")
                .classification().sensitive()).isFalse();
    }

    @Test
    void harmless_texts_are_not_sensitive() {
        assertNotSensitive(
                "Comment faire une régression logistique en R avec glm() et interpréter les odds ratios ?",
                "La maladie de Parkinson est une affection neurodégénérative décrite par James Parkinson en 1817.",
                "En 1885, Louis Pasteur administre le premier vaccin contre la rage à Joseph Meister.",
                "Background: in this randomised trial (NCT04173852) of 824 patients, intensive blood pressure "
                        + "lowering after thrombectomy did not improve outcomes.",
                "Bonjour, le séminaire aura lieu le 12 mars 2025 en salle 3. Contact : Marion LEFEUVRE, 01 44 23 60 52.");
    }

    @Test
    void confidentiality_markers_give_their_reasons() {
        // "confidential" says so; "ne pas diffuser" on results says they are unpublished
        // results to be submitted
        assertThat(DETECTOR.analyze("Discussion (ne pas diffuser) : ces données seront soumises au BMJ en janvier.")
                .classification().reasons()).isEqualTo(Set.of(Reason.UNPUBLISHED));
        assertThat(DETECTOR.analyze("Résultats intermédiaires – CONFIDENTIEL – ne pas diffuser").classification().reasons())
                .isEqualTo(Set.of(Reason.CONFIDENTIAL, Reason.UNPUBLISHED));
        assertThat(DETECTOR.analyze("Ces résultats, non encore publiés, montrent une baisse de 30 %.").classification().reasons())
                .isEqualTo(Set.of(Reason.UNPUBLISHED));
        assertThat(DETECTOR.analyze("Procédé de synthèse : brevet en cours de dépôt.").classification().reasons())
                .isEqualTo(Set.of(Reason.INTELLECTUAL_PROPERTY));
        assertThat(DETECTOR.analyze("Ces données n'ont pas encore été soumises.").classification().reasons())
                .isEqualTo(Set.of(Reason.UNPUBLISHED));
        assertThat(DETECTOR.analyze("HR 0.71 at the interim analysis; we are not allowed to share unblinded results.")
                .classification().reasons()).isEqualTo(Set.of(Reason.UNPUBLISHED));
        assertThat(DETECTOR.analyze("Results (draft, not for circulation): AUC 0.84 versus 0.76.").classification().reasons())
                .isEqualTo(Set.of(Reason.UNPUBLISHED));
        assertThat(DETECTOR.analyze("Commercial in confidence. The formulation data are attached.").classification().reasons())
                .isEqualTo(Set.of(Reason.CONFIDENTIAL));
        assertThat(DETECTOR.analyze("The endpoint is met, so please do not mention it outside this group.").classification()
                .reasons()).isEqualTo(Set.of(Reason.CONFIDENTIAL));
        assertThat(DETECTOR.analyze("Merci de ne pas transférer ce message : le budget du projet est réduit de moitié.")
                .classification().reasons()).isEqualTo(Set.of(Reason.CONFIDENTIAL));
        // a paper the writer is about to submit; a patent the writer is drafting
        for (String paper : List.of("Relis l'introduction de notre article, qu'on soumet au BMJ lundi : la mortalité baisse de 12 %.",
                "Polish the abstract of the manuscript we will submit in May: mortality fell by 12%.",
                "Avant de soumettre notre article, vérifie les chiffres du tableau 2.")) {
            assertThat(DETECTOR.analyze(paper).classification().reasons()).as(paper).isEqualTo(Set.of(Reason.UNPUBLISHED));
        }
        assertThat(DETECTOR.analyze("Tidy this claim for our patent attorney: a device comprising a sensor wherein the ratio "
                + "exceeds 2.").classification().reasons()).isEqualTo(Set.of(Reason.INTELLECTUAL_PROPERTY));
        // a call for papers, a question of procedure, a profession in a signature: no marker
        for (String harmless : List.of("Submit your paper before 15 March; authors will be notified in May.",
                "How do I submit a manuscript to PLOS ONE, and do they ask for a cover letter?",
                "Les auteurs peuvent soumettre un article de huit pages au plus.",
                "The paper that authors submit must not exceed eight pages.",
                "Sophie Arnaud\nConseil en propriété industrielle\nCabinet Lumen, Lyon")) {
            assertThat(DETECTOR.analyze(harmless).findings()).as(harmless).extracting(Finding::label)
                    .doesNotContain(Label.CONFIDENTIAL);
        }
    }

    @Test
    void data_pasted_from_exports_and_code_name_their_patients_and_a_codebook_names_no_one() {
        // an HL7 CDA header, a test fixture of records with an age, a dictation typed in lower case
        String cda = """
                <recordTarget><patientRole><patient><name><given>Florentin</given><family>GOASDOUÉ</family></name>
                <birthTime value="19750921"/></patient></patientRole></recordTarget>
                <section><title>Motif</title><text>Décompensation cardiaque sur fibrillation atriale.</text></section>""";
        String fixture = """
                patients = [
                    {"name": "Kwame Asante", "age": 58, "complaint": "crushing chest pain", "triage": "red"},
                    {"name": "Rhiannon Pryce", "age": 23, "complaint": "overdose, paracetamol", "triage": "orange"},
                ]""";
        String dictation = "compte rendu de consultation madame solène maréchal quarante-six ans revue pour sa sclérose "
                + "en plaques pas de nouvelle poussée depuis la mise sous natalizumab";
        for (String text : List.of(cda, fixture, dictation)) {
            assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).contains(Reason.NOMINATIVE_HEALTH);
        }
        // users of an app, a plant's family, a codebook's variables: no one's health
        assertNotSensitive(
                "users = [{\"name\": \"Alice Martin\", \"age\": 30, \"plan\": \"premium\"}]",
                "<taxon><family>Rosaceae</family><use>traitement de la toux</use></taxon>",
                "Variable | Type | Description\nsubject_id | string | pseudonymous code\ndob | date | date of birth\n"
                        + "dx_primary | ICD-10 | primary diagnosis at admission\nlos | integer | length of stay in days");
    }

    @Test
    void a_note_headed_by_its_kind_and_a_name_is_that_persons_and_a_signed_writer_in_care_is_named() {
        assertThat(DETECTOR.analyze("Bilan kinésithérapique initial – Tiago Mendes-Roque\nRupture du LCA genou droit opérée "
                + "le 18/09/2025. Flexion 110°, amyotrophie quadricipitale.").classification().reasons())
                .contains(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Review – Sarah Collins\nA thoughtful talk on asthma biologics and eosinophilic COPD "
                + "at grand round.").classification().sensitive()).isFalse();
        // the writer's own care, in a message signed with a bare name; not a talk the writer saw
        assertThat(DETECTOR.analyze("Bonjour Professeur,\n\nJe traverse un épisode dépressif et je suis suivie par un "
                + "psychiatre. Je préfère que cela reste entre nous.\n\nBien cordialement,\nNour Belkacem")
                .classification().reasons()).contains(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Hi all,\n\nI have been seeing a therapist for my anxiety since the spring.\n\nBest,\n"
                + "Sarah Collins").classification().reasons()).contains(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Dear all,\n\nI saw a psychologist present her work on insomnia and depression at the "
                + "congress; slides attached.\n\nBest wishes,\nSarah Collins").classification().sensitive()).isFalse();
        // a colleague signed off, named by her given name alone; the same colleague presenting a cohort
        assertThat(DETECTOR.analyze("hey, just so you know, Yuki won't be at standup this week, she's been signed off "
                + "with burnout.").classification().reasons()).contains(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("hey, just so you know, Yuki won't be at standup this week, she's presenting the "
                + "depression cohort at a congress in Lyon.").classification().sensitive()).isFalse();
        // a fit note's "signed off", with what for; not a budget signed off
        assertThat(DETECTOR.analyze("Tom Baxter has been signed off with a chest infection.").classification().reasons())
                .contains(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Tom Baxter signed off the budget with the asthma team.").classification().sensitive())
                .isFalse();
    }

    @Test
    void a_family_s_message_a_child_s_school_a_patient_s_portal_and_a_crisis_plan_name_their_patient() {
        for (String text : List.of(
                "Coucou tout le monde, nouvelles de Mamie Denise : l'EHPAD a appelé, elle a fait une petite chute cette "
                        + "nuit, pas de fracture mais elle est très confuse. Bisous, Valérie",
                "Peux-tu m'aider à écrire un mot pour l'école ? Mon fils Naël Haddad (CM2) a été absent du 24 au 26 "
                        + "novembre à cause d'une gastro-entérite.",
                "Bonjour docteur, c'est Mariana Ribeiro. J'ai reçu mes résultats de prise de sang, ma ferritine est à 6.",
                "Crisis and contingency plan – Ruairi Gallagher, NHS no. 485 777 3456\nEarly warning signs: stops "
                        + "sleeping, stops taking lithium.",
                "Bilan orthophonique – Inès Boukhris, 7 ans, CE1\nTrouble spécifique du langage écrit (dyslexie "
                        + "phonologique) ; lecture à -2 écarts-types.",
                // French reading is no English lecture
                "Bilan orthophonique – Inès Boukhris\nDyslexie phonologique sévère, lecture à -2 écarts-types.",
                "patient is a 54 year old male named kevin o'brien with a history of type 2 diabetes and hypertension",
                "{\"dispensed\": [{\"patientName\": \"Dariusz Wójcik\", \"drug\": \"methadone\", \"dose\": \"60 mg\"}]}")) {
            assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).contains(Reason.NOMINATIVE_HEALTH);
        }
        assertThat(DETECTOR.analyze("Hi Priya,\n\nScreening no. S-0413 is a screen failure: eGFR came back at 28.")
                .classification().reasons()).contains(Reason.PSEUDONYMISED_HEALTH);
        // a summer school, a talk, a famous woman, a researcher's age
        assertNotSensitive(
                "L'école d'été de santé publique accueille Naël Haddad, qui parlera de la gastro-entérite de l'enfant.",
                "Conférence – Inès Boukhris\nLa dyslexie phonologique : lecture et langage écrit chez l'enfant.",
                "C'est Marie Curie qui a découvert le polonium et le radium.",
                "Ruairi Gallagher, 52 ans, connu pour ses travaux sur le lithium et la dépression, rejoint l'équipe.");
    }

    @Test
    void a_titles_dot_ends_no_sentence_and_a_paper_being_written_is_unpublished() {
        // "M." before the name: the illness and the name stand in one sentence
        assertThat(DETECTOR.analyze("Photo 3 : ulcère veineux de la jambe gauche, M. Bertrand Lacombe, J21 de la compression.")
                .classification().reasons()).contains(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Le traitement de l'ulcère veineux a été présenté par M. Bertrand Lacombe au congrès de "
                + "Lyon.").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze("ELN entry – Western blot: p-AKT down 70 % in the KO (n = 3). Keep for figure 4 of the "
                + "paper we are writing.").classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        // a published paper's limitation is no marker
        assertThat(DETECTOR.analyze("Limitations: the association has not yet been replicated in other cohorts.")
                .classification().sensitive()).isFalse();
    }

    @Test
    void a_table_row_that_a_name_opens_is_that_persons_record_unless_the_header_names_topics_or_roles() {
        assertThat(DETECTOR.analyze("Agent\tService\tMotif d'absence\tDu\tAu\nLEMAIRE Pascale\tBiochimie\tlombalgie\t17/11"
                + "\t28/11\nTOURE Ibrahima\tHématologie\topération genou\t03/11\t12/12").classification().reasons())
                .contains(Reason.NOMINATIVE_HEALTH);
        assertThat(DETECTOR.analyze("Tableau : Nom | Âge | Diagnostic\nMartin Claude | 67 | BPCO\nRoux Annie | 72 | "
                + "insuffisance cardiaque").classification().reasons()).contains(Reason.NOMINATIVE_HEALTH);
        // a programme of talks, a directory of staff by specialty
        assertNotSensitive(
                "| Orateur | Thème |\n| Paul MARTIN | La BPCO en 2025 |\n| Léa DURAND | Insuffisance cardiaque |",
                "Orateurs : Paul MARTIN, la BPCO en 2025 ; Léa DURAND, insuffisance cardiaque.",
                "Nom\tSpécialité\tThème\nMARTIN Paul\tpneumologie\tasthme sévère\nDURAND Léa\tdiabétologie\tdiabète de type 1",
                "Nom;Service;Téléphone\nMARTIN Paul;Cardiologie;01 42 16 00 00\nDURAND Léa;Oncologie;01 42 16 00 01");
    }

    @Test
    void a_message_s_self_introduction_a_text_s_title_and_a_ward_s_shorthand_name_their_patient() {
        for (String text : List.of(
                // a spoken message: the greeting with no comma, then "c'est" and the name
                "Oui bonjour c'est Josiane Perrault, je vous appelle parce que depuis la nouvelle pilule pour la tension "
                        + "j'ai des vertiges le matin.",
                // a text's title, whatever its kind, names the person of the note under it
                "PAI – Maël Girardot, classe de CP\nAllergie sévère à l'arachide. En cas de gêne respiratoire : injecter "
                        + "l'adrénaline.",
                "TTO – Gwendolyn Price, Ward 12\nApixaban 5 mg BD (new, for atrial fibrillation), bisoprolol 2.5 mg OD.",
                "Teledermatology referral: Stanley Whitcombe, 71, pigmented lesion on the left shoulder, 9 mm. ?melanoma.",
                // a ward's shorthand for a room, after a child called by her given name
                "coucou, pour info la petite Jade de la 4 a vomi deux fois cette nuit, j'ai mis la perf")) {
            assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).contains(Reason.NOMINATIVE_HEALTH);
        }
        assertNotSensitive(
                "Bonjour c'est Paul Martin, je vous écris pour le projet sur le diabète de l'enfant.",
                // a title over a topic named with its article
                "Invitée du mois : Claire Petit\nLe diabète de type 1 chez l'adolescent, ses causes et ses traitements.",
                "Invitée du mois – Claire Petit\nLe diabète de type 1 chez l'adolescent, ses causes et ses traitements.",
                // fiction
                "In the series House, Dr Gregory House limps because of a thigh infarction, and treats his chronic pain "
                        + "with Vicodin.");
        // a non-disclosure agreement by its initials, in English; a French NDA is a stay's number
        assertThat(DETECTOR.analyze("Everything we share with BioNexa stays under the NDA until the term sheet is signed.")
                .classification().reasons()).containsExactly(Reason.CONFIDENTIAL);
        assertThat(DETECTOR.analyze("NDA : 2301456789").findings()).extracting(Finding::label)
                .doesNotContain(Label.CONFIDENTIAL);
    }

    @Test
    void a_ward_board_a_record_s_name_fields_and_a_note_headed_by_a_name_and_an_age_name_their_patients() {
        for (String text : List.of(
                "Bay 2: Harris – NBM for OGD tomorrow\nBay 3: Okafor – IV abx day 3, cellulitis improving",
                "[{\"first_name\": \"Aisha\", \"last_name\": \"Karimi\", \"gestation_weeks\": 34, \"complication\": "
                        + "\"pre-eclampsia\"}]",
                "Olivia Stephens – 7 years. Caries in 74 and 84, inhalation sedation for the extractions.",
                "Docteur, c'est la fille de Mme Pinto. Maman ne mange plus depuis trois jours et elle tousse beaucoup.")) {
            assertThat(DETECTOR.analyze(text).classification().reasons()).as(text).contains(Reason.NOMINATIVE_HEALTH);
        }
        // a directory of clinicians in JSON; a counselling service that is confidential
        assertNotSensitive(
                "{\"first_name\": \"Paul\", \"last_name\": \"Martin\", \"specialty\": \"cardiology\", \"topic\": "
                        + "\"heart failure and atrial fibrillation, gestational diabetes\"}",
                "Feeling stressed? The staff wellbeing service offers free confidential counselling sessions.");
        // kept from others until announced; an invention not yet filed
        assertThat(DETECTOR.analyze("Cette information est strictement réservée au comité de pilotage.").classification()
                .reasons()).containsExactly(Reason.CONFIDENTIAL);
        assertThat(DETECTOR.analyze("Merci de garder cela pour vous jusqu'à la communication officielle.").classification()
                .reasons()).containsExactly(Reason.CONFIDENTIAL);
        assertThat(DETECTOR.analyze("Strictly between us: three postdoc contracts will not be renewed.").classification()
                .reasons()).containsExactly(Reason.CONFIDENTIAL);
        assertThat(DETECTOR.analyze("Le procédé de purification n'a pas encore fait l'objet d'un dépôt.").classification()
                .reasons()).containsExactly(Reason.INTELLECTUAL_PROPERTY);
    }

    @Test
    void a_staff_profile_s_pronoun_who_treats_specialises_or_devoted_a_life_is_not_a_patient() {
        assertNotSensitive(
                "Portrait – Marie Dubois\nCardiologue à Lille, elle soigne l'insuffisance cardiaque depuis vingt ans.",
                "Nouvelle recrue – Sarah Collins\nShe specialises in asthma and COPD.",
                "Hommage – Paul Martin\nIl a consacré sa vie à la lutte contre le cancer de l'enfant.");
        // care received, in the passive, still is
        assertThat(DETECTOR.analyze("Nouvelles de Mme Odile Durand : elle est soignée pour une pneumonie à l'hôpital.")
                .classification().reasons()).contains(Reason.NOMINATIVE_HEALTH);
    }

    @Test
    void a_known_given_name_in_a_chats_message_is_a_colleagues() {
        assertThat(names("Jess: anyone seen Aidan?\nPriya: he's off, kidney stones again"))
                .containsExactly("FIRST_NAME Jess", "FIRST_NAME Aidan", "FIRST_NAME Priya");
        assertNominativeHealth("Jess: anyone seen Aidan?\nRob: he's off, kidney stones again, poor guy was in agony");
        // not an eponym (no given name the lexicon knows), nor a town, nor a name in a message whose
        // neighbours no speaker opens, nor on a line no speaker opens
        assertThat(names("Priya: a quiz on Addison's disease?\nLeo: and Crohn's")).containsExactly("FIRST_NAME Priya",
                "FIRST_NAME Leo");
        assertThat(names("Priya: the Nancy site?\nLeo: 3 beds left")).containsExactly("FIRST_NAME Priya", "FIRST_NAME Leo");
        assertThat(names("Priya: who has the key?\nthe key is with Marcus\nLeo: thanks")).containsExactly(
                "FIRST_NAME Priya", "FIRST_NAME Leo");
        assertThat(names("Samir : Baptiste l'a, il revient à 14 h")).containsExactly("FIRST_NAME Samir");
    }

    @Test
    void the_writers_pregnancy_with_its_term_and_their_operation_are_their_health() {
        String signature = "\n\nBest,\nAnouk de Vries";
        assertNominativeHealth(
                "Hello Tom,\n\nCould we move my PhD committee meeting? I'm five months pregnant and my midwife wants me in."
                        + signature,
                "Hello Tom,\n\nCould we move my PhD committee meeting? I'm having surgery on my knee that morning." + signature,
                "Hello Tom,\n\nCould we move my PhD committee meeting? I had an operation on my shoulder last week." + signature,
                "Bonjour Tom,\n\nPeut-on décaler mon comité ? Je dois me faire opérer du genou ce matin-là." + signature,
                "Bonjour Tom,\n\nPeut-on décaler mon comité ? J'ai été opérée la semaine dernière." + signature,
                "My wife Priyanka is 30 weeks pregnant. Can you give me a week of dinner ideas she will like?");
        assertNotSensitive(
                "Hello Tom,\n\nCould we move my PhD committee meeting? I have surgery all day that morning, two hips." + signature,
                "Hello Tom,\n\nCould we move my PhD committee meeting? I had a surgery meeting that morning." + signature,
                "Hello Tom,\n\nCould we move the audit? I had an operation list overrun on Monday." + signature,
                "Hello Tom,\n\nCould we move my PhD committee meeting? Our mice are five months old, none pregnant." + signature,
                "Bonjour Tom,\n\nPeut-on décaler mon comité ? Je dois faire opérer mon chien ce matin-là." + signature);
    }

    @Test
    void a_preliminary_text_not_for_citation_is_unpublished() {
        assertThat(DETECTOR.analyze("Preliminary – not for citation\nDiscussion: Our trial is the first to show that a"
                + " four-day week reduces burnout.").classification().reasons()).containsExactly(Reason.UNPUBLISHED);
        assertNotSensitive("How do I format a citation for a preprint that is not yet peer-reviewed?");
    }

    @Test
    void a_valid_nir_alone_is_sensitive() {
        assertThat(DETECTOR.analyze("mon numéro : 1 61 03 75 113 042 88").classification().sensitive()).isTrue();
    }

    @Test
    void a_name_run_at_the_very_end_of_the_text_is_read_safely() {
        // Found by DetectorPropertiesTest: a look-ahead past the last token used to throw.
        Analysis analysis = DETECTOR.analyze("M. M. M. M. Mme JeanJeanJeanMme 12/03/1961Jean");

        assertThat(analysis.complete()).isTrue();
    }

    @Test
    void empty_and_blank_texts_are_not_sensitive() {
        assertThat(DETECTOR.analyze("").findings()).isEmpty();
        assertThat(DETECTOR.analyze("   \n\t").classification().sensitive()).isFalse();
        assertThat(DETECTOR.analyze(null).classification().sensitive()).isFalse();
    }

    @Test
    void offsets_are_utf16_indices_even_after_emoji() {
        String text = "😬😬 Patient : M. Jean DUPONT, né le 12/03/1961";
        Analysis analysis = DETECTOR.analyze(text);
        Finding last = analysis.findings().stream().filter(f -> f.label() == Label.LAST_NAME).findFirst().orElseThrow();

        assertThat(text.substring(last.start(), last.end())).isEqualTo("DUPONT");
    }
}
