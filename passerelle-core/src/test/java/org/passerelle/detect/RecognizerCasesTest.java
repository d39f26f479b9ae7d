package org.passerelle.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table per recognizer: positives with the exact span expected, and near misses that must
 * not be reported. Examples are written for these tests in the style of French clinical and
 * research text (all people and numbers fictitious); check digits were computed, not invented.
 */
class RecognizerCasesTest {

    /** A text, the label expected, and the exact text of the span, or null for "nothing of that label". */
    record Case(String text, Label label, String span) {
        @Override
        public String toString() {
            return (span == null ? "no " + label : label + " [" + span + "]") + " in: " + text;
        }
    }

    static Case found(String text, Label label, String span) {
        return new Case(text, label, span);
    }

    static Case none(String text, Label label) {
        return new Case(text, label, null);
    }

    private static void check(Recognizer recognizer, Case example) {
        List<Finding> out = new ArrayList<>();
        recognizer.recognize(new Document(example.text()), out);
        List<String> spans = out.stream().filter(f -> f.label() == example.label())
                .map(f -> example.text().substring(f.start(), f.end())).toList();
        if (example.span() == null) {
            assertThat(spans).as(example.toString()).isEmpty();
        } else {
            assertThat(spans).as(example.toString()).contains(example.span());
        }
        for (Finding finding : out) {
            assertThat(finding.explanation().toString()).doesNotContain(example.text().substring(finding.start(), finding.end()));
        }
    }

    static Stream<Case> nir() {
        return Stream.of(
                found("NIR : 1 61 03 75 113 042 88", Label.NIR, "1 61 03 75 113 042 88"),
                found("INS 161037511304288 vérifié", Label.NIR, "161037511304288"),
                found("n° SS 2.45.04.75.230.118.65", Label.NIR, "2.45.04.75.230.118.65"),
                found("Corse : 1 58 07 2A 004 231 42", Label.NIR, "1 58 07 2A 004 231 42"),
                found("n° de sécurité sociale 1 61 03 75 113 042 87 (clé mal recopiée)", Label.NIR, "1 61 03 75 113 042 87"),
                none("Commande n° 161037511304287 livrée", Label.NIR),
                // a number typed to show the shape, after the keyword too
                none("Exemple de numéro de sécurité sociale invalide : 1 99 99 99 999 999 99.", Label.NIR),
                none("NIR fictif pour les tests : 2 11 11 11 111 111 11", Label.NIR),
                none("Référence 1 61 03 75 113 042 87", Label.NIR),
                none("Lot 5 61 03 75 113 042 27", Label.NIR),
                // two digits after thirteen that begin a date are its day, not the key (here they would fit)
                found("Dossier 1 891074 750419 29/03/89", Label.NIR, "1 891074 750419"),
                found("n° SS 1 61 03 75 113 042 29/03/61", Label.NIR, "1 61 03 75 113 042"),
                // ... and the year that ends a date does not begin the NIR after it
                found("n° SS 06/12/81 1 81 0249 181386", Label.NIR, "1 81 0249 181386"),
                // the thirteen digits without their key, written as a NIR is: groups ending where its
                // fields end (sex, year, month, department, commune, order), or one digit a box beside
                // a person's particulars
                found("Fiche 06/12/81 1 81 0249 181386", Label.NIR, "1 81 0249 181386"),
                found("M. Paul MARTIN 1 85 05 78 006 084", Label.NIR, "1 85 05 78 006 084"),
                found("né le 12/05/1985 185 0578 006 084", Label.NIR, "185 0578 006 084"),
                found("1.85.05.78.006.084", Label.NIR, "1.85.05.78.006.084"),
                found("Corse 1 58 07 2A 004 231", Label.NIR, "1 58 07 2A 004 231"),
                found("Mme DURAND Jeanne 2 8 5 0 5 7 8 0 0 6 0 8 4", Label.NIR, "2 8 5 0 5 7 8 0 0 6 0 8 4"),
                found("Dupont Marie 12/05/1985 2 8 5 0 5 7 8 0 0 6 0 8 4", Label.NIR, "2 8 5 0 5 7 8 0 0 6 0 8 4"),
                none("Fiche 06/12/81 1 810 249 181386", Label.NIR),
                none("42 93 2930 293 39 102 102", Label.NIR),
                none("Réponses : 1 2 4 0 3 2 1 4 2 3 1 0 2", Label.NIR),
                none("horodatage 1712345678901", Label.NIR),
                none("EAN 3 760123 456789", Label.NIR),
                none("CIP 3 400 930 000 000", Label.NIR),
                none("M. Paul MARTIN 1 85 05 00 006 084", Label.NIR));
    }

    static Stream<Case> iban() {
        return Stream.of(
                found("IBAN FR76 3000 6000 0112 3456 7890 189", Label.IBAN, "FR76 3000 6000 0112 3456 7890 189"),
                found("virement sur FR7630006000011234567890189 svp", Label.IBAN, "FR7630006000011234567890189"),
                found("IBAN GB29 NWBK 6016 1331 9268 19", Label.IBAN, "GB29 NWBK 6016 1331 9268 19"),
                none("IBAN FR76 3000 6000 0112 3456 7890 188", Label.IBAN),
                none("code FR12 ABCD", Label.IBAN));
    }

    static Stream<Case> phone() {
        return Stream.of(
                // North American numbers after a phone word only
                found("Wife Mary at bedside, cell 212-555-0187.", Label.PHONE, "212-555-0187"),
                found("Ph: 212.555.0187", Label.PHONE, "212.555.0187"),
                none("protocole 212-555-0187", Label.PHONE),
                none("tel 2023-555-0187", Label.PHONE),
                found("Tél. 06 12 34 56 78", Label.PHONE, "06 12 34 56 78"),
                found("joignable au 06.12.34.56.78", Label.PHONE, "06.12.34.56.78"),
                found("fixe 0299284167 le matin", Label.PHONE, "0299284167"),
                found("+33 6 12 34 56 78", Label.PHONE, "+33 6 12 34 56 78"),
                found("+33 (0)2 99 28 41 67", Label.PHONE, "+33 (0)2 99 28 41 67"),
                found("+33(0)2 99 28 41 67", Label.PHONE, "+33(0)2 99 28 41 67"),
                found("+33 (0) 2 99 28 41 67", Label.PHONE, "+33 (0) 2 99 28 41 67"),
                // the national (0) joins groups on one line, like every other joiner
                none("Tél +33 (0)\n2 99 28 41 67", Label.PHONE),
                found("UK office 020 7946 0958", Label.PHONE, "020 7946 0958"),
                found("Tel: 0 1 - 4 2 - 5 3 - 6 2 - 2 2", Label.PHONE, "0 1 - 4 2 - 5 3 - 6 2 - 2 2"),
                found("fax : (33) 1 45 56 78 92", Label.PHONE, "(33) 1 45 56 78 92"),
                none("date 0 5 0 8 2 0 1 4 2 0 8 5 5 0 6 8", Label.PHONE),
                none("Prélèvement du 05/05/2024 23 h 40", Label.PHONE),
                none("poste 6142", Label.PHONE),
                none("Lot 0012873456789", Label.PHONE),
                none("valeur 00 12 34", Label.PHONE),
                found("Tel : 0076412041", Label.PHONE, "0076412041"),
                found("Dr C Barbier 00.67.70.65.40 secrétariat", Label.PHONE, "00.67.70.65.40"),
                found("Standard[04.73.72.17.05]", Label.PHONE, "04.73.72.17.05"),
                none("Dossier 0021701601 archivé", Label.PHONE),
                none("vu le 17-06-2014 1 0 0 0 1 6 3 8", Label.PHONE),
                none("0 4 0 6 1 9 9 6 14-01-2030", Label.PHONE),
                found("Interne N JOLLY\nTéléphone ( 1 3 ) 6 7 4 6 1 0 0 7 6", Label.PHONE, "( 1 3 ) 6 7 4 6 1 0 0 7 6"),
                found("Dr A. Anan 06/28/42/50/36", Label.PHONE, "06/28/42/50/36"),
                found("Dr. JOSETTE Chaume (MCU-PH)\n0063675661\nDr. C. ALEDO", Label.PHONE, "0063675661"),
                found("Hôpital Georges Pompidou 97638 (33) 2 64 37 56 34", Label.PHONE, "(33) 2 64 37 56 34"),
                found("téléphone mobile est le06.98.43.40.20. Merci", Label.PHONE, "06.98.43.40.20"),
                none("réf06.98.43.40.20", Label.PHONE),
                none("score ( 1 2 ) 3 4 5", Label.PHONE),
                none("le 12/03/20/24", Label.PHONE));
    }

    static Stream<Case> email() {
        return Stream.of(
                found("écrire à j.dupont@gmail.com.", Label.EMAIL, "j.dupont@gmail.com"),
                found("<marie-claire.o'neil@chu-rennes.fr>", Label.EMAIL, "marie-claire.o'neil@chu-rennes.fr"),
                found("écrire à tlabelle @ medimail . com svp", Label.EMAIL, "tlabelle @ medimail . com"),
                none("le compte @inserm sur Mastodon", Label.EMAIL),
                none("adresse user@localhost", Label.EMAIL));
    }

    static Stream<Case> registered() {
        return Stream.of(
                found("Dr X, RPPS 10003456789", Label.RPPS, "10003456789"),
                found("ADELI 751234567", Label.ADELI, "751234567"),
                found("FINESS : 750712184", Label.FINESS, "750712184"),
                none("RPPS en cours", Label.RPPS),
                none("ADELI 7512345", Label.ADELI));
    }

    static Stream<Case> trial() {
        return Stream.of(
                found("étude NCT04280705 publiée", Label.TRIAL_ID, "NCT04280705"),
                found("EudraCT 2020-001234-56", Label.TRIAL_ID, "2020-001234-56"),
                found("CTIS 2023-501234-12-00", Label.TRIAL_ID, "2023-501234-12-00"),
                found("ID-RCB 2021-A01234-56", Label.TRIAL_ID, "2021-A01234-56"),
                found("ISRCTN12345678", Label.TRIAL_ID, "ISRCTN12345678"),
                none("nct04280705 en minuscules", Label.TRIAL_ID),
                none("NCT0428070 trop court", Label.TRIAL_ID));
    }

    static Stream<Case> patientId() {
        return Stream.of(
                // a cohort's child by a code; a child's record number is a stay's
                found("l'enfant PR-0215 (né à 26 SA) a une hémorragie intraventriculaire", Label.PATIENT_ID, "PR-0215"),
                none("dossier mère M25-004412 – dossier enfant N25-004413", Label.PATIENT_ID),
                found("he is claiming on his critical illness policy number CI-55120874.", Label.PATIENT_ID, "CI-55120874"),
                found("Patient : code MV-2026-311, enfant de 11 ans", Label.PATIENT_ID, "MV-2026-311"),
                // a series of codes shaped as an illness's name; not the illness alone
                found("d <- data.frame(id = c(\"PK-11\", \"PK-12\"))\nSubject PK-12 vomited the dose.", Label.PATIENT_ID, "PK-12"),
                none("Les patients COVID-19 hospitalisés en 2020.", Label.PATIENT_ID),
                // a hospital's number in short; a report's patient reference
                found("Patient: Oliver Hart   Hosp no: A2298114", Label.PATIENT_ID, "A2298114"),
                found("Patient ref: MDI-2026-144, 16-year-old male.", Label.PATIENT_ID, "MDI-2026-144"),
                // Scotland's CHI number; not a chi-square's value
                found("Patient: Dorothy Baird, 86    CHI: 1204388124", Label.PATIENT_ID, "1204388124"),
                none("The chi-square test gave 12.4 (p = 0.03); chi2 = 3.84.", Label.PATIENT_ID),
                // a registry's case and a participant, by their codes; a score after "CAS" is no case
                found("Case 07-114 in the sepsis registry has lactate 9.8", Label.PATIENT_ID, "07-114"),
                found("chez la participante SOM-0088 de l'étude", Label.PATIENT_ID, "SOM-0088"),
                none("Mild thyroid eye disease (CAS 2/7).", Label.PATIENT_ID),
                none("switch (x) { case 1: return 0; }", Label.PATIENT_ID),
                found("Monsieur Paul BERNARD, IP: 67475839483, nous a contacté", Label.PATIENT_ID, "67475839483"),
                // a screening number
                found("Screening no. S-0413 is a screen failure: eGFR 28.", Label.PATIENT_ID, "S-0413"),
                none("The screening programme started in 2019.", Label.PATIENT_ID),
                // an insurer's number for its member; not the year one joined
                found("Objet : demande de prise en charge – adhérent n° 4471093", Label.PATIENT_ID, "4471093"),
                found("Membership number: 20934417", Label.PATIENT_ID, "20934417"),
                none("adhérent depuis 2019, je souhaite résilier", Label.PATIENT_ID),
                found("Nom : D. BLUTHIES ID: 9384019284 Défunt", Label.PATIENT_ID, "9384019284"),
                found("née le 24.06.1971 - l'IPP étant le 3456721983.", Label.PATIENT_ID, "3456721983"),
                found("Son IPP est 8392.", Label.PATIENT_ID, "8392"),
                found("Patient : PT2024a", Label.PATIENT_ID, "PT2024a"),
                // a number and its unit: an age, a dose
                none("Patient: 58yo male, hx of T2DM and CKD stage 3", Label.PATIENT_ID),
                none("patient 72ans, hospitalisé", Label.PATIENT_ID),
                none("serveur à l'IP 192.168.10.42 du service", Label.PATIENT_ID),
                none("voir la figure ID 42", Label.PATIENT_ID),
                none("Arrivée du patient le 15/02/2022 aux urgences", Label.PATIENT_ID),
                found("IPP 8002741396", Label.PATIENT_ID, "8002741396"),
                found("IPP : HCL-2009-481726", Label.PATIENT_ID, "HCL-2009-481726"),
                found("sujets 03-021, 05-007 et 08-002", Label.PATIENT_ID, "05-007"),
                // which subjects, then a list whose codes carry a remark each
                found("Sujets exclus : 01-004 (retrait du consentement), 02-011 (progression), 03-019 (décès).",
                        Label.PATIENT_ID, "03-019"),
                found("Subjects withdrawn: 101-004 (consent withdrawn) and 102-011", Label.PATIENT_ID, "102-011"),
                // a code followed by its holder's sex and age, with no keyword
                found("fichier du centre 12 : 12-001 (H, 58 ans, IDM antérieur), 12-002 (F, 71 ans, AVC)",
                        Label.PATIENT_ID, "12-002"),
                found("CRC-0031 (F, 54 y) relapsed", Label.PATIENT_ID, "CRC-0031"),
                none("salle 12-001 (H, 58 places)", Label.PATIENT_ID),
                // a code followed by its holder's age alone; not an illness's name, nor an age within a sentence
                found("Voici un patient de ma cohorte : code PSY-114, 29 ans, schizophrénie résistante.", Label.PATIENT_ID,
                        "PSY-114"),
                found("Cases: LYO-017 (54 years)", Label.PATIENT_ID, "LYO-017"),
                none("Après le COVID-19, 3 ans après, la fatigue persiste.", Label.PATIENT_ID),
                none("la pandémie de COVID-19, 3 ans.", Label.PATIENT_ID),
                none("Cas d'encéphalite à EV-71 (4 ans).", Label.PATIENT_ID),
                none("le bâtiment BAT-12, 40 ans après sa construction", Label.PATIENT_ID),
                // patients by their codes, plural too; not an illness or a virus named after "patients", nor a period
                found("Pour les patients NA-0142 et NA-0167, il manque le DFG à M12.", Label.PATIENT_ID, "NA-0142"),
                found("la patiente P-27 de la cohorte ELFE-NEURO a fait une crise", Label.PATIENT_ID, "P-27"),
                none("Chez les patients COVID-19 hospitalisés, la mortalité était de 12 %.", Label.PATIENT_ID),
                none("Un patient COVID-19 sur dix a fait une embolie pulmonaire.", Label.PATIENT_ID),
                none("Les patients HIV-1 positifs et les patients H1N1 ont été exclus.", Label.PATIENT_ID),
                none("Patients 2019-2020 : 340 inclusions, dont 12 décès.", Label.PATIENT_ID),
                // a FHIR reference to a patient, whatever the id's shape; not another resource's
                found("{\"subject\": {\"reference\": \"Patient/pt-004821\"}, \"code\": \"F32.2\"}", Label.PATIENT_ID,
                        "pt-004821"),
                none("{\"performer\": {\"reference\": \"Practitioner/pr-0012\"}}", Label.PATIENT_ID),
                none("see the Patient/Home page", Label.PATIENT_ID),
                // a study's zero-padded code with what happened to its holder in brackets; not a gene's or a virus's name
                found("trois inclusions posent problème : LYO-017 (insuffisance rénale aiguë à S4), GRE-004 (neutropénie"
                        + " fébrile)", Label.PATIENT_ID, "LYO-017"),
                found("inclusions : GRE-004 (neutropénie fébrile)", Label.PATIENT_ID, "GRE-004"),
                none("L'IL-6 (cytokine pro-inflammatoire) est élevée dans le sepsis ; le SARS-CoV-2 (infection respiratoire)"
                        + " aussi.", Label.PATIENT_ID),
                none("COVID-19 (pneumopathie virale) et H1N1 (grippe)", Label.PATIENT_ID),
                none("la salle B-012 (neutropénie, zone protégée)", Label.PATIENT_ID),
                none("LYO-017 (réunion du comité) puis GRE-004 (salle 2)", Label.PATIENT_ID),
                none("le 12-03 (F, 58 ans)", Label.PATIENT_ID),
                // a number with a leading zero is a code, a count has none
                found("participant 0412 had a grade 3 neutropenia", Label.PATIENT_ID, "0412"),
                none("participants 120 inclus à ce jour", Label.PATIENT_ID),
                // a count of subjects is no code
                none("Sujets exclus : 3 (retrait du consentement), 2 (décès)", Label.PATIENT_ID),
                found("NHS No. 485 777 3456", Label.PATIENT_ID, "485 777 3456"),
                none("le patient 2 va mieux", Label.PATIENT_ID),
                // a number sign, then the person's age or sex: a case series' patient
                found("patiente n° 17, 71 ans, AVC ischémique", Label.PATIENT_ID, "17"),
                found("Patient #3 (F, 62 y) developed neutropenia", Label.PATIENT_ID, "3"),
                found("subject no. 12, 45 years, relapsed", Label.PATIENT_ID, "12"),
                found("sujet nº 4 : 58 ans, BPCO", Label.PATIENT_ID, "4"),
                none("le patient n° 2 est en ligne 3 du tableau", Label.PATIENT_ID),
                none("patient n° 17, chambre 12", Label.PATIENT_ID),
                none("patient n° 12345, 71 ans", Label.PATIENT_ID),
                none("patient 17, 71 ans", Label.PATIENT_ID),
                none("IPP non renseigné", Label.PATIENT_ID),
                found("Desmond Achterberg, hospital no. K4417820, 72M.", Label.PATIENT_ID, "K4417820"),
                none("The hospital now has 450 beds.", Label.PATIENT_ID),
                found("Suivi du diabète, traitement par insuline.\nDO-00217 : HbA1c 7,2 %", Label.PATIENT_ID, "DO-00217"),
                // a row of values without a header, after its code
                found("Mon modèle de Cox plante sur ces lignes, pourquoi ?\nSEP-0091;2019-05-02;rechute;EDSS 4.5\n"
                        + "SEP-0093;NA;rechute;EDSS 6", Label.PATIENT_ID, "SEP-0093"),
                found("Why does my merge of the multiple sclerosis data fail?\nMS-0091|relapse|EDSS 4.5\nMS-0093|NA|EDSS 6",
                        Label.PATIENT_ID, "MS-0091"),
                none("Commande de réactifs : rechute du stock.\nREF-0091xx;2019-05-02;EDSS 4.5", Label.PATIENT_ID),
                none("Mon modèle de Cox plante sur ces lignes, pourquoi ?\nSEP-0091rechute;EDSS 4.5", Label.PATIENT_ID),
                // the same place in a form holds its dates: not codes
                none("Suivi du diabète, traitement par insuline.\n10-10-1977\n26-06-2014\n", Label.PATIENT_ID));
    }

    static Stream<Case> stayId() {
        return Stream.of(
                found("Identifiant de la visite: 42BG98765", Label.STAY_ID, "42BG98765"),
                found("L'identifiant de l’hospitalisation est 02890512938.", Label.STAY_ID, "02890512938"),
                found("NDA : 2403118842", Label.STAY_ID, "2403118842"),
                found("N° de séjour : V24-118736", Label.STAY_ID, "V24-118736"),
                found("venue n° C24-0516-0387", Label.STAY_ID, "C24-0516-0387"),
                found("NDA : 2024-031288", Label.STAY_ID, "2024-031288"),
                none("séjour de 3 jours", Label.STAY_ID),
                // a date after the keyword is the stay's date, not its number
                none("séjour du 12/03/2024", Label.STAY_ID),
                none("séjour du 1.3.24", Label.STAY_ID),
                none("NDA : 2024-03-12", Label.STAY_ID),
                found("Examen n° AP24-0183 : biopsie", Label.STAY_ID, "AP24-0183"),
                found("Anatomopathologie — prélèvement n° 25H01234 — Mme P.", Label.STAY_ID, "25H01234"),
                none("prélèvement de 5 ml", Label.STAY_ID),
                none("Examen : SpO2 94 %, crépitants bibasaux", Label.STAY_ID),
                none("Examen : HbA1c à 7,2 %", Label.STAY_ID));
    }

    static Stream<Case> date() {
        return Stream.of(
                none("Ces données seront soumises au BMJ en janvier.", Label.DATE),
                // a heading's date after its dash; a paper's and a journal club's dates
                found("Relève de l'équipe mobile de soins palliatifs – 27/11\nVisite à domicile", Label.DATE, "27/11"),
                // a note's heading with its time of day; a month after "until"
                found("Cahier de liaison\n28/11 matin : Mme Brunet a chuté", Label.DATE, "28/11"),
                none("Cahier de liaison\n28/11 matins par semaine", Label.DATE),
                found("No night shifts until March after her treatment.", Label.DATE, "March"),
                none("Le communiqué paraîtra le 9 décembre à 17 h.", Label.DATE),
                none("Journal club, Wednesday 9 December: Tom will present the trial.", Label.DATE),
                // a day and month that head a line of notes
                found("Visite à domicile\n26/11 : Mme Renaud et bébé Léon, J5.", Label.DATE, "26/11"),
                found("Pansements\n03/12 – plaie propre", Label.DATE, "03/12"),
                none("Il reste 12/11 : à vérifier.", Label.DATE),
                found("hospitalisé le 12/03/2024", Label.DATE, "12/03/2024"),
                found("vu le 14 mars 2024 en consultation", Label.DATE, "14 mars 2024"),
                found("du 8 au 14 mars 2024", Label.DATE, "8"),
                found("onset 06-Mar-2025", Label.DATE, "06-Mar-2025"),
                found("IRM du 2024-11-02", Label.DATE, "2024-11-02"),
                found("né le 02/11/1949", Label.BIRTH_DATE, "02/11/1949"),
                found("DDN 30/04/1952", Label.BIRTH_DATE, "30/04/1952"),
                found("né le 3 décembre 1987, vu le 4 mars", Label.BIRTH_DATE, "3 décembre 1987"),
                found("née le 0 2 0 7 1 9 8 9, opérée", Label.BIRTH_DATE, "0 2 0 7 1 9 8 9"),
                found("Date de naissance 21|05|1956", Label.BIRTH_DATE, "21|05|1956"),
                // the American order where only it makes a date; 03/04/2024 stays the 3rd of April
                found("admitted on 03/22/2024 for pneumonia", Label.DATE, "03/22/2024"),
                found("DOB: 03/14/1962", Label.BIRTH_DATE, "03/14/1962"),
                none("le 13/14/2020", Label.DATE),
                none("le 12.15.2020", Label.DATE),
                none("NIR 1 8 5 0 7 0 8 1 6 9 3 8 9 vérifié", Label.DATE),
                none("MoCA 27/30", Label.DATE),
                none("le 31/02/2024 n'existe pas", Label.DATE),
                none("congrès du 12 mars 2025 à Lyon", Label.DATE),
                none("TA 135/82", Label.DATE),
                found("imprimé le vingt-quatre août deux mille dix-sept à 15:03", Label.DATE,
                        "vingt-quatre août deux mille dix-sept"),
                found("né le deux janvier mille neuf cent soixante-dix-huit", Label.BIRTH_DATE,
                        "deux janvier mille neuf cent soixante-dix-huit"),
                found("réalisée le vingt mars 20", Label.DATE, "vingt mars 20"),
                found("contrôle le premier mai", Label.DATE, "premier mai"),
                found("Mise au monde le 23-10-1990", Label.BIRTH_DATE, "23-10-1990"),
                // "monde" says a birth only as "mis au monde": not the world a picture went round
                none("La radiographie fit le tour du monde. Le 12/03/1990, il ouvre un service.", Label.BIRTH_DATE),
                found("La radiographie fit le tour du monde. Le 12/03/1990, il ouvre un service.", Label.DATE, "12/03/1990"),
                found("Venue au monde le 3 mars 1950", Label.BIRTH_DATE, "3 mars 1950"),
                // a year in words before 1900 is history; a numeric date may be a pseudonymised record's
                none("En 1895, Röntgen découvre les rayons X.", Label.DATE),
                none("Pasteur vaccine Joseph Meister en juillet 1885.", Label.DATE),
                found("En 1905, elle est opérée.", Label.DATE, "1905"),
                found("Né le 29/10/1895", Label.BIRTH_DATE, "29/10/1895"),
                // a board's meeting: "annoncé au conseil du 15 janvier"
                none("Le regroupement sera annoncé au conseil du 15 janvier.", Label.DATE),
                found("Date création : 2023/03/30 16:30", Label.DATE, "2023/03/30"),
                found("C1 3/4/19 C2 1/7/19 C3 2/8 C4 16/09", Label.DATE, "16/09"),
                found("S7 le 21/03/1994, puis S8 12 / 05, S9 29/ 06", Label.DATE, "29/ 06"),
                found("C11 18/09/21 et C12 30.12.", Label.DATE, "30.12"),
                found("MATIS Quentin 1 5 0 3 2 0 2 4 2 8 5 0 7 0 8 1 6 9 3 8 9", Label.DATE, "1 5 0 3 2 0 2 4"),
                none("les deux mars", Label.DATE),
                none("Mise en ligne le 12 mars 2025", Label.DATE),
                none("IMC 24.8, HbA1c 5.6", Label.DATE),
                none("Débit 12.05 puis 13.06", Label.DATE),
                none("dose 2/8 le matin", Label.DATE),
                none("manuscrit reçu le 12 mars 2025", Label.DATE),
                found("dans la périphérie de Tarbes jusqu'au 20 12 2003 avant", Label.DATE, "20 12 2003"),
                found("carcinome de la vessie résecté en 07 2002", Label.DATE, "07 2002"),
                found("covid non détectée en décembre 93;", Label.DATE, "décembre 93"),
                found("phytothérapie C7 13 / 03 C8 13/ 04", Label.DATE, "13 / 03"),
                none("releveur côté droit 3/5, côté gauche 4/5", Label.DATE),
                none("inclus en 15 2002", Label.DATE),
                found("Chirurgical : - 1981 hystérectomie - 1982 trachéotomie gauche", Label.DATE, "1982"),
                found("Chirurgies : - 1954 Appendicectomie - 1968 ablation du rein droit", Label.DATE, "1968"),
                none("Cohorte : 1981 patients, 1982 témoins", Label.DATE),
                none("voir la page 1995 du rapport", Label.DATE),
                // a year beside a device put in: a care date
                found("Plastie mitrale par anneau de Carpentier en 2003 (St Louis)", Label.DATE, "2003"),
                // the day typed as one group, the rest digit by digit; exactly eight digits
                found("N° RPPS\n05 1 2 2 0 2 4\n678901245", Label.DATE, "05 1 2 2 0 2 4"),
                none("Lot 05 1 2 2 0 2 4 7", Label.DATE),
                none("Code 45 1 2 2 0 2 4", Label.DATE),
                // digit by digit, then a NIR whose sex digit stands alone
                found("Mr. Oursel Christian 1 5 0 3 2 0 2 4 1 030458906358", Label.DATE, "1 5 0 3 2 0 2 4"),
                // a meeting about patients, and "during the day", are not events
                found("Réunion du staff du 01/09/2014 : Dr Breton Michel, Dr Cerqueira Jean.", Label.DATE, "01/09/2014"),
                none("Réunion du comité scientifique du 01/09/2014 : ordre du jour.", Label.DATE),
                found("Joindre le cabinet au 0517717026 dans la journée du 23/04/2021.", Label.DATE, "23/04/2021"),
                none("Journée d'étude du 23/04/2021 : inscription en ligne.", Label.DATE),
                // a stay's start and end without a year
                found("72M. Admitted 04/11 with pneumonia.", Label.DATE, "04/11"),
                found("Discharged 09/11, to finish antibiotics.", Label.DATE, "09/11"),
                found("admise 3/2 pour une pyélonéphrite", Label.DATE, "3/2"),
                none("Admitted 14/32 patients were eligible", Label.DATE),
                none("score 3/5 at discharge", Label.DATE));
    }

    static Stream<Case> address() {
        return Stream.of(
                // an adjective before the street's type, with a name after it or none
                found("Consultations au 103 grande rue de la Croix-Rousse, 69004 Lyon.", Label.ADDRESS,
                        "103 grande rue de la Croix-Rousse"),
                found("Domicile : 5 Grande-Rue, 25000 Besançon", Label.ADDRESS, "5 Grande-Rue"),
                found("2 petite rue du Four, Angers", Label.ADDRESS, "2 petite rue du Four"),
                none("Il a 2 grandes sœurs et une petite nièce.", Label.ADDRESS),
                // a range of numbers; the street read from its number after "adresse suivante"; a phone after it
                found("Pitié-Salpêtrière, 47-83 Boulevard de l'Hôpital, 75013 Paris", Label.ADDRESS, "47-83 Boulevard de l'Hôpital"),
                found("à l'adresse suivante: 12 Rue du Docteur Gachet 92300 Levallois-Perret", Label.ADDRESS, "12 Rue du Docteur Gachet"),
                found("Correspondance : 123 av. Jean Jaurès Tel. 05 45 93 18 01", Label.ADDRESS, "123 av. Jean Jaurès"),
                // a comma after the number
                found("Il habite au 12, rue des Lilas à Lyon.", Label.ADDRESS, "12, rue des Lilas"),
                found("Adresse : 21 rue Belleville 44 825 Paris", Label.ADDRESS, "21 rue Belleville"),
                found("domicile : 12 rue des Lilas, 35000 Rennes", Label.ADDRESS, "12 rue des Lilas"),
                found("27 bis avenue du Général-Leclerc, 94200 Ivry", Label.ADDRESS, "27 bis avenue du Général-Leclerc"),
                found("Address: 22 Jesmond Vale Terrace", Label.ADDRESS, "22 Jesmond Vale Terrace"),
                none("3 rues plus loin", Label.ADDRESS),
                // the town after the street and a comma, alone before the sentence's or the line's end
                found("M. Andrieu, 7 chemin des Vignes, Gaillac. Soins palliatifs.", Label.CITY, "Gaillac"),
                found("14 Mill Lane, Wymondham\nMoCA 19/30", Label.CITY, "Wymondham"),
                found("3 rue Haute, Saint-Jean-de-Luz, le 4 mars", Label.CITY, "Saint-Jean-de-Luz"),
                found("8 route de Lyon, Le Puy-en-Velay.", Label.CITY, "Le Puy-en-Velay"),
                found("DOMICILE : 7 CHEMIN DES VIGNES, GAILLAC", Label.CITY, "GAILLAC"),
                none("12 rue des Lilas, Appartement 4, 2e étage", Label.CITY),
                none("12 rue des Lilas, RDC.", Label.CITY),
                none("12 rue des Lilas, entrée B.", Label.CITY),
                none("12 rue des Lilas, Gaillac et Albi sont proches", Label.CITY),
                none("12 rue des Lilas,\nGaillac.", Label.CITY),
                // a flat's number, a comma, then its building
                found("Mr Leonard Shaw, Flat 6, Oakwood Court. Leg ulcer dressing.", Label.ADDRESS, "Flat 6, Oakwood Court"),
                none("Table 6, Oakwood Court results", Label.ADDRESS));
    }

    static Stream<Case> postcode() {
        return Stream.of(
                found("35590 L'Hermitage", Label.ZIP, "35590"),
                found("35590 L'Hermitage", Label.CITY, "L'Hermitage"),
                found("92130 Issy-les-Moulineaux Cedex", Label.CITY, "Issy-les-Moulineaux"),
                found("London SE1 7EH", Label.ZIP, "SE1 7EH"),
                // a British town before its postcode, after a comma or at its line's start
                found("27 Marlowe Close, Harrogate HG2 7QT", Label.CITY, "Harrogate"),
                found("14 Carlton Street\nMilton Keynes MK9 2AB", Label.CITY, "Milton Keynes"),
                none("1 Kings Road SW3 4NB", Label.CITY),
                none("Postcode: SW3 4NB", Label.CITY),
                none("Flat 2, Kings Road SW3 4NB", Label.CITY),
                none("Please reply to Admissions Team SE1 7EH", Label.CITY),
                none("35590 patients inclus", Label.ZIP),
                // a lab value counted in a capitalised unit is no postcode and town
                none("β-hCG plasmatique : 18 450 UI/L", Label.CITY),
                none("β-hCG plasmatique : 18 450 UI", Label.CITY),
                none("Plaquettes 35 000 G/L", Label.CITY),
                // printed with a space, after a known town, a district, a numbered street
                found("12 AVENUE DE LA REPUBLIQUE, 92 100 BOULOGNE-BILLANCOURT", Label.ZIP, "92 100"),
                found("12 AVENUE DE LA REPUBLIQUE, 92 100 BOULOGNE-BILLANCOURT", Label.CITY, "BOULOGNE-BILLANCOURT"),
                found("Il habite à Sens (89100) depuis 2019", Label.ZIP, "89100"),
                found("résidant à Marseille, 13006.", Label.ZIP, "13006"),
                found("un studio à Paris dans le 75011.", Label.ZIP, "75011"),
                found("son domicile au 7 rue Blaise Pascal 65000 dans la périphérie", Label.ZIP, "65000"),
                // a postal box is not a postcode; digit groups of a longer number are none
                none("12 rue Jean Sapidus, CS 80021, suite", Label.ZIP),
                none("NIR 1 60 04 25 311 114 26 vérifié", Label.ZIP),
                none("soit 12 345 patients inclus", Label.ZIP));
    }

    static Stream<Case> hospital() {
        return Stream.of(
                found("Avis en échographie cardiaque fœtale au CPDPN de Lille demandé.", Label.HOSPITAL, "CPDPN de Lille"),
                // a memory centre, a teenagers' health centre
                found("Consultation mémoire – CMRR de Lille", Label.HOSPITAL, "CMRR de Lille"),
                found("The walk-in centre at Riverside Health Centre is open 8 am to 8 pm.", Label.HOSPITAL,
                        "Riverside Health Centre"),
                found("CLSC Côte-des-Neiges – note de suivi", Label.HOSPITAL, "CLSC Côte-des-Neiges"),
                found("La Maison des adolescents de Grenoble accueille les 11-25 ans.", Label.HOSPITAL,
                        "Maison des adolescents de Grenoble"),
                // the cancer centres named after a person
                found("séances de radiothérapie au Centre Jean-Perrin du 30 novembre", Label.HOSPITAL, "Centre Jean-Perrin"),
                found("suivie au Centre Henri Becquerel", Label.HOSPITAL, "Centre Henri Becquerel"),
                found("adressé au CHU de Rennes pour bilan", Label.HOSPITAL, "CHU de Rennes"),
                found("transféré à l'hôpital Necker", Label.HOSPITAL, "hôpital Necker"),
                // a lower-case head that is a compound's first word
                found("transférée au centre hospitalo-universitaire de Nantes", Label.HOSPITAL,
                        "centre hospitalo-universitaire de Nantes"),
                found("appel au centre anti-poison de Lyon", Label.HOSPITAL, "centre anti-poison de Lyon"),
                found("Hôpital neurologique Pierre-Wertheimer – HCL", Label.HOSPITAL, "Hôpital neurologique Pierre-Wertheimer"),
                found("seen at Addenbrooke's Hospital, Cambridge", Label.HOSPITAL, "Addenbrooke's Hospital"),
                found("Sunnyside Care Home – daily notes", Label.HOSPITAL, "Sunnyside Care Home"),
                // a form's field, and a name a column away, are no facility
                none("Patient: Aisha Begum   Hospital no: S2291047   Date: 19/11/2026", Label.HOSPITAL),
                none("Patient Aisha Begum Hospital no S2291047", Label.HOSPITAL),
                found("Aisha Begum   Royal Infirmary   ward 4", Label.HOSPITAL, "Royal Infirmary"),
                found("prise en charge à l'Institut Curie", Label.HOSPITAL, "Institut Curie"),
                none("l'Institut Pasteur a publié", Label.HOSPITAL),
                // a job title, a meeting, a web address
                none("Chefs de Clinique Assistants : Dr Z. ALBAHIRT", Label.HOSPITAL),
                none("Réunion Clinique Multidisciplinaire (RCP) du mardi", Label.HOSPITAL),
                none("sur le site web https://www.aphp.fr/ ou à dpo@aphp.fr", Label.HOSPITAL),
                found("adressée à la Clinique Saint-Vincent pour la suite", Label.HOSPITAL, "Clinique Saint-Vincent"),
                found("Appel du centre antipoison de Paris : surveillance", Label.HOSPITAL, "centre antipoison de Paris"),
                found("Transféré au centre hospitalier de Compiègne.", Label.HOSPITAL, "centre hospitalier de Compiègne"),
                found("Referred by King's College Hospital NHS Foundation Trust", Label.HOSPITAL, "King's College Hospital NHS Foundation Trust"),
                none("Un centre de santé de proximité ouvrira.", Label.HOSPITAL),
                none("le ch est fermé", Label.HOSPITAL));
    }

    static Stream<Case> personName() {
        return Stream.of(
                // a cirrhosis class; a journal's abbreviation
                none("CHC de 3 cm, AFP 18, Child A. Discussion radiofréquence.", Label.LAST_NAME),
                none("Résumé – Ann Chir 2025. Sur 486 patients opérés", Label.FIRST_NAME),
                // a short form of a given name; a given name on a ward's board
                found("I am referring our lab technician Sam Whitaker to occupational health.", Label.FIRST_NAME, "Sam"),
                found("Handover 07:30\nBay 4: Derek – confused overnight", Label.FIRST_NAME, "Derek"),
                found("Handover 07:30\nBay 2: Okafor – day 2 post hemicolectomy", Label.LAST_NAME, "Okafor"),
                // a quoted message's signature; an eponym and an acronym; a scientist of history
                found("« Je commence ma chimio lundi, je préfère ne pas en parler pour l'instant. Aurore »", Label.FIRST_NAME,
                        "Aurore"),
                none("Doppler ABPI 0.9, compression continued.", Label.FIRST_NAME),
                none("En 1983, l'équipe de Luc Montagnier isole le virus.", Label.LAST_NAME),
                // a town that is also a given name, after a preposition: the town
                none("Centre de vaccination de Nancy : vaccins du calendrier.", Label.FIRST_NAME),
                none("Il habite à Nancy depuis 2010.", Label.FIRST_NAME),
                found("Il faut le montrer à Catherine demain.", Label.FIRST_NAME, "Catherine"),
                // a famous person asked about by name, after the word that opens a French question; a civil title
                // still makes the family name a person's
                none("Comment Steve Jobs a-t-il été soigné pour sa tumeur du pancréas ?", Label.LAST_NAME),
                none("Comment Steve Jobs a-t-il été soigné pour sa tumeur du pancréas ?", Label.FIRST_NAME),
                found("Mme Chirac, 80 ans, diabétique", Label.LAST_NAME, "Chirac"),
                // a drug reaction's syndrome in capitals
                none("Allopurinol can cause DRESS and Stevens-Johnson syndrome.", Label.LAST_NAME),
                // a family name's elided particle ("O'Connor") is no given name, whatever follows it
                found("Re: Mr Daniel O'Connor, DOB 11/02/1985", Label.FIRST_NAME, "Daniel"),
                found("Re: Mr Daniel O'Connor, DOB 11/02/1985", Label.LAST_NAME, "O'Connor"),
                found("Mme Jeanne D'Arcy, 45 ans", Label.LAST_NAME, "D'Arcy"),
                // a sex glued to an age is no title; a pair before a hospital's number is a name
                none("Summary: 72M. Admitted with pneumonia.", Label.LAST_NAME),
                found("Desmond Achterberg, hospital no. K4417820, 72M.", Label.LAST_NAME, "Achterberg"),
                found("Desmond Achterberg, MRN 4417820", Label.FIRST_NAME, "Desmond"),
                none("Royal Infirmary, hospital no. 4 in the region", Label.LAST_NAME),
                // a pair before a ward's bed; a numbered place, a type in code and an age in words are no names
                found("Subject: Re: Bartholomew Quayle - bed 14 - discharge delayed", Label.LAST_NAME, "Quayle"),
                found("Subject: Re: Bartholomew Quayle - bed 14 - discharge delayed", Label.FIRST_NAME, "Bartholomew"),
                none("Subject: Re: Bartholomew Quayle - the 14 beds of the new unit", Label.LAST_NAME),
                none("From: Ward 7 Admin <ward7.admin@nhs.example>", Label.LAST_NAME),
                none("CREATE TABLE patients (\n  nom VARCHAR(80) NOT NULL,\n  prenom VARCHAR(80)\n);", Label.LAST_NAME),
                // a dictation in lower case, its age in words
                found("consultation madame solène maréchal quarante-six ans revue ce jour", Label.LAST_NAME, "maréchal"),
                none("consultation madame rose quarante ans après", Label.LAST_NAME),
                // a sentence's first word before a name is no family name
                none("Hier, Thomas est en arrêt maladie.", Label.LAST_NAME),
                none("Yesterday, Sarah went home.", Label.LAST_NAME),
                // a given name alone before a negated auxiliary
                found("hey, just so you know, Yuki won't be at standup this week", Label.FIRST_NAME, "Yuki"),
                // what a family calls a member before her given name; a lower-case name after "named"
                found("Coucou tout le monde, nouvelles de Mamie Denise : elle a fait une chute.", Label.FIRST_NAME, "Denise"),
                found("Yesterday Grandpa Joe fell in the garden.", Label.FIRST_NAME, "Joe"),
                found("coucou, la petite Jade de la 4 a vomi", Label.FIRST_NAME, "Jade"),
                found("Team update: Harvey took a knock to the head.", Label.FIRST_NAME, "Harvey"),
                found("a 54 year old male named kevin o'brien with diabetes", Label.LAST_NAME, "o'brien"),
                found("a 54 year old male named kevin o'brien with diabetes", Label.FIRST_NAME, "kevin"),
                none("a variable named patient_id in the table", Label.FIRST_NAME),
                none("a dog named max who limps", Label.FIRST_NAME),
                // a French sentence's elided first word is no family name
                none("C'est Marie qui a relu le protocole.", Label.LAST_NAME),
                none("J'ai vu Marie hier.", Label.LAST_NAME),
                found("Dr Siobhan O'Sullivan a relu le protocole.", Label.LAST_NAME, "O'Sullivan"),
                // the writer who introduces themself
                found("My name is Ifeoma Chukwu and I took part in your study.", Label.LAST_NAME, "Chukwu"),
                none("Their name is Sleep Study Two.", Label.LAST_NAME),
                // an honour before a name is no name
                found("Professor Dame Hartley has died aged 91.", Label.LAST_NAME, "Hartley"),
                none("Professor Dame, a portrait", Label.LAST_NAME),
                // a form's fields on one line, a wide gap between: the pair before "DOB:" is a name
                found("Patient: Rosalind Pettigrew   DOB: 30/07/1961", Label.LAST_NAME, "Pettigrew"),
                found("Patient: Rosalind Pettigrew\tDOB: 30/07/1961", Label.FIRST_NAME, "Rosalind"),
                none("Trial: Sleep Apnoea   Phase: 3", Label.LAST_NAME),
                none("Service: Soins Palliatifs   DOB: non renseignée", Label.LAST_NAME),
                // a family name the lexicon lacks, typed in lower case after a title, then the patient's room
                found("tu peux passer voir mme rabier en 12 ? elle a vomi", Label.LAST_NAME, "rabier"),
                found("revu mr quennec chambre 4, algique", Label.LAST_NAME, "quennec"),
                none("monsieur passe en 12 demain", Label.LAST_NAME),
                none("monsieur passe en 12.", Label.LAST_NAME),
                none("madame rentre en 3 ?", Label.LAST_NAME),
                none("mme quennec\nen 12", Label.LAST_NAME),
                none("mme durandeau en 12 jours a tout fini", Label.LAST_NAME),
                none("mme quennec en 12/05", Label.LAST_NAME),
                none("madame la directrice en 2024", Label.LAST_NAME),
                // what a family calls its members is no family name, capitalised as it is
                none("Grandpa Joe is on warfarin.", Label.LAST_NAME),
                found("Grandpa Joe (Joseph Miller) is on warfarin.", Label.LAST_NAME, "Miller"),
                // a header's role word before a colon names the person after it; in a sentence it is a preposition
                found("De : KERBRAT\nobjet : rendez-vous", Label.LAST_NAME, "KERBRAT"),
                found("à : Kerbrat Le Gall, cc : Mme Roux", Label.LAST_NAME, "Kerbrat"),
                none("Le courrier de KERBRAT\nobjet : rendez-vous", Label.LAST_NAME),
                // titles spelled out in lower case, in a sentence; "Mademoiselle" and "Melle" are titles
                found("Visite du 13/09/2019 : madame Tchouflian Maritza, née le 22/03/89", Label.LAST_NAME, "Maritza"),
                found("J'ai revu madame Lefort ce matin pour sa toux.", Label.LAST_NAME, "Lefort"),
                found("Le diagnostic a été posé par le docteur Caradec.", Label.LAST_NAME, "Caradec"),
                found("Mademoiselle Lopinski est née le 16-11-2010 à Nantes.", Label.LAST_NAME, "Lopinski"),
                found("Consultation de Melle Viguier, 23 ans.", Label.LAST_NAME, "Viguier"),
                none("Il faut voir monsieur le Maire pour la salle.", Label.LAST_NAME),
                none("I miss Paris and the Seine so much.", Label.LAST_NAME),
                none("Mademoiselle, nous vous remercions de votre message.", Label.LAST_NAME),
                // a given name's initial after a title and a family name, at the end of a line
                found("Monsieur Protat D\n0 6 4 4 3 3 5 3 4 1", Label.FIRST_NAME, "D"),
                found("Pr. Lemarchand C\n+33422354340", Label.FIRST_NAME, "C"),
                none("Étude Dupont B\nrésultats", Label.FIRST_NAME),
                // after a civil title an eponym is a person's family name; after a practitioner's title it stays history
                found("Rapport rédigé pour M. Benedict le 31/12/2020", Label.LAST_NAME, "Benedict"),
                found("Mme Parkinson est venue en consultation.", Label.LAST_NAME, "Parkinson"),
                none("Le patient présente une maladie de Parkinson et un signe de Babinski.", Label.LAST_NAME),
                none("Le Pr Charcot décrivit la sclérose en plaques en 1868.", Label.LAST_NAME),
                // the acronym of a health-data system after a capitalised word is no family name
                none("Extraction SNDS du 15/01/2025 : 12 480 patients diabétiques", Label.LAST_NAME),
                none("Requête PMSI 2023 sur les séjours pour AVC", Label.LAST_NAME),
                found("Patient: DUBREUIL, Margaux    DOB: 1989-12-04", Label.FIRST_NAME, "Margaux"),
                // two given names in capitals, then the family name
                found("Réunie en staff : GERARD LOUIS LOYNET", Label.LAST_NAME, "LOYNET"),
                found("Réunie en staff : GERARD LOUIS LOYNET", Label.FIRST_NAME, "LOUIS"),
                found("Merci de contacter PAULETTE ALPHONSINE RIGAUD au 02 41 22 33 44.", Label.LAST_NAME, "RIGAUD"),
                found("Rendez-vous de Jean PIERRE le 3 mai", Label.LAST_NAME, "PIERRE"),
                // a known given name and a family name's initial; a middle initial; numerals
                found("a 34-year-old woman, Sarah K., presented with pancreatitis", Label.FIRST_NAME, "Sarah"),
                found("a 34-year-old woman, Sarah K., presented with pancreatitis", Label.LAST_NAME, "K."),
                found("John A. Smith was seen in clinic.", Label.LAST_NAME, "Smith"),
                none("Louis XIV régna de 1643 à 1715.", Label.LAST_NAME),
                none("Louis XIV. Phase I. du protocole.", Label.FIRST_NAME),
                // a drug's form on a prescription line
                none("INFLIXIMAB 100mg/10ml SOL P.j: Injection IV 3mg/kg", Label.LAST_NAME),
                none("INFLIXIMAB 100mg/10ml SOL P.j: Injection IV 3mg/kg", Label.FIRST_NAME),
                // a family name in Title case after a role word, then its given name after the comma
                found("Patient: Smith, John A. MRN: 4471920.", Label.FIRST_NAME, "John"),
                found("Pt: Durand, Marie. IPP 123456.", Label.LAST_NAME, "Durand"),
                found("Pt: Durand, Marie. IPP 123456.", Label.FIRST_NAME, "Marie"),
                none("Taille de police : 12 pt, Arial.", Label.LAST_NAME),
                // without a cue, a Title-case word and a comma are any list ("Lyon, Marseille")
                none("Villes étudiées : Paris, Lyon, Marseille.", Label.FIRST_NAME),
                none("Patient: DUBREUIL, Diabète de type 2", Label.FIRST_NAME),
                // a family name the lexicon lacks, known by the given name after its comma
                found("Patient: Ortiz, Raymond   MRN: 7524380", Label.LAST_NAME, "Ortiz"),
                found("Patient: Ortiz, Raymond   MRN: 7524380", Label.FIRST_NAME, "Raymond"),
                none("Patient: Stable, Paul to review tomorrow", Label.LAST_NAME),
                // a colon after a spaced word: a family name or a given name still, a field label not
                found("Dr. Jean Paul RINJONNEAU : 01 54 47 33 21", Label.LAST_NAME, "RINJONNEAU"),
                found("celui de sa fille, Mme. Dupuy Julie : 06.12.34.56.78.", Label.FIRST_NAME, "Julie"),
                found("Nom : DESHAYES    Prénom : Arthur", Label.FIRST_NAME, "Arthur"),
                // a known given name followed by an age or a room is a person's
                found("Urgences pédiatriques – Léna, 3 ans, amenée par sa mère pour fièvre", Label.FIRST_NAME, "Léna"),
                found("tu peux regarder le bilan de Kevin (chambre 214) ?", Label.FIRST_NAME, "Kevin"),
                none("À Paris, 12 ans plus tard, la cohorte comptait 900 sujets.", Label.FIRST_NAME),
                none("Groupe Rose (chambre froide) : échantillons", Label.FIRST_NAME),
                // a form's name field says which name its value is, even one that is also a given name
                found("Nom : BERTRAND\nPrénom : Sylvie", Label.LAST_NAME, "BERTRAND"),
                none("Nom : BERTRAND\nDate de naissance : 12/04/1961", Label.FIRST_NAME),
                found("Nom de naissance : LEROY\nNom d'usage : MARTIN", Label.LAST_NAME, "MARTIN"),
                found("Nom de naissance : LEROY\nNom d'usage : MARTIN", Label.LAST_NAME, "LEROY"),
                found("Last name: Smith\nFirst name: John", Label.LAST_NAME, "Smith"),
                found("Last name: Smith\nFirst name: John", Label.FIRST_NAME, "John"),
                // a "Nom" field holding the whole name is read as a run; other fields named "Nom" hold no name
                found("X2027 Nom : JEAN-JOSE WANOU ID: 9384019284", Label.FIRST_NAME, "JEAN-JOSE"),
                none("Nom : Commentaire\nNom : Paracétamol", Label.LAST_NAME),
                none("Nom du projet : ATLAS", Label.LAST_NAME),
                // acronyms, clinical headings, salutations and titles of office are no names
                none("Son NSS est le 1 78 01 23 456 789 12", Label.LAST_NAME),
                none("Commentaires :\nGLYCÉMIE À JEUN réalisée le 12/03", Label.LAST_NAME),
                none("Monsieur le Président,\nPar la présente", Label.LAST_NAME),
                none("Veuillez agréer, Cher Confrère, l'expression", Label.FIRST_NAME),
                // the family name in capitals, then the given name, in cells
                found("MARTINEZ | Lucie | 1979-08-14", Label.FIRST_NAME, "Lucie"),
                none("TOTAL | Moyenne | 12", Label.LAST_NAME),
                // names typed in lower case, after a title or a patient word, from the lexicons
                found("peux tu reformuler : patient jean dupont 72 ans hospitalisé pour avc", Label.LAST_NAME, "dupont"),
                found("patiente marie kowalczyk 54 ans, cancer du sein", Label.LAST_NAME, "kowalczyk"),
                found("vu mme martin ce matin, tension 14/8", Label.LAST_NAME, "martin"),
                found("m. dupont jean, diabète", Label.FIRST_NAME, "jean"),
                found("la patiente Mme leblanc suzanne agée de 82 ans", Label.FIRST_NAME, "suzanne"),
                none("le patient rose a été revu", Label.LAST_NAME),
                none("la patiente claire et calme", Label.FIRST_NAME),
                none("un mur de 5 m blanc", Label.LAST_NAME),
                none("écrire à m.dupont@chu.fr", Label.LAST_NAME),
                // a letter's sign-off is no family name; the signatory after it is a name
                none("Je t'envoie le protocole révisé.\n\nAmitiés, Benoît", Label.LAST_NAME),
                found("Je t'envoie le protocole révisé.\n\nCordialement, Benoît", Label.FIRST_NAME, "Benoît"),
                found("Les résultats sont joints.\nBien confraternellement, Claire", Label.FIRST_NAME, "Claire"),
                none("Cardio : 01 0192 4830 – Routier USIC : 01 0492 5736", Label.LAST_NAME),
                // a compound is a given name when each of its words is one
                found("Compte rendu validé par : Dr Thomas Grand-Jean", Label.LAST_NAME, "Grand-Jean"),
                found("Compte rendu validé par : Dr Jean-Pierre MARCHAND", Label.FIRST_NAME, "Jean-Pierre"),
                found("Votre patient M. Gérard LE BIHAN, né le", Label.LAST_NAME, "LE BIHAN"),
                found("Votre patient M. Gérard LE BIHAN, né le", Label.FIRST_NAME, "Gérard"),
                found("Internes : JALONNET Christine (Interne)", Label.LAST_NAME, "JALONNET"),
                found("Mme FONTAINE née GIRAUD", Label.LAST_NAME, "GIRAUD"),
                found("Dear Dr Okoye,", Label.LAST_NAME, "Okoye"),
                found("Équipe réunie en staff : Rémi Foliet", Label.LAST_NAME, "Foliet"),
                found("Patiente : Mme Rose-Marie N'GUESSAN, 63 ans", Label.LAST_NAME, "N'GUESSAN"),
                found("signé V. DUPONT", Label.FIRST_NAME, "V."),
                found("Rendez-vous donné à Mme Dufour Elodie", Label.LAST_NAME, "Dufour"),
                found("Rendez-vous donné à Mme Dufour Elodie", Label.FIRST_NAME, "Elodie"),
                found("Consultant : Pr. M.-L. POLETTI", Label.FIRST_NAME, "M.-L."),
                found("NICOLET BERNADETTE MARIE", Label.LAST_NAME, "NICOLET"),
                found("Mme Grâce MBOUMBA, née le", Label.FIRST_NAME, "Grâce"),
                found("Pr AGNES FRANCOISE MARIE LEVASSEUR", Label.LAST_NAME, "LEVASSEUR"),
                none("trouble bipolaire de type I. Arrêt du lithium", Label.LAST_NAME),
                // an initial and a name in a list of people; lettered items of a list are not people
                found("Patientes présentes : MARIE-LOUISE COUSQUER, 06/04/01, J. Delorenzi, 27/04/01.", Label.LAST_NAME,
                        "Delorenzi"),
                none("Annexes : A. Questionnaire, B. Consentement; C. Protocole", Label.LAST_NAME),
                found("Dr. P-A. POULMANI 01.42.21.04.28", Label.FIRST_NAME, "P-A."),
                found("Dr D SAMCHA 03.22.11.38", Label.FIRST_NAME, "D"),
                found("opéré par Dr BLERY P, le 3 mai", Label.FIRST_NAME, "P"),
                none("essai de phase I VAX-FLU-N", Label.FIRST_NAME),
                none("Infirmerie – Collège Jean-Moulin, Tourcoing", Label.FIRST_NAME),
                none("la maladie de Parkinson évolue", Label.LAST_NAME),
                none("Louis Pasteur et Marie Curie", Label.LAST_NAME),
                none("au 3 rue Pasteur", Label.LAST_NAME),
                none("COMPTE RENDU D'HOSPITALISATION", Label.LAST_NAME),
                found("Cliniciens associés : Dr. D Joffron - Phone", Label.FIRST_NAME, "D"),
                found("Cliniciens associés : Dr. D Joffron - Phone", Label.LAST_NAME, "Joffron"),
                none("Dr A Oui", Label.LAST_NAME),
                found("signaux invasifs, contact - LAPON Max.", Label.LAST_NAME, "LAPON"),
                found("échange de dossier avec Jean-Luc Martin du service social", Label.LAST_NAME, "Martin"),
                found("Fax: 05 04 09 58 55\nBerengère Vilbert\nbe.vilbert@parisseine.fr", Label.LAST_NAME, "Vilbert"),
                none("Prise Vespérale\nvoir resultats.vesperale@chu.fr", Label.LAST_NAME),
                none("Marie Claire et Paul", Label.LAST_NAME),
                found("Dr Lionel Andre Joseph Louis Loiseau", Label.LAST_NAME, "Loiseau"),
                found("Tel : 01 71 12 77 06\nDr. A.L GRABER (MCU-PH)", Label.FIRST_NAME, "A.L"),
                found("Docteur J.-J RONDELE (PHC)", Label.FIRST_NAME, "J.-J"),
                found("Patient Ph. ROCHE, Téléphone", Label.FIRST_NAME, "Ph."),
                found("rendez-vous avec le Dr Doucen MARIO.", Label.LAST_NAME, "Doucen"),
                found("rendez-vous avec le Dr Doucen MARIO.", Label.FIRST_NAME, "MARIO"),
                found("consultation téléphonique avec M. Laurent Noelle", Label.LAST_NAME, "Laurent"),
                none("voir le chapitre J.-J. et la section B-C du rapport", Label.LAST_NAME),
                found("Pr Lydia Rolande LOFFROY (ASP)", Label.LAST_NAME, "LOFFROY"),
                // a known given name in a chat's message, its line and the next one opened by a speaker
                found("Jess: anyone seen Aidan?\nPriya: he's off, kidney stones again", Label.FIRST_NAME, "Aidan"),
                found("Jess: anyone seen Aidan?\nPriya: he's off, kidney stones again", Label.FIRST_NAME, "Jess"),
                found("Élodie : la clé ?\nSamir : Baptiste l'a, il revient à 14 h", Label.FIRST_NAME, "Baptiste"),
                found("Priya: who's presenting today?\nLeo: Marcus, on the organoids", Label.FIRST_NAME, "Marcus"),
                // a signature's service after its comma, in initials that end the line
                found("Merci de prévenir la paie.\n\nNathalie, RH", Label.FIRST_NAME, "Nathalie"),
                none("Merci de prévenir la paie.\n\nNathalie, RHESUS positif", Label.FIRST_NAME),
                none("Merci.\n\nNathalie, RH du site\nsuite", Label.FIRST_NAME),
                // an aide-soignante's initials in capitals only: not English "as", nor French "tu as"
                found("Transmissions\nAS Martine : toilette faite", Label.FIRST_NAME, "Martine"),
                none("Gram-positive cocci in clusters, identified as MRSA.", Label.LAST_NAME),
                none("tu as Marie au téléphone ?", Label.FIRST_NAME),
                // not without a speaker (a heading's colon; see DetectorTest for a chat's other words)
                none("Note: anyone seen Aidan?\nhe's off, kidney stones again", Label.FIRST_NAME));
    }

    static Stream<Case> confidential() {
        return Stream.of(
                // kept among the writers, said as a wish, and nothing of it submitted
                found("Objet : résultats préliminaires – à garder entre nous", Label.CONFIDENTIAL, "garder entre nous"),
                found("Rien n'est soumis, je préfère que ça ne circule pas avant la réunion.", Label.CONFIDENTIAL,
                        "que ça ne circule pas"),
                found("Rien n'est soumis, je préfère attendre.", Label.CONFIDENTIAL, "Rien n'est soumis"),
                none("Le sang ne circule pas bien dans sa jambe gauche.", Label.CONFIDENTIAL),
                none("La distance entre nous et le centre est de 3 km.", Label.CONFIDENTIAL),
                found("Résultats préliminaires – CONFIDENTIEL", Label.CONFIDENTIAL, "CONFIDENTIEL"),
                found("manuscrit soumis, sous embargo", Label.CONFIDENTIAL, "manuscrit soumis, sous embargo"),
                found("details under NDA", Label.CONFIDENTIAL, "NDA"),
                found("brevet en cours de dépôt", Label.CONFIDENTIAL, "brevet en cours de dépôt"),
                found("Invention disclosure – not yet filed. We have designed a lateral-flow test.", Label.CONFIDENTIAL,
                        "not yet filed"),
                found("Merci de garder ces chiffres pour vous jusqu'à la publication : baisse de 27 %",
                        // the wish and its term, one marker
                        Label.CONFIDENTIAL, "garder ces chiffres pour vous jusqu'à la publication"),
                found("The invention has not been disclosed publicly.", Label.CONFIDENTIAL, "not been disclosed publicly"),
                found("Investigator's Brochure – Confidential – property of Aldera Therapeutics", Label.CONFIDENTIAL,
                        "Confidential – property of"),
                // a disclosure form's statement and its plan; not a data-protection promise
                found("No public disclosure has been made; a patent filing is planned.", Label.CONFIDENTIAL,
                        "No public disclosure has been made"),
                found("No public disclosure has been made; a patent filing is planned.", Label.CONFIDENTIAL,
                        "patent filing is planned"),
                none("No public disclosure of individual data will be made.", Label.CONFIDENTIAL),
                // not to be passed on, with the pronoun of what was just said; a paper said to be in writing
                found("Merci de ne pas les communiquer avant la présentation.", Label.CONFIDENTIAL, "ne pas les communiquer"),
                found("Résultats à venir : l'article est en cours de rédaction.", Label.CONFIDENTIAL,
                        "article est en cours de rédaction"),
                none("Il est conseillé de ne pas communiquer avec la presse.", Label.CONFIDENTIAL),
                none("La synthèse est en cours de rédaction par le comité.", Label.CONFIDENTIAL),
                // kept within a group; a safety case's review is no paper's
                found("Ces éléments ne doivent pas sortir de l'équipe juridique.", Label.CONFIDENTIAL, "ne doivent pas sortir de"),
                found("Il paraîtra en février, d'ici là rien ne doit sortir.", Label.CONFIDENTIAL, "rien ne doit sortir"),
                found("IC50 of 8 nM. Do not disclose before the priority filing.", Label.CONFIDENTIAL, "Do not disclose"),
                found("IC50 of 8 nM. Do not disclose before the priority filing.", Label.CONFIDENTIAL, "priority filing"),
                found("Our manuscript is under review at the BMJ.", Label.CONFIDENTIAL, "under review"),
                none("Hy's law case under review by the sponsor.", Label.CONFIDENTIAL),
                // kept to oneself, strictly
                found("The investigators haven't been told, so please keep this strictly to yourself.", Label.CONFIDENTIAL,
                        "keep this strictly to yourself"),
                // shown to no one, kept for a board
                found("Ne les montre à personne avant la réunion du comité.", Label.CONFIDENTIAL, "Ne les montre à personne"),
                found("Merger of the two units – draft for the board only", Label.CONFIDENTIAL, "for the board only"),
                none("Le jury ne le montre pas à tous.", Label.CONFIDENTIAL),
                none("The board only meets twice a year.", Label.CONFIDENTIAL),
                // neither shown nor sent, and silence asked for
                found("On n'a rien présenté ni soumis pour l'instant, donc motus jusqu'au congrès.", Label.CONFIDENTIAL,
                        "rien présenté ni soumis"),
                found("On n'a rien présenté ni soumis pour l'instant, donc motus jusqu'au congrès.", Label.CONFIDENTIAL, "motus"),
                // an agreement one must sign is a procedure; being covered by one is the text's status
                none("Researchers must sign a confidentiality agreement before accessing the data warehouse.",
                        Label.CONFIDENTIAL),
                none("Chaque stagiaire doit signer l'accord de confidentialité à son arrivée.", Label.CONFIDENTIAL),
                found("Le transfert est couvert par l'accord de confidentialité signé le 18 octobre.",
                        Label.CONFIDENTIAL, "couvert par l'accord"),
                found("groupe A 34/120, groupe B 51/118 ; manuscrit en préparation", Label.CONFIDENTIAL, "manuscrit en préparation"),
                found("The sponsor asked us not to share the interim safety tables outside the committee.", Label.CONFIDENTIAL,
                        "outside the committee"),
                none("la préparation du manuscrit suit les recommandations ICMJE", Label.CONFIDENTIAL),
                found("Nos résultats de phase 2 (soumission prévue à NEJM en septembre)", Label.CONFIDENTIAL, "soumission prévue"),
                found("Draft results section – do not cite. Among the 1,203 participants", Label.CONFIDENTIAL, "do not cite"),
                none("La soumission du dossier au CPP est faite.", Label.CONFIDENTIAL),
                none("la confidentialité des données est un principe", Label.CONFIDENTIAL),
                // an instruction about a message; sharing needles is no secret
                found("Interim results attached. Do not forward before the DSMB meeting.", Label.CONFIDENTIAL, "Do not forward"),
                none("Do not share needles or syringes: hepatitis C spreads through shared equipment.", Label.CONFIDENTIAL),
                // hygiene and ways of working are no secrets
                none("Se laver les mains souvent pour ne pas transmettre le virus à ses proches.", Label.CONFIDENTIAL),
                none("Il faut ne pas copier-coller les résultats sans les vérifier.", Label.CONFIDENTIAL),
                found("Rapport interne : ne pas transmettre.", Label.CONFIDENTIAL, "ne pas transmettre"),
                found("Version de travail, ne pas copier.", Label.CONFIDENTIAL, "ne pas copier"),
                found("Ces résultats sont en attente de publication.", Label.CONFIDENTIAL, "en attente de publication"),
                found("The analysis was submitted for publication in March.", Label.CONFIDENTIAL, "submitted for publication"),
                // kept within a committee until it may be told; an invention before its filing
                found("Please keep this within the steering committee until the DSMB letter is out.", Label.CONFIDENTIAL,
                        "keep this within the steering committee"),
                found("Aucun dépôt n'a encore été fait pour cette molécule.", Label.CONFIDENTIAL, "Aucun dépôt n'a encore été fait"),
                found("No patent has been filed on the assay.", Label.CONFIDENTIAL, "No patent has been filed"),
                found("Merci de ne pas présenter ces résultats en congrès.", Label.CONFIDENTIAL, "ne pas présenter ces résultats"),
                none("Please keep this within 300 words.", Label.CONFIDENTIAL),
                found("Nobody outside the lab has seen this figure yet.", Label.CONFIDENTIAL, "Nobody outside the lab"),
                found("The pricing schedule in annex 4 is commercially sensitive.", Label.CONFIDENTIAL, "commercially sensitive"),
                none("Do not wear lab coats outside the lab.", Label.CONFIDENTIAL),
                found("We post the preprint next week, so please don't share the figures.", Label.CONFIDENTIAL,
                        "please don't share"),
                found("All 14 isolates carry the same plasmid. Please don't forward this yet.", Label.CONFIDENTIAL,
                        "Please don't forward"),
                none("Don't forward your alarms to the on-call phone after 8 pm.", Label.CONFIDENTIAL),
                found("Lab notebook – not for disclosure\nCompound PX-44 restores CFTR function.", Label.CONFIDENTIAL,
                        "not for disclosure"),
                found("Structure to be included in the priority application.", Label.CONFIDENTIAL,
                        "in the priority application"),
                found("Merci de ne pas en parler tant que le brevet n'est pas déposé.", Label.CONFIDENTIAL,
                        "brevet n'est pas déposé"),
                none("The priority application was published in 2019 as WO2019/123456.", Label.CONFIDENTIAL),
                found("This stays within the trial management group until the DSMB has met.", Label.CONFIDENTIAL,
                        "stays within the trial management group"),
                found("Until then this must not go beyond the executive team.", Label.CONFIDENTIAL,
                        "must not go beyond the executive team"),
                none("You must not go beyond the recommended dose of paracetamol.", Label.CONFIDENTIAL),
                found("We can't share this outside the sponsor yet.", Label.CONFIDENTIAL, "can't share this outside"),
                none("I can't share this screen, the laptop is broken.", Label.CONFIDENTIAL),
                found("Premiers résultats de la cohorte. Rien n'est encore publié, on en reparle.", Label.CONFIDENTIAL,
                        "Rien n'est encore publié"),
                found("Can you hold off posting the preprint? Tech transfer want to file on the phage cocktail first.",
                        Label.CONFIDENTIAL, "want to file on"),
                found("Résultats intermédiaires. À ne pas communiquer avant l'ASCO.", Label.CONFIDENTIAL, "À ne pas communiquer"),
                none("Comment communiquer les résultats aux participants ?", Label.CONFIDENTIAL),
                none("Le dépôt des dossiers est ouvert jusqu'au 15 mars.", Label.CONFIDENTIAL),
                none("Comment présenter ces données en congrès ?", Label.CONFIDENTIAL),
                // a service's promise to its users is no marker of the text
                none("The support line is open 24/7. Conversations are confidential and you need no referral.",
                        Label.CONFIDENTIAL),
                none("Les échanges restent confidentiels.", Label.CONFIDENTIAL),
                found("Ces résultats restent confidentiels.", Label.CONFIDENTIAL, "confidentiels"),
                found("Compte rendu de nos échanges : confidentiel", Label.CONFIDENTIAL, "confidentiel"),
                // the publication of a patent application is no unpublished result
                none("ne doit figurer dans aucun document avant publication de la demande", Label.CONFIDENTIAL));
    }

    static Stream<Case> table() {
        return Stream.of(
                found("study_id | age_months | dose_mg_kg | seizure_day\nPK-07 | 14 | 0.6 | 3", Label.PATIENT_ID, "PK-07"),
                // a subject's column in short
                found("subj,week,hb\nAN-07,0,8.9\nAN-11,0,7.8", Label.PATIENT_ID, "AN-11"),
                // a registry's anonymous number
                found("num_anonyme;sexe;annee_naiss;topo\nR27-00418;2;1958;C50.4", Label.PATIENT_ID, "R27-00418"),
                found("ipp;nom;prenom;ddn\n8001;DURAND;Léa;1961-03-12\n", Label.BIRTH_DATE, "1961-03-12"),
                found("ipp;nom;prenom;ddn\n8001;DURAND;Léa;1961-03-12\n", Label.LAST_NAME, "DURAND"),
                found("INSERT INTO p (ipp, nom) VALUES\n('8001', 'DURAND'),\n", Label.LAST_NAME, "DURAND"),
                // "Family, Given" in a name column is two names; an NHS number's groups are one code
                found("patient_name,dob,nhs_no\n\"Watson, Peter\",1955-03-09,485 330 1187\n", Label.LAST_NAME, "Watson"),
                found("patient_name,dob,nhs_no\n\"Watson, Peter\",1955-03-09,485 330 1187\n", Label.FIRST_NAME, "Peter"),
                found("patient_name,dob,nhs_no\n\"Watson, Peter\",1955-03-09,485 330 1187\n", Label.PATIENT_ID,
                        "485 330 1187"),
                none("nhs_no;ddn\nnot yet known;1961-03-12\n", Label.PATIENT_ID),
                none("x;y;z\n1;2;3\n", Label.PATIENT_ID),
                // a code column's cell is a code, not words: a talk's "Sujet" holds topics
                none("| Orateur | Sujet |\n| Paul MARTIN | La BPCO en 2025 |\n| Léa DURAND | Insuffisance cardiaque |",
                        Label.PATIENT_ID),
                found("sujet;age;sexe\nCH 114;71;H\n", Label.PATIENT_ID, "CH 114"),
                // a codebook's rows name the columns of another table: its first column holds no one's code
                none("Variable | Type | Description\nsubject_id | string | pseudonymous code\ndob | date | date of birth\n"
                        + "los | integer | length of stay", Label.PATIENT_ID),
                none("| Variable | Type |\n|---|---|\n| patient_id | texte |\n| ddn | date |\n", Label.PATIENT_ID),
                found("Extract, variables below:\n| subject_id | dob |\n|---|---|\n| AB-12 | 1961-03-12 |\n", Label.PATIENT_ID,
                        "AB-12"),
                // a data frame as R prints it: names one space apart, values right-aligned under them
                found("  subject_id age sex time status                 diagnosis\n"
                        + "1   CRC-0012  67   M  412      1 colorectal adenocarcinoma\n", Label.PATIENT_ID, "CRC-0012"),
                found("  patient_id age sex\n1       P001  54   F\n2       P002  61   M\n", Label.PATIENT_ID, "P002"),
                // names over values that do not end under them, or a sentence after such a line, are no table
                none("  patient_id age sex\nCes patients ont tous été revus en consultation.\n", Label.PATIENT_ID),
                none("  patient_id age sex\n1    P001 54  F\n", Label.PATIENT_ID),
                // a second INSERT is a table of its own, not rows of the first
                found("INSERT INTO p (ipp, nom) VALUES\n('8001', 'DURAND');\nINSERT INTO s (nda, ipp, entree) VALUES\n"
                        + "('2502188731', '8001', '2025-02-18');\n", Label.STAY_ID, "2502188731"),
                found("ipp;nom;date_naiss\n8001;DURAND;1984-02-29\n", Label.BIRTH_DATE, "1984-02-29"),
                found("   pseudo_id  date_diag  stade\n0  K7F2-0091  2018-05-14   IIIA\n", Label.PATIENT_ID, "K7F2-0091"),
                // a REDCap export: record_id, and names that say whose the column is
                found("record_id,redcap_event_name,nom_patient,prenom_patient,date_naissance\n"
                        + "101,baseline_arm_1,Durand,Marc,1958-04-02\n", Label.LAST_NAME, "Durand"),
                found("record_id,redcap_event_name,nom_patient,prenom_patient\n101,baseline_arm_1,Durand,Marc\n",
                        Label.PATIENT_ID, "101"),
                none("nom_service;prenom_medecin_chef;lits\nCardiologie;Alain;24\n", Label.FIRST_NAME),
                // a first column named only "id" holds patient codes beside a column about the person
                found("id;sexe;age;diag\nP001;F;54;C50\nP002;M;61;C61\n", Label.PATIENT_ID, "P002"),
                found("\"id\",\"sex\",\"age\"\n\"S-0417\",\"F\",54\n", Label.PATIENT_ID, "S-0417"),
                none("id;sexe;age\n1;F;54\n2;M;61\n", Label.PATIENT_ID),
                // a clinician's short "pt" for patient
                found("pt_id  time  status\nL-301  12  1\nL-302  30  0\n", Label.PATIENT_ID, "L-302"),
                none("pt_size  time  status\nL-301  12  1\nL-302  30  0\n", Label.PATIENT_ID),
                none("id;produit;prix\nA001;stylo;2\nA002;cahier;3\n", Label.PATIENT_ID),
                none("nom du fichier;id;sexe\ncohorte.csv;P001;F\n", Label.PATIENT_ID),
                // a visit column holds visit codes as well as dates
                none("Subject   Visit  DOB\nLY-0412   V3     1966-04-18\n", Label.DATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nir")
    void nir_recognizer(Case example) {
        check(new NirRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("iban")
    void iban_recognizer(Case example) {
        check(new IbanRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phone")
    void phone_recognizer(Case example) {
        check(new PhoneRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("email")
    void email_recognizer(Case example) {
        check(new EmailRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registered")
    void registered_number_recognizers(Case example) {
        Recognizer recognizer = switch (example.label()) {
            case RPPS -> RegisteredNumberRecognizer.rpps();
            case ADELI -> RegisteredNumberRecognizer.adeli();
            default -> RegisteredNumberRecognizer.finess();
        };
        check(recognizer, example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trial")
    void trial_id_recognizer(Case example) {
        check(new TrialIdRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patientId")
    void patient_id_recognizer(Case example) {
        check(new PatientIdRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stayId")
    void stay_id_recognizer(Case example) {
        check(new StayIdRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("date")
    void date_recognizer(Case example) {
        check(new DateRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("address")
    void address_recognizer(Case example) {
        check(new AddressRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postcode")
    void postcode_city_recognizer(Case example) {
        check(new PostcodeCityRecognizer(), example);
    }

    static Stream<Case> city() {
        return Stream.of(
                found("Il vit à Lille depuis 2019.", Label.CITY, "Lille"),
                found("Mme Durand, née à Saint-Étienne, hospitalisée.", Label.CITY, "Saint-Étienne"),
                // a town of several words whole, not its article alone
                found("Patient né à Le Havre en 1950.", Label.CITY, "Le Havre"),
                found("Le patient habite à La Rochelle.", Label.CITY, "La Rochelle"),
                found("CHU Grenoble Alpes, site Nord, La Tronche", Label.CITY, "La Tronche"),
                none("Le congrès se tiendra à La Baule.", Label.CITY),
                none("Patient vivant à La Défense, hospitalisé.", Label.CITY),
                // an eponym after "de" names no place
                found("Patient né à Glasgow en 1950.", Label.CITY, "Glasgow"),
                none("Score de Glasgow à 8 chez ce patient.", Label.CITY),
                none("il est suivi chez vous pour sa maladie de Parkinson", Label.CITY),
                found("il est suivi chez vous depuis son arrivée de Roubaix", Label.CITY, "Roubaix"),
                // a care home's acronym after a residence word is no town
                none("ma mère vit en EHPAD depuis mars", Label.CITY),
                found("il vit à La Ferté-Alais", Label.CITY, "La Ferté-Alais"),
                // a form's town field, alone up to its line's end or the next field
                found("Certificat de décès\nCommune du décès : Amiens\nObstacle : non", Label.CITY, "Amiens"),
                found("Ville : Saint-Quentin   Pays : France", Label.CITY, "Saint-Quentin"),
                found("Place of birth: Leeds", Label.CITY, "Leeds"),
                none("Date de naissance : 12/03/1950", Label.CITY),
                none("Ville : Paris Saint-Germain a gagné", Label.CITY),
                none("Commune : voir ci-dessous", Label.CITY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city")
    void city_recognizer(Case example) {
        check(new CityRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hospital")
    void hospital_recognizer(Case example) {
        check(new HospitalRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personName")
    void person_name_recognizer(Case example) {
        check(new PersonNameRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("confidential")
    void confidential_marker_recognizer(Case example) {
        check(new ConfidentialMarkerRecognizer(), example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void table_column_recognizer(Case example) {
        check(new TableColumnRecognizer(), example);
    }

    static Stream<Case> fieldValue() {
        String fhir = """
                {"resourceType": "Patient",
                  "name": [{"family": "MARTIN-LUCIANI", "given": ["Sophie", "Claire"]}],
                  "address": [{"line": ["12 bis traverse de la Martine"], "postalCode": "13012", "city": "Marseille"}]}""";
        String cda = """
                <recordTarget><patientRole><patient><name><given>Florentin</given><family>GOASDOUÉ</family></name>
                <birthTime value="19750921"/></patient></patientRole></recordTarget>""";
        return Stream.of(
                found(fhir, Label.LAST_NAME, "MARTIN-LUCIANI"),
                found(fhir, Label.FIRST_NAME, "Sophie"),
                found(fhir, Label.FIRST_NAME, "Claire"),
                found(fhir, Label.ADDRESS, "12 bis traverse de la Martine"),
                found(fhir, Label.ZIP, "13012"),
                found(fhir, Label.CITY, "Marseille"),
                found("{\"nom\": \"DURAND\", \"prenom\": \"Lucie\", \"ddn\": \"1961-03-12\"}", Label.LAST_NAME, "DURAND"),
                found("{\"nom\": \"DURAND\", \"prenom\": \"Lucie\", \"ddn\": \"1961-03-12\"}", Label.FIRST_NAME, "Lucie"),
                found("{\"nom\": \"DURAND\", \"prenom\": \"Lucie\", \"ddn\": \"1961-03-12\"}", Label.BIRTH_DATE, "1961-03-12"),
                found("{'lastName': 'Okafor', 'dateOfBirth': '12/03/1961'}", Label.LAST_NAME, "Okafor"),
                found("{'lastName': 'Okafor', 'dateOfBirth': '12/03/1961'}", Label.BIRTH_DATE, "12/03/1961"),
                found("{\"patient_id\": \"P-00412\", \"tel\": \"06 12 34 56 78\"}", Label.PATIENT_ID, "P-00412"),
                found("{\"patient_id\": \"P-00412\", \"tel\": \"06 12 34 56 78\"}", Label.PHONE, "06 12 34 56 78"),
                found("{\"ipp\": 8002741396, \"code_postal\": 69003}", Label.PATIENT_ID, "8002741396"),
                found("{\"ipp\": 8002741396, \"code_postal\": 69003}", Label.ZIP, "69003"),
                found("{\"email\":\"l.durand@example.org\"}", Label.EMAIL, "l.durand@example.org"),
                // keys that mean something else in most JSON, and values that do not fit their key
                none("{\"name\": \"Doliprane\", \"dose_mg\": 1000}", Label.LAST_NAME),
                none("{\"code\": \"E11.9\", \"label\": \"Diabète de type 2\"}", Label.PATIENT_ID),
                none("{\"nom\": \"diabète\"}", Label.LAST_NAME),
                none("{\"line\": [\"chapter 3\"], \"page\": 12}", Label.ADDRESS),
                none("{\"zip\": \"archive.tar\"}", Label.ZIP),
                none("{\"tel\": \"non renseigné\"}", Label.PHONE),
                none("Le nom : \"DURAND\" figure au dossier.", Label.LAST_NAME),
                none("{\"prenom\": \"Lu\\\"cie\"}", Label.FIRST_NAME),
                // a data frame typed as code: an id beside a person's measure or a clinical column
                found("df <- data.frame(\n  id = c(\"BX-201\", \"BX-202\"),\n  hba1c = c(8.1, 7.4)\n)", Label.PATIENT_ID, "BX-202"),
                found("df = pd.DataFrame({\"id\": [\"P0193\", \"P0201\"], \"hiv_status\": [\"positive\", \"negative\"]})",
                        Label.PATIENT_ID, "P0201"),
                found("data.frame(sex = c(\"F\", \"M\"), id = c('RHU-0331', 'RHU-0332'))", Label.PATIENT_ID, "RHU-0331"),
                found("tibble(patient_id = c(\"QX-4471\", \"QX-4472\"), score = c(3, 5))", Label.PATIENT_ID, "QX-4471"),
                // full names in a data frame's column typed as code, beside a diagnosis or a clinical column
                found("demo <- data.frame(name = c(\"Harriet Quinn\", \"Joseph Mensah\"), egfr = c(71, 48))",
                        Label.LAST_NAME, "Mensah"),
                found("pd.DataFrame({'name': ['Harriet Quinn', 'Joseph Mensah'], 'egfr': [71, 48]})", Label.FIRST_NAME,
                        "Harriet"),
                none("pd.DataFrame({'name': ['Harriet Quinn', 'Joseph Mensah'], 'office': [71, 48]})", Label.FIRST_NAME),
                none("data.frame(name = c(\"Runge Kutta\", \"Euler Method\"), step = c(0.1, 0.01), order = c(4, 1))",
                        Label.FIRST_NAME),
                // an id of genes, files or orders; an id beside no one's column; a comparison; a call's argument
                none("df <- data.frame(id = c(\"ENSG0001\", \"ENSG0002\"), log2fc = c(1.2, -0.4))", Label.PATIENT_ID),
                none("{\"id\": \"order-2291\", \"total\": 42.5, \"age\" \"x\"}", Label.PATIENT_ID),
                none("subset(df, id == \"BX-201\" & age > 40)", Label.PATIENT_ID),
                // a gene's record names its disease: its id is a gene's
                none("[{\"id\": \"ENSG00000141510\", \"symbol\": \"TP53\", \"disease\": \"Li-Fraumeni syndrome\"}]",
                        Label.PATIENT_ID),
                found("[{\"id\": \"P-0412\", \"age\": 63, \"disease\": \"COPD\"}]", Label.PATIENT_ID, "P-0412"),
                // XML: an element's text, or its value attribute (HL7 CDA); a name's parts within <name> only
                found(cda, Label.FIRST_NAME, "Florentin"),
                found(cda, Label.LAST_NAME, "GOASDOUÉ"),
                found(cda, Label.BIRTH_DATE, "19750921"),
                found("<patient><nom>LEROUX</nom><ddn>1958-02-11</ddn></patient>", Label.LAST_NAME, "LEROUX"),
                found("<patient><nom>LEROUX</nom><ddn>1958-02-11</ddn></patient>", Label.BIRTH_DATE, "1958-02-11"),
                none("<taxon><genus>Rosa</genus><family>Rosaceae</family></taxon>", Label.LAST_NAME),
                none("<drug><name>Doliprane</name><code>N02BE01</code></drug>", Label.LAST_NAME),
                none("<nom>diabète</nom>", Label.LAST_NAME),
                // a full name under a key that says so, its words apart
                found("{\"patientName\": \"Dariusz Wójcik\", \"drug\": \"methadone\"}", Label.FIRST_NAME, "Dariusz"),
                found("{\"patientName\": \"Dariusz Wójcik\", \"drug\": \"methadone\"}", Label.LAST_NAME, "Wójcik"),
                found("{\"patient_name\": \"DURAND\"}", Label.LAST_NAME, "DURAND"),
                // a full name under "name" in a record that holds a person's age or sex
                found("{\"name\": \"Kwame Asante\", \"age\": 58, \"complaint\": \"chest pain\"}", Label.FIRST_NAME, "Kwame"),
                found("{\"name\": \"Kwame Asante\", \"age\": 58, \"complaint\": \"chest pain\"}", Label.LAST_NAME, "Asante"),
                found("{'sex': 'F', 'name': 'PRYCE Rhiannon'}", Label.LAST_NAME, "PRYCE"),
                found("{'sex': 'F', 'name': 'PRYCE Rhiannon'}", Label.FIRST_NAME, "Rhiannon"),
                found("{\"name\": \"Pryce, Rhiannon\", \"gender\": \"female\"}", Label.LAST_NAME, "Pryce"),
                none("{\"name\": \"Paris Descartes\", \"city\": \"Paris\"}", Label.LAST_NAME),
                none("{\"name\": \"Kwame Asante\"}", Label.LAST_NAME),
                none("{\"name\": \"Marie\", \"age\": 3}", Label.FIRST_NAME),
                none("{\"name\": \"cohort a\", \"age\": \"18-65\"}", Label.LAST_NAME),
                none("[{\"name\": \"Tumor Protein\", \"symbol\": \"TP53\", \"age\": 3}]", Label.LAST_NAME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldValue")
    void field_value_recognizer(Case example) {
        check(new FieldValueRecognizer(), example);
    }

    static Stream<Case> identityRow() {
        return Stream.of(
                found("Julie PETIT | F | 25/10/1980 | 9857598456 | 1980561987.", Label.PATIENT_ID, "9857598456"),
                found("Julie PETIT | F | 25/10/1980 | 9857598456 | 1980561987.", Label.STAY_ID, "1980561987"),
                found("M. ROCHE | M | 13/09/1965 (59 ans) | 8054692357 | Dossier 140756189", Label.PATIENT_ID, "8054692357"),
                // no sex cell: a table of dates and amounts
                none("| 12/03/2024 | 1250000000 | 1300000000 |", Label.PATIENT_ID),
                // a study's record without its header: a subject's code, the sex, an age or a year
                found("Extrait : \"PAT-0042;F;1962;K70.3;décédée le 03/05/2024\"", Label.PATIENT_ID, "PAT-0042"),
                found("P001,F,54,I21.4\nP002,M,61,C50.9", Label.PATIENT_ID, "P002"),
                found("S_12\tM\t54\tC50.9", Label.PATIENT_ID, "S_12"),
                none("Version V2;F;2024", Label.PATIENT_ID),
                none("PAT-0042;gauche;1962", Label.PATIENT_ID),
                none("| 12/03/2024 | 1250000000 | 1300000000 |", Label.STAY_ID),
                // a phone number after the date is no identifier
                none("Julie PETIT | F | 25/10/1980 | 06 12 34 56 78", Label.PATIENT_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identityRow")
    void identity_row_recognizer(Case example) {
        check(new IdentityRowRecognizer(), example);
    }

    static Stream<Case> hl7() {
        String pid = "MSH|^~\\&|LAB|CHU|EHR|CHU|202403121030||ORU^R01|123456|P|2.5\n"
                + "PID|1||8002741396^^^CHU^PI||DUPONT^JEAN^PIERRE||19600101|M|||12 RUE DES LILAS^^LYON^^69003^FRA||0612345678\n"
                + "NK1|1|DUPONT^MARIE|SPO||0698765432\n";
        return Stream.of(
                found(pid, Label.PATIENT_ID, "8002741396"),
                found(pid, Label.LAST_NAME, "DUPONT"),
                found(pid, Label.FIRST_NAME, "PIERRE"),
                found(pid, Label.FIRST_NAME, "MARIE"),
                found(pid, Label.BIRTH_DATE, "19600101"),
                found(pid, Label.ADDRESS, "12 RUE DES LILAS"),
                found(pid, Label.ZIP, "69003"),
                found(pid, Label.PHONE, "0698765432"),
                // a message's other segments, and a PID that starts no line, are not read
                none("OBX|1|NM|GLU^Glucose||6.2|mmol/L|3.9-5.8|H|||F\n", Label.LAST_NAME),
                none("la table PID|1||x n'est pas un message", Label.PATIENT_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hl7")
    void hl7_segment_recognizer(Case example) {
        check(new Hl7SegmentRecognizer(), example);
    }

    static Stream<Case> dicom() {
        String pydicom = "(0008, 0020) Study Date                          DA: '20240215'\n"
                + "(0010, 0010) Patient's Name                      PN: 'MARTIN^CLAIRE^ANNE'\n"
                + "(0010, 0020) Patient ID                          LO: '4500127'\n"
                + "(0010, 0030) Patient's Birth Date                DA: '19750314'\n";
        String dcmdump = "(0010,0010) PN [MARTIN^CLAIRE]                          #  14, 1 PatientName\n"
                + "(0010,1040) LO [12 rue des Lilas 69003 Lyon]            #  28, 1 PatientAddress\n";
        return Stream.of(
                found(pydicom, Label.LAST_NAME, "MARTIN"),
                found(pydicom, Label.FIRST_NAME, "ANNE"),
                found(pydicom, Label.PATIENT_ID, "4500127"),
                found(pydicom, Label.BIRTH_DATE, "19750314"),
                found(pydicom, Label.DATE, "20240215"),
                found(dcmdump, Label.FIRST_NAME, "CLAIRE"),
                found(dcmdump, Label.ADDRESS, "12 rue des Lilas 69003 Lyon"),
                found("(0010,0010) PatientName: DURAND^PAUL", Label.LAST_NAME, "DURAND"),
                // other groups, and a tag in a text with no DICOM printout, are not read
                none("(0028,0010) US 512 # 2, 1 Rows\n(0018,0050) DS [1.25] # SliceThickness PN", Label.PATIENT_ID),
                none("voir la note (0010,0010) : MARTIN^CLAIRE", Label.LAST_NAME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dicom")
    void dicom_header_recognizer(Case example) {
        check(new DicomHeaderRecognizer(), example);
    }

    static Stream<Case> citationAuthor() {
        return Stream.of(
                found("Dupont A, Lambert C, Moreau F, et al. Facteurs associés à la fragilité.", Label.LAST_NAME, "Moreau"),
                found("Smith JA, Jones B, Brown CD. Early mobilisation. BMJ 2020", Label.FIRST_NAME, "JA"),
                found("Aubry J.-P., Roux M., Petit A. et al.", Label.FIRST_NAME, "J.-P."),
                found("comme l'ont montré Garnier L, Benali S et al. en 2019", Label.LAST_NAME, "Benali"),
                // two letters after words are no authors without a third or "et al"
                none("Les sujets Durand A, Petit B ont été comparés", Label.LAST_NAME),
                none("Classe A, Type B, Stade C.", Label.LAST_NAME),
                none("Vitamine D, Hépatite B, Groupe A, Annexe C", Label.LAST_NAME),
                none("Dupont Aline, Lambert Claire, Moreau Fanny", Label.FIRST_NAME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citationAuthor")
    void citation_author_recognizer(Case example) {
        check(new CitationAuthorRecognizer(), example);
    }
}
