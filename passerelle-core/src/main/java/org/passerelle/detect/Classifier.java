package org.passerelle.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a document is sensitive from its findings and its vocabulary:
 * <ul>
 *   <li>confidentiality markers give UNPUBLISHED, CONFIDENTIAL or INTELLECTUAL_PROPERTY;</li>
 *   <li>health information (clinical vocabulary, drug names, codes) about an identified person
 *       (a NIR, a birth date, a name beside a patient cue, a stay number beside a name) is
 *       NOMINATIVE_HEALTH;</li>
 *   <li>health information about a person known by a code only (a study's code, a hospital stay's
 *       number, initials) is PSEUDONYMISED_HEALTH;</li>
 *   <li>a note about a patient that gives a relative's phone or e-mail ("tél. de sa fille
 *       06 ...") is NOMINATIVE_HEALTH too: the patient is reached, and known, through them.</li>
 * </ul>
 * Names of authors, staff and historical figures, trial ids and hospitals do not make a text
 * sensitive on their own: a published abstract or an administrative e-mail stays shareable.
 */
final class Classifier {

    /** Names found with a title, a role or clinical typography; a bare "Given Family" pair may be a famous person. */
    private static final Set<String> STRONG_NAME_RULES = Set.of("title", "role-word",
            "given-name-and-upper-case-family-name", "column-header", "same-name-elsewhere",
            "lower-case-name-after-title-or-patient", PersonNameRecognizer.PARTICULARS.rule(),
            PersonNameRecognizer.PAIR_PARTICULARS.rule(), FieldValueRecognizer.PERSON_RECORD.rule(), Hl7SegmentRecognizer.FIELD.rule(),
            DicomHeaderRecognizer.ELEMENT.rule());

    /**
     * @param findings the findings before dates are kept only in texts about people: a name with a
     *                 date and clinical words is a person's care
     */
    Classification classify(Document document, DocumentSignals signals, List<Finding> findings) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        int markers = 0; // the categories of the confidentiality markers, a bit each
        int datesOfPeople = 0;
        boolean nir = false;
        boolean birthDate = false;
        boolean stay = false;
        boolean patientId = false;
        boolean name = false;
        boolean anyName = false;
        boolean formName = false;
        boolean particulars = false;
        boolean contact = false;
        boolean iban = false;
        for (Finding finding : findings) {
            switch (finding.label()) {
                case CONFIDENTIAL -> markers |= ConfidentialMarkerRecognizer.categories(finding.explanation());
                case NIR -> nir = true;
                case BIRTH_DATE -> birthDate = true;
                case STAY_ID -> stay = true;
                case PATIENT_ID -> patientId = true;
                case FIRST_NAME, LAST_NAME -> {
                    anyName = true;
                    name = name || STRONG_NAME_RULES.contains(finding.explanation().rule());
                    formName = formName || finding.explanation() == PersonNameRecognizer.NAME_FIELD;
                    // a particular person: a given name with an age or a room, a pair with a birth, a
                    // hospital's number or a bed, a name in a person's record
                    particulars = particulars || finding.explanation() == PersonNameRecognizer.PARTICULARS
                            && !welcomed(document, finding) && !introducedAtWork(document, finding)
                            || finding.explanation() == PersonNameRecognizer.PAIR_PARTICULARS
                            || finding.explanation() == FieldValueRecognizer.PERSON_RECORD
                            || finding.explanation() == TableColumnRecognizer.NAMED_PATIENT;
                }
                case EMAIL, PHONE, ADDRESS -> contact = true;
                case IBAN -> iban = true;
                // a month named alone is no day of anyone's care: "the platform will merge … in March"
                case DATE -> datesOfPeople += holdsADigit(document, finding) ? 1 : 0;
                case ZIP, CITY, HOSPITAL, RPPS, ADELI, FINESS, TRIAL_ID -> {
                }
            }
        }
        if (markers != 0) {
            markerReasons(document, markers, reasons);
        }
        int patientCues = signals.patientCues();
        // a resident named at the start of a line of a place of care's notes (read only in a text with a name:
        // most prompts have none)
        boolean careNote = anyName && signals.eventTerms() == 0 && nameOpensACareNote(document, findings);
        // a name as a value in code, or as an example of a column's values: "{'name': ['Ruth Abernathy'], …}"
        boolean codedName = anyName && nameInCode(document, findings);
        // One clinical word is enough beside a direct identifier ("Patient ..., né le ...") or one's own; two otherwise.
        boolean healthContext = signals.healthTerms() >= 2 || clinicalRecord(findings)
                // a dose to take is a clinical word of its own: "Mme Lucie Brun : Amoxicilline 1 g, 1 cp matin et soir"
                || signals.healthTerms() == 1 && name && patientCues >= 1 && doseTaken(document)
                // a care note's one clinical word is its resident's: "Eileen: … Coughing when drinking."
                || signals.healthTerms() == 1 && careNote
                || signals.healthTerms() >= 1 && (birthDate || stay || patientId || roomAfterName(document, findings)
                        // a parent writing about their named child: "la maman de Léo, il a 39 de fièvre"
                        || signals.eventTerms() == 0 && relativeOfName(document, findings))
                // coded patients' survival data: "id\tage\tsex\tstage\ttime\tevent / BRC-1021\t54\tF\tII\t1460\t0"
                || patientId && outcomeColumns(document, findings)
                // beside clinical values: "{'name': ['Ruth Abernathy'], 'hiv_status': …}"
                || signals.healthTerms() >= 1 && codedName;
        // a given name found by the age or the room after it ("Léna, 3 ans", "Kevin (chambre 214)") is a patient's;
        // a stay's number is a code, unless a name is beside it ("Résultats pour RUFUNA Marine … NDA 98765431256")
        // a form's name field beside a patient's or a stay's number: "Name: PATEL, Nikhil     MRN: A4471902"
        boolean identified = nir || birthDate || (stay && anyName) || particulars || (name && patientCues >= 2)
                || (formName && patientId)
                // a hospital's number in brackets after a patient's name: "Mr Bashir Rahimi (NHS 401 023 2137)"
                || (name && patientId && idBesideName(document, findings))
                || (iban && name)
                // a prescription's patient, their address after their name: "Mohammed Iqbal, 12 Beech Road / Methotrexate …"
                || (contact && signals.healthTerms() >= 1 && doseTaken(document) && addressAfterName(document, findings))
                || codedName
                || (name && datesOfPeople > 0 && signals.healthTerms() >= 3 && patientCues >= 1)
                // any name a patient word introduces, a bare pair too: "patient 12 (Marcel Dubois)"
                || nameAfter(document, findings, PATIENT_WORDS, PATIENT_WORD_REACH)
                || (patientCues >= 1 && nameAfter(document, findings, NAMING_WORDS, 1) && !longAgo(document, findings))
                || patientApposed(document, findings)
                || careNote
                || (signals.eventTerms() == 0 && nameAfterANoteDate(document, findings))
                || ageAfterName(document, findings)
                || roomAfterName(document, findings)
                // a prescription: "Mme Kowalczyk Agnieszka / Lévothyroxine 75 µg : 1 cp le matin"
                || (name && patientCues >= 1 && signals.healthTerms() >= 1 && doseTaken(document))
                || (name && examinedName(document, findings))
                || (anyName && attestedCare(document, findings))
                || (patientCues >= 1 && signals.eventTerms() == 0 && relativeOfName(document, findings)
                        && !longAgo(document, findings))
                || writerIll(document, findings, name)
                || (signals.eventTerms() == 0 && addresseesCare(document, findings))
                || (name && signals.eventTerms() == 0 && listOfPatients(document, findings))
                || (signals.eventTerms() == 0 && tableOfPatients(document, findings))
                // a form's name fields beside its clinical ones ("Nom : … / Diagnostic : carcinome …") or its
                // age field ("Name: Isla McKenzie    Age: 11"), or the writer's own results ("ma prise de
                // sang … Nom : Paul Renard"); not a grant application's "Sujet de thèse : insuffisance
                // cardiaque", nor a course's registration
                || ((formName || name && nameAfter(document, findings, NAME_FIELDS, 2))
                        && signals.healthTerms() >= 2 && signals.eventTerms() == 0
                        && (clinicalField(document) || ageField(document) || ownIllness(document)));
        // "Je m'appelle Sandrine Lefèvre et j'ai une sclérose en plaques": one's own illness, said with
        // one's name, is health context with its one clinical word (read last: it reads every clinical word)
        if (!healthContext && identified && (signals.healthTerms() >= 1 || operatedOnMe(document))
                && writerIll(document, findings, name)) {
            healthContext = true;
        }
        // the words around a name say the person's health is the subject: "l'état de santé de Mme …",
        // "Thomas Nguyen est en arrêt maladie pour une dépression", "Marie Dupont, atteinte d'une
        // sclérose"; read only when the tests above left the text short of nominative (they read
        // every name of a long text)
        // (the rules after "santé" all need a clinical word: a text with none is not read by them)
        if (!(healthContext && identified) && (name && healthOfName(document, findings)
                || signals.healthTerms() > 0 && (illnessAfterName(document, findings) || genitiveIllness(document, findings)
                        || recordOfName(document, findings) || nameAndIllnessInASentence(document, findings, signals)
                        || illnessAsTheCause(document, findings) || relativesIllness(document, findings)
                        || addresseesIllness(document, findings) || diedOfAnIllness(document, findings)
                        || writersRelativeIll(document, findings, signals) || brokeABone(document, findings))
                        && !longAgo(document, findings))) {
            healthContext = true;
            identified = true;
        }
        if (nir || (healthContext && identified)) {
            // a coded subject's data among their study's correspondents: the names are the staff's
            reasons.add(!nir && (patientId || stay) && namesAreStaff(document, findings)
                    ? Reason.PSEUDONYMISED_HEALTH : Reason.NOMINATIVE_HEALTH);
        } else if (healthContext && (patientId || stay)) {
            // a hospital's stay or record number is a code too: "S2026-0412;réa;14;1"
            reasons.add(Reason.PSEUDONYMISED_HEALTH);
        } else if (healthContext && contact && patientCues >= 1 && aRelativesContact(document, findings)) {
            reasons.add(Reason.NOMINATIVE_HEALTH); // the words before every number are read: after the cheaper tests
        } else if (healthContext && patientCues >= 2 && titledInitial(document)) {
            reasons.add(Reason.PSEUDONYMISED_HEALTH); // a person known by an initial only: "M. R., 27 ans, … tentative de suicide"
        }
        return reasons.isEmpty() ? Classification.notSensitive() : new Classification(true, reasons);
    }

    private static boolean holdsADigit(Document document, Finding finding) {
        for (int i = finding.start(); i < finding.end(); i++) {
            if (Character.isDigit(document.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int markerBit(String category) {
        return 1 << ConfidentialMarkerRecognizer.CATEGORIES.indexOf(category);
    }

    private static final int UNPUBLISHED_MARKER = markerBit(ConfidentialMarkerRecognizer.UNPUBLISHED);
    private static final int IP_MARKER = markerBit(ConfidentialMarkerRecognizer.INTELLECTUAL_PROPERTY);
    private static final int CONFIDENTIAL_MARKER = markerBit(ConfidentialMarkerRecognizer.CONFIDENTIAL);
    private static final int RESTRICTED_MARKER = markerBit(ConfidentialMarkerRecognizer.RESTRICTED);

    /**
     * The reasons a text's confidentiality markers give. A marker that only asks to keep the text
     * among its readers ("ne pas diffuser", "nobody outside the lab") says its results are
     * unpublished in a text of research results, and that it is confidential elsewhere:
     * "Brouillon – section Résultats (ne pas diffuser avant soumission)" is an unpublished result,
     * "Ne pas diffuser : le conseil d'administration a validé la fermeture du centre" a
     * confidential decision, and so is an invention's ("ne pas diffuser avant dépôt"). A marker
     * that says "confidential" says so whatever the text.
     */
    private static void markerReasons(Document document, int markers, Set<Reason> reasons) {
        if ((markers & UNPUBLISHED_MARKER) != 0) {
            reasons.add(Reason.UNPUBLISHED);
        }
        if ((markers & IP_MARKER) != 0) {
            reasons.add(Reason.INTELLECTUAL_PROPERTY);
        }
        if ((markers & CONFIDENTIAL_MARKER) != 0) {
            reasons.add(Reason.CONFIDENTIAL);
        }
        if ((markers & RESTRICTED_MARKER) != 0) {
            boolean results = (markers & IP_MARKER) == 0 && reportsResults(document);
            reasons.add(results ? Reason.UNPUBLISHED : Reason.CONFIDENTIAL);
        }
    }

    /** Words of research results, a draft of them or the trial they come from. */
    private static final String[] RESULTS = {"résultats", "résultat", "results", "result", "findings", "manuscrit",
        "manuscript", "paper", "préliminaires", "préliminaire", "preliminary", "intermédiaire", "interim", "unblinded",
        "draft", "brouillon", "protocole", "protocol", "dsmb", "dsmc",
        // results on their way to a journal: "ces données seront soumises au BMJ en janvier"
        "soumis", "soumise", "soumises", "soumettre", "submitted", "submit",
        // an arm's survival curves: "Je t'envoie les courbes de survie du bras expérimental"
        "courbes", "curves", "survie", "survival"};
    /** What a contract says of results: who owns and exploits them. */
    private static final String[] OWNERSHIP = {"propriété", "copropriété", "ownership", "co-ownership", "exploitation",
        "valorisation"};
    /** The initials of an estimate, in capitals before its value: "HR 0,61", "OR = 2.1", "RR 0.8". */
    private static final String[] ESTIMATES = {"hr", "or", "rr"};
    /** The initials of a confidence interval, in capitals beside its 95: "IC 95 %", "95% CI". */
    private static final String[] INTERVALS = {"ic", "ci"};

    /**
     * Whether a text reports research results: one of {@link #RESULTS}, an estimate ("HR 0,61"), a
     * confidence interval ("IC 95 %", "95% CI") or a p-value ("p = 0,003"). Read only for a text
     * with a confidentiality marker.
     */
    private static boolean reportsResults(Document document) {
        for (String word : RESULTS) {
            for (int t : document.positions(word)) {
                // not the results a contract shares out: "la copropriété des résultats", "ownership of the results"
                if (!document.tokenIsAny(t - 2, OWNERSHIP) && !document.tokenIsAny(t - 3, OWNERSHIP)) {
                    return true;
                }
            }
        }
        // the occurrences of the initials only, not every token of the text
        for (String initials : ESTIMATES) {
            for (int t : document.positions(initials)) {
                if (document.isUpperCase(t) && (document.isNumber(t + 1) || document.isSymbol(t + 1, '='))) {
                    return true;
                }
            }
        }
        for (String initials : INTERVALS) {
            for (int t : document.positions(initials)) {
                if (document.isUpperCase(t)
                        && (document.tokenIs(t + 1, "95") || document.isSymbol(t - 1, '%') && document.tokenIs(t - 2, "95"))) {
                    return true;
                }
            }
        }
        for (int t : document.positions("p")) {
            if (document.isSymbol(t + 1, '=') || document.isSymbol(t + 1, '<')) {
                return true;
            }
        }
        return false;
    }

    /** An e-mail's header words, before a colon at a line's start: "De : Julie PONCET", "To: Daniel ROSENBERG". */
    private static final String[] HEADERS = {"from", "to", "cc", "de", "à", "a", "expéditeur", "destinataire"};
    /** A study's or a service's staff, before their name on its line: "Rédigé par Yannick PÉRON", "ARC : Lina Roy". */
    private static final String[] STAFF = {"rédigé", "signé", "written", "prepared", "investigateur", "investigatrice",
        "investigator", "reporter", "arc", "tec", "coordinateur", "coordinatrice", "coordinator", "relecteur",
        "relectrice", "reviewer", "contact"};
    /** How many tokens before a name a staff word may stand on its line ("Rédigé par", "ARC référente :"). */
    private static final int STAFF_REACH = 3;

    /**
     * Whether every name of a text is a correspondent's or a member of staff's: a practitioner's
     * ("Dr Capucine VALLET"), an e-mail's header ("De : Julie PONCET"), a greeting's ("Hi Laura,"),
     * a signature ("Cordialement,\nNadia Ferhat, ARC", a name opening the last line with at most its
     * role, affiliation or phone after it: no clinical word, no sentence), or after a
     * staff word ("Rédigé par Yannick PÉRON", "Investigateur : …"). Then a coded subject's data
     * name no one: they are pseudonymised, not nominative. A text with no name has none either.
     */
    private static boolean namesAreStaff(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (isName(finding) && !staff(document, finding)) {
                return false;
            }
        }
        return true;
    }

    private static boolean staff(Document document, Finding name) {
        if (name.explanation() == PersonNameRecognizer.ADDRESSEE || name.explanation() == PersonNameRecognizer.SIGNATURE) {
            return true;
        }
        int first = document.tokenAt(name.start());
        int lineStart = lineStartOf(document, first);
        // the name's own first token: go back over the rest of the name ("Julie" before "PONCET")
        int named = first;
        while (named > lineStart && (document.startsUpper(named - 1) || document.isSymbol(named - 1, '-')
                || document.isSymbol(named - 1, '.')) && !document.tokenIsAny(named - 1, PRACTITIONERS)) {
            named--;
        }
        if (practitionerBefore(document, first)) {
            return true;
        }
        if (document.isSymbol(named - 1, ':') && named - 2 == lineStart && document.tokenIsAny(lineStart, HEADERS)) {
            return true; // "De : Julie PONCET"
        }
        for (int t = named - 1; t >= lineStart && t >= named - STAFF_REACH; t--) {
            if (document.tokenIsAny(t, STAFF)) {
                return true;
            }
        }
        // a signature: the name opens the text's last line, alone or before its role or affiliation
        if (named != lineStart) {
            return false;
        }
        int after = document.tokenAt(name.end());
        while (after < document.tokenCount() && !document.newlineBefore(after) && (document.startsUpper(after)
                || document.isSymbol(after, '-') || document.isSymbol(after, '.'))) {
            after++; // the rest of the name: "PONCET" after "Julie"
        }
        if (after < document.tokenCount() && !document.newlineBefore(after) && !document.isSymbol(after, ',')
                && !document.isSymbol(after, '–') && !document.isSymbol(after, '-')) {
            return false; // a sentence goes on: "Jean Dupont est diabétique."
        }
        for (int t = after; t < document.tokenCount(); t++) {
            if (document.newlineBefore(t)) {
                return signOffAbove(document, lineStart);
            }
            if (clinicalNotRole(document, t) || document.isSymbol(t, '.') && t + 1 < document.tokenCount()
                    && !document.newlineBefore(t + 1)) {
                return false; // a note, not a signature: "Desmond Achterberg, hospital no. K4417820, 72M. Admitted…"
            }
        }
        return true;
    }

    /** Whether the line above the one starting at {@code lineStart} is a sign-off: "Cordialement,", "Best wishes,". */
    private static boolean signOffAbove(Document document, int lineStart) {
        int last = lineStart - 1;
        while (last >= 0 && document.isSymbol(last, ',')) {
            last--;
        }
        return last >= 0 && document.tokenIsAny(last, PersonNameRecognizer.SIGN_OFFS);
    }

    /** Words of a place of care's notes on its first line: "Sunnyside Care Home – daily notes", "EHPAD – transmissions". */
    private static final String[] CARE_NOTES = {"notes", "daily", "log", "transmissions", "transmission", "handover",
        "relève"};
    /**
     * Whether a line of notes opens on its date, a colon or a dash, then a name: "24/11 : Louna Faure
     * (4e B), malaise en cours d'EPS", "03/12 – M. Roux, chute": the entry is that person's.
     */
    private static boolean nameAfterANoteDate(Document document, List<Finding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            Finding date = findings.get(i - 1);
            Finding name = findings.get(i);
            if (date.label() != Label.DATE || !isName(name)) {
                continue;
            }
            int first = document.tokenAt(date.start());
            int sign = document.tokenAt(date.end());
            int title = sign + 1;
            while (document.tokenIn(title, PersonNameRecognizer.TITLES) || document.isSymbol(title, '.')) {
                title++; // "03/12 – M. Roux"
            }
            if ((first == 0 || document.newlineBefore(first))
                    && (document.isSymbol(sign, ':') || document.isSymbol(sign, '–') || document.isSymbol(sign, '-'))
                    && document.tokenAt(name.start()) == title) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of place where residents live and are cared for: "care home", "EHPAD", "maison de retraite". */
    private static final String[] CARE_HOMES = {"home", "ehpad", "usld", "retraite", "résidence",
        // a hospital's ward: "Ward 7B night notes"
        "ward"};

    /**
     * Whether a name opens a line of a place of care's notes: the text's first line names the place
     * (a facility found on it) and says it holds notes ("Sunnyside Care Home – daily notes, 24 Nov"),
     * and a later line starts with the name ("Doris ate half her breakfast…"): the resident's.
     * Not the place's news ("Sunnyside Care Home – news").
     */
    private static boolean nameOpensACareNote(Document document, List<Finding> findings) {
        int firstLineEnd = 0;
        while (firstLineEnd + 1 < document.tokenCount() && !document.newlineBefore(firstLineEnd + 1)) {
            firstLineEnd++;
        }
        if (firstLineHolds(document, firstLineEnd, CLINICS) && nameAndAgeOpenALine(document, findings, firstLineEnd)) {
            return true;
        }
        boolean notes = firstLineHolds(document, firstLineEnd, CARE_NOTES);
        boolean place = false;
        for (int i = 0; i < findings.size() && notes && !place; i++) {
            Finding finding = findings.get(i);
            place = finding.label() == Label.HOSPITAL && document.tokenAt(finding.start()) <= firstLineEnd;
        }
        // or a care home said by its kind, its name unknown: "Care home daily notes – Maple Lodge"
        place = place || notes && firstLineHolds(document, firstLineEnd, CARE_HOMES);
        if (!place) {
            return false; // with no notes' word, none was looked for
        }
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            // with its title: "Mme Vidal : refus alimentaire depuis 3 jours", "M. Roche : …"
            int first = firstOfName(document, finding);
            if (document.isSymbol(first - 1, '.') && document.tokenIsAny(first - 2, DOTTED_TITLES)) {
                first -= 2;
            }
            // a practitioner's name opens a rota's line, not a resident's note: "Dr Adeyemi: on call Tuesday"
            if (first > firstLineEnd && document.newlineBefore(first)
                    && !practitionerBefore(document, document.tokenAt(finding.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that give a cause, before what it is: "en raison d'une épilepsie", "because of her
     * asthma", "due to his diabetes".
     */
    private static final String[][] CAUSES = {{"en", "raison", "de"}, {"en", "raison", "d"}, {"because", "of"},
        {"due", "to"}, {"à", "cause", "de"}, {"à", "cause", "d"}};
    /** What may stand between a cause's words and the illness: an article or a possessive. */
    private static final String[] CAUSE_ARTICLES = {"une", "un", "son", "sa", "ses", "la", "l", "a", "an", "her", "his",
        "their"};

    /** The word of {@link #CAUSES} looked up in a text, one a phrase: far fewer than a long text's names. */
    private static final String[] CAUSE_WORDS = {"raison", "because", "due", "cause"};

    /**
     * Whether a sentence gives a named person's illness as the cause of what it says of them:
     * "l'étudiante Inès Bouchard bénéficiera d'un tiers-temps pour ses examens en raison d'une
     * épilepsie", "Tom will miss the trip because of his asthma". The name must come before, in the
     * sentence, and no word of work stand between them ("Paul Martin a arrêté l'essai en raison
     * d'une toxicité hépatique" is a trial's decision); not a practitioner's name. Read from the
     * cause back to the names, as {@link #illnessAfterName} is.
     */
    private static boolean illnessAsTheCause(Document document, List<Finding> findings) {
        Names names = null;
        for (String word : CAUSE_WORDS) {
            for (int token : document.positions(word)) {
                // "en raison", "à cause": the phrase starts one word before
                int start = phraseEnd(document, token - 1, CAUSES) >= 0 ? token - 1 : token;
                int after = phraseEnd(document, start, CAUSES);
                if (after < 0) {
                    continue;
                }
                int what = document.tokenIsAny(after, CAUSE_ARTICLES) ? after + 1 : after;
                what = pastPrefix(document, document.isApostrophe(what) ? what + 1 : what);
                if (!anEvent(document, what)) {
                    continue;
                }
                if (names == null) {
                    names = new Names(document, findings);
                }
                // back to the sentence's start: the nearest of a name and a word of work decides
                for (int t = start - 1, from = sentenceFrom(document, start); t >= from; t--) {
                    if (names.endsAt(t)) {
                        return true;
                    }
                    if (work(document, t, listsOf(document, t))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The token after the words of one of {@code phrases} starting at {@code token}, an apostrophe
     * between two words passed over ("en raison d'une"), or -1.
     */
    private static int phraseEnd(Document document, int token, String[][] phrases) {
        for (String[] words : phrases) {
            int t = token;
            boolean all = true;
            for (int i = 0; i < words.length && all; i++, t++) {
                if (i > 0 && document.isApostrophe(t)) {
                    t++; // "d'une": the apostrophe between
                }
                all = document.tokenIs(t, words[i]);
            }
            if (all) {
                return document.isApostrophe(t) ? t + 1 : t;
            }
        }
        return -1;
    }

    /** How many tokens after the age an apposition may take to end its sentence, then read as the person's ("retired engineer."). */
    private static final int APPOSITION_WORDS = 4;

    /** Words of a clinic's note on its first line: "Memory clinic, 24/11/2026", "Consultation de diabétologie". */
    private static final String[] CLINICS = {"clinic", "consultation", "consult", "consultations",
        // a ward's notes: "ICU nursing note – Bed 2", "Transmissions infirmières – réanimation"
        "nursing", "icu", "itu", "hdu", "ward", "infirmières", "infirmière", "réanimation", "réa",
        // an emergency department's: "A&E – cubicle 6", "Maternity – triage", "Urgences – box 7"
        "cubicle", "triage", "urgences", "resus",
        // a school's or a workplace's nurse: "Infirmerie scolaire – 02/12/2026"
        "infirmerie"};

    /** Whether one of {@code words} stands on the text's first line, up to {@code firstLineEnd}: a note's heading. */
    private static boolean firstLineHolds(Document document, int firstLineEnd, String[] words) {
        for (int t = 0; t <= firstLineEnd; t++) {
            if (document.tokenIsAny(t, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether, below the first line, a name opens a line or a sentence with its age after a comma, or
     * a comma and clinical words on its line: the patient a clinic's note is about ("Gordon McKay,
     * 77, retired engineer.", "Liam Gallagher, 24.", "Aisha Rahman, G2P1, 34+1 weeks. BP 150/96").
     * Not a practitioner, nor a sentence of work.
     */
    private static boolean nameAndAgeOpenALine(Document document, List<Finding> findings, int firstLineEnd) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = firstOfName(document, finding);
            if (first <= firstLineEnd || lineStartOf(document, first) != first && !document.isSymbol(first - 1, '.')) {
                continue; // the name opens its line or its sentence: "Seen with his wife. Gordon McKay, 77, …"
            }
            if (practitionerBefore(document, document.tokenAt(finding.start()))) {
                continue;
            }
            int comma = document.tokenAt(finding.end());
            int age = comma + 1;
            if (document.isSymbol(comma, ',') && clinicalOnItsLine(document, comma) && !workInSentence(document, comma)) {
                return true; // what the patient has, on the name's line: "Aisha Rahman, G2P1, 34+1 weeks. BP 150/96…"
            }
            int colon = bracketThenColon(document, comma);
            if (colon > 0 && clinicalOnItsLine(document, colon) && !workInSentence(document, colon)) {
                return true; // a class or a room in brackets, then what happened: "Nolan (5e A) : crise d'asthme en EPS"
            }
            if (document.isSymbol(comma, ',') && document.isNumber(age) && document.tokenLength(age) <= 3
                    && Integer.parseInt(document.tokenText(age)) <= PersonNameRecognizer.MAX_AGE
                    && (document.isSymbol(age + 1, ',') || document.isSymbol(age + 1, '.') || ageEnd(document, age) > age)
                    && (sentenceTo(document, age) - age <= APPOSITION_WORDS || !workInSentence(document, age))) {
                return true; // a short apposition ("77, retired engineer."), or no work: not "77, will give a talk about…"
            }
        }
        return false;
    }

    /** How many tokens a bracket after a name may hold before its colon ("(5e A)", "(chambre 12)"). */
    private static final int BRACKET_REACH = 5;

    /**
     * The colon after a bracket that opens at {@code open}, holds a number (a class, a room: "(5e
     * A)", "(ch. 12)"; not a role: "(stagiaire)") and closes within {@link #BRACKET_REACH} tokens on
     * its line; or -1.
     */
    private static int bracketThenColon(Document document, int open) {
        if (!document.isSymbol(open, '(')) {
            return -1;
        }
        boolean number = false;
        for (int t = open + 1; t <= open + BRACKET_REACH && t < document.tokenCount() && !document.newlineBefore(t); t++) {
            if (document.isSymbol(t, ')')) {
                return number && document.isSymbol(t + 1, ':') && !document.newlineBefore(t + 1) ? t + 1 : -1;
            }
            number |= document.isNumber(t);
        }
        return -1;
    }

    /** Words that welcome, congratulate or thank someone: staff news, not a patient's note. */
    private static final String[] WELCOMES = {"welcome", "bienvenue", "congratulations", "congrats", "félicitations",
        "bravo"};
    /**
     * Whether a writer introduces themself by name in a sentence of their work: "I'm Marcus, 34,
     * and I study diabetes": their age says who they are, not whose health data follow.
     */
    private static boolean introducedAtWork(Document document, Finding name) {
        int first = document.tokenAt(name.start());
        return PersonNameRecognizer.selfIntroduction(document, first) >= 0 && workInSentence(document, first);
    }

    /** Thanks, said to someone: "merci à", "thanks to", "thank you to" (not "merci de revoir Léna"). */
    private static final String[] THANKS = {"merci", "thanks", "you"};
    private static final String[] TO_SOMEONE = {"à", "to"};
    /** How many tokens before a name a welcome may stand ("Welcome to Sophie", "Félicitations à notre Léa"). */
    private static final int WELCOME_REACH = 4;

    /**
     * Whether a name is welcomed, congratulated or thanked: "Welcome to Sophie, 28, our new diabetes
     * nurse", "Félicitations à Callum, 15 ans, lauréat…". Its age is then news of a colleague or a
     * pupil, not a patient's particulars.
     */
    private static boolean welcomed(Document document, Finding name) {
        int first = document.tokenAt(name.start());
        return document.wordOnLineBefore(first, WELCOME_REACH, WELCOMES)
                || document.tokenIsAny(first - 1, TO_SOMEONE) && document.tokenIsAny(first - 2, THANKS);
    }

    /** Words that introduce the person a note is about: "Patient : Smith, John", "Pt: Durand", "Patiente Mme Roy". */
    private static final String[] PATIENT_WORDS = {"patient", "patiente", "pt", "malade", "bénéficiaire", "beneficiaire",
        "assuré", "assurée", "résident", "résidente", "resident", "usager", "usagère",
        // a school nurse's form: "Élève : Nolan Berthelot, 4e B. Diabète de type 1 sous pompe à insuline."
        "élève", "pupil"};
    /**
     * A writer's own name ("je m'appelle Marc Petit"), in a text about their own illness ({@link
     * #ownIllness}): a student who introduces herself before asking about a disease is not one.
     */
    private static final String[] SELF_WORDS = {"appelle"};
    /** Words of one's own illness a few words before a clinical word: "je souffre d'une sclérose", "mon diabète", "j'ai une sclérose". */
    private static final String[] OWN = {"mon", "ma", "mes", "my", "souffre", "atteint", "atteinte", "suffer", "suffering",
        "ai", "have"};
    /** "To be" in the first person, before a condition's word: "je suis diabétique", "I am epileptic", "I'm pregnant". */
    private static final String[] AM = {"suis", "am", "m"};
    /** How many tokens before a clinical word {@link #OWN} is looked for ("souffre d'une sclérose"). */
    private static final int OWN_REACH = 4;

    /** How many tokens a field's label may have before its colon ("Motif d'hospitalisation :"). */
    private static final int FIELD_LABEL_REACH = 4;

    /**
     * Whether a line starts with a clinical word that labels a field: "Diagnostic : …",
     * "Antécédents :", "Traitement :", "Motif d'hospitalisation :".
     */
    private static boolean clinicalField(Document document) {
        return clinicalLabel(document) || reasonField(document);
    }

    /** The labels of a form's field that says why a person is seen: "Motif : lombosciatique …", "Reason for referral: …". */
    private static final String[] REASON_LABELS = {"motif", "motifs", "reason", "reasons", "indication", "indications"};

    /**
     * Whether a line opens with a label of {@link #REASON_LABELS}, its colon within {@link
     * #FIELD_LABEL_REACH}, and names what someone has after it on the line: "Motif : lombosciatique
     * droite …, recherche de hernie discale"; not "Motif : réunion annuelle".
     */
    private static boolean reasonField(Document document) {
        for (int t : document.lineStarts()) {
            if (!document.tokenIsAny(t, REASON_LABELS)) {
                continue;
            }
            int colon = t + 1;
            while (colon <= t + FIELD_LABEL_REACH && !document.newlineBefore(colon) && !document.isSymbol(colon, ':')) {
                colon++;
            }
            if (!document.isSymbol(colon, ':')) {
                continue;
            }
            for (int k = colon + 1; k < document.tokenCount() && !document.newlineBefore(k); k++) {
                if (anEvent(document, k) && !topic(document, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a line starts with a clinical word that labels a field ({@link #clinicalField}). */
    private static boolean clinicalLabel(Document document) {
        for (int t : DocumentSignals.clinicalPositions(document)) {
            if ((document.isSymbol(t - 1, ',') || document.isSymbol(t - 1, ';') || document.isSymbol(t - 1, '|'))
                    && document.isSymbol(t + 1, ':') && !role(document, t)) {
                return true; // "Name: Ayesha Malik, Age: 34, Dx: pre-eclampsia": fields on one line
            }
        }
        for (int t : document.lineStarts()) {
            if (clinicalNotRole(document, t)) {
                for (int c = t + 1; c <= t + FIELD_LABEL_REACH && !document.newlineBefore(c); c++) {
                    if (document.isSymbol(c, ':')) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the writer is named, by a name found strongly ({@code name}), by the one they
     * introduce themself by ("Hi, this is Graham Ollerenshaw") or by their signature, and speaks of
     * their own illness.
     */
    private static boolean writerIll(Document document, List<Finding> findings, boolean name) {
        boolean introduced = introducesThemself(document, findings);
        // a name alone on the last line is the writer's signature, whoever signs: no famous person's
        boolean signed = signed(document, findings);
        boolean spoken = spoken(findings);
        return (name || introduced || signed || spoken) && selfIll(document, findings, introduced, signed, spoken);
    }

    /**
     * Whether a person names themself ("je m'appelle …"; {@code introduced}: "My name is …", "this
     * is …"), signs ({@code signed}) or speaks a chat's line ({@code spoken}), and speaks of their
     * own illness.
     */
    private static boolean selfIll(Document document, List<Finding> findings, boolean introduced, boolean signed,
            boolean spoken) {
        return (introduced || nameAfter(document, findings, SELF_WORDS, 1) || sender(document, findings))
                && ownIllness(document)
                || signed && (illSaysTheWriter(document) || possessedIllness(document) || treatedSaysTheWriter(document)
                        || amInACondition(document) || diagnosedTheWriter(document) || operatedOnMe(document))
                || spoken && illSaysTheWriter(document);
    }

    /** Whether a chat's or a transcript's line is said by a named speaker ("[21/11 08:12] Sylvie : …"). */
    private static boolean spoken(List<Finding> findings) {
        return foundBy(findings, PersonNameRecognizer.SPEAKER);
    }

    /** Whether a finding was made by the rule {@code explanation} names. */
    private static boolean foundBy(List<Finding> findings, Explanation explanation) {
        for (Finding finding : findings) {
            if (finding.explanation() == explanation) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the writer introduces themself by a name: "My name is Ifeoma Chukwu and I have been
     * diagnosed with …", "Hi, this is Graham Ollerenshaw, I had my gallbladder removed", "I'm
     * Bronwen Tudor-Evans." ("this is" and "I'm" open their sentence or follow a greeting's comma;
     * not "Our new intern's name is …", nor "the grant of this is Anna's").
     */
    private static boolean introducesThemself(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            int first = document.tokenAt(finding.start());
            if (isName(finding) && (PersonNameRecognizer.myNameIs(document, first - 2)
                    || opensItsSentence(document, PersonNameRecognizer.selfIntroduction(document, first)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code token} starts the text, its line or its sentence, or follows a comma or a greeting: "Hi, this is …". */
    private static boolean opensItsSentence(Document document, int token) {
        return token == 0 || token > 0 && (document.newlineBefore(token) || endsSentence(document, token - 1)
                || document.isSymbol(token - 1, ',') || document.tokenIsAny(token - 1, GREETINGS));
    }

    /** Greetings a self-introduction follows with no comma, as a message spoken: "Oui bonjour c'est Josiane Perrault". */
    private static final String[] GREETINGS = {"bonjour", "bonsoir", "allô", "allo", "salut", "coucou", "hello", "hi", "hey"};

    /** Whether the tokens from {@code token} to the text's end are closing quotes, or none: "… Amandine »", "… Amandine". */
    private static boolean closingQuotesOnly(Document document, int token) {
        for (int t = token; t < document.tokenCount(); t++) {
            if (!document.isSymbol(t, '»') && !document.isSymbol(t, '"') && !document.isSymbol(t, '”')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name stands alone on the text's last line: the message's signature ("…\n\nEwan McLeod"). */
    private static boolean signed(Document document, List<Finding> findings) {
        for (int i = findings.size() - 1; i >= 0; i--) {
            Finding finding = findings.get(i);
            if (isName(finding)) {
                int first = document.tokenAt(finding.start());
                for (int t = first + 1; t < document.tokenCount(); t++) {
                    if (document.newlineBefore(t)) {
                        return false;
                    }
                }
                // the line holds the name alone: "Ewan McLeod", "Dr Ewan McLeod"; or a dash sets it after the
                // text's last words: "… Urgent queries to Ben." – Carla Mendes"; or it signs, after the last
                // sentence, a message that ends the text, quoted or not: "« … congé maternité. Amandine »"
                boolean quoted = closingQuotesOnly(document, document.tokenAt(finding.end()));
                for (int t = first; t > 0 && !document.newlineBefore(t); t--) {
                    if (document.isSymbol(t - 1, '–') || document.isSymbol(t - 1, '—')
                            || quoted && (document.isSymbol(t - 1, '.') || document.isSymbol(t - 1, '!'))) {
                        return true;
                    }
                    if (!(document.startsUpper(t - 1) || document.isSymbol(t - 1, '.') || document.isSymbol(t - 1, '-'))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The first person before the words that say an illness: "I was in hospital last week with a kidney infection". */
    private static final String[] I = {"i", "je", "j"};
    /** How many tokens before the words that say an illness the first person may stand ("I was in hospital", "j'ai été opérée"). */
    private static final int I_REACH = 4;

    /**
     * Whether the writer says they were ill or cared for, in the words {@link #illnessAfterName}
     * reads after a name, with "I" or "je" for the name: "I was in hospital last week with a kidney
     * infection", "j'ai été opérée", "I had a stroke".
     */
    private static boolean illSaysTheWriter(Document document) {
        for (String carer : MIND_CARERS) {
            for (int t : document.positions(carer)) {
                int verb = seeing(document, t);
                // "je suis suivie par un psychiatre", "I have been seeing a therapist"; not "I saw a
                // psychologist present her work", "je suis suivi par un psychiatre pour mon mémoire"
                if (verb >= 0 && firstPersonBefore(document, verb) && !workInSentence(document, t)
                        && !document.tokenIsAny(t + 1, WORK_NOUNS) && !document.tokenIsAny(t + 2, WORK_NOUNS)) {
                    return true;
                }
            }
        }
        IllnessWords illness = IllnessWords.ALL;
        for (int said : document.positions(LISTED_WORDS.bit())) {
            if (!saysAnIllness(document, said, illness)) {
                continue;
            }
            if (firstPersonBefore(document, said) || myFamilyBefore(document, said)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a death: "died", "passed away", "est décédé", "nous a quittés". */
    private static final String[] DIED = {"died", "passed", "décédé", "décédée", "décède", "quittés", "quittées",
        // "emporté le 27 novembre par un cancer du pancréas"
        "emporté", "emportée"};
    /** How many tokens after a name its death may be told ("Professor Hannah Roth, who founded our group, died"). */
    private static final int DEATH_REACH = 14;

    /**
     * Whether a named person's death is told with the illness after it, in one sentence: "Professor
     * Hannah Roth, who founded our imaging group, died on Sunday after a short illness with
     * pancreatic cancer". A death is the person's own, whatever their title or their work; not
     * patients' deaths a name reports ("Dr Roth showed that patients died of sepsis").
     */
    private static boolean diedOfAnIllness(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int last = document.tokenAt(finding.end()) - 1;
            int to = sentenceTo(document, last);
            for (int t = last + 1; t <= to && t <= last + DEATH_REACH; t++) {
                if (document.tokenIsAny(t, STUDIED) || document.tokenIsAny(t, PATIENTS_PLURAL)) {
                    break; // someone else's death: "… showed that patients died of sepsis"
                }
                if (document.tokenIsAny(t, DIED) && clinicalWordAfter(document, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] PATIENTS_PLURAL = {"patients", "patientes", "people", "children", "enfants", "malades",
        "participants", "cases", "deaths", "décès"};

    /** The possessives before a relative whose illness a named person's message tells: "her husband's dementia". */
    private static final String[] POSSESSIVES = {"her", "his", "my", "their", "our", "son", "sa", "mon", "ma", "notre",
        "leur",
        // the reader's, in a message to a person named: "Hi Priya, I'm so sorry to hear about your dad's stroke"
        "your", "votre", "ton", "ta"};

    /**
     * Whether a text that names someone other than a practitioner tells of a close relative's illness,
     * the relative after a possessive: "Deborah Hollis rang again about her husband's dementia
     * assessment", "la démence de son mari". The relative is known through the person named.
     */
    private static boolean relativesIllness(Document document, List<Finding> findings) {
        boolean someone = false;
        for (int i = 0; i < findings.size() && !someone; i++) {
            Finding finding = findings.get(i);
            someone = isName(finding) && !practitionerBefore(document, document.tokenAt(finding.start()));
        }
        if (!someone) {
            return false;
        }
        for (String relative : FAMILY) {
            for (int t : document.positions(relative)) {
                if (!document.tokenIsAny(t - 1, POSSESSIVES)) {
                    continue;
                }
                boolean genitive = document.isApostrophe(t + 1) && document.tokenIs(t + 2, "s") && illnessAt(document, t + 3);
                boolean of = document.tokenIs(t - 2, "de") && illnessAt(document, t - 3);
                if (genitive || of) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many tokens a patient's number may stand after their name: "Rahimi (NHS 401…", "DUPONT Marie, IPP 80…". */
    private static final int ID_BESIDE_NAME_REACH = 4;

    /**
     * Whether a patient's number follows a name on its line within {@link #ID_BESIDE_NAME_REACH}
     * tokens: "Mr Bashir Rahimi (NHS 401 023 2137)". (A practitioner's before a subject's code, "Dr
     * Martin: patient 12-003", leaves the text pseudonymised: its names are all staff's.)
     */
    private static boolean idBesideName(Document document, List<Finding> findings) {
        int[] nameEnds = findings.stream().filter(Classifier::isName).mapToInt(Finding::end).sorted().toArray();
        for (Finding id : findings) {
            if (id.label() != Label.PATIENT_ID) {
                continue;
            }
            int first = document.tokenAt(id.start());
            for (int t = first - 1; t >= 0 && t >= first - ID_BESIDE_NAME_REACH && !document.newlineBefore(t + 1); t--) {
                if (java.util.Arrays.binarySearch(nameEnds, document.end(t)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an illness, no topic nor a role, is named at {@code token}: "dementia", not "the cancer seminar". */
    private static boolean illnessAt(Document document, int token) {
        if (!anEvent(document, token) || topic(document, token) || role(document, token)) {
            return false;
        }
        // the sentence's words of work, after a prompt's instruction ("rewrite this for the practice manager: …")
        return !workBetween(document, afterAnInstruction(document, sentenceFrom(document, token), token),
                sentenceTo(document, token));
    }

    /**
     * Whether a message to a person called by name ("Dear Pauline,", "Bonjour Karim,") speaks of
     * their illness after "your" or "votre", a word of the body at most between: "after your breast
     * cancer treatment", "votre diabète". Not their work ("your cancer cohort paper", "your talk
     * on asthma").
     */
    private static boolean addresseesIllness(Document document, List<Finding> findings) {
        if (!foundBy(findings, PersonNameRecognizer.ADDRESSEE)) {
            return false;
        }
        for (int t : DocumentSignals.clinicalPositions(document)) {
            boolean yours = document.tokenIsAny(t - 1, YOUR) || document.tokenIsAny(t - 2, YOUR) && document.isWord(t - 1);
            if (yours && illnessAt(document, t) && !document.tokenIsAny(t + 1, WORK_NOUNS)
                    && !document.tokenIsAny(t + 2, WORK_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /** The writer's close family, after "my" or "ma": whose illness a signed message tells, "ma mère a fait un AVC". */
    private static final String[] FAMILY = {"mère", "père", "maman", "papa", "mari", "femme", "épouse", "époux", "frère",
        "sœur", "soeur", "fils", "fille", "mother", "father", "mum", "mom", "dad", "husband", "wife", "brother", "sister",
        "son", "daughter", "mamie", "papi", "papy", "grandma", "grandpa"};

    /**
     * How many tokens before the words that say an illness the writer's relative may stand, the
     * subject of the sentence: "maman est tombée dans la salle de bain, on est aux urgences".
     */
    private static final int FAMILY_REACH = 12;

    /** The parents and grandparents their children call by these words alone: "papa est retourné aux urgences". */
    private static final String[] PARENTS_CALLED = {"papa", "maman", "mamie", "papi", "papy", "mum", "mom", "dad",
        "grandma", "grandpa"};

    /**
     * Whether the writer's close family stands a few words before {@code said} in its sentence, the
     * subject of what befell them: "ma mère a fait un AVC dimanche", "my dad had a heart attack",
     * "papa est retourné aux urgences" (not "le papa de Léo"); in a signed message or a chat's named
     * line, the relative is known through the writer.
     */
    private static boolean myFamilyBefore(Document document, int said) {
        for (int before = said - 1; before > 0 && before >= said - FAMILY_REACH && !endsSentence(document, before); before--) {
            if (document.tokenIsAny(before, FAMILY) && (document.tokenIsAny(before - 1, MY)
                    || document.tokenIsAny(before, PARENTS_CALLED) && !document.tokenIsAny(before - 1, DETERMINERS))) {
                return true;
            }
        }
        return false;
    }

    /** Treatments a person undergoes, not studies: "the chemo is going better than expected – I've had four cycles". */
    private static final String[] COURSES_OF_TREATMENT = {"chemo", "chemotherapy", "chimio", "chimiothérapie", "radiotherapy",
        "radiothérapie", "immunotherapy", "immunothérapie", "dialysis", "dialyse"};
    /** What the first person does with a treatment: "I've had", "I am on", "j'ai eu", "je suis sous". */
    private static final String[] UNDERGO = {"had", "have", "ve", "am", "m", "ai", "suis"};

    /**
     * Whether a sentence holds a treatment and the first person undergoing something, no word of
     * work: "The chemo is going better than expected – I've had four of six cycles of R-CHOP", "j'ai
     * terminé ma radiothérapie" (read for a signed message: the signer's own treatment).
     */
    private static boolean treatedSaysTheWriter(Document document) {
        for (String treatment : COURSES_OF_TREATMENT) {
            for (int t : document.positions(treatment)) {
                int from = sentenceFrom(document, t);
                int to = sentenceTo(document, t);
                boolean undergoing = false;
                for (int k = from; k <= to && !undergoing; k++) {
                    undergoing = document.tokenIsAny(k, I) && (document.tokenIsAny(k + 1, UNDERGO)
                            || document.isApostrophe(k + 1) && document.tokenIsAny(k + 2, UNDERGO));
                }
                if (undergoing && !workInSentence(document, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether "I", "je" or "j'" stands a few words before {@code said} in its sentence. */
    private static boolean firstPersonBefore(Document document, int said) {
        for (int before = said - 1; before >= 0 && before >= said - I_REACH && !endsSentence(document, before); before--) {
            if (document.tokenIsAny(before, I)) {
                return true;
            }
        }
        return false;
    }

    /** An e-mail's header words for its sender: "From: Julia Weber", "De : Julia Weber". */
    private static final String[] SENDERS = {"from", "de", "expéditeur"};

    /** Whether a name is an e-mail's sender: after "From:" or "De :", the writer of what follows. */
    private static boolean sender(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            int first = document.tokenAt(finding.start());
            if (isName(finding) && document.isSymbol(first - 1, ':') && document.tokenIsAny(first - 2, SENDERS)) {
                return true;
            }
        }
        return false;
    }

    /** The possessives of the first person, right before what one has: "my heart attack", "mon cancer". */
    private static final String[] MY = {"my", "mon", "ma", "mes"};
    /**
     * Clinical words that are a researcher's or a carer's own work or workplace after "my": "my
     * study", "mon essai", "my clinic", "my surgery" (a British GP's practice).
     */
    private static final String[] MY_WORK = {"study", "studies", "trial", "trials", "cohort", "cohorts", "étude", "études",
        "essai", "essais", "cohorte", "cohortes", "participant", "participants", "subject", "subjects", "sujet", "sujets",
        "visit", "visits", "visite", "visites", "hospital", "clinic", "surgery", "ward", "clinique", "centre", "questionnaire",
        "inclusion", "inclusions", "crf", "ecrf", "randomisation", "randomization", "volontaire", "volontaires"};

    /**
     * Whether the writer names an illness or a care of their own with the possessive right before
     * it ("Since my heart attack in the summer…", "depuis mon cancer", "my multiple sclerosis"): in a signed message, the
     * signer's. Not their work ("my study", "my asthma clinic", "my patients").
     */
    private static boolean possessedIllness(Document document) {
        for (int t : DocumentSignals.clinicalPositions(document)) {
            // or a word of its kind between, in English: "my multiple sclerosis has relapsed", not "my breast cancer study"
            boolean mine = document.tokenIsAny(t - 1, MY) || document.tokenIsAny(t - 2, "my") && document.isWord(t - 1)
                    && !document.startsUpper(t - 1) && !document.tokenIsAny(t + 1, WORK_NOUNS)
                    && !document.tokenIsAny(t + 1, MY_WORK);
            if (mine && !document.tokenIsAny(t, MY_WORK) && anEvent(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the writer speaks of their own illness: a clinical word shortly after "je souffre", "mon", "ma", "j'ai". */
    private static boolean ownIllness(Document document) {
        for (int t : DocumentSignals.clinicalPositions(document)) {
            if (role(document, t) || qualifiesWork(document, t)) {
                continue; // "my asthma clinic runs on Tuesdays": the writer's work
            }
            if (amInACondition(document, t)) {
                return true;
            }
            if (ownWordBefore(document, t) || diagnosedBefore(document, t)) {
                return true;
            }
            // what the first person can no longer do since an event: "je ne peux plus faire de sport suite à
            // une opération du cœur", "after a heart attack I stopped running"
            boolean surgery = document.tokenIsAny(t - 2, SURGERIES) && document.tokenIsAny(t - 1, "du", "de", "of");
            if ((anEvent(document, t) || surgery) && document.wordOnLineBefore(t, OWN_REACH + 1, SINCE_AN_EVENT)
                    && firstPersonInSentence(document, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clinical word of the text is what was found in the writer ({@link #diagnosedMe},
     * {@link #foundInMe}): "on m'a diagnostiqué un cancer du sein", "on vient de me trouver un
     * nodule"; narrower than {@link #ownIllness}, whose "mon", "ma" and "j'ai" a signed e-mail's
     * writer also says of their work.
     */
    private static boolean diagnosedTheWriter(Document document) {
        for (int t : DocumentSignals.clinicalPositions(document)) {
            if (diagnosedBefore(document, t)) {
                return !role(document, t) && !qualifiesWork(document, t);
            }
        }
        return false;
    }

    /** Whether one of {@link #OWN} stands within {@link #OWN_REACH} tokens before {@code t}, line breaks or not. */
    private static boolean ownWordBefore(Document document, int t) {
        for (int before = t - 1; before >= 0 && before >= t - OWN_REACH; before--) {
            if (document.tokenIsAny(before, OWN)) {
                return true;
            }
        }
        return false;
    }

    /** Whether, within {@link #OWN_REACH} tokens before the clinical word at {@code t}, it is said found in the writer. */
    private static boolean diagnosedBefore(Document document, int t) {
        for (int before = t - 1; before >= 0 && before >= t - OWN_REACH; before--) {
            if (diagnosedMe(document, before) || foundInMe(document, before, t)) {
                return true;
            }
        }
        return false;
    }

    /** An operation undergone, after {@link #UNDERGOING}: "I'm having surgery on my knee", "I had an operation". */
    private static final String[] OPERATIONS_UNDERGONE = {"surgery", "operation"};
    /** The verbs an operation is undergone by, in English; not "have" ("I have surgery all day": a surgeon's list). */
    private static final String[] UNDERGOING = {"having", "had", "got"};
    /** How many words may stand between {@link #UNDERGOING} and the operation ("had an emergency knee operation"). */
    private static final int OPERATION_REACH = 3;
    /** The forms of "be" before "opéré": "j'ai été opérée", "je serai opéré", "je suis opérée". */
    private static final String[] OPERATED_AFTER = {"été", "suis", "serai"};
    private static final String[] OPERATED = {"opéré", "opérée"};
    /** A surgeon's lists after the operation's word: "I had an operation list overrun". */
    private static final String[] SURGEONS_LISTS = {"list", "lists", "rota", "rotas"};

    /**
     * Whether the writer says they undergo an operation, which is care with or without its illness
     * named: "I'm having surgery on my knee", "I had an operation in May", "je me fais opérer du
     * genou", "j'ai été opérée". Not a meeting of the operation's ("I had a surgery meeting"), nor a
     * surgeon's list ("I have surgery all day", "I had an operation list overrun").
     */
    private static boolean operatedOnMe(Document document) {
        for (String word : OPERATIONS_UNDERGONE) {
            for (int t : document.positions(word)) {
                if (document.tokenIsAny(t + 1, WORK_NOUNS) || document.tokenIsAny(t + 1, SURGEONS_LISTS)) {
                    continue;
                }
                for (int verb = t - 1; verb >= 0 && verb >= t - 1 - OPERATION_REACH && document.isWord(verb)
                        && !document.newlineBefore(verb + 1); verb--) {
                    if (document.tokenIsAny(verb, UNDERGOING)) {
                        if (firstPersonBefore(document, verb)) {
                            return true;
                        }
                        break;
                    }
                }
            }
        }
        for (int t : document.positions("opérer")) {
            if (diagnosedMe(document, t)) {
                return true;
            }
        }
        for (String operated : OPERATED) {
            for (int t : document.positions(operated)) {
                if (document.tokenIsAny(t - 1, OPERATED_AFTER) && firstPersonBefore(document, t - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the writer says they are in a condition ({@link #CONDITIONS}): "je suis séropositive", "I am diabetic", "I'm pregnant". */
    private static boolean amInACondition(Document document, int token) {
        return document.tokenIsAny(token, CONDITIONS) && document.tokenIsAny(beforeCondition(document, token), AM);
    }

    /** A term, in weeks or months, before a condition: "I'm five months pregnant", "is 30 weeks pregnant". */
    private static final String[] TERMS = {"weeks", "months", "week", "month"};

    /**
     * The token before a condition's word, past a term when one is between, as a pregnancy's is
     * ("I'm five months pregnant", "Priya is 30 weeks pregnant"; French puts it after: "enceinte de 5 mois").
     */
    private static int beforeCondition(Document document, int token) {
        // its number in figures or in words: "30 weeks", "five months", "few weeks"
        return document.tokenIsAny(token - 1, TERMS) ? token - 3 : token - 1;
    }

    /** Whether a clinical word of the text says the writer is in a condition ({@link #amInACondition}). */
    private static boolean amInACondition(Document document) {
        for (int t : DocumentSignals.clinicalPositions(document)) {
            if (amInACondition(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** An operation, a care only with the body part after it: "une opération du cœur", not "une opération de maintenance". */
    private static final String[] SURGERIES = {"opération", "operation", "intervention"};
    /** The words after which an event is a cause of what the sentence says: "suite à une opération", "after my surgery". */
    private static final String[] SINCE_AN_EVENT = {"suite", "après", "after", "since", "depuis"};

    /** Whether "I", "je" or "j'" stands in the sentence of {@code token}. */
    private static boolean firstPersonInSentence(Document document, int token) {
        for (int k = sentenceFrom(document, token), to = sentenceTo(document, token); k <= to; k++) {
            if (document.tokenIsAny(k, I)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] DIAGNOSING = {"diagnostiquer", "diagnostiqué", "diagnostiquée", "opérer", "soigner",
        "hospitaliser"};
    /** Whether the verb at {@code token} is said of the writer as its object: "me diagnostiquer", "m'a découvert". */
    private static boolean doneToMe(Document document, int token) {
        return document.tokenIs(token - 1, "me")
                || document.tokenIs(token - 1, "a") && document.isApostrophe(token - 2) && document.tokenIs(token - 3, "m");
    }

    /** What an examination finds in the writer: "on vient de me trouver un nodule thyroïdien", "on m'a découvert un diabète". */
    private static final String[] FOUND = {"trouver", "trouvé", "découvrir", "découvert", "détecter", "détecté"};
    /** The articles of what was found: "me trouver un nodule", "m'a découvert des calculs". */
    private static final String[] FOUND_ARTICLES = {"un", "une", "des", "du", "de", "d"};

    /**
     * Whether {@code token} says an examination found in the writer what starts after its article
     * and ends, in clinical words only, at the clinical word {@code clinical}: "on vient de me
     * trouver un nodule thyroïdien"; not "me trouver un poste en endocrinologie".
     */
    private static boolean foundInMe(Document document, int token, int clinical) {
        if (!document.tokenIsAny(token, FOUND) || !document.tokenIsAny(token + 1, FOUND_ARTICLES) || !anEvent(document, clinical)
                || !doneToMe(document, token)) {
            return false;
        }
        for (int between = token + 2; between < clinical; between++) {
            if (!DocumentSignals.clinicalWord(document, between)) {
                return false;
            }
        }
        return clinical > token + 1;
    }

    /**
     * Whether the writer says they were diagnosed or are operated on: "on vient de me diagnostiquer",
     * "on m'a diagnostiqué", "je me fais opérer", "I was diagnosed with", "I've been diagnosed with"
     * (not "de lui diagnostiquer", said of another).
     */
    private static boolean diagnosedMe(Document document, int token) {
        if (document.tokenIsAny(token, DIAGNOSING)) {
            return doneToMe(document, token)
                    // "je me fais opérer d'une hernie discale", "je vais me faire opérer"
                    || document.tokenIsAny(token - 1, "fais", "faire") && document.tokenIs(token - 2, "me");
        }
        return document.tokenIs(token, "diagnosed") && firstPersonBefore(document, token);
    }
    /** The second person's possessives: "votre IRM", "vos examens", "your scan results". */
    private static final String[] YOUR = {"votre", "vos", "your"};
    /**
     * Words of work between a possessive and a clinical word: "votre projet sur le cancer", "your
     * paper on diabetes" speak of the addressee's work, not of their care.
     */
    private static final String[] WORK = {"projet", "projets", "project", "projects", "article", "articles", "paper",
        "papers", "manuscrit", "manuscript", "thèse", "thesis", "recherche", "recherches", "research", "subvention",
        "grant", "candidature", "application", "équipe", "team", "laboratoire", "lab", "cours", "course", "lecture",
        "exposé", "talk", "poster", "revue", "review", "livre", "book", "ouvrage", "mémoire", "rapport", "report"};
    /** How many words may stand between a possessive and its clinical word ("votre rendez-vous d'IRM"). */
    private static final int YOUR_REACH = 4;
    /** The second person, before "have": "you have an increased risk of breast cancer", "vous avez un diabète". */
    private static final String[] YOU = {"you", "vous", "tu"};
    private static final String[] HAVE = {"have", "had", "avez", "aviez", "as", "avais"};
    /** How many words may stand between "you have" and what the person has ("you have an increased risk of breast … cancer"). */
    private static final int YOU_HAVE_REACH = 8;

    /**
     * Whether a letter speaks to a person, named with a civil title ("Madame Lefèvre,", "Dear Mr
     * Patel") or called by their given name ("Declan, your blood tests came back"), of their own
     * care: a clinical word shortly after "votre", "vos" or "your" ("votre rendez-vous d'IRM
     * cérébrale", "your blood test results"), or an illness after "you have" ("This means you have
     * an increased risk of breast and ovarian cancer"). A practitioner addressed as Dr or Pr, and
     * "votre projet sur le cancer", are not.
     */
    private static boolean addresseesCare(Document document, List<Finding> findings) {
        Words your = Words.of(document, YOUR);
        Words you = Words.of(document, YOU);
        if (your.isEmpty() && you.isEmpty() || !yourCare(document, your, you)) {
            return false; // most texts: no "votre", "vos", "your" or "you" at all, and their names are not read
        }
        for (Finding finding : findings) {
            if (isName(finding) && (finding.explanation() == PersonNameRecognizer.CALLED
                    || introducedBy(document, document.tokenAt(finding.start()), PersonNameRecognizer.CIVIL_ADDRESS, true))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clinical word follows one of {@code your} words within {@link #YOUR_REACH} words, or
     * "you have" ({@code you}) within {@link #YOU_HAVE_REACH} words when it names what one has, no
     * work word between.
     */
    private static boolean yourCare(Document document, Words your, Words you) {
        Words work = Words.of(document, WORK);
        for (int t : DocumentSignals.clinicalPositions(document)) {
            if (role(document, t)) {
                continue;
            }
            int words = 0;
            for (int before = t - 1; before >= 0 && words < YOU_HAVE_REACH && !document.newlineBefore(before + 1); before--) {
                if (!document.isWord(before)) {
                    continue;
                }
                if (words < YOUR_REACH && your.has(document, before)) {
                    return true;
                }
                if (you.has(document, before) && youHave(document, before) && anEvent(document, t) && !topic(document, t)) {
                    return true;
                }
                if (work.has(document, before)) {
                    break;
                }
                words++;
            }
        }
        return false;
    }

    /** Whether "have" follows the "you" at {@code token}: "you have", "you've", "vous avez", "tu as". */
    private static boolean youHave(Document document, int token) {
        return document.tokenIsAny(token + 1, HAVE) || document.isApostrophe(token + 1) && document.tokenIs(token + 2, "ve");
    }

    /** Words that give a person's name in a story: "a 34-year-old woman named Laura Bianchi", "un patient nommé Paul". */
    private static final String[] NAMING_WORDS = {"named", "nommé", "nommée", "prénommé", "prénommée"};
    /** Words set after a name to say the person is a patient: "Robert Petit, patient du Dr Roux". */
    private static final String[] APPOSED_PATIENT_WORDS = {"patient", "patiente", "malade"};
    /** What follows "patient" as a noun, not as the adjective of a patient character. */
    private static final String[] OF_OR_CARE = {"du", "de", "des", "d", "of", "at", "in", "with", "suivi", "suivie",
        "hospitalisé", "hospitalisée", "admis", "admise", "opéré", "opérée", "traité", "traitée"};
    /** Words set after a name to say the person takes part in research, before the study they take part in. */
    private static final String[] APPOSED_PARTICIPANT_WORDS = {"participant", "participante", "volontaire"};
    private static final String[] STUDIES = {"étude", "essai", "cohorte", "protocole", "study", "trial", "cohort"};
    /** How many tokens may stand between a participant word and its study ("participante à l'étude"). */
    private static final int STUDY_REACH = 4;

    /**
     * The distinct words of a document that are in a list, looked up once: testing a token is then
     * one bit, where {@link Document#tokenIsAny} compares it with every word of the list (a rule
     * that reads the words after each of thousands of names would compare millions).
     */
    private record Words(java.util.BitSet ids) {
        static Words of(Document document, String[] words) {
            java.util.BitSet ids = new java.util.BitSet();
            for (String word : words) {
                int id = document.wordId(word);
                if (id >= 0) {
                    ids.set(id);
                }
            }
            return new Words(ids);
        }

        boolean has(Document document, int token) {
            int id = document.wordId(token);
            return id >= 0 && ids.get(id);
        }

        boolean isEmpty() {
            return ids.isEmpty();
        }
    }

    /** The keys of a person's name in code and queries: "name", "patient_name", "nom". */
    private static final String[] NAME_KEYS = {"name", "names", "nom", "noms", "patient", "fullname"};
    /** Words before the names a column or a key holds, as examples: "Column A has names like Margaret Oduya". */
    private static final String[] LIKE = {"like", "as", "comme"};
    /** How many tokens a quoted name may stand after its key: "'name': ['", "a.name = '", "nom=c(\"". */
    private static final int NAME_KEY_REACH = 6;

    /**
     * Whether a name stands in quotes as the value of a name's key in code or a query, on the key's
     * line, or as an example of the names a column holds: "df = pd.DataFrame({'name': ['Ruth
     * Abernathy', …", "WHERE a.name = 'Eleanor Voss'", "Column A has names like Margaret Oduya". The
     * quote or the word of an example stands right before the name, and only symbols and such words
     * between it and the key; no key of work stands near ({@link FieldValueRecognizer#staffRecord}).
     */
    private static boolean nameInCode(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            if (!(document.isSymbol(first - 1, '\'') || document.isSymbol(first - 1, '"')
                    || document.tokenIsAny(first - 1, LIKE))) {
                continue;
            }
            for (int t = first - 2; t >= Math.max(0, first - NAME_KEY_REACH) && !document.newlineBefore(t + 1); t--) {
                if (document.tokenIsAny(t, NAME_KEYS)) {
                    // not a record of someone's work: {"last_name": "Martin", "specialty": "cardiology"}
                    return !FieldValueRecognizer.staffRecord(document, document.start(t));
                }
                if (!document.isSymbol(t) && !document.tokenIsAny(t, LIKE)) {
                    break; // "the patient said 'Ruth …'": words between
                }
            }
        }
        return false;
    }

    /**
     * Whether a relative is named after a possessive ("my partner Sean", "ma fille Emma, 7 ans",
     * "their son Jack") in a text free of events where a clinical word names what someone has, in a
     * sentence of no work: "My partner Sean has been drinking … his eyes look yellow. Is this liver
     * failure?". Who else would a prompt with a clinical word be about? Not "my daughter Emma wants
     * to study medicine": a sentence of work.
     */
    private static boolean writersRelativeIll(Document document, List<Finding> findings, DocumentSignals signals) {
        if (signals.eventTerms() > 0) {
            return false;
        }
        boolean relative = false;
        for (int i = 0; i < findings.size() && !relative; i++) {
            Finding finding = findings.get(i);
            if (isName(finding)) {
                int kin = document.tokenAt(finding.start()) - 1;
                kin = document.isSymbol(kin, ',') ? kin - 1 : kin;
                relative = PersonNameRecognizer.kin(document, kin) && document.tokenIsAny(kin - 1, POSSESSIVES);
            }
        }
        if (!relative) {
            return false;
        }
        for (int t : DocumentSignals.clinicalPositions(document)) {
            if (anEvent(document, t) && !topic(document, t) && !workInSentence(document, t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(Finding finding) {
        return finding.label() == Label.FIRST_NAME || finding.label() == Label.LAST_NAME;
    }

    /**
     * The first token of what is said of a name right after it, in brackets or (when {@code
     * comma}) after a comma, on its line ("Robert Petit, patient du…", "Oliver (age 7)"); -1 when
     * nothing is.
     */
    private static int apposition(Document document, Finding name, boolean comma) {
        int opening = document.tokenAt(name.end());
        boolean opens = document.isSymbol(opening, '(') || comma && document.isSymbol(opening, ',');
        return opens && !document.newlineBefore(opening + 1) ? opening + 1 : -1;
    }

    /**
     * Whether a name is followed by a word that says the person is a patient or a study's
     * participant ("je suis Nadia Belkacem, participante à l'étude NUTRI-MUM", "Robert Petit,
     * patient du service"): the health data of the text are that person's. A participant of a
     * congress or a workshop is not one.
     */
    private static boolean patientApposed(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int word = apposition(document, finding, true);
            if (word < 0) {
                continue;
            }
            if (document.tokenIsAny(word, APPOSED_PATIENT_WORDS) && document.tokenIsAny(word + 1, OF_OR_CARE)) {
                return true; // "patiente du Dr Roux", "patient suivi pour…"; not "patiente et bienveillante"
            }
            if (document.tokenIsAny(word, APPOSED_PARTICIPANT_WORDS) && document.wordOnLineAfter(word, STUDY_REACH, STUDIES)) {
                return true;
            }
        }
        return participantBeforeName(document, findings);
    }

    /**
     * Whether the participant word at {@code token} names one person: in the singular, or "one of
     * the volunteers", "une des participantes"; not "the participants of the study, Callum Fraser and
     * Ada Lovell, are thanked for their work".
     */
    private static boolean oneOf(Document document, int token) {
        if (document.tokenIsAny(token, APPOSED_PARTICIPANT_WORDS) || document.tokenIs(token, "volunteer")) {
            return true;
        }
        for (int t = token - 1; t >= 0 && t >= token - 3; t--) {
            if (document.tokenIsAny(t, "one", "un", "une")) {
                return true;
            }
        }
        return false;
    }

    /** Study participants in the plural too, before the name one of them has: "one of the volunteers in our sleep study, Callum Fraser, …". */
    private static final String[] PARTICIPANTS = {"participant", "participants", "participante", "participantes", "volontaire",
        "volontaires", "volunteer", "volunteers"};
    /** How many tokens before a name's comma a participant word may stand, with its study between. */
    private static final int PARTICIPANT_REACH = 8;

    /**
     * Whether a name follows a comma after a participant word and its study, in one clause: "one
     * of the volunteers in our sleep study, Callum Fraser, told the research nurse …". The person
     * is a study's participant, whose health the text's clinical words are (a study's words of
     * research are then no sign of work). Not "the speakers of our sleep workshop, Callum Fraser".
     */
    private static boolean participantBeforeName(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int comma = document.tokenAt(finding.start()) - 1;
            if (!document.isSymbol(comma, ',')) {
                continue;
            }
            boolean study = false;
            for (int t = comma - 1; t >= 0 && t >= comma - PARTICIPANT_REACH && !document.isSymbol(t, ',')
                    && !document.newlineBefore(t + 1) && !endsSentence(document, t); t--) {
                study |= document.tokenIsAny(t, STUDIES);
                if (study && document.tokenIsAny(t, PARTICIPANTS) && oneOf(document, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Units of a form's strength, between its number and the form: "2.5 mg tablets", "500 mg comprimés". */
    private static final String[] STRENGTH_UNITS = {"mg", "g", "µg", "mcg", "microgram", "micrograms", "ml"};
    /** Forms a dose is taken in, after its number: "1 cp le matin", "2 gélules", "1 puff twice daily". */
    private static final String[] DOSE_FORMS = {"cp", "cps", "comprimé", "comprimés", "gélule", "gélules", "sachet",
        "sachets", "ampoule", "ampoules", "bouffée", "bouffées", "goutte", "gouttes", "tablet", "tablets", "capsule",
        "capsules", "puff", "puffs"};

    /**
     * Whether a dose to take is written, a number then its form ("1 cp le matin", "2.5 mg tablets"), in a sentence
     * with no word of work: a prescription's line, not "Mme Roux, pharmacienne, rappelle : 1 cp par
     * jour".
     */
    private static boolean doseTaken(Document document) {
        for (int t : document.positions(LISTED_WORDS.bit())) {
            // its strength between: "Methotrexate 2.5 mg tablets"
            int number = document.tokenIsAny(t - 1, STRENGTH_UNITS) ? t - 2 : t - 1;
            if ((listsOf(document, t) & DOSE_LIST) != 0 && document.isNumber(number) && !workInSentence(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of {@code token} holds a word of work. */
    private static boolean workInSentence(Document document, int token) {
        return workBetween(document, sentenceFrom(document, token), sentenceTo(document, token));
    }

    /** Whether a word of work ({@link #work}) stands from {@code from} to {@code to}, both included. */
    private static boolean workBetween(Document document, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (work(document, k, listsOf(document, k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of work stands from {@code from} to the end of its sentence: the clause's own ("who has led the unit"). */
    private static boolean workAfter(Document document, int from) {
        return workBetween(document, from, sentenceTo(document, from));
    }

    /** The possessives that make an audience's noun a person's work: "with her team", "son équipe". */
    private static final String[] THEIRS = {"his", "her", "their", "son", "sa", "ses", "leur", "leurs"};

    /**
     * Whether the token, in the lists {@code lists}, is a word of work: one of {@link #WORK_WORDS}
     * or {@link #WORK_NOUNS} (not a place of care a person was taken to, nor the first word of
     * "heads-up" or "work-up", nor the work one is off or unfit for), an audience's noun ({@link
     * #AUDIENCES}) only when a person's ("Anne Martin presented with her team the new asthma score").
     */
    private static boolean work(Document document, int token, int lists) {
        return (lists & WORK_LIST) != 0 && !careGoneTo(document, token) && !saysNoWork(document, token)
                || (lists & AUDIENCE_LIST) != 0 && document.tokenIsAny(token - 1, THEIRS);
    }

    /**
     * Whether the word of work at {@code token} says no work here: the first word of a noun joined to
     * "up" ("a quick heads-up", "a cardiac work-up"), the work a person is off, (not) fit for or
     * returns to ("off work", "not fit for work", "return-to-work": a fitness note's words), where
     * one works ("working from home"), or French reading ("la lecture").
     */
    private static boolean saysNoWork(Document document, int token) {
        return document.isSymbol(token + 1, '-') && document.tokenIs(token + 2, "up") && document.touchesNext(token)
                || document.tokenIs(token, "work") && (document.tokenIs(token - 1, "off")
                        || document.tokenIs(token - 1, "for") && document.tokenIsAny(token - 2, "fit", "unfit")
                        // a return to work after an illness: "your return-to-work meeting", "back to work"
                        || document.tokenIs(token - 1, "to") && document.tokenIsAny(token - 2, "return", "back")
                        || returnToWork(document, token))
                // and its meeting or plan: "your return-to-work meeting"
                || document.tokenIs(token - 1, "work") && returnToWork(document, token - 1)
                || document.tokenIs(token, "lecture") && frenchReading(document, token)
                // where, not what: "he'll be working from home for a few weeks. He's recovering from a hernia repair"
                || document.tokenIs(token + 1, "from") && document.tokenIs(token + 2, "home")
                // a ward by its number is where a patient lies: "TTO – Gwendolyn Price, Ward 12"
                || document.isNumber(token + 1) && document.tokenIsAny(token, CARE_PLACES)
                // "le langage écrit", "l'expression écrite", "par écrit": written, no one wrote
                || document.tokenIs(token, "écrit") && document.tokenIsAny(token - 1, WRITTEN)
                || tradeOfOurs(document, token)
                // an organ's function: "your kidneys are not working well", "his heart isn't working properly"
                || document.tokenIs(token, "working") && organNotWorking(document, token);
    }

    /** The words of a function said of an organ: "not working well", "working properly". */
    private static final String[] HOW_WELL = {"well", "properly", "normally", "correctly", "anymore"};

    /** Whether "working" at {@code token} is negated and qualified: "are not working well" (not "not working on it"). */
    private static boolean organNotWorking(Document document, int token) {
        boolean negated = document.tokenIs(token - 1, "not") || document.tokenIs(token - 1, "t") && document.isApostrophe(token - 2);
        return negated && document.tokenIsAny(token + 1, HOW_WELL);
    }

    /** The writer's possessives before a colleague's trade: "notre technicienne Sandrine Colas", "our technician Dave". */
    private static final String[] OURS = {"notre", "our", "mon", "ma", "my"};

    /**
     * Whether the word at {@code token} is the trade of the writer's colleague, said before their
     * name: "Notre technicienne Sandrine Colas s'est coupé la main": it says who, not what the
     * sentence tells of them.
     */
    private static boolean tradeOfOurs(Document document, int token) {
        return document.tokenIsAny(token - 1, OURS) && document.startsUpper(token + 1) && document.isWord(token + 1)
                && !document.newlineBefore(token + 1);
    }

    /** What "écrit" qualifies as an adjective, or the preposition of "par écrit". */
    private static final String[] WRITTEN = {"langage", "langue", "expression", "production", "compréhension", "français",
        "examen", "épreuve", "test", "par", "l"};

    /**
     * Whether "lecture" is French reading, a child's skill, not an English talk: after a French
     * article or before "à" ("la lecture", "lecture à -2 écarts-types", "en lecture").
     */
    private static boolean frenchReading(Document document, int token) {
        int before = document.isApostrophe(token - 1) ? token - 2 : token - 1;
        return document.tokenIsAny(before, "la", "en", "de", "sa", "une", "l", "et") || document.tokenIsAny(token + 1, "à", "et");
    }

    /** Whether the "work" at {@code work} ends the compound "return-to-work". */
    private static boolean returnToWork(Document document, int work) {
        return document.isSymbol(work - 1, '-') && document.tokenIs(work - 2, "to") && document.isSymbol(work - 3, '-')
                && document.tokenIs(work - 4, "return");
    }

    /** Places of care that are also places of work: "the stroke unit", "le service de cardiologie". */
    private static final String[] CARE_PLACES = {"unit", "ward", "clinic", "unité", "service", "centre", "center"};
    /** Being taken to a place of care: "has been moved to the coronary care unit", "transféré dans le service". */
    private static final String[] TAKEN_TO = {"moved", "transferred", "admitted", "taken", "brought", "transféré",
        "transférée", "admis", "admise", "hospitalisé", "hospitalisée", "conduit", "conduite", "emmené", "emmenée",
        // treated there, as a dialysis patient is: "dialysée 3 fois par semaine au centre de Saint-Priest"
        "dialysé", "dialysée", "hémodialysé", "hémodialysée", "dialysed", "dialysis",
        // gone there as a patient: "attended the Early Pregnancy Unit following a miscarriage"
        "attended", "attends"};
    /** How many words before the place the verb that takes a patient there may stand ("dialysée 3 fois par semaine au centre"). */
    private static final int TAKEN_TO_REACH = 10;

    /**
     * Whether the work noun at {@code token} is a place of care a person was taken to: "Mr Tadeusz
     * Wiśniewski has been moved to the coronary care unit after his heart attack" is not a text of
     * his work; "he leads the stroke unit" still is.
     */
    private static boolean careGoneTo(Document document, int token) {
        if (!document.tokenIsAny(token, CARE_PLACES)) {
            return false;
        }
        int words = 0; // counted without signs: "dialysée 3 fois par semaine (lundi, mercredi, vendredi) au centre"
        for (int t = token - 1; t >= 0 && words < TAKEN_TO_REACH && !endsSentence(document, t); t--) {
            if (document.tokenIsAny(t, TAKEN_TO)) {
                return true;
            }
            words += document.isSymbol(t) ? 0 : 1;
        }
        return false;
    }

    /** The first token of the sentence of {@code token}: on its line, at most {@link #LIST_LINE_REACH} tokens before. */
    private static int sentenceFrom(Document document, int token) {
        int from = token;
        while (from > 0 && from > token - LIST_LINE_REACH && !document.newlineBefore(from) && !endsSentence(document, from - 1)) {
            from--;
        }
        return from;
    }

    /** The last token of the sentence of {@code token}: on its line, at most {@link #LIST_LINE_REACH} tokens after. */
    private static int sentenceTo(Document document, int token) {
        int to = token;
        while (to + 1 < document.tokenCount() && to < token + LIST_LINE_REACH && !document.newlineBefore(to + 1)
                && !endsSentence(document, to + 1)) {
            to++;
        }
        return to;
    }

    /** A certificate's "certifie avoir examiné ce jour Mme …": the person examined. */
    private static final String[] EXAMINED = {"examiné", "examinée", "examined"};
    /** How many tokens after "examiné" the name of the person examined may start ("examiné ce jour Mme Haddad"). */
    private static final int EXAMINED_REACH = 4;

    /**
     * Whether a name starts within {@link #EXAMINED_REACH} tokens after "examiné", on its line,
     * whatever stands between ("certifie avoir examiné ce jour Mme Yasmina Haddad"): the person
     * examined. Not the practitioner who examined ("examined by Dr Smith"). Or whether a referral
     * letter asks to see the person ({@link #referred}).
     */
    private static boolean examinedName(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            if (practitionerBefore(document, first)) {
                continue;
            }
            // a title's dot is not a word between ("examiné ce jour M. Karim Benali")
            int reach = document.isSymbol(first - 1, '.') ? EXAMINED_REACH + 1 : EXAMINED_REACH;
            if (document.wordOnLineBefore(first, reach, EXAMINED) || referred(document, finding, first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an attestation says its writer follows a person named, their title between:
     * "atteste suivre Lucas Vidal depuis mars pour un trouble anxieux", "certifie suivre Mme …"
     * (any name: the attestation makes it a particular patient's).
     */
    private static boolean attestedCare(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            for (int t = first - 1; t >= 0 && t >= first - 3 && !document.newlineBefore(t + 1); t--) {
                if (document.tokenIs(t, "suivre")) {
                    if (document.tokenIsAny(t - 1, "atteste", "certifie")) {
                        return true;
                    }
                    break;
                }
            }
            if (certifiedAbout(document, first)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a certificate's statement about a person: "This is to confirm that…", "je certifie que…". */
    private static final String[] CERTIFY = {"confirm", "confirms", "certify", "certifies", "certifie", "atteste", "confirme"};

    /**
     * Whether a certificate states something of the person named right after its "that" or "que",
     * a civil title between: "This is to confirm that Amira Haddad attended the Early Pregnancy Unit
     * …", "I certify that Mr Khan", "je certifie que Mme …". Not a practitioner, nor work: "I confirm
     * that Dr Lee will chair", "This is to confirm that Amira Haddad attended the training on
     * diabetes care".
     */
    private static boolean certifiedAbout(Document document, int first) {
        int that = first - 1;
        if (document.isSymbol(that, '.') && document.tokenIsAny(that - 1, PersonNameRecognizer.CIVIL_TITLES)) {
            that -= 2;
        } else if (document.tokenIsAny(that, PersonNameRecognizer.CIVIL_TITLES)) {
            that--;
        }
        int verb = document.isApostrophe(that) && document.tokenIs(that - 1, "qu") ? that - 2
                : document.tokenIsAny(that, "that", "que") ? that - 1 : -1;
        if (document.tokenIsAny(verb, "hereby", "also")) {
            verb--;
        }
        return verb >= 0 && document.tokenIsAny(verb, CERTIFY) && !document.newlineBefore(first)
                && !practitionerBefore(document, first) && !workInSentence(document, first);
    }

    /**
     * Whether a referral asks to see the person named: "for seeing" before the name (its title and
     * other words between), and after it the person's age or a clause about them ("Emily Clarke,
     * 34,", "Liam Brennan, aged 9,", "Mrs Clarke, who has"). "Thanks for seeing Anne Martin
     * yesterday" is a meeting.
     */
    private static final String[] SEEING = {"seeing"};
    /** A referral's request, after "please", "kindly" or "could": "Please see Reginald Okoye, 68, urgently". */
    private static final String[] SEE = {"see", "review", "assess"};
    private static final String[] PLEASE = {"please", "kindly", "could"}; // "… if you could assess Mrs Margaret Quinn, 74,"
    /** A French referral's verb: "je vous adresse M. …", "je vous confie Mme …". */
    private static final String[] SENDING = {"adresse", "confie", "envoie"};

    private static boolean referred(Document document, Finding name, int first) {
        int sending = introducer(document, first, SENDING, true);
        if (sending >= 0 && document.tokenIs(sending - 1, "vous") && !practitionerBefore(document, first)) {
            // "je vous adresse M. Éric Chevalier pour avis sur…", "… 54 ans, qui…"
            int after = document.tokenAt(name.end());
            if (document.isSymbol(after, ',')) {
                after++;
            }
            if (document.tokenIs(after, "pour") || document.tokenIs(after, "qui") || anAge(document, after)) {
                return true;
            }
        }
        int seeing = introducer(document, first, SEEING, true);
        int see = introducer(document, first, SEE, true);
        if ((seeing < 0 || !document.tokenIs(seeing - 1, "for")) && (see < 0 || !document.tokenIsAny(see - 1, PLEASE))) {
            return false;
        }
        int after = document.tokenAt(name.end());
        if (document.isSymbol(after, ',')) {
            after++;
        }
        return document.tokenIs(after, "who") || anAge(document, after);
    }

    /** Whether an age starts at {@code token}, bare or after its word: "54", "aged 9", "âgée de 3 ans". */
    private static boolean anAge(Document document, int token) {
        if (document.tokenIsAny(token, AGE_WORDS)) {
            token += document.tokenIs(token + 1, "de") ? 2 : 1;
        }
        return document.isNumber(token) && document.tokenLength(token) <= 3;
    }

    /** Words that say a person has an illness, said of them whatever comes before: "souffre de", "suffers from", "atteinte d'". */
    private static final String[] ILL = {"souffre", "souffrait", "atteint", "atteinte", "suffers", "suffered", "suffering",
        "accouché", "accouchée", "died", "dies", "décédé", "décédée", "décède",
        // getting better from it: "Bernard Okoye is recovering at home after heart bypass surgery"
        "recovering", "recovers", "recovered", "convalescing"};
    /** Of {@link #CARED_FOR}, the words that say care by themselves, no illness named: "il est hospitalisé en cardiologie". */
    private static final String[] HOSPITALISED = {"hospitalisé", "hospitalisée", "hospitalised", "hospitalized",
        "accouché", "accouchée"}; // and a birth given: "Léa a accouché hier soir d'un petit Arthur"
    /**
     * Words that say what was done to a patient, only in the passive ("a été opérée", "est
     * hospitalisé", "was diagnosed"): in the active, the practitioner did it ("Jean Dupont a opéré
     * 200 patients").
     */
    private static final String[] CARED_FOR = {"opéré", "opérée", "hospitalisé", "hospitalisée", "diagnostiqué",
        "diagnostiquée", "soigné", "soignée", "traité", "traitée", "diagnosed", "hospitalised", "hospitalized", "treated",
        "operated", "admitted", "started", "pris", "prise",
        // a wound closed: "elle a été suturée aux urgences", "he was sutured in A&E"
        "suturé", "suturée", "sutured", "plâtré", "plâtrée"};
    /**
     * Of {@link #CARED_FOR}, the words that say care only as "pris en charge" ("a été prise en
     * charge aux urgences pour…"); "a été pris en photo", "est prise au sérieux" say none.
     */
    private static final String[] TAKEN = {"pris", "prise"};
    /**
     * A patient's visit, in the active: "Mr Khan attended clinic with worsening asthma", "presented
     * with chest pain". "Attended" counts before a place of care only, bare ("attended hospital",
     * "attended A&E") or, for the places a patient goes to, after "the" ("attended the clinic"; not
     * "attended the hospital board", nor "attended the congress"), and before "with" as "presented"
     * does ("attends with dysuria"). "Presented" counts before "with"
     * only, not in the passive ("was presented with an award") nor with company ("presented with
     * her team").
     */
    private static final String[] ATTENDED = {"attended", "attends", "attending"};
    private static final String[] PLACES_OF_CARE = {"clinic", "hospital", "outpatients", "casualty", "surgery", "emergency"};
    private static final String[] PLACES_A_PATIENT_GOES_TO = {"clinic", "outpatients", "surgery", "emergency"};
    private static final String[] PRESENTED = {"presented", "presents", "presenting"};
    /**
     * The same visit in French: "s'est présenté aux urgences avec", "a consulté aux urgences", "est
     * retourné aux urgences", "est venue en consultation pour" (a consultation for something: not "en consultation publique",
     * "en consultation d'expertise").
     */
    private static final String[] CAME = {"venu", "venue", "présenté", "présentée", "consulté", "consultée",
        "retourné", "retournée", "allé", "allée",
        // being there, to the emergency department only: "maman est aux urgences", "on est aux urgences de Cholet"
        "est", "sont", "suis", "sommes"};
    /**
     * Of {@link #CAME}, the verb of being, which says a visit to the emergency department only (not
     * "est en consultation pour"), said of a person ({@link #personBefore}).
     */
    private static final String[] BEING = {"est", "sont", "suis", "sommes"};
    /** The subject pronouns of persons: "elle est aux urgences", "on est aux urgences". */
    private static final String[] PERSONS = {"il", "elle", "on", "je", "j", "nous", "ils", "elles"};

    /**
     * Whether a person is the subject right before the verb at {@code verb}: a pronoun, a relative
     * ("maman est aux urgences") or a capitalised name ("Marie est aux urgences"); not a thing ("le
     * bureau est aux urgences").
     */
    private static boolean personBefore(Document document, int verb) {
        int subject = verb - 1;
        return document.tokenIsAny(subject, PERSONS) || document.tokenIsAny(subject, FAMILY)
                || document.isWord(subject) && document.startsUpper(subject);
    }
    private static final String[] TO = {"en", "aux", "au", "à"};
    /** The verbs of being somewhere before a unit of care ({@link #unitOfCare}). */
    private static final String[] STAYING = {"is", "was", "est", "était"};
    /** Units of care one is in as a patient, by their abbreviations: "he is in ICU", "she was in resus". */
    private static final String[] INTENSIVE_UNITS = {"icu", "itu", "hdu", "resus", "ccu"};
    /** The words of a unit of care after its specialty: "the cardiac unit", "the stroke ward". */
    private static final String[] UNITS = {"unit", "ward"};
    /** A birth's units, whose words are no clinical words alone ("maternity leave"): "on the labour ward". */
    private static final String[] BIRTH_UNITS = {"labour", "labor", "maternity", "delivery", "postnatal", "antenatal"};
    /** French units of care one is in as a patient: "elle est en réanimation", "il était en réa". */
    private static final String[] FRENCH_UNITS = {"réanimation", "réa", "maternité", "usi", "usic", "usc"};
    /** The kinds of "soins" a patient is in: "en soins intensifs", "en soins palliatifs". */
    private static final String[] KINDS_OF_CARE = {"intensifs", "palliatifs", "continus"};

    /**
     * Whether a stay in a unit of care starts at {@code token}, after "is", "was", "est" or
     * "était": "in ICU", "in intensive care", "in the cardiac unit", "on the stroke ward" (a
     * clinical word before the unit's word), "on the labour ward"; "en réanimation", "en soins
     * palliatifs", "à la maternité". Being there as a patient: a practitioner's name is not read
     * ({@link #nameBefore}).
     */
    private static boolean unitOfCare(Document document, int token) {
        if (document.tokenIs(token, "en")) {
            // "est en réanimation", "est en soins palliatifs"
            return document.tokenIsAny(token + 1, FRENCH_UNITS)
                    || document.tokenIs(token + 1, "soins") && document.tokenIsAny(token + 2, KINDS_OF_CARE);
        }
        if (document.tokenIs(token, "à")) {
            return document.tokenIs(token + 1, "la") && document.tokenIs(token + 2, "maternité"); // "est à la maternité"
        }
        if (!document.tokenIsAny(token, "in", "on")) {
            return false;
        }
        boolean the = document.tokenIs(token + 1, "the");
        int place = the ? token + 2 : token + 1;
        if (document.tokenIsAny(place, INTENSIVE_UNITS) || document.tokenIs(place, "intensive") && document.tokenIs(place + 1, "care")) {
            return true;
        }
        if (!the) {
            return false;
        }
        int unit = place;
        while (unit < place + 3
                && (DocumentSignals.clinicalWord(document, unit) || document.tokenIsAny(unit, BIRTH_UNITS))) {
            unit++;
        }
        return unit > place && document.tokenIsAny(unit, UNITS);
    }
    private static final String[] EMERGENCIES = {"urgences", "urgence"};
    private static final String[] FOR = {"pour", "avec"};
    private static final String[] COMPANY = {"her", "his", "their", "our", "my", "colleagues", "co", "coauthors", "team"};
    /**
     * French "présente" before a symptom, after its time at most: "présente une toux", "présente
     * depuis trois semaines une fièvre"; not "présente une conférence sur le diabète", where the
     * thing presented is no clinical word.
     */
    private static final String[] PRESENTS = {"présente", "présentait", "présenté", "présentée"};
    private static final String[] INDEFINITE = {"un", "une", "des", "de", "d"};
    /** How many words the time of a symptom may take after "depuis": "depuis trois semaines", "depuis le 3 mars". */
    private static final int SINCE_REACH = 4;
    /**
     * An event of one's health, had: "had a seizure", "has a fracture", French "a fait un AVC", "avait
     * eu une pneumopathie", or found on oneself ("found a lump"). The clinical word comes right
     * after the article, or after words that qualify it ({@link #qualifier}: "has a breast lump"),
     * and is not one that names a meeting or an act as much as an illness ("had a consultation
     * with the board").
     */
    private static final String[] HAD = {"had", "has",
        // what one finds on oneself: "found a lump in her breast", "noticed a mole changing"
        "found", "noticed", "discovered", "felt"};
    private static final String[] HAD_FRENCH = {"fait", "faisait", "eu", "remarqué", "découvert", "senti", "trouvé"};
    private static final String[] A = {"a", "an"};
    /** The articles of what one had, in French: "a fait un AVC", "faisait des attaques de panique". */
    private static final String[] FRENCH_ARTICLES_OF_A_BOUT = {"un", "une", "des"};
    private static final String[] HAD_ANY = java.util.stream.Stream.of(HAD, HAD_FRENCH).flatMap(java.util.Arrays::stream)
            .toArray(String[]::new);
    /**
     * French "avoir" in the present or the imperfect before an illness and its article: "a une
     * sclérose en plaques", "a la maladie d'Alzheimer", "avait un cancer"; not "a la charge du
     * projet", whose noun is no clinical word, nor "a le diabète comme thème de recherche" (one
     * has "du diabète").
     */
    private static final String[] HAS_FRENCH = {"a", "avait"};
    private static final String[] HAS_ARTICLES = {"un", "une", "la", "l", "des"};
    /**
     * Nouns of a bout of illness that a clinical word after them qualifies: "une crise convulsive",
     * "une crise d'asthme", "an episode of psychosis". By themselves they are everyday words
     * ("la crise du logement").
     */
    private static final String[] BOUTS = {"crise", "crises", "attaque", "poussée", "épisode", "episode", "tentative"};
    /** How many tokens after a bout its clinical word may stand ("une crise d'épilepsie", "an episode of severe psychosis"). */
    private static final int BOUT_REACH = 3;
    /**
     * A third person's possessives before a clinical word: "his chemotherapy is postponed", "a
     * arrêté son insuline". After a name in its sentence, the illness is that person's; "his
     * diabetes research" and "ses travaux sur le cancer" are work (see {@link #anEvent}).
     */
    private static final String[] THEIR = {"his", "her", "son", "sa", "ses"};
    /**
     * Verbs of undergoing care, before what is undergone and its article: "suit une chimiothérapie",
     * "is undergoing dialysis", "received a kidney transplant"; not "suit un cours", "received a
     * cancer grant".
     */
    private static final String[] UNDERGOES = {"suit", "suivait", "undergoing", "undergoes", "underwent", "receiving",
        "receives", "received", "reçoit", "recevait",
        // care begun: "elle commence une chimiothérapie", "he started dialysis"; not "commence une thèse sur…"
        "commence", "commencé", "débute", "débuté", "starts", "started", "starting", "begins", "began", "begun"};
    /** Treatment itself, which names no illness but is care undergone: "suit un traitement pour…". */
    private static final String[] TREATMENTS = {"traitement", "treatment"};
    /** A person's appointments, before the care they are for: "son rendez-vous d'hémodialyse", "her appointment for chemotherapy". */
    private static final String[] APPOINTMENTS = {"rendez", "séance", "séances", "appointment", "appointments"};
    /** How many tokens after an appointment's word its care may be named ("rendez-vous d'hémodialyse"). */
    private static final int APPOINTMENT_REACH = 5;
    /** Verbs a person's illness may be the subject of: "his chemotherapy is postponed", "her asthma got worse". */
    private static final String[] STATE_VERBS = {"is", "was", "has", "had", "will", "would", "got", "gets", "became",
        "worsened", "improved", "returned", "started", "progressed", "flared", "confirmed", "showed", "shows", "revealed",
        // an organ taken out: "he had his gallbladder out on Monday", "her thyroid removed"
        "out", "removed"};
    /** What may follow a condition's word: "diabétique de type 2", "diabetic since 2010", "enceinte de 7 mois". */
    private static final String[] CONDITION_FOLLOWERS = {"de", "du", "d", "depuis", "since", "type", "et", "and", "sous",
        "on", "non", "mal", "bien", "connu", "connue", "known", "traité", "traitée", "treated", "équilibré", "équilibrée",
        "controlled", "with", "avec", "who", "qui", "but", "mais", "for", "pour"};
    /**
     * Words that name a person by their condition, after a comma or a verb "to be": "Jean-Paul
     * Maréchal, diabétique de type 2", "Mrs Brown is diabetic", "Mme Roux est enceinte".
     */
    private static final String[] CONDITIONS = {"diabétique", "épileptique", "asthmatique", "hypertendu", "hypertendue",
        "séropositif", "séropositive", "enceinte", "autiste", "diabetic", "epileptic", "asthmatic", "hypertensive",
        "seropositive", "pregnant", "autistic"};
    private static final String[] NOT_AN_EVENT = {"consultation", "examen", "bilan", "suivi", "intervention", "dose",
        "admission", "sortie", "prescription", "ordonnance", "radio", "patient", "patiente", "patients", "malade",
        "médecin", "soins", "diagnostic", "traitement", "biologie", "biology"};
    /**
     * Nouns a clinical word qualifies in a research or work text ("has a cancer grant", "had a
     * diabetes paper accepted"): after one, the clinical word is no event of the person's.
     */
    private static final String[] WORK_NOUNS = {"grant", "project", "projet", "study", "paper", "article", "app", "trial",
        "cohort", "programme", "program", "unit", "unité", "team", "équipe", "research", "recherche", "vaccine",
        "conference", "congrès", "meeting", "réunion", "talk", "lecture", "session", "award", "prize", "prix", "review",
        "book", "model", "modèle", "database", "registry", "registre", "network", "réseau", "initiative", "centre",
        "center", "clinic", "ward", "service", "seminar", "séminaire", "course", "cours", "audit", "audits", "module", "workshop", "results",
        "résultats", "outcomes", "data", "données", "findings", "work", "travaux", "thesis", "thèse", "job", "position",
        "poste", "career", "carrière", "expertise", "department", "practice", "guidelines", "recommandations",
        "specialist", "spécialiste", "nurse", "nurses", "researcher", "researchers", "chercheur", "chercheuse"};
    /**
     * Work nouns of the people a sentence's news is for, or of what the person will miss: "Annonce à
     * l'équipe : …, elle débute une radiothérapie", "tell the team that … He started chemotherapy".
     * A clinical word before one is still work ("the lymphoma team"), but they do not make a
     * sentence one of work.
     */
    private static final String[] AUDIENCES = {"team", "équipe", "meeting", "réunion"};
    private static final String[] PASSIVE = {"été", "est", "était", "sera", "was", "is", "been", "be", "being"};
    /** The words of an absence, among {@link #SICK_LEAVE}. */
    private static final String[] ABSENT = {"absent", "absente", "absents", "absentes"};
    /**
     * Sick leave: "en arrêt maladie", "en arrêt de travail", "en congé maladie", "sick leave", "off
     * sick", "off work", "in hospital", "signed off", an absence; and "en arrêt" alone ({@link
     * #sickLeave}). Each is read with its reason after it ({@link #illnessOfLeave}).
     */
    private static final String[][] SICK_LEAVE = {{"arrêt", "maladie"}, {"arrêt", "de", "travail"}, {"congé", "maladie"},
        {"sick", "leave"}, {"off", "sick"}, {"off", "work"}, {"in", "hospital"},
        // a doctor's fit note: "she's been signed off with burnout", "signed off sick"
        {"signed", "off"},
        // "I've been off since October with long COVID"
        {"been", "off"},
        // an absence whose reason follows: "je serai absente du 7 au 18 décembre pour une hystérectomie"
        {ABSENT[0]}, {ABSENT[1]}, {ABSENT[2]}, {ABSENT[3]}};
    /** Subject pronouns, which stand for a name said before: "…, elle est à la maternité". */
    private static final String[] SUBJECTS = {"il", "elle", "he", "she"};
    /** How many words after a name its illness may be said, in the same sentence. */
    private static final int ILLNESS_REACH = 8;
    /** Words of a person away from work, after a form of "be" ({@link #PASSIVE}): "is off", "is away", "est absente". */
    private static final String[] AWAY = {"off", "away", "absent", "absente"};

    /**
     * Whether the sentence that starts with a name says the person is ill or cared for, and names
     * what: "Mon collègue Thomas Nguyen est en arrêt maladie pour une dépression", "Marie Dupont,
     * atteinte d'une sclérose en plaques", "Mr Brown was admitted with pneumonia". A clinical word
     * must follow in the sentence; a practitioner's name, "Jean Dupont a opéré 200 patients" and
     * "Paul Martin étudie les patients atteints de diabète" do not count.
     */
    private static boolean illnessAfterName(Document document, List<Finding> findings) {
        IllnessWords illness = IllnessWords.ALL;
        // Read from the words that say it, back to the names before them: they are far fewer than a
        // long text's names. For each name, the first such word after it in its sentence counts.
        Names names = null;
        for (int said : document.positions(LISTED_WORDS.bit())) {
            if (!saysAnIllness(document, said, illness)) {
                continue;
            }
            if (names == null) {
                names = new Names(document, findings);
            }
            if (nameBefore(document, said, names, illness) || practitionerIll(document, said, names, illness)
                    || leaveOfAName(document, said, names)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the listed word at {@code said} says someone is ill or cared for, and a clinical word
     * after it names what ("souffre d'une sclérose", "was admitted with pneumonia"), or it says a
     * stay in hospital, which is care by itself. "est", "was" are read only beside such a word.
     */
    private static boolean saysAnIllness(Document document, int said, IllnessWords illness) {
        if ((listsOf(document, said) & SAYING_LISTS) == 0) {
            return false;
        }
        int named = illness.namedAfter(document, said);
        // going to the emergency department is care of its own: "papa est retourné aux urgences cette nuit"
        // a unit of care is care of its own: "elle est à la maternité", "she's on the labour ward"
        return named >= 0 && (clinicalWordAfter(document, named) || document.tokenIsAny(said, HOSPITALISED)
                || document.tokenIsAny(named, EMERGENCIES) || illness.staying().has(document, said));
    }

    /**
     * Whether a name's genitive is followed by a clinical word: "Ian Macpherson's MRI showed a
     * glioblastoma", "Mrs Patel's blood results". Not a practitioner's, nor work ("John Smith's
     * cancer research", "Paul Martin's surgery department"), unless a civil title says the person
     * is no practitioner ("Mrs Patel's blood results").
     */
    private static boolean genitiveIllness(Document document, List<Finding> findings) {
        if (document.wordId("s") < 0) {
            return false; // no genitive in the text
        }
        for (Finding finding : findings) {
            int apostrophe = document.tokenAt(finding.end());
            if (!isName(finding) || !document.isApostrophe(apostrophe) || !document.tokenIs(apostrophe + 1, "s")) {
                continue;
            }
            int word = apostrophe + 2;
            int first = document.tokenAt(finding.start());
            if (!clinicalNotRole(document, word) || (listsOf(document, word) & NOT_AN_EVENT_LIST) != 0
                    || practitionerBefore(document, first)) {
                continue;
            }
            if ((listsOf(document, word + 1) & WORK_NOUNS_LIST) == 0
                    || introducedBy(document, first, PersonNameRecognizer.CIVIL_TITLES, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of work, teaching, writing and fiction, and patients in the plural: in a sentence that holds one, a name beside a
     * clinical word is a researcher's, an author's or a character's ("Rosa Alvarez coordonne l'essai
     * sur le cancer du sein", "Nadia Karimi wrote the migraine chapter"), not a patient's.
     */
    private static final String[] WORK_WORDS = {"publié", "publiée", "published", "publishes", "publie", "coordonne",
        "coordinates", "coordinated", "coordinate", "coordinatrice", "coordinateur", "dirige", "dirigé", "directs",
        "directed", "leads", "led", "lead", "heads", "head", "chaired", "chairs", "chair", "préside", "présidé", "wrote",
        "writes", "written", "écrit", "remporté", "joined", "rejoint", "rejoindra", "anime", "animera", "enseigne",
        "teaches", "taught", "étudie", "studies", "studied", "studying", "recherches", "works", "worked", "working", "travaille", "travaillé", "organise", "organises", "organising",
        "organizing", "organisé", "soutiendra", "soutenu", "invite", "invited", "invites", "inviting", "recrute",
        "recruits", "recruiting", "hiring", "speaker", "author", "auteur", "autrice", "chapter", "chapitre", "textbook",
        "discovered", "découvert", "découvre", "developed", "développé", "invented", "inventé", "described", "décrit",
        "appointed", "nommé", "nommée", "retired", "expert", "experte", "professor", "professeur", "doctorant",
        "doctorante", "phd", "postdoc", "student", "étudiant", "étudiante", "fictional", "fictif", "fictive", "novel",
        "roman", "film", "movie", "character", "personnage", "quiz", "series", "série", "sitcom", "feuilleton",
        "radiologue", "radiologist", "chirurgien", "surgeon",
        "physician", "infirmière", "infirmier", "pharmacien", "pharmacienne", "pharmacist", "director", "directeur",
        "directrice", "manager", "responsable", "intervenant", "intervenante", "intervenants", "intervenantes", "orateur",
        "oratrice", "orateurs", "oratrices", "speakers",
        // a prize won ("won" is also "won't"): "Tom Baker, 12 years old, won the school prize for his poster on asthma"
        "prize", "award", "awarded", "gagné", "gagnant", "gagnante", "concours", "competition", "poster",
        // practitioners named by their trade: "Gérard Vautrin est notre nouveau kinésithérapeute. Il prend en charge les fractures"
        "kinésithérapeute", "kinésithérapeutes", "physiotherapist", "ergothérapeute", "orthophoniste", "dentiste", "dentist",
        // a service's staff: "Léa Martin, 30, est notre nouvelle secrétaire ; elle gère les rendez-vous de diabétologie"
        "secrétaire", "secretary", "réceptionniste", "receptionist", "technicien", "technicienne", "technician",
        // a career's: "Tom présentera au séminaire, il a une longue expérience du diabète de type 1"
        "expérience", "experience",
        // care given, a field chosen, a life devoted: "elle soigne l'insuffisance cardiaque", "she specialises in
        // asthma", "il a consacré sa vie à …" (the active verb: "elle est soignée" is care received)
        "soigne", "soignent", "treats", "treating", "specialises", "specializes", "specialised", "specialized",
        "spécialisé", "spécialisée", "consacré", "consacrée", "devoted",
        "diététicien", "diététicienne", "dietitian", "ostéopathe", "osteopath", "podologue", "podiatrist",
        "étude", "étudié", "étudiée", "essai", "cohorte", "protocole", "protocol", "rapport", "report", "présentation",
        "presentation", "exposé", "poster", "slides", "conseil", "board", "council", "committee", "comité",
        // patients in the plural: the person named cares for or studies them ("consulte les patients diabétiques")
        "patients", "patientes", "malades"};
    /** Words before a clinical word that make it a topic, not someone's illness: "le rapport sur le cancer", "a talk about asthma". */
    private static final String[] TOPIC = {"sur", "about", "concernant", "regarding"};
    private static final String[] TOPIC_ARTICLES = {"le", "la", "les", "l", "the", "un", "une", "des"};

    /**
     * Whether one sentence of a text free of events holds a person's name and a clinical word that
     * names what someone has, and no word of work ({@link #WORK_WORDS}, {@link #WORK_NOUNS}): "Mme
     * Agnès Rivière, 66 ans, est suivie pour une polyarthrite rhumatoïde", "Notes: Jacques Perrot –
     * AVC ischémique", "Grandpa Joe (Joseph Miller) is on warfarin". The sentence's other words
     * need not say how the two are linked: in a sentence about no work, they are the person's. A
     * practitioner's name does not count, nor a topic ("le rapport sur le cancer"). Read from the clinical words,
     * which are fewer than a long text's names, and one sentence at a time.
     */
    private static boolean nameAndIllnessInASentence(Document document, List<Finding> findings, DocumentSignals signals) {
        boolean named = false;
        for (int i = 0; i < findings.size() && !named; i++) {
            named = isName(findings.get(i));
        }
        if (signals.healthTerms() == 0 || !named) {
            return false;
        }
        // a text of seminars and meetings names people beside the diseases they work on: there,
        // only an illness said of a person through a pronoun and a verb of state is theirs ("Léa
        // ne viendra pas au séminaire, elle est hospitalisée pour une pyélonéphrite")
        boolean events = signals.eventTerms() > 0;
        Names names = null;
        int examined = -1; // the last token of the last sentence looked at
        int[] clinical = DocumentSignals.clinicalPositions(document);
        for (int c = 0; c < clinical.length; c++) {
            int t = clinical[c];
            if (t <= examined || !(anEvent(document, t) && !topic(document, t) || careSeen(document, t))) {
                continue; // "sur le cancer": a topic
            }
            int from = afterAnInstruction(document, sentenceFrom(document, t), t);
            int to = sentenceTo(document, t);
            examined = to;
            if (names == null) {
                names = new Names(document, findings);
            }
            boolean person = false;
            int working = -1; // the first word of work in the sentence
            int pronoun = -1;
            for (int k = from; k <= to && (working < 0 || pronoun < 0); k++) {
                int lists = listsOf(document, k);
                if (working < 0 && work(document, k, lists)) {
                    working = k;
                }
                person |= working < 0 && names.startsAt(k) && particular(document, k);
                if (pronoun < 0 && (lists & THIRD_PERSON_LIST) != 0) {
                    pronoun = k;
                }
            }
            // a reflexive verb of care: "il se remet d'une fracture", "elle se fait opérer"
            boolean caredFor = pronoun >= 0 && pronoun < t && document.tokenIs(pronoun + 1, "se")
                    && document.tokenIsAny(pronoun + 2, CARES_FOR_ONESELF);
            // "is" or "has" contracted too: "he's having his gallbladder out"
            int verb = pronoun >= 0 && document.isApostrophe(pronoun + 1) ? pronoun + 2 : pronoun + 1;
            boolean toldOfThem = pronoun >= 0 && pronoun < t && document.tokenIsAny(verb, IS_OR_HAS) || caredFor;
            if (!toldOfThem && working >= 0) {
                // an illness of theirs later in the sentence, after its work: "Mrs Pemberton rang the research
                // office: she wants to withdraw from the COPD study because her breathing has got much worse"
                int owned = ownedIllness(document, clinical, c, to);
                if (owned > working) {
                    pronoun = owned;
                    toldOfThem = true;
                }
            }
            if (working >= 0 && working < pronoun && toldOfThem) {
                // the work is the clause before: "Léa ne viendra pas au séminaire, elle est hospitalisée…"
                working = -1;
                for (int k = pronoun; k <= to && working < 0; k++) {
                    working = work(document, k, listsOf(document, k)) ? k : -1;
                }
            }
            if (pronoun >= 0 && !person && working < 0 && !eventAfter(document, pronoun, to)) {
                pronoun = -1; // no illness said after it
            }
            if (events && !toldOfThem) {
                continue;
            }
            if (working < 0 && (person || namedBefore(document, names, from, pronoun, caredFor)
                    // under a heading that names no one's illness, an illness with its definite article is a
                    // topic ("Invitée du mois : Claire Petit. Le diabète de l'adolescent"), not the person's
                    && (pronoun >= 0 || !generic(document, t)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An instruction to the assistant that opens a prompt, before a colon and what it is to work on:
     * "Write the opening of a case report: Aaron Feld, …", "Rédige le compte rendu : …".
     */
    private static final String[] INSTRUCTIONS = {"write", "draft", "summarise", "summarize", "translate", "rewrite",
        "improve", "correct", "prepare", "rédige", "rédiger", "résume", "résumer", "traduis", "traduire", "reformule",
        "reformuler", "améliore", "corrige", "prépare", "écris"};

    /**
     * Where a sentence's words of work start to count: after the colon of an instruction that
     * opens it ("Write the opening of a case report: Aaron Feld, a 29-year-old marathon runner,
     * collapsed…": the report is the prompt's task, the rest the patient's story), else at its
     * first token.
     */
    private static int afterAnInstruction(Document document, int from, int clinical) {
        int verb = document.tokenIs(from, "please") ? from + 1 : from; // "Please rewrite this for the practice manager: …"
        if (!document.tokenIsAny(verb, INSTRUCTIONS)) {
            return from;
        }
        for (int t = from + 1; t < clinical; t++) {
            if (document.isSymbol(t, ':')) {
                return t + 1;
            }
        }
        return from;
    }

    /** Definite articles, which name an illness in general: "le diabète de l'adolescent", "the asthma of children". */
    private static final String[] DEFINITE_ARTICLES = {"le", "la", "les", "l", "the"};

    /** Whether the clinical word at {@code token} (the first of its compound) follows a definite article. */
    private static boolean generic(Document document, int token) {
        int start = compoundStart(document, token);
        int before = document.isApostrophe(start - 1) ? start - 2 : start - 1;
        return document.tokenIsAny(before, DEFINITE_ARTICLES);
    }

    /**
     * Third persons, subjects and possessives: the person a sentence's illness is said of, named
     * before it ("Siobhan McAuley will be away. She was taken into hospital after a fall").
     */
    private static final String[] THIRD_PERSON = {"il", "elle", "he", "she", "his", "her", "him", "son", "sa", "ses"};
    /** Words of a patient or a case, who may be someone else than the name before them. */
    private static final String[] OTHER_PATIENTS = {"patient", "patiente", "patients", "patientes", "malade", "malades",
        "cas", "case", "cases", "homme", "femme", "man", "woman"};
    /** Reflexive verbs after "il se", "elle se" that say a person's care: "il se remet d'une fracture". */
    private static final String[] CARES_FOR_ONESELF = {"remet", "rétablit", "soigne", "fait"};
    /** The verbs of state after a subject pronoun that say what a person is or has: "elle est hospitalisée", "she has shingles". */
    private static final String[] IS_OR_HAS = {"est", "a", "était", "avait", "is", "has", "was", "had", "s"};

    /** Whether a clinical word that names what someone has stands after {@code token}, up to {@code to}, not as a topic. */
    private static boolean eventAfter(Document document, int token, int to) {
        for (int t = token + 1; t <= to; t++) {
            if (anEvent(document, t) && !topic(document, t) || careSeen(document, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verbs after an illness of someone's that say how it is: a verb of state ({@link #IS_OR_HAS})
     * or of change ("her asthma is worse", "her breathing has got much worse", "sa respiration s'est
     * dégradée").
     */
    private static final String[] OWNED_STATE = java.util.stream.Stream.concat(java.util.Arrays.stream(IS_OR_HAS),
            java.util.stream.Stream.of("got", "gets", "became", "worsened", "deteriorated", "returned", "came"))
            .toArray(String[]::new);

    /** The care of an illness, after it: "his prostate cancer treatment". */
    private static final String[] OWNED_CARE = {"treatment", "surgery", "chemotherapy", "radiotherapy", "traitement",
        "chirurgie", "chimiothérapie", "radiothérapie"};

    /**
     * The possessive right before a clinical word that names what someone has, among {@code
     * clinical} from its index {@code from} up to the token {@code to} ("because her breathing has
     * got much worse": it is said to be or to become something; "his prostate cancer treatment": its
     * care), or -1.
     */
    private static int ownedIllness(Document document, int[] clinical, int from, int to) {
        for (int c = from; c < clinical.length && clinical[c] <= to; c++) {
            int start = compoundStart(document, clinical[c]);
            int verb = clinical[c] + 1;
            while (verb <= clinical[c] + COMPOUND_REACH && document.tokenIn(verb, DocumentSignals.HEALTH)) {
                verb++;
            }
            boolean care = false;
            for (int t = clinical[c]; t < verb && !care; t++) {
                care = document.tokenIsAny(t, OWNED_CARE);
            }
            // said to be or to become something, or the care of it: not "her breathing exercises", "her asthma
            // work"; "his prostate cancer treatment"
            if (document.tokenIsAny(start - 1, THEIR) && anEvent(document, clinical[c]) && !topic(document, clinical[c])
                    && (document.tokenIsAny(verb, OWNED_STATE) || care)) {
                return start - 1;
            }
        }
        return -1;
    }

    /** Verbs of going to a carer: "he has started seeing a psychiatrist", "elle voit une psychologue". */
    private static final String[] SEES = {"seeing", "sees", "saw", "voit", "voyait", "consulte", "consultait"};
    /** Carers whose patient one is by seeing them: those of the mind. */
    private static final String[] MIND_CARERS = {"psychiatrist", "psychologist", "therapist", "counsellor", "counselor",
        "psychiatre", "psychologue", "psychothérapeute", "psy"};

    /** Care by such a carer in the passive: "suivie par un psychiatre", "followed up by a psychologist". */
    private static final String[] FOLLOWED = {"suivi", "suivie", "suivis", "suivies", "followed"};
    private static final String[] BY = {"par", "by"};

    /**
     * Whether a carer of {@link #MIND_CARERS} is seen at {@code token}: "seeing a psychiatrist", "voit
     * une psychologue", "suivie par un psychiatre".
     */
    private static boolean careSeen(Document document, int token) {
        return seeing(document, token) >= 0;
    }

    /** The verb that says a carer of {@link #MIND_CARERS} at {@code token} is seen ({@link #careSeen}), or -1. */
    private static int seeing(Document document, int token) {
        if (!document.tokenIsAny(token, MIND_CARERS) || document.isApostrophe(token + 1)) {
            return -1; // not "sees a psychiatrist's workload as…"
        }
        int verb = document.tokenIsAny(token - 1, INDEFINITE) || document.tokenIsAny(token - 1, A) ? token - 2 : token - 1;
        if (document.tokenIsAny(verb, SEES)) {
            return verb;
        }
        if (!document.tokenIsAny(verb, BY)) {
            return -1;
        }
        int followed = document.tokenIs(verb - 1, "up") ? verb - 2 : verb - 1; // "followed up by"
        return document.tokenIsAny(followed, FOLLOWED) ? followed : -1;
    }

    /**
     * Whether the sentence of the name starting at {@code first}, up to its last word {@code end},
     * is a note's heading: a name after the kind of note ({@link #afterAKindOfNote}), a titled or a
     * relative's name and nothing after ("Transmissions – Mme Odette Girard."), or a name and its age
     * ("Suivi – Noémie Baudry, 16 ans."); not "Mathis
     * Perrin, 12 ans, a gagné le concours de dessin.", nor a programme's "Intervenante : Claire Dubois."
     */
    private static boolean heading(Document document, int first, int end) {
        if (afterAKindOfNote(document, first)) {
            return true; // "Bilan orthophonique – Inès Boukhris, 7 ans, CE1": whatever the heading says after the name
        }
        int last = first;
        while (last < end && (document.startsUpper(last + 1) || document.isSymbol(last + 1, '-'))) {
            last++;
        }
        if (last >= end) {
            return introducedAsPatient(document, first);
        }
        // "Suivi – Noémie Baudry, 16 ans.", "Olivia Stephens – 7 years."
        int particulars = document.isSymbol(last + 1, '(') || document.isSymbol(last + 1, ',')
                || document.isSymbol(last + 1, '–') || document.isSymbol(last + 1, '-') ? last + 2 : last + 1;
        return ageEnd(document, particulars) >= end;
    }

    /** The first words of a note's heading that says what kind of note it is: "Bilan kinésithérapique initial – Tiago Mendes". */
    private static final String[] KINDS_OF_NOTE = {"bilan", "consultation", "observation", "transmissions", "transmission",
        "suivi", "assessment", "handover", "review"};

    /**
     * Whether the name at {@code first} follows a dash or a colon in a heading: the text's first
     * line after a dash ("PAI – Maël Girardot"), or one that starts with a kind of note ({@link #KINDS_OF_NOTE}):
     * "Bilan kinésithérapique initial – Tiago Mendes-Roque", "Physiotherapy assessment: Jan Kowal";
     * the note that follows is that person's.
     */
    private static boolean afterAKindOfNote(Document document, int first) {
        if (!(document.isSymbol(first - 1, '–') || document.isSymbol(first - 1, '-') || document.isSymbol(first - 1, ':'))) {
            return false;
        }
        int start = first - 1;
        while (start > 0 && !document.newlineBefore(start) && first - start <= TITLE_REACH) {
            start--;
        }
        // the kind of note opens the line, or follows one word that says whose trade wrote it ("Physiotherapy
        // assessment"); or the line is the text's title, whatever it says, with a dash before the name ("PAI –
        // Maël Girardot, classe de CP"; not "Références : Dupont A", "Invitée du mois : Claire Petit")
        return start == 0 && !document.isSymbol(first - 1, ':') || (start == 0 || document.newlineBefore(start))
                && (document.tokenIsAny(start, KINDS_OF_NOTE) || document.tokenIsAny(start + 1, KINDS_OF_NOTE));
    }

    /** The partitive articles before a second topic: "et de l'insuline", "et du diabète". */
    private static final String[] PARTITIVES = {"de", "du", "des", "d"};
    /** Bodies named after an illness they fight: "l'association du diabète", "la Ligue contre le cancer". */
    private static final String[] ORGANISATIONS = {"association", "associations", "ligue", "fondation", "fédération",
        "federation", "foundation", "charity", "society", "société", "alliance", "trust", "campaign", "campagne"};
    /** What may stand between such a body and its illness: "du", "contre le", "for", "of". */
    private static final String[] OF_OR_AGAINST = {"du", "de", "des", "d", "contre", "against", "for", "pour", "of", "le",
        "la", "les", "l", "the"};
    /** How many such words may stand between them ("de la", "contre le", "for the"). */
    private static final int ORGANISATION_REACH = 3;

    /** Whether the words before {@code before} + 1 name a body against an illness: "l'association du diabète". */
    private static boolean organisation(Document document, int before) {
        int t = before;
        for (int k = 0; k < ORGANISATION_REACH && (document.tokenIsAny(t, OF_OR_AGAINST) || document.isApostrophe(t)); k++) {
            t--;
        }
        return t < before && document.tokenIsAny(t, ORGANISATIONS);
    }

    /**
     * Whether the clinical word at {@code token} is a topic: "sur le cancer", "a talk about asthma",
     * and the words joined to one: "une synthèse sur la dépression et l'insomnie".
     */
    private static boolean topic(Document document, int token) {
        int t = token;
        for (int joined = 0; joined <= TOPIC_JOINS; joined++) {
            t = compoundStart(document, t);
            int before = document.isApostrophe(t - 1) ? t - 2 : t - 1; // "l'insomnie"
            before -= document.tokenIsAny(before, TOPIC_ARTICLES) ? 1 : 0;
            if (document.tokenIsAny(before, TOPIC) || organisation(document, before)) {
                return true;
            }
            if (document.tokenIsAny(before, PARTITIVES) && document.tokenIsAny(before - 1, AND)) {
                before--; // "du diabète et de l'insuline": the second of two topics
            }
            if (!(document.tokenIsAny(before, AND) || document.isSymbol(before, ',')) || !clinicalNotRole(document, before - 1)) {
                return false;
            }
            t = before - 1; // "la dépression et l'insomnie": the topic may be the word before
        }
        return false;
    }

    /**
     * The first word of the compound that ends at the clinical word {@code token}: the clinical words
     * and parts of the body that qualify it ("about breast cancer", "about kidney infection").
     */
    private static int compoundStart(Document document, int token) {
        int t = token;
        while (t > 0 && token - t < COMPOUND_REACH
                && (DocumentSignals.clinicalWord(document, t - 1) || document.tokenIsAny(t - 1, BODY_PARTS))) {
            t--;
        }
        return t;
    }

    /** The body's parts an English illness is named by ("breast cancer", "bowel screening"), which are everyday words. */
    private static final String[] BODY_PARTS = {"breast", "lung", "bowel", "skin", "colon", "bone", "brain", "blood", "liver",
        "kidney", "bladder", "stomach", "cervical", "pancreatic", "eye", "ear", "knee", "hip", "back", "spine"};
    /** Words that join clinical words into one topic: "sur la dépression et l'insomnie". */
    private static final String[] AND = {"et", "and", "ou", "or"};
    /** How many joined words back a topic's word may stand. */
    private static final int TOPIC_JOINS = 3;

    /**
     * Whether the person a sentence's illness is said of is named before it: the person a pronoun
     * at {@code pronoun} stands for, in its sentence before it or in the sentence before, which
     * holds no word of work either, unless the pronoun's verb is one of care ({@code caredFor}: "Il
     * se remet d'une fracture"; a bare name will do: the pronoun says the illness is that
     * person's); with no pronoun ({@code pronoun} -1), a note's heading ({@link #heading}) as the
     * sentence before, of whose person the note goes on without naming them: "Noémie Baudry, 16
     * ans. Anorexie mentale suivie depuis 2023."
     */
    private static boolean namedBefore(Document document, Names names, int from, int pronoun, boolean caredFor) {
        for (int k = from; k < pronoun; k++) {
            if (names.thirdPersonAt(k)) {
                return true;
            }
        }
        int end = from - 1;
        while (end >= 0 && !document.isWord(end) && !document.isNumber(end)) {
            end--;
        }
        if (end < 0) {
            return false;
        }
        int start = sentenceFrom(document, end);
        boolean named = false;
        for (int k = start; k <= end && !named; k++) {
            named = names.thirdPersonAt(k) && (pronoun >= 0 || heading(document, k, end));
        }
        if (!named || document.blankLineBetween(end, from)) {
            return false; // "Hi Aoife,\n\nQuick question about participant BR-2291: she had…" is not about Aoife
        }
        // care said with a reflexive verb is the person's whatever they came for: "… pour M. Tessier, qui vient
        // à la réunion du conseil le 14 ? Il se remet d'une fracture du col du fémur"
        return caredFor || !workBetween(document, start, end);
    }

    /**
     * Whether the name starting at {@code first} is introduced as a particular person: by a civil
     * title, a relative's or a patient's word ("Mme Rivière", "Grandpa Joe (Joseph Miller)", "our
     * participant"), by a note's colon ("Notes: Jacques Perrot –"), by its age right after it
     * ("Lucie Garnier (29 ans)") or by what the person has in brackets ("Gilles Kervella (diabète
     * de type 1)"); not a bare name, which may be a researcher's, a player's or a
     * historical figure's.
     */
    private static boolean particular(Document document, int first) {
        if (introducedAsPatient(document, first) || document.isSymbol(first - 1, ':') || headsARow(document, first)) {
            return true;
        }
        int after = first + 1;
        while (document.startsUpper(after) && after < first + 4) {
            after++;
        }
        if (document.isSymbol(after, '(') && anEvent(document, after + 1)) {
            return true; // "Gilles Kervella (diabète de type 1, pompe à insuline)": what the person has, in brackets
        }
        if (document.isSymbol(after, '(') || document.isSymbol(after, ',')) {
            return ageEnd(document, after + 1) >= 0;
        }
        return false;
    }

    /** How many cells of a row are read for its delimiters. */
    private static final int ROW_REACH = 40;

    /**
     * Whether the name at {@code first} opens a row of a table, its line cut in cells by tabs, ';'
     * or '|' (two at least): the row is that person's record ("LEMAIRE Pascale⇥Biochimie⇥lombalgie⇥17/11").
     */
    private static boolean headsARow(Document document, int first) {
        int start = document.isSymbol(first - 1, '|') ? first - 1 : first;
        if (!(start == 0 || document.newlineBefore(start)) || cells(document, start) < 3) {
            return false;
        }
        // the table's header, the first of the lines cut the same way above: not a programme's
        // ("Orateur | Sujet") nor a staff list's ("Nom;Spécialité", "Nom;Service;Téléphone")
        int header = start;
        for (int above = lineAbove(document, header); above >= 0 && cells(document, above) >= 3; above = lineAbove(document, above)) {
            header = above;
        }
        for (int t = header; t < document.tokenCount() && (t == header || !document.newlineBefore(t)); t++) {
            if (document.tokenIsAny(t, TOPIC_COLUMNS)) {
                return false;
            }
        }
        return true;
    }

    /** Columns of a table of talks, staff or topics, not of persons' records. */
    private static final String[] TOPIC_COLUMNS = {"sujet", "thème", "theme", "titre", "title", "topic", "orateur",
        "oratrice", "speaker", "spécialité", "specialty", "speciality", "rôle", "role", "fonction", "poste", "téléphone",
        "phone", "email", "mail", "bureau", "office", "cours", "course", "enseignement", "matière", "module"};

    /** How many cells the line from {@code start} has, cut by tabs, ';' or '|' (read for {@link #ROW_REACH} tokens). */
    private static int cells(Document document, int start) {
        int delimiters = 0;
        String text = document.text();
        for (int t = start + 1; t < document.tokenCount() && t <= start + ROW_REACH && !document.newlineBefore(t); t++) {
            if (document.isSymbol(t, ';') || document.isSymbol(t, '|')
                    || text.indexOf('\t', document.end(t - 1), document.start(t)) >= 0) {
                delimiters++;
            }
        }
        return delimiters + 1;
    }

    /** How many cells a line must have to be a table's row: a name, an age or a value, and another. */
    private static final int MIN_ROW_CELLS = 3;

    /** How many characters back a line's start is looked for: a rule that reads along a line stays linear on one endless line. */
    private static final int LINE_CHARS = 1000;

    /**
     * The first token of the line of {@code token}, by {@link Document#lineStart}; -1 for a line
     * longer than {@link #LINE_CHARS} before it, which opens no note, signature nor table row.
     */
    private static int lineStartOf(Document document, int token) {
        int start = document.lineStart(document.start(token), LINE_CHARS);
        return start == 0 || document.charAt(start - 1) == '\n' ? document.tokenAt(start) : -1;
    }

    /** Columns of a disease's stage: a table of people with one holds their illness. */
    private static final String[] STAGE_COLUMNS = {"stage", "stade", "tnm"};
    /** Columns of an outcome over time, read with {@link #TIME_COLUMNS}: survival data. */
    private static final String[] OUTCOME_COLUMNS = {"event", "status", "censor", "censored", "death", "died", "deces",
        "décès", "relapse", "rechute", "récidive", "recidive", "progression", "os", "pfs", "dfs", "evenement", "événement"};
    private static final String[] TIME_COLUMNS = {"time", "temps", "délai", "delai", "followup", "fu", "duration",
        "durée", "duree", "survival", "survie"};
    /** How many lines above a table's code the header is looked for. */
    private static final int HEADER_LINES = 30;

    /**
     * Whether a patient code read under a table's column header ({@code id}, {@code patient}) stands
     * in a table whose header also names a disease's stage, or an outcome and its time: survival
     * data of coded patients ("id\tage\tsex\tstage\ttime\tevent"). The header is the first line
     * above the code without a number.
     */
    private static boolean outcomeColumns(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.label() != Label.PATIENT_ID || !finding.explanation().recognizer().equals(TableColumnRecognizer.ID)) {
                continue;
            }
            int line = lineStartOf(document, document.tokenAt(finding.start()));
            for (int n = 0; n < HEADER_LINES && line > 0; n++) {
                line = lineAbove(document, line);
                if (line < 0) {
                    return false;
                }
                boolean stage = false;
                boolean outcome = false;
                boolean time = false;
                boolean number = false;
                for (int t = line; t < document.tokenCount() && (t == line || !document.newlineBefore(t)); t++) {
                    stage |= document.tokenIsAny(t, STAGE_COLUMNS);
                    outcome |= document.tokenIsAny(t, OUTCOME_COLUMNS);
                    time |= document.tokenIsAny(t, TIME_COLUMNS);
                    number |= document.isNumber(t);
                }
                if (!number) {
                    return stage || outcome && time; // the header
                }
            }
            return false;
        }
        return false;
    }

    /** The first token of the line above the line that starts at {@code start}, or -1. */
    private static int lineAbove(Document document, int start) {
        if (start <= 0) {
            return -1;
        }
        int t = start - 1;
        while (t > 0 && !document.newlineBefore(t)) {
            t--;
        }
        return t;
    }

    /** One of {@link #ILLNESS_LISTS}, by its bit. */
    private record IllnessList(int bit) {
        static IllnessList of(String[] list) {
            return new IllnessList(listBit(list));
        }

        boolean has(Document document, int token) {
            return (listsOf(document, token) & bit) != 0;
        }
    }

    /** The words that say an illness, by list. */
    private record IllnessWords(IllnessList ill, IllnessList caredFor, IllnessList passive, IllnessList attended,
            IllnessList presented, IllnessList came, IllnessList presents, IllnessList had, IllnessList has,
            IllnessList their, IllnessList conditions, IllnessList undergoes, IllnessList staying) {
        static final IllnessWords ALL = new IllnessWords(IllnessList.of(ILL), IllnessList.of(CARED_FOR),
                IllnessList.of(PASSIVE), IllnessList.of(ATTENDED), IllnessList.of(PRESENTED), IllnessList.of(CAME),
                IllnessList.of(PRESENTS), IllnessList.of(HAD_ANY), IllnessList.of(HAS_FRENCH), IllnessList.of(THEIR),
                IllnessList.of(CONDITIONS), IllnessList.of(UNDERGOES), IllnessList.of(STAYING));

        /**
         * Where the illness is named after, when {@code token} says one ("souffre", "a été opéré",
         * the "arrêt" of "arrêt maladie", which names none itself), or -1.
         */
        int namedAfter(Document document, int token) {
            if (ill.has(document, token) || caredFor.has(document, token) && passive.has(document, token - 1)) {
                if (!document.tokenIsAny(token, TAKEN)) {
                    return token;
                }
                // "a été pris en charge": the illness is named after "charge"
                return document.tokenIs(token + 1, "en") && document.tokenIs(token + 2, "charge") ? token + 2 : -1;
            }
            if (staying.has(document, token) && unitOfCare(document, token + 1)) {
                return token; // else "est" may say a coming ("est allée aux urgences")
            }
            if (attended.has(document, token)) {
                boolean place = document.tokenIs(token + 1, "the") ? document.tokenIsAny(token + 2, PLACES_A_PATIENT_GOES_TO)
                        || document.isWord(token + 2) && document.tokenIs(token + 3, "clinic") // "the memory clinic"
                        : document.tokenIsAny(token + 1, PLACES_OF_CARE) && !document.isSymbol(token + 2, '\'')
                        || document.tokenIs(token + 1, "a") && document.isSymbol(token + 2, '&'); // A&E
                // with what brought the patient, as "presented with": "attends with dysuria", not "with her team"
                boolean with = document.tokenIs(token + 1, "with") && !document.tokenIsAny(token + 2, COMPANY);
                return place || with ? token + 1 : -1;
            }
            boolean being = document.tokenIsAny(token, BEING);
            if (came.has(document, token) && document.tokenIsAny(token + 1, TO) && (document.tokenIsAny(token + 2, EMERGENCIES)
                    && (!being || personBefore(document, token))
                    || document.tokenIs(token + 2, "consultation") && document.tokenIsAny(token + 3, FOR) && !being)) {
                return token + 2;
            }
            if (presented.has(document, token) && document.tokenIs(token + 1, "with") && !passive.has(document, token - 1)
                    && !document.tokenIsAny(token + 2, COMPANY)) {
                return token + 1;
            }
            if (presents.has(document, token)) {
                int symptom = symptomAfter(document, token + 1);
                return symptom >= 0 ? symptom - 1 : -1;
            }
            if (had.has(document, token)) {
                // "had a seizure"; "a fait une chute", "avait eu un infarctus"
                int article = token + 1;
                boolean english = document.tokenIsAny(token, HAD);
                boolean articled = document.tokenIsAny(article, english ? A : FRENCH_ARTICLES_OF_A_BOUT);
                boolean said = articled && (!english || eventEnds(document, article + 2));
                // words that qualify it between, or its size: "has a breast lump", "had a mild stroke", "found a 2 cm
                // breast lump", "a fait une grosse chute"
                if (articled) {
                    int what = article + 1;
                    while (what <= article + QUALIFIERS_REACH && (qualifier(document, what) || document.isNumber(what)
                            || document.tokenIsAny(what, SIZES) || what > article + 1 && complementOf(document, what))) {
                        what++;
                    }
                    // in English, where a noun compound may go on: "had a great asthma workshop"; French puts it first
                    if (what > article + 1 && anEvent(document, what) && (!english || eventEnds(document, what + 1))) {
                        return what - 1;
                    }
                }
                if (!said && english) {
                    // an illness had with no article, its type between: "has type 1 diabetes", "has asthma and eczema"
                    int what = document.tokenIs(article, "type") && document.isNumber(article + 1) ? article + 2
                            : pastPrefix(document, article);
                    return anEvent(document, what) && eventEnds(document, what + 1) ? what - 1 : -1;
                }
                return said && (anEvent(document, pastPrefix(document, article + 1)) || bout(document, article + 1)) ? article
                        : -1;
            }
            if (has.has(document, token)) {
                // "a une sclérose", "a la maladie d'Alzheimer", "avait l'asthme"
                int article = token + 1;
                int what = pastPrefix(document,
                        document.tokenIs(article, "l") && document.isApostrophe(article + 1) ? article + 2 : article + 1);
                return document.tokenIsAny(article, HAS_ARTICLES) && (anEvent(document, what) || bout(document, what))
                        ? what - 1 : -1;
            }
            if (their.has(document, token)) {
                // "son insuline", "sa sclérose en plaques"; in English, where no noun compound goes on:
                // "his chemotherapy is postponed", not "his COVID modelling work"
                boolean english = document.tokenIs(token, "his") || document.tokenIs(token, "her");
                if (document.tokenIsAny(token + 1, APPOINTMENTS)) {
                    // "son rendez-vous d'hémodialyse", "her appointment for chemotherapy"
                    return eventSoonAfter(document, token + 1, APPOINTMENT_REACH) ? token : -1;
                }
                int what = pastPrefix(document, token + 1);
                if (english && !anEvent(document, what) && document.isWord(what) && !document.startsUpper(what)
                        && anEvent(document, what + 1)) {
                    what++; // "her breast cancer has come back": a word of the body before the illness
                }
                return anEvent(document, what) && (!english || !document.isSymbol(what + 1, '-')
                        && (eventEnds(document, what + 1) || document.tokenIsAny(what + 1, STATE_VERBS))) ? token : -1;
            }
            if (conditions.has(document, token)) {
                // "Jean-Paul Maréchal, diabétique de type 2", "is diabetic": the word is the clinical
                // word read after; not "John Smith, diabetic foot specialist"
                int before = beforeCondition(document, token);
                boolean said = document.isSymbol(before, ',') || passive.has(document, before);
                boolean ends = !document.isWord(token + 1) || document.tokenIsAny(token + 1, CONDITION_FOLLOWERS);
                return said && ends ? before : -1;
            }
            if (undergoes.has(document, token)) {
                // "suit une chimiothérapie", "is undergoing radiotherapy", "received a kidney transplant"
                int what = document.tokenIsAny(token + 1, INDEFINITE) || document.tokenIsAny(token + 1, A) ? token + 2 : token + 1;
                return anEvent(document, what) || document.tokenIsAny(what, TREATMENTS) && !document.tokenIsAny(what + 1, WORK_NOUNS)
                        ? what - 1 : -1;
            }
            return sickLeave(document, token) ? illnessOfLeave(document, token) : -1;
        }
    }

    /**
     * Whether a name ends within {@link #ILLNESS_REACH} words before {@code said}, in its sentence,
     * with no other word saying an illness between.
     */
    private static boolean nameBefore(Document document, int said, Names names, IllnessWords illness) {
        int words = 1;
        boolean another = false; // a patient or a case between: "Paul a présenté le cas d'une patiente atteinte de lupus"
        for (int last = said - 1; last >= 0 && !document.newlineBefore(last + 1) && !endsSentence(document, last + 1); last--) {
            if (names.endsAt(last)) {
                // the name's own, in apposition: "Marie Dupont, patiente atteinte d'une sclérose"
                return !another || document.isSymbol(last + 1, ',') || document.isSymbol(last + 1, '(')
                        || document.isSymbol(last + 1, ':');
            }
            another |= document.tokenIsAny(last, OTHER_PATIENTS);
            if (last >= said - 3 && document.tokenIsAny(last, SUBJECTS) && words <= 2) {
                // the pronoun stands for a name further back: "Mathilde a perdu les eaux cette nuit à 33 semaines,
                // elle est à la maternité" (the name may be as far before it again)
                words = 1 - ILLNESS_REACH;
            } else if (document.tokenIsAny(last, AWAY) && document.tokenIsAny(last - 1, PASSIVE)) {
                // an absence says whose the illness after it is, as far from it as the illness from the
                // name: "Stuart Fenwick in finance is off for the next month recovering from a heart bypass"
                words = 0;
            }
            if (document.isWord(last) && (++words > ILLNESS_REACH || illness.namedAfter(document, last) >= 0)) {
                return false; // too far, or a name before it is read with that word
            }
        }
        return false;
    }

    /**
     * Whether a practitioner's name stands right before the words that say they are ill or cared
     * for, with only "was", "est", "a été" between: "Dr Yvonne Marchetti was diagnosed with
     * multiple sclerosis", "le Dr Roux souffre d'une sciatique". A practitioner is a patient too,
     * but only where the name is what those words say it of: "le Dr Roux soigne les patients
     * atteints de…" is not.
     */
    private static boolean practitionerIll(Document document, int said, Names names, IllnessWords illness) {
        if (!(illness.ill().has(document, said) || illness.caredFor().has(document, said)
                && illness.passive().has(document, said - 1))) {
            return false;
        }
        for (int last = said - 1; last >= 0 && last >= said - PRACTITIONER_ILL_REACH; last--) {
            if (names.endsAt(last, true)) {
                return true;
            }
            if (!(illness.passive().has(document, last) || document.tokenIs(last, "a") || document.tokenIs(last, "has"))) {
                return false;
            }
        }
        return false;
    }

    /** How many tokens before the word that says it a practitioner's name may end ("Dr Roux a été opéré"). */
    private static final int PRACTITIONER_ILL_REACH = 3;

    /**
     * The names of a text by where they start and end, for the rules that read from a few words to
     * the names beside them instead of from each of a long text's names to the words beside it.
     * A name a practitioner's title introduces does not count.
     */
    private static final class Names {
        private final Document document;
        private final Finding[] byStart;
        private final Finding[] byEnd;
        private final int[] starts;
        private final int[] ends;

        Names(Document document, List<Finding> findings) {
            this.document = document;
            // the findings come in order of their starts, and names seldom overlap: both sorts are
            // one pass over runs already in order (plain arrays: a short text has a few names, and
            // streams cost more than the sorting)
            Finding[] byStart = new Finding[findings.size()];
            int count = 0;
            for (Finding finding : findings) {
                if (isName(finding)) {
                    byStart[count++] = finding;
                }
            }
            byStart = java.util.Arrays.copyOf(byStart, count);
            if (!inOrder(byStart, Finding::start)) {
                java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt(Finding::start));
            }
            byEnd = byStart.clone();
            if (!inOrder(byEnd, Finding::end)) {
                java.util.Arrays.sort(byEnd, java.util.Comparator.comparingInt(Finding::end));
            }
            this.byStart = byStart;
            starts = new int[count];
            ends = new int[count];
            for (int i = 0; i < count; i++) {
                starts[i] = byStart[i].start();
                ends[i] = byEnd[i].end();
            }
        }

        private static boolean inOrder(Finding[] findings, java.util.function.ToIntFunction<Finding> key) {
            for (int i = 1; i < findings.length; i++) {
                if (key.applyAsInt(findings[i - 1]) > key.applyAsInt(findings[i])) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a name starts at {@code token}. */
        boolean startsAt(int token) {
            return java.util.Arrays.binarySearch(starts, document.start(token)) >= 0 && !practitionerBefore(document, token);
        }

        /**
         * Whether a name a third person may stand for starts at {@code token}: not a message's
         * addressee ("Hi Aoife, … she had a miscarriage" is about someone else).
         */
        boolean thirdPersonAt(int token) {
            int i = java.util.Arrays.binarySearch(starts, document.start(token));
            return i >= 0 && byStart[i].explanation() != PersonNameRecognizer.ADDRESSEE && !practitionerBefore(document, token);
        }

        /** Whether a name's last token is {@code token}: the one before the first token at or after its end. */
        boolean endsAt(int token) {
            return endsAt(token, false);
        }

        /** {@link #endsAt(int)}, practitioners' names counted too when {@code practitioners}. */
        boolean endsAt(int token, boolean practitioners) {
            int to = document.start(token + 1);
            for (int i = Document.lowerBound(ends, ends.length, document.start(token) + 1); i < ends.length && ends[i] <= to; i++) {
                if (practitioners || !practitionerBefore(document, document.tokenAt(byEnd[i].start()))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether a person's address follows their name on its line, after a comma: "Mohammed Iqbal, 12
     * Beech Road" heading a prescription, a particular person as a birth date beside the name makes one.
     * Not a practitioner's ("Dr Mohammed Iqbal, 12 Beech Road, Leeds").
     */
    private static boolean addressAfterName(Document document, List<Finding> findings) {
        for (int i = 0; i + 1 < findings.size(); i++) {
            Finding name = findings.get(i);
            Finding address = findings.get(i + 1);
            if (!isName(name) || address.label() != Label.ADDRESS) {
                continue;
            }
            int comma = document.tokenAt(name.end());
            if (document.isSymbol(comma, ',') && document.start(comma + 1) == address.start()
                    && !document.newlineBefore(comma + 1) && !practitionerBefore(document, document.tokenAt(name.start()))) {
                return true;
            }
        }
        return false;
    }

    /** The words between a name and the bone its owner broke: "Karim s'est cassé", "Jenny has fractured". */
    private static final String[] HAS_BROKEN = {"has", "had", "s", "est", "a", "just", "se"};
    /** How many tokens before the verb of a bone broken its subject's name may end ("Karim s'est cassé"). */
    private static final int BROKE_REACH = 4;

    /**
     * Whether a name is the subject of a bone broken ({@link DocumentSignals#breaksABone}), with only
     * an auxiliary between: "Karim s'est cassé le poignet au foot", "Jenny fractured her ankle
     * skiing". Not "Kevin fixed the broken arm of the stage", nor "Karim a cassé la centrifugeuse".
     */
    private static boolean brokeABone(Document document, List<Finding> findings) {
        Names names = null;
        for (int start : document.signals().pairedStarts()) {
            if (!DocumentSignals.breaksABone(document, start)) {
                continue;
            }
            if (names == null) {
                names = new Names(document, findings);
            }
            for (int t = start - 1; t >= 0 && t >= start - BROKE_REACH && !document.newlineBefore(t + 1); t--) {
                if (names.endsAt(t)) {
                    return true;
                }
                if (!(document.tokenIsAny(t, HAS_BROKEN) || document.isApostrophe(t))) {
                    break;
                }
            }
        }
        return false;
    }

    /** Words that give a leave's reason: "off work with long COVID", "en arrêt de travail pour une lombalgie". */
    private static final String[] LEAVE_REASONS = {"with", "for", "due", "because", "following", "after", "pour", "avec",
        "suite", "après"};
    /** How many tokens after a leave's first word its reason may come, and after the reason its illness. */
    private static final int LEAVE_REACH = 8;
    private static final int REASON_REACH = 4;

    /**
     * Where the illness a leave is taken for is named after, the leave starting at {@code token}: its
     * reason's word, when an illness follows it closely ("is off sick this week with the flu"), or
     * -1 ("is off work today and back on Monday to run the asthma clinic": no reason given).
     */
    private static int illnessOfLeave(Document document, int token) {
        // an absence has many reasons: its illness must be its reason's first word ("pour une hystérectomie";
        // not "for a conference on asthma")
        int reach = document.tokenIsAny(token, ABSENT) ? 2 : REASON_REACH;
        for (int reason = token + 1; reason <= token + LEAVE_REACH && !document.newlineBefore(reason)
                && !endsSentence(document, reason); reason++) {
            if (document.tokenIsAny(reason, LEAVE_REASONS) && (eventSoonAfter(document, reason, reach)
                    || ownOperation(document, reason))) {
                return reason;
            }
        }
        // its illness in brackets, later on its line: "l'avis d'arrêt de travail de Loïc jusqu'au 20/12 (lombosciatique)"
        for (int reason = token + 1; reason <= token + BRACKETED_REASON_REACH && !document.newlineBefore(reason)
                && !endsSentence(document, reason); reason++) {
            if (document.isSymbol(reason, '(') && anEvent(document, reason + 1) && document.isSymbol(reason + 2, ')')) {
                return reason;
            }
        }
        return -1;
    }

    /** How many tokens after a leave's words its illness may stand in brackets. */
    private static final int BRACKETED_REASON_REACH = 20;

    /**
     * Whether the leave said at {@code said} is a named person's, the name after it: "arrêt de
     * travail de Loïc", "l'arrêt maladie de M. Tessier", "sick leave for Tom" (the leave's reason is
     * read by {@link #illnessOfLeave}).
     */
    private static boolean leaveOfAName(Document document, int said, Names names) {
        int after = phraseEnd(document, said, SICK_LEAVE);
        int name = document.tokenIs(after, "d") && document.isApostrophe(after + 1) ? after + 2
                : document.tokenIsAny(after, "de", "of", "for") ? after + 1 : -1;
        if (document.tokenIsAny(name, PersonNameRecognizer.CIVIL_TITLES)) {
            name += document.isSymbol(name + 1, '.') ? 2 : 1; // "de M. Tessier"
        }
        return name >= 0 && !document.newlineBefore(name) && names.startsAt(name);
    }

    /** An operation, which names no illness but is the person's surgery after their possessive. */
    private static final String[] OPERATIONS = {"opération", "operation", "op"};

    /**
     * Whether the person's own operation is the leave's reason, right after its word: "en arrêt
     * jusqu'au 15 décembre suite à son opération du genou", "off work after her operation" (not
     * "suite à l'opération de déménagement du labo").
     */
    private static boolean ownOperation(Document document, int reason) {
        for (int t = reason + 1; t <= reason + REASON_REACH && !document.newlineBefore(t); t++) {
            if (document.tokenIsAny(t, THEIR) && document.tokenIsAny(t + 1, OPERATIONS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sickLeave(Document document, int token) {
        if (document.tokenIs(token, "arrêt") && document.tokenIs(token - 1, "en")) {
            return true; // "est en arrêt depuis trois semaines pour un burn-out": its reason must follow (illnessOfLeave)
        }
        return phraseEnd(document, token, SICK_LEAVE) >= 0;
    }

    /**
     * The clinical word that "présente" presents, from {@code token} on: after the symptom's time
     * ("depuis trois semaines") and an indefinite article ("une", "des", "d'"), or -1.
     */
    private static int symptomAfter(Document document, int token) {
        int t = token;
        if (document.tokenIs(t, "depuis")) {
            int limit = t + SINCE_REACH;
            t++;
            while (t <= limit && !document.tokenIsAny(t, INDEFINITE) && !anEvent(document, t)) {
                t++;
            }
        }
        if (document.tokenIsAny(t, INDEFINITE)) {
            t += document.isApostrophe(t + 1) ? 2 : 1;
        }
        return anEvent(document, t) ? t : -1;
    }

    /** How many words may qualify a clinical word after its article: "a 2 cm breast lump". */
    private static final int QUALIFIERS_REACH = 4;
    /** The units of a size before what has it: "a 2 cm lump", "un nodule de 8 mm" is read otherwise. */
    private static final String[] SIZES = {"cm", "mm"};

    /**
     * Whether the word at {@code token} may qualify a clinical word after it: a lower-case word of
     * at least three letters that is no clinical word itself, no function word ("une collecte
     * pour l'AVC") and no word of work ("un audit des infections", "une présentation du diabète");
     * "a new cancer grant" is work by the word after the clinical one ({@link #eventEnds}).
     */
    private static boolean qualifier(Document document, int token) {
        return document.isWord(token) && !document.startsUpper(token) && document.tokenLength(token) >= 3
                && !DocumentSignals.clinicalWord(document, token) && !document.tokenIn(token, PersonNameRecognizer.COMMON)
                && (listsOf(document, token) & WORK_LIST) == 0;
    }

    /** The words that join a noun to its complement: "une rupture du ligament", "a tear of the meniscus". */
    private static final String[] COMPLEMENTS = {"du", "de", "des", "d", "la", "l", "of", "the"};

    /** Whether the word at {@code token} joins what qualifies an illness to it ({@link #COMPLEMENTS}), or an elision's apostrophe. */
    private static boolean complementOf(Document document, int token) {
        return document.tokenIsAny(token, COMPLEMENTS) || document.isApostrophe(token);
    }

    /**
     * Whether an English health event ends before {@code token}: a sign, the text's end, or a word
     * that no noun compound goes on with ("had a seizure at her desk", "had a stroke last year",
     * "an asthma attack"); not "had an asthma education session", whose clinical word qualifies
     * the noun after it.
     */
    /**
     * The token after a prefix and its hyphen, where an illness is named with one ("pre-eclampsia",
     * "pré-éclampsie", "post-partum"), so that its clinical word is read; else {@code token}.
     */
    private static int pastPrefix(Document document, int token) {
        return document.tokenIsAny(token, PREFIXES) && document.isSymbol(token + 1, '-') && document.isWord(token + 2)
                ? token + 2 : token;
    }

    private static final String[] PREFIXES = {"pre", "pré", "post", "peri", "péri", "non"};

    private static boolean eventEnds(Document document, int token) {
        return !document.isWord(token) || document.tokenIsAny(token, EVENT_FOLLOWERS);
    }

    private static final String[] EVENT_FOLLOWERS = {"at", "in", "on", "last", "this", "yesterday", "today", "and", "while",
        "after", "during", "with", "of", "since", "which", "that", "when", "before", "earlier", "overnight", "recently",
        "attack", "two", "three", "a", "an", "the", "so", "but", "requiring", "needing", "for",
        // when or how often: "had a stroke over the weekend", "had pneumonia again", "had a fall back in May"
        "over", "again", "twice", "back", "around"};

    /**
     * Whether the word at {@code token} is a clinical word that names what someone has: not a
     * meeting or an act, nor a word that qualifies a work noun after it ("a cancer grant", "the
     * kidney infection audit").
     */
    private static boolean anEvent(Document document, int token) {
        if (!DocumentSignals.clinicalWord(document, token) || (listsOf(document, token) & (NOT_AN_EVENT_LIST | ROLES_LIST)) != 0) {
            return false;
        }
        return !qualifiesWork(document, token);
    }

    /** Whether the clinical word at {@code token} qualifies a noun of work after it: "the kidney infection audit", "my asthma clinic". */
    private static boolean qualifiesWork(Document document, int token) {
        int head = token + 1;
        while (head <= token + COMPOUND_REACH && document.tokenIn(head, DocumentSignals.HEALTH)
                && (listsOf(document, head) & WORK_NOUNS_LIST) == 0) {
            head++; // the noun the clinical words qualify comes last ("trial" is both)
        }
        return (listsOf(document, head) & WORK_NOUNS_LIST) != 0;
    }

    /** How many clinical words may stand between a clinical word and the work noun they all qualify. */
    private static final int COMPOUND_REACH = 2;

    /**
     * Whether a bout of illness starts at {@code token}: one of {@link #BOUTS} and, within {@link
     * #BOUT_REACH} tokens, a clinical word that names what someone has ("crise convulsive", "crise
     * d'épilepsie"; not "la crise du logement").
     */
    private static boolean bout(Document document, int token) {
        return document.tokenIsAny(token, BOUTS) && eventSoonAfter(document, token, BOUT_REACH);
    }

    private static boolean endsSentence(Document document, int token) {
        if (document.isSymbol(token, '.')) {
            return !titleDot(document, token);
        }
        return document.isSymbol(token, '!') || document.isSymbol(token, '?') || document.isSymbol(token, ';');
    }

    /** Titles abbreviated with a dot, which ends no sentence: "ulcère de la jambe, M. Bertrand Lacombe", "seen by Dr. Shah". */
    private static final String[] DOTTED_TITLES = {"m", "mr", "mrs", "ms", "dr", "pr", "prof", "mme", "mlle"};

    private static boolean titleDot(Document document, int dot) {
        int title = dot - 1;
        return title >= 0 && document.touchesNext(title) && document.tokenLength(title) <= 4 && document.startsUpper(title)
                && document.startsUpper(dot + 1) && document.tokenIsAny(title, DOTTED_TITLES);
    }

    /**
     * Whether a clinical word that names what someone has ({@link #anEvent}) stands within {@code
     * reach} tokens after {@code token}, in its sentence: a bout's ("crise convulsive"), a leave's
     * reason's ("with the flu"), an appointment's ("rendez-vous d'hémodialyse"), a record's.
     */
    private static boolean eventSoonAfter(Document document, int token, int reach) {
        for (int t = token + 1; t <= token + reach && t < document.tokenCount() && !document.newlineBefore(t)
                && !endsSentence(document, t); t++) {
            if (anEvent(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code token} is one of {@link #ROLES_AND_RESEARCH} (a bit test, not a string per word). */
    private static boolean role(Document document, int token) {
        return (listsOf(document, token) & ROLES_LIST) != 0;
    }

    /** Whether the word at {@code token} is a clinical word that is no role's or research's ("patient", "étude"). */
    private static boolean clinicalNotRole(Document document, int token) {
        return document.tokenIn(token, DocumentSignals.HEALTH) && !role(document, token);
    }

    /** Whether a clinical word (not a role's or research's) follows {@code token} in its sentence. */
    private static boolean clinicalWordAfter(Document document, int token) {
        for (int t = token + 1; t < document.tokenCount() && t <= token + LIST_LINE_REACH && !document.newlineBefore(t)
                && !endsSentence(document, t); t++) {
            if (DocumentSignals.clinicalWord(document, t) && !role(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Words before "santé" that make it an institution's ("ministre de la Santé", "Agence régionale de santé"). */
    private static final String[] HEALTH_INSTITUTIONS = {"ministre", "ministère", "minister", "ministry", "secrétaire",
        "secretary", "agence", "agency", "régionale", "national", "nationale", "mondiale", "world", "department",
        "direction", "haute", "autorité", "authority", "organisation", "organization", "centre", "center", "maison"};

    /**
     * Whether a name follows "santé de" or "health of", its civil title between ("l'état de santé
     * de Mme Chloé Marchand nécessite un arrêt de travail", "the health of Mr Brown"), or stands
     * before a relative clause about its health ("M. Karim Benali, dont l'état de santé nécessite",
     * "Mr Brown, whose health"): the words say the person's health is what the text is about. Not
     * an institution's "Santé" ("ministre de la Santé"), nor a practitioner's name ("la santé des
     * patients du Dr Roux").
     */
    private static boolean healthOfName(Document document, List<Finding> findings) {
        // read from "santé" and "health" (a few in a long text) to the name after them
        Names names = null;
        for (String health : HEALTH_WORDS) {
            int id = document.wordId(health);
            for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
                int word = document.occurrence(id, i);
                int of = word + 1;
                // "M. Karim Benali, dont l'état de santé nécessite…": the name before the clause
                int relative = relativeBefore(document, word);
                boolean clause = relative >= 0 && document.isSymbol(relative - 1, ',');
                boolean nameAfter = (document.tokenIs(of, "de") || document.tokenIs(of, "d") || document.tokenIs(of, "of"))
                        && !document.wordOnLineBefore(word, 3, HEALTH_INSTITUTIONS);
                if (!clause && !nameAfter) {
                    continue;
                }
                if (names == null) {
                    names = new Names(document, findings);
                }
                if (clause && names.endsAt(relative - 2)) {
                    return true;
                }
                if (!nameAfter) {
                    continue;
                }
                // the name, after its civil title and the signs between ("de Mme", "d'", "of Mr.")
                for (int first = of + 1; first <= of + TITLED_NAME_REACH; first++) {
                    if (names.startsAt(first)) {
                        return true;
                    }
                    if (!(document.tokenIsAny(first, PersonNameRecognizer.CIVIL_ADDRESS) || document.isSymbol(first, '.')
                            || document.isApostrophe(first))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    private static final String[] HEALTH_WORDS = {"santé", "health"};
    /** Relative pronouns that open a clause about the person named before them: "dont", "whose". */
    private static final String[] RELATIVE_PRONOUNS = {"dont", "whose"};
    /** How many tokens a relative pronoun may stand before "santé" ("dont l'état de santé"). */
    private static final int RELATIVE_REACH = 5;

    /** The words between the pronoun and the health word: "dont l'état de santé", "dont la santé mentale", "whose mental health". */
    private static final String[] STATE_OF = {"l", "la", "état", "etat", "de", "d", "mental", "physical", "general"};

    /**
     * The relative pronoun that opens the clause holding the health word at {@code word} ("dont
     * l'état de santé", "whose health"), with only {@link #STATE_OF} and apostrophes between; or -1.
     */
    private static int relativeBefore(Document document, int word) {
        for (int t = word - 1; t >= 0 && t >= word - RELATIVE_REACH; t--) {
            if (document.tokenIsAny(t, RELATIVE_PRONOUNS)) {
                return t;
            }
            if (!(document.tokenIsAny(t, STATE_OF) || document.isApostrophe(t))) {
                return -1;
            }
        }
        return -1;
    }

    /** How many tokens after "de" a name may start, civil title and signs between ("de M. Paul"). */
    private static final int TITLED_NAME_REACH = 4;

    /** Parents and children a message's writer names themselves by, before the person they are the relative of. */
    private static final String[] PARENTS_AND_CHILDREN = {"maman", "papa", "mère", "père", "fils", "fille", "mother", "father",
        "mum", "mom", "dad", "son", "daughter"};

    /**
     * Whether a name follows a relative and "de" or "of" ("c'est Mme Leclerc, la maman de Théo",
     * "the mother of Lucy Gray"): the person the relative writes about, whose health it is.
     */
    private static boolean relativeOfName(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            int of = first - 1;
            if ((document.tokenIs(of, "de") || document.tokenIs(of, "of")) && document.tokenIsAny(of - 1, PARENTS_AND_CHILDREN)) {
                return true;
            }
        }
        return false;
    }

    /** Words of a person's record or results, before "de", "of" or "for" and the person: "Résultat de Mme …", "Medical history for …". */
    private static final String[] RECORDS = {"résultat", "résultats", "history", "results", "result", "record", "records",
        "notes", "observation", "anamnèse"};
    private static final String[] OF_PERSON = {"de", "du", "of", "for", "pour"};
    /** Words before a name that say whose data: "the results for participant Hannah Fischer", "le bilan de la patiente …". */
    private static final String[] STUDIED = {"participant", "participante", "patient", "patiente", "subject", "sujet"};
    private static final String[] DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "son", "sa", "ses", "ce",
        "cet", "cette", "ces", "mon", "ma", "mes", "notre", "votre", "leur", "the", "a", "an", "his", "her", "their", "my",
        "our", "your", "this", "that"};
    /** Words that say what a text is about, before the person: "compte rendu de la RCP concernant M. Lopez". */
    private static final String[] CONCERNING = {"concernant", "regarding"};
    /** How many tokens before "de", "of" or "for" a record's word may stand ("Résultat anatomopathologique de"). */
    private static final int RECORD_REACH = 3;

    /**
     * Whether a name is the person whose record, results or clinical word come before it, with a
     * civil title or a colon after the name to say it is a person's, and a clinical word in the
     * record's name or in what follows: "Résultat anatomopathologique de Mme Sylvie Aubert :",
     * "Medical history for George Turner: COPD", "compte rendu de la RCP concernant M. Bernard
     * Lopez : décision de chimiothérapie". Not a practitioner's name, nor a name that stands alone
     * ("the history of Louis Pasteur"), nor "Résultats de Mme Dupont : 18/20".
     */
    private static boolean recordOfName(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            int t = first - 1;
            boolean titled = false;
            while (t >= 0 && (document.tokenIn(t, PersonNameRecognizer.TITLES) || (listsOf(document, t) & STUDIED_LIST) != 0
                    || document.isSymbol(t, '.'))) {
                titled |= document.isWord(t); // a title (a practitioner's is refused below), or "participant", "patiente"
                t--;
            }
            int after = document.tokenAt(finding.end());
            for (int words = 0; words < 3 && document.startsUpper(after) && !document.newlineBefore(after); words++) {
                after++; // the name's other words
            }
            boolean person = titled || document.isSymbol(after, ':');
            if (!person || document.newlineBefore(first) || !document.tokenIsAny(t, CONCERNING) && !document.tokenIsAny(t, OF_PERSON)
                    || practitionerBefore(document, first)) {
                continue;
            }
            if (document.tokenIsAny(t, CONCERNING) && clinicalWordAfter(document, after - 1)) {
                return true;
            }
            if (!document.tokenIsAny(t, OF_PERSON)) {
                continue;
            }
            // the record's words right before, no determiner between: not "a examiné le dossier de M. …"
            for (int r = t - 1; r >= 0 && r >= t - RECORD_REACH && !document.newlineBefore(r + 1)
                    && !document.tokenIsAny(r, DETERMINERS); r--) {
                if (clinicalNotRole(document, r)
                        || document.tokenIsAny(r, RECORDS) && eventSoonAfter(document, after - 1, LIST_LINE_REACH)) {
                    return true; // a record's clinical word, or what someone has in what it says
                }
            }
        }
        return false;
    }

    /** Whether the line of {@code token} is a letter's heading of what it is about: "Re: …", "Objet : …". */
    private static boolean aboutLine(Document document, int token) {
        int start = lineStartOf(document, token);
        return document.tokenIsAny(start, "re", "objet", "subject") && document.isSymbol(start + 1, ':');
    }

    /** The relative pronouns that open a clause about a person after their name and age: "Connor Walsh, 19, who presented…". */
    private static final String[] WHO_CLAUSE = {"who", "qui"};
    /** What a clause after "who" says the person has or had: "who has had three episodes of bleeding", "qui a une toux". */
    private static final String[] WHO_HAS = {"has", "had", "is", "was", "developed", "a", "est", "présente"};

    /** Words before an age: "Oliver (age 7)", "Léna, âgée de 3 ans". */
    private static final String[] AGE_WORDS = {"age", "aged", "âgé", "âgée", "agé", "agée"};

    /**
     * Whether a name is followed by its owner's age in brackets ("my son Oliver (age 7)", "Mme
     * Roux (72 ans)"), or between commas when what the person presents with or undergoes comes
     * next ("Madame Nguyen, 45 ans, présente une toux"): a particular person, whom the text's
     * health data are about. Not a practitioner's ("Dr Paul Martin (45 ans)"), nor a researcher's
     * age in a biography ("Mme Claire Dupont, 52 ans, chercheuse, spécialiste du diabète").
     */
    private static boolean ageAfterName(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            if (practitionerBefore(document, first)) {
                continue;
            }
            if (bareAgeThenIllness(document, finding)) {
                return true;
            }
            int comma = apposition(document, finding, true);
            if (comma >= 0 && !document.isSymbol(comma - 1, '(') && ageAndSex(document, comma)) {
                return true; // "Tom Baxter, 45M, HbA1c 9.2 %": a clinician's shorthand for a patient
            }
            if (ageBefore(document, first) && clinicalWordAfter(document, document.tokenAt(finding.end()) - 1)) {
                return true; // "23-year-old Liam O'Brien admitted after an overdose"
            }
            if (comma >= 0 && document.isSymbol(comma - 1, ',')) {
                // between commas, an age ("91 ans", or a bare number: "Karen Mitchell, 52,"), then
                // what the person has or suffers, with no introduction needed: "Paulette Renaud, 91
                // ans, démence…", "Karen Mitchell, 52, complains of chest tightness"
                int age = ageEnd(document, comma);
                if (age < 0 && document.isNumber(comma) && document.tokenLength(comma) <= 3 && document.isSymbol(comma + 1, ',')) {
                    age = comma;
                }
                if (age > comma && document.isNumber(comma) && Integer.parseInt(document.tokenText(comma)) < ADULT
                        && !welcomed(document, finding) && !workInSentence(document, comma)) {
                    return true; // a child's age: "Bilan orthophonique – Lola Marin, 8 ans, CE2"; not a prize's winner
                }
                int next = age >= 0 && document.isSymbol(age + 1, ',') ? age + 2 : -1;
                if (next >= 0 && document.tokenIsAny(next, KNOWN) && eventSoonAfter(document, next, KNOWN_REACH)) {
                    return true; // "Samuel Adeyemi, 61, known sickle cell disease"
                }
                if (next >= 0 && gravidaPara(document, next)) {
                    return true; // "Chloe Barker, 31, G2P1 at 36+4": a midwife's shorthand for a pregnant woman
                }
                if (next >= 0 && document.tokenIsAny(next, WHO_CLAUSE)) {
                    next++; // a clause about the person: "Connor Walsh, 19, who presented after taking 40 paracetamol tablets",
                    // "Gurpreet Sandhu, 47, who has had three episodes of rectal bleeding"; not "who has led the cancer unit"
                    if ((document.tokenIsAny(next, PRESENTED) || document.tokenIsAny(next, WHO_HAS))
                            && clinicalWordAfter(document, next) && !workAfter(document, next)) {
                        return true;
                    }
                }
                if (next >= 0 && !document.tokenIsAny(next, SEEN_BY_SOMEONE)
                        && (anEvent(document, next) || presenting(document, next))) {
                    return true;
                }
            }
            if (bareAgeInBrackets(document, findings, finding, comma)) {
                return true;
            }
            // a bare age and a colon, then what was found: "Joan Okafor, 66: CT shows a 3 cm mass in the pancreas"
            if (comma >= 0 && document.isSymbol(comma - 1, ',') && document.isNumber(comma) && document.tokenLength(comma) <= 3
                    && Integer.parseInt(document.tokenText(comma)) <= PersonNameRecognizer.MAX_AGE
                    && document.isSymbol(comma + 1, ':') && !document.isNumber(comma + 2) // not a clock's "10:30"
                    && clinicalWordAfter(document, comma + 1)) {
                return true;
            }
            // a letter's heading, a civil title, the name and a bare age ending the line: "Re: Mr Ravi Chandran, 58"
            if (comma >= 0 && document.isSymbol(comma - 1, ',') && document.isNumber(comma)
                    && document.tokenLength(comma) <= 2 && (comma + 1 == document.tokenCount() || document.newlineBefore(comma + 1))
                    && introducedBy(document, first, PersonNameRecognizer.CIVIL_TITLES, true) && aboutLine(document, first)) {
                return true;
            }
            if (!introducedAsPatient(document, first)) {
                continue;
            }
            int bracketed = apposition(document, finding, false);
            int t = bracketed >= 0 ? bracketed : comma;
            int age = t < 0 ? -1 : ageEnd(document, t);
            boolean inBrackets = document.isSymbol(first - 1, '(') || document.isSymbol(first - 2, '(') && document.startsUpper(first - 1);
            if (age < 0 && bracketed < 0 && inBrackets && document.isSymbol(comma - 1, ',') && document.isNumber(comma)
                    && document.tokenLength(comma) <= 2 && document.isSymbol(comma + 1, ')')) {
                return true; // "the participant (Michael Tran, 38)": the name and its age in brackets
            }
            if (age >= 0 && (bracketed >= 0 || presenting(document, document.isSymbol(age + 1, ',') ? age + 2 : age + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a given and a family name are followed by a bare age in brackets, then, closely, what
     * the person has: "Spoke to Neil Gorman (47). Low mood for six weeks…". A family name alone
     * before a number in brackets is a reference ("as Smith (12) showed, diabetes…"), and a year is
     * no age.
     */
    private static boolean bareAgeInBrackets(Document document, List<Finding> findings, Finding name, int inside) {
        if (inside < 0 || !document.isSymbol(inside - 1, '(') || !document.isNumber(inside)
                || document.tokenLength(inside) > 3 || !document.isSymbol(inside + 1, ')')
                || Integer.parseInt(document.tokenText(inside)) > PersonNameRecognizer.MAX_AGE) {
            return false;
        }
        boolean given = false;
        for (int i = 0; i < findings.size() && !given; i++) {
            Finding other = findings.get(i);
            given = other.label() == Label.FIRST_NAME && other.end() < name.start() && name.start() - other.end() <= 1;
        }
        // what the person has may open the next sentence: "(47). Low mood…"
        int closing = document.isSymbol(inside + 2, '.') ? inside + 2 : inside + 1;
        return given && eventSoonAfter(document, closing, NOTE_AGE_REACH) && !workInSentence(document, inside)
                && !workInSentence(document, closing + 1);
    }

    /**
     * Whether an age and a sex in a clinician's shorthand start at {@code t}: a number of at most
     * three digits with M, F or H against it ("45M", "72F"), then a sign.
     */
    private static boolean ageAndSex(Document document, int t) {
        return document.isNumber(t) && document.tokenLength(t) <= 3 && document.touchesNext(t)
                && document.tokenIsAny(t + 1, SEXES) && document.isSymbol(t + 2)
                && Integer.parseInt(document.tokenText(t)) <= 120;
    }

    private static final String[] SEXES = {"m", "f", "h"};

    /** Whether a pregnancy's gravidity and parity, written as one word, start at {@code t}: "G2P1", "G1P0". */
    private static boolean gravidaPara(Document document, int t) {
        return document.tokenIs(t, "g") && document.touchesNext(t) && document.isNumber(t + 1) && document.touchesNext(t + 1)
                && document.tokenIs(t + 2, "p") && document.touchesNext(t + 2) && document.isNumber(t + 3)
                && document.tokenLength(t + 1) <= 2 && document.tokenLength(t + 3) <= 2;
    }
    /** Words that say an illness is already known, after an age: "61, known sickle cell disease", "72 ans, connu pour une BPCO". */
    private static final String[] KNOWN = {"known", "connu", "connue"};
    /** How many tokens after {@link #KNOWN} the illness may be named ("known sickle cell disease", "connu pour une BPCO"). */
    private static final int KNOWN_REACH = 3;
    /** The age below which a named person with their age is a child, whose age no news of work gives. */
    private static final int ADULT = 18;

    /** Whether an age stands right before a name: "23-year-old Liam O'Brien", "a 23 year old Liam", "23yo Liam". */
    private static boolean ageBefore(Document document, int first) {
        // in apposition too: "this 6-year-old, Leo Marsh, with …"
        int t = document.isSymbol(first - 1, ',') ? first - 2 : first - 1;
        if (document.tokenIs(t, "yo")) {
            return document.isNumber(t - 1) && document.tokenLength(t - 1) <= 3;
        }
        if (!document.tokenIs(t, "old")) {
            return false;
        }
        t = document.isSymbol(t - 1, '-') ? t - 2 : t - 1;
        if (!document.tokenIs(t, "year")) {
            return false;
        }
        t = document.isSymbol(t - 1, '-') ? t - 2 : t - 1;
        return document.isNumber(t) && document.tokenLength(t) <= 3;
    }

    /** The last token of an age that starts at {@code t} ("age 7", "âgée de 3 ans", "72 ans"), or -1. */
    private static int ageEnd(Document document, int t) {
        if (document.tokenIsAny(t, AGE_WORDS)) {
            int number = document.tokenIs(t + 1, "de") || document.tokenIs(t + 1, "of") ? t + 2 : t + 1;
            if (document.isNumber(number) && document.tokenLength(number) <= 3) {
                return document.tokenIsAny(number + 1, PersonNameRecognizer.AGE_UNITS) ? number + 1 : number;
            }
        } else if (document.isNumber(t) && document.tokenLength(t) <= 3
                && document.tokenIsAny(t + 1, PersonNameRecognizer.AGE_UNITS)) {
            return t + 1;
        }
        return -1;
    }

    /** Words after an age's unit that make it a time, not an age: "30 ans de carrière", "20 years in cardiology", "10 years ago". */
    private static final String[] DURATION_FOLLOWERS = {"de", "d", "of", "dans", "in", "at", "après", "after", "plus",
        "later", "ago", "depuis", "since"};
    /** How many tokens after a bare age its illness may stand ("4 ans 17 kg otite"). */
    private static final int BARE_AGE_REACH = 4;
    /** How many tokens after the full stop of a note's "Name, 24." its illness may stand ("Attended for results: HIV…"). */
    private static final int NOTE_AGE_REACH = 8;

    /**
     * Whether a name is followed by its age and, closely, an illness, in a prompt's or a note's
     * shorthand: right after it ("pour Zoé Lambert 4 ans 17 kg otite moyenne aiguë"), or after a
     * comma where the age ends the line's first sentence ("Liam Gallagher, 24. Attended for results:
     * HIV negative, chlamydia positive"). Not a time ("Paul Martin 30 ans de carrière en
     * cardiologie"), a welcome, nor a sentence of work. The name may follow a letter's "Re:", and
     * the age may end its line, what the person has then opening the next ("Re: Olivia Grant,
     * 27\nTwo episodes of optic neuritis").
     */
    private static boolean bareAgeThenIllness(Document document, Finding name) {
        int after = document.tokenAt(name.end());
        if (after >= document.tokenCount() || document.newlineBefore(after) || welcomed(document, name)) {
            return false;
        }
        if (document.isNumber(after)) {
            int unit = ageEnd(document, after);
            return unit > after && !document.tokenIsAny(unit + 1, DURATION_FOLLOWERS)
                    && eventSoonAfter(document, unit, BARE_AGE_REACH) && !workInSentence(document, after);
        }
        int age = after + 1;
        if (!document.isSymbol(after, ',') || !document.isNumber(age) || document.tokenLength(age) > 3
                || Integer.parseInt(document.tokenText(age)) > PersonNameRecognizer.MAX_AGE) {
            return false;
        }
        int first = firstOfName(document, name);
        int lineStart = lineStartOf(document, first);
        // the name opens its line, or follows a short label: a letter's subject ("Re: Olivia Grant, 27"), a
        // clinic's list ("Seen today: Mr Farid Haddad, 52")
        if (lineStart != first && !labelled(document, lineStart, first)) {
            return false;
        }
        int next = age + 1;
        if (next < document.tokenCount() && document.newlineBefore(next)) {
            // the age ends the line, what the person has opens the next: "Re: Olivia Grant, 27\nTwo episodes of optic neuritis"
            return (anEvent(document, next) || eventSoonAfter(document, next, NOTE_AGE_REACH)) && !workInSentence(document, next);
        }
        // "Liam Gallagher, 24. Attended for results: …", "Gareth Pryce, 58, day 4 post cardiac arrest",
        // "Walter Brennan, 84: catheter bypassing"
        return (document.isSymbol(next, '.') || document.isSymbol(next, ',') || document.isSymbol(next, ':'))
                && eventSoonAfter(document, next, NOTE_AGE_REACH) && !workInSentence(document, next + 1);
    }

    /** How many words a label before a name may have: "Re:", "Seen today:", "Patient seen:". */
    private static final int LABEL_WORDS = 3;

    /**
     * Whether the tokens from {@code lineStart} to the name at {@code name} are a few words and a
     * colon: "Seen today: ", after a heading and its dash if there is one: "Genetics clinic letter –
     * Re: ".
     */
    private static boolean labelled(Document document, int lineStart, int name) {
        if (lineStart < 0 || !document.isSymbol(name - 1, ':')) {
            return false;
        }
        for (int t = name - 2; t > lineStart; t--) {
            if (document.isSymbol(t, '–') || document.isSymbol(t, '—') || document.isSymbol(t, '-') && !document.touchesNext(t)) {
                lineStart = t + 1; // the heading's dash: the label starts after it
                break;
            }
        }
        if (name - 1 - lineStart > LABEL_WORDS || name - 1 == lineStart) {
            return false;
        }
        for (int t = lineStart; t < name - 1; t++) {
            if (!document.isWord(t)) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the name a finding is part of: "Liam" for the finding of "Gallagher". */
    private static int firstOfName(Document document, Finding name) {
        int first = document.tokenAt(name.start());
        while (first > 0 && !document.newlineBefore(first) && document.startsUpper(first - 1) && document.isWord(first - 1)) {
            first--;
        }
        return first;
    }

    /** Words that say what a person undergoes or suffers, right after their name and age. */
    private static final String[] PRESENTING = {"consulte", "consulté", "consultée", "adressé", "adressée", "admis",
        "admise", "hospitalisé", "hospitalisée", "amené", "amenée", "suivi", "suivie", "souffre", "opéré", "opérée",
        "traité", "traitée", "atteint", "atteinte", "enceinte", "admitted", "referred", "complains", "complaining",
        "suffers", "suffering", "pregnant"};
    /**
     * Of {@link #PRESENTING}, the words that say what someone did as much as what was done to them
     * ("Jean Martin, 52 ans, consulte au CHU" may be the doctor): they need the person introduced.
     */
    private static final String[] SEEN_BY_SOMEONE = {"consulte", "consulté", "consultée", "adressé", "adressée", "suivi",
        "suivie", "traité", "traitée", "amené", "amenée", "referred"};
    /** What follows "brought" when a person is brought to care: "brought in", "brought by mum", "brought to A&E". */
    private static final String[] BROUGHT_TO = {"in", "by", "to"};
    /** What a person presents that is a thing, not a symptom: "présente le rapport", "présente ses travaux". */
    private static final String[] DEFINITE = {"le", "la", "les", "l", "son", "sa", "ses", "ce", "cet", "cette", "ces",
        "notre", "nos", "votre", "vos", "leur", "leurs"};

    /**
     * Whether the word at {@code token} says what a person undergoes or suffers: one of {@link
     * #PRESENTING}, "présente" before a symptom ("présente une toux", "présente depuis trois
     * semaines…", not "présente le rapport annuel"), "presents with" or "brought in".
     */
    private static boolean presenting(Document document, int token) {
        if (document.tokenIs(token, "présente")) {
            return !document.tokenIsAny(token + 1, DEFINITE);
        }
        if (document.tokenIs(token, "presents") || document.tokenIs(token, "presenting")) {
            return document.tokenIs(token + 1, "with");
        }
        if (document.tokenIs(token, "brought")) {
            return document.tokenIsAny(token + 1, BROUGHT_TO); // "brought in by ambulance", not "brought her expertise"
        }
        return document.tokenIsAny(token, PRESENTING);
    }

    /** Words that introduce a patient or a relative before their name: "my son Oliver", "Mme Roux", "la patiente Léa". */
    private static final String[] PATIENT_INTRODUCTIONS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(PersonNameRecognizer.CIVIL_TITLES), java.util.stream.Stream.of("madame", "monsieur",
                    "mademoiselle", "son", "daughter", "child", "baby", "mother", "father", "wife", "husband", "fils", "fille", "enfant", "bébé", "mère",
                    "père", "épouse", "époux", "mari", "femme", "grandpa", "grandma", "grandfather", "grandmother", "grand-père",
                    "grand-mère", "papi", "mamie", "patient", "patiente", "pt", "participant", "participante",
                    "subject", "sujet",
                    // the other relatives, friends and neighbours: "ta tante Fatoumata", "my neighbour Doreen …"
                    "frère", "sœur", "soeur", "brother", "sister", "conjoint", "conjointe", "compagne", "compagnon",
                    "cousin", "cousine", "oncle", "tante", "uncle", "aunt", "nephew", "niece", "neveu", "nièce",
                    "grandson", "granddaughter", "granny", "grandad", "boyfriend", "girlfriend", "copain", "copine",
                    "voisin", "voisine", "neighbour", "neighbor", "friend", "ami", "amie", "partner")).toArray(String[]::new);

    /** Whether one of {@link #PATIENT_INTRODUCTIONS} stands just before the name whose word is {@code token} (a colleague's does not: colleagues work on illnesses). */
    private static boolean introducedAsPatient(Document document, int token) {
        return introducedBy(document, token, PATIENT_INTRODUCTIONS, true)
                // "Votre mère, Odile Frémont, est en soins intensifs": the word, then a comma, then the name
                || document.isSymbol(token - 1, ',') && document.tokenIsAny(token - 2, PATIENT_INTRODUCTIONS);
    }

    /**
     * Whether one of {@code words} stands before the name whose word is {@code token}, with only the
     * name's other words, initials and signs between ("Dr Jean-Paul Martin", "my son Oliver"): the
     * scan stops at a lower-case word, and at a comma when {@code commaEnds}.
     */
    private static boolean introducedBy(Document document, int token, String[] words, boolean commaEnds) {
        return introducer(document, token, words, commaEnds) >= 0;
    }

    /** The token of the word that {@link #introducedBy} finds, or -1. */
    private static int introducer(Document document, int token, String[] words, boolean commaEnds) {
        for (int t = token - 1; t >= 0 && t >= token - TITLE_REACH && !document.newlineBefore(t + 1); t--) {
            if (document.tokenIsAny(t, words)) {
                return t;
            }
            if (document.isWord(t) && !document.startsUpper(t) || commaEnds && document.isSymbol(t, ',')) {
                return -1;
            }
        }
        return -1;
    }

    /** The year before which a story is history ("a 14-year-old boy named Leonard Thompson, … January 1922"). */
    private static final int HISTORY_BEFORE = 1950;

    /**
     * Whether a date other than a birth date is of a year before {@link #HISTORY_BEFORE}, a year
     * too old to be read as a date at all is written after "in" or "en" ("In 1854 John Snow traced a
     * cholera outbreak"), or the text tells of a first in a year it opens on: a story of long ago.
     */
    private static boolean longAgo(Document document, List<Finding> findings) {
        if (storyOfAFirst(document) || yearOfHistory(document)) {
            return true;
        }
        for (Finding finding : findings) {
            if (finding.label() == Label.DATE && finding.end() - finding.start() >= 4) {
                int year = yearIn(document, finding.end() - 4, finding.end());
                if (year >= 1000 && year < HISTORY_BEFORE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number the four characters from {@code start} write, or -1 if one is no digit ("3,50"). */
    private static int yearIn(Document document, int start, int end) {
        int year = 0;
        for (int i = start; i < end; i++) {
            char c = document.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + (c - '0');
        }
        return year;
    }

    /** The prepositions a year of history follows: "In 1854", "en 1895", "dès 1885". */
    private static final String[] IN_A_YEAR = {"in", "en", "dès", "since", "depuis", "by", "until", "jusqu", "vers", "around"};
    /** The first year a date is read in (the years before are not dates, and need reading here). */
    private static final int FIRST_DATED_YEAR = 1900;

    /**
     * Whether a year before the dates read ({@link #FIRST_DATED_YEAR}) follows a preposition of time
     * and no lower-case word after it makes it a count ("in 1200 patients").
     */
    private static boolean yearOfHistory(Document document) {
        for (int t : document.numbers()) {
            if (t == 0 || document.tokenLength(t) != 4 || !document.tokenIsAny(t - 1, IN_A_YEAR)) {
                continue;
            }
            int year = yearIn(document, document.start(t), document.end(t));
            boolean count = document.isWord(t + 1) && !document.startsUpper(t + 1);
            if (year >= 1000 && year < FIRST_DATED_YEAR && !count) {
                return true;
            }
        }
        return false;
    }

    /** The words of a medical first, told in history: "la première greffe de rein", "the first heart transplant". */
    private static final String[] FIRSTS = {"première", "premier", "first", "pionnier", "pionnière", "pioneer"};
    /** The last year a text opening on it may tell a story of long ago. */
    private static final int STORY_BEFORE = 1990;

    /**
     * Whether a text opens on a year of the past, or a month and its year ("En 1952, Jean Hamburger
     * réalise …", "In December 1967 Christiaan Barnard…"), and tells of a first: history, whose
     * patients are named in the books.
     */
    private static boolean storyOfAFirst(Document document) {
        int year = document.tokenIsAny(0, IN_A_YEAR) ? 1 : 0;
        if (year == 1 && document.isWord(1) && DateRecognizer.MONTHS.containsKey(document.lowerToken(1))) {
            year = 2; // its month before it: "In December 1967 Christiaan Barnard…", "En décembre 1967"
        }
        if (year == 0 || !document.isNumber(year) || document.tokenLength(year) != 4) {
            return false;
        }
        int value = yearIn(document, document.start(year), document.end(year));
        if (value < 1000 || value >= STORY_BEFORE) {
            return false;
        }
        for (String first : FIRSTS) {
            if (document.wordId(first) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens before a name's last word its title may stand ("Dr Jean-Paul Martin"). */
    private static final int TITLE_REACH = 5;

    /** Whether a practitioner's title stands before the name whose word is {@code token} ("Dr Paul Martin"). */
    private static boolean practitionerBefore(Document document, int token) {
        return introducedBy(document, token, PRACTITIONERS, false);
    }

    /** Wards a room may be in: "chambre 12, service de gériatrie". */
    private static final String[] WARDS = {"gériatrie", "cardiologie", "pneumologie", "neurologie", "néphrologie",
        "oncologie", "hématologie", "pédiatrie", "maternité", "psychiatrie", "médecine", "chirurgie", "réanimation",
        "urgences", "rhumatologie", "dermatologie", "endocrinologie", "urologie", "gynécologie", "orthopédie",
        "gastro", "gastroentérologie", "hépatologie", "infectiologie", "soins", "usc", "usi", "ssr", "usld", "ward",
        "icu", "hdu", "unit", "unité", "geriatrics", "cardiology", "oncology", "surgery", "maternity"};
    /**
     * Whether a numbered bed, or a numbered room with a ward or a clinical word after the name, heads
     * the name on its line, its title between: "lit 4 : Mme Roux", "chambre 12, Mme Kowalski, 88
     * ans, chute nocturne" (a nurses' handover); not "chambre 12, M. Hugo Petit, résidence Jean Zay".
     */
    private static boolean roomBefore(Document document, Finding name) {
        int first = document.tokenAt(name.start());
        int t = first - 1;
        // a title and its dot ("lit 4 : M. Roux"), not a sentence's end ("Seminar Room 3. Priya will present…")
        while (t >= 0 && (document.tokenIn(t, PersonNameRecognizer.TITLES)
                || document.isSymbol(t, '.') && document.tokenIn(t - 1, PersonNameRecognizer.TITLES))
                && !document.newlineBefore(t + 1)) {
            t--;
        }
        if (document.isSymbol(t, ',') || document.isSymbol(t, ':') || document.isSymbol(t, '-') || document.isSymbol(t, '–')) {
            t--;
        }
        if (!document.isNumber(t)) {
            return false;
        }
        int room = document.isSymbol(t - 1, '.') ? t - 2 : t - 1;
        for (int k = Math.max(room + 1, 0); k <= first; k++) {
            if (document.newlineBefore(k)) {
                return false; // the room, its number and the name on one line
            }
        }
        if (document.tokenIsAny(room, PersonNameRecognizer.BEDS)) {
            return true;
        }
        if (!document.tokenIsAny(room, PersonNameRecognizer.NUMBERED_ROOMS)) {
            return false;
        }
        return wardInSentence(document, document.tokenAt(name.end()));
    }

    /**
     * Whether a ward or a clinical word stands from {@code from} to the end of its sentence: a
     * numbered room's then a ward's ("Mme Odette Rivaud (ch. 12) : agitée vers 2 h, déambulation,
     * chute sans traumatisme"), not a hall of residence's ("chambre 12, résidence Jean Zay").
     */
    private static boolean wardInSentence(Document document, int from) {
        if (from >= document.tokenCount() || document.newlineBefore(from)) {
            return false;
        }
        int to = sentenceTo(document, from);
        for (int t = from; t <= to; t++) {
            if (document.tokenIsAny(t, WARDS) || document.tokenIn(t, DocumentSignals.HEALTH)) {
                return true;
            }
        }
        return false;
    }

    /** Words between a name and its bed or room: "Mr Abernethy in bay 3", "Mme Roux au lit 4". */
    private static final String[] IN = {"in", "au", "en", "dans"};

    /**
     * Whether a numbered bed, or a numbered room followed by its ward or a clinical word, follows a
     * name ("Mme Jeanne Rousseau (chambre 12, service de gériatrie)", "M. Benoît Caron, ch. 8,
     * algique", "Mr Khan, bed 5"): the person is a patient in a ward, whose stay with one clinical
     * word is a matter of their health. A student's room in a hall of residence ("M. Hugo Petit,
     * chambre 12, résidence Jean Zay") is not a ward's, nor a practitioner's consulting room.
     */
    private static boolean roomAfterName(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            if (roomBefore(document, finding)) {
                return true;
            }
            if (practitionerBefore(document, document.tokenAt(finding.start()))) {
                continue; // a practitioner's room is where they consult: "Dr Nolan Hart (room 4): asthma clinic"
            }
            int room = document.tokenAt(finding.end());
            if (document.tokenIs(room, "de") && document.tokenIs(room + 1, "la") && document.isNumber(room + 2)
                    && document.tokenLength(room + 2) <= 3 && !document.isSymbol(room + 3, '/')) {
                return true; // a ward's shorthand for the room: "la petite Jade de la 4 a vomi"
            }
            if (document.isSymbol(room, '(') || document.isSymbol(room, ',') || document.tokenIsAny(room, IN)) {
                room++; // "Mr Abernethy in bay 3", "Mme Roux au lit 4"
            }
            int number = document.isSymbol(room + 1, '.') ? room + 2 : room + 1;
            if (!document.isNumber(number) || document.newlineBefore(room)) {
                continue;
            }
            if (document.tokenIsAny(room, PersonNameRecognizer.BEDS)) {
                return true;
            }
            if (document.tokenIsAny(room, PersonNameRecognizer.NUMBERED_ROOMS) && wardInSentence(document, number + 1)) {
                return true; // a ward's when the ward, or what the person has, is named after it
            }
        }
        return false;
    }

    /** How many tokens (a colon, a title and its dot) may stand between a patient word and the name it introduces. */
    private static final int PATIENT_WORD_REACH = 4;
    /** The labels of a form's name fields: "Nom : Paul Renard", "Prénom :", "Name:". */
    private static final String[] NAME_FIELDS = {"nom", "prénom", "prénoms", "name", "surname"};
    private static final String[] AGE_FIELDS = {"age", "âge"};

    /** Whether a form gives an age in its field: "Name: Isla McKenzie    Age: 11" (the person's particulars). */
    private static boolean ageField(Document document) {
        for (String field : AGE_FIELDS) {
            for (int label : document.positions(field)) {
                int value = label + 2;
                if (document.isSymbol(value - 1, ':') && document.isNumber(value) && document.tokenLength(value) <= 3
                        && Integer.parseInt(document.tokenText(value)) <= PersonNameRecognizer.MAX_AGE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name follows one of {@code words}, at most {@code reach} tokens before it (symbols
     * and titles between): with clinical words, a text about a named patient, or a form's name
     * beside its clinical fields, is health data about a person, however few other cues it has.
     */
    private static boolean nameAfter(Document document, List<Finding> findings, String[] words, int reach) {
        for (Finding finding : findings) {
            if (!isName(finding)) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            for (int t = first - 1; t >= 0 && t >= first - reach && !document.newlineBefore(t + 1); t--) {
                if (document.tokenIsAny(t, words)) {
                    return true;
                }
                // another word: the name is not the one the patient word introduces (but "my patient is Harriet Lowe")
                if (document.isWord(t) && !document.tokenIn(t, PersonNameRecognizer.TITLES) && !document.tokenIsAny(t, COPULAS)) {
                    break;
                }
            }
        }
        return false;
    }

    /** The verb that says who a patient word's person is: "my patient is Harriet Lowe", "la patiente est Mme Roux". */
    private static final String[] COPULAS = {"is", "was", "est", "était"};

    /** Whether the word at {@code token} fills a table's cell alone: "| Patient |", ";patient;", a line's first tab-ended word. */
    private static boolean aCell(Document document, int token) {
        int start = document.start(token);
        int end = document.end(token);
        boolean opens = token == 0 || document.newlineBefore(token) || isCellSeparator(document, token - 1)
                || document.charAt(start - 1) == '\t';
        boolean closes = token + 1 >= document.tokenCount() || document.newlineBefore(token + 1)
                || isCellSeparator(document, token + 1) || end < document.length() && document.charAt(end) == '\t';
        return opens && closes;
    }

    private static boolean isCellSeparator(Document document, int token) {
        return document.isSymbol(token, '|') || document.isSymbol(token, ';') || document.isSymbol(token, ',');
    }

    /** A table's column of the people it lists as patients or residents: its names are theirs. */
    private static final String[] PATIENT_COLUMNS = {"patient", "patiente", "patients", "résident", "résidente", "resident"};
    /** Words of a table's name columns ("last_name" is read as "last", "_", "name"). */
    private static final String[] NAME_COLUMNS = {"nom", "prénom", "prenom", "name", "surname", "lastname", "firstname"};
    /** How many tokens a table's header line is read for a clinical column (wider tables are read in part). */
    private static final int HEADER_REACH = 60;

    /**
     * Whether names read under a table's name columns stand in a table whose header also names a
     * clinical column ("| Nom | Prénom | Âge | Diagnostic |", "nom,prenom,date_naissance,pathologie"):
     * a table of patients. A table of investigators ("Centre | Rôle"), of a department's staff
     * ("Service;Téléphone") or of teachers and their courses ("nom,prenom,cours" over "Physiologie
     * rénale et diabète") is not one.
     */
    private static boolean tableOfPatients(Document document, List<Finding> findings) {
        boolean tableNames = false;
        for (Finding finding : findings) {
            // a name cell, read by the table's columns or by the name's typography ("DUMAS Pierre | 58 | 10,2")
            int row = isName(finding) ? lineStartOf(document, document.tokenAt(finding.start())) : -1;
            if (isName(finding) && (finding.explanation().recognizer().equals(TableColumnRecognizer.ID)
                    || row >= 0 && cells(document, row) >= MIN_ROW_CELLS)) {
                tableNames = true;
                break;
            }
        }
        if (!tableNames) {
            return false;
        }
        // a column of patients, on a table's header line: "| Bed | Patient | Issue | Plan |"
        for (String column : PATIENT_COLUMNS) {
            for (int cell : document.positions(column)) {
                int row = aCell(document, cell) ? lineStartOf(document, cell) : -1;
                if (row >= 0 && cells(document, row) >= MIN_ROW_CELLS) {
                    return true;
                }
            }
        }
        for (String column : NAME_COLUMNS) {
            int id = document.wordId(column);
            for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
                if (clinicalOnItsLine(document, document.occurrence(id, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a clinical word that is not a role's or research's stands on the line of {@code token}, near it. */
    private static boolean clinicalOnItsLine(Document document, int token) {
        int first = token;
        while (first > 0 && first > token - HEADER_REACH && !document.newlineBefore(first)) {
            first--;
        }
        for (int t = first; t < token + HEADER_REACH && t < document.tokenCount() && (t == first || !document.newlineBefore(t)); t++) {
            if (clinicalNotRole(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Titles of practitioners: a list of names after them is a staff list or a schedule, not a list of patients. */
    private static final String[] PRACTITIONERS = {"dr", "pr", "docteur", "professeur", "prof", "doctor", "professor"};
    /**
     * Clinical words that say what a person on a list does, not what they have: a staff rota
     * ("MOREAU Claire – infirmière") or a list of investigators ("MARTIN Paul – investigateur
     * principal, essai …") is no list of patients.
     */
    private static final String[] ROLES_AND_RESEARCH = {"médecin", "médecins", "infirmier", "infirmière", "infirmiers",
        "infirmières", "soignant", "soins", "consultation", "consultations", "clinique", "clinical", "hospitalière",
        "hospital", "investigateur", "centre", "étude", "essai", "cohorte", "cohort", "study", "trial", "suivi",
        "rééducation", "kinésithérapie", "orthophonie", "participant", "participants", "sujet", "subject", "subjects",
        "visite", "visites", "visit", "inclusion", "inclus", "incluse", "randomisation", "randomisé", "randomised",
        "randomized", "enrolled", "enrolment", "crf", "ecrf", "questionnaire", "psychologue", "psychologist", "psychiatre",
        "psychiatrist", "pédopsychiatre", "psychothérapeute"};
    /** How many tokens of a line are looked at for a clinical word after the name that starts it. */
    private static final int LIST_LINE_REACH = 40;

    /**
     * "1. FAURE Bernard (groupe O, PRA 12 %) – dialyse depuis 2019 / 2. NGUYEN Thi Lan …": two lines
     * or more that each start with a person's name (after a list's number or bullet, or M., Mme;
     * not after Dr or Pr) and hold a clinical word are a list of patients.
     */
    private static boolean listOfPatients(Document document, List<Finding> findings) {
        int lines = 0;
        int lastLine = -1;
        for (Finding finding : findings) {
            if ((finding.label() != Label.FIRST_NAME && finding.label() != Label.LAST_NAME)
                    || !STRONG_NAME_RULES.contains(finding.explanation().rule())) {
                continue;
            }
            int first = document.tokenAt(finding.start());
            int lineStart = first;
            while (lineStart > 0 && first - lineStart < 4 && !document.newlineBefore(lineStart)
                    && (document.isSymbol(lineStart - 1) || document.isNumber(lineStart - 1)
                    || document.tokenIn(lineStart - 1, PersonNameRecognizer.TITLES) && !document.tokenIsAny(lineStart - 1, PRACTITIONERS))) {
                lineStart--;
            }
            if (lineStart == lastLine || lineStart > 0 && !document.newlineBefore(lineStart)) {
                continue; // a line counted already, or a name inside a line
            }
            for (int t = first; t < document.tokenCount() && t < first + LIST_LINE_REACH && (t == first || !document.newlineBefore(t))
                    && !document.isSymbol(t, '«') && !document.isSymbol(t, '"'); t++) {
                // a title in quotes on the line ("DUPONT Léa – « Biomarqueurs de la sepsis »") is a work, not a condition
                if (clinicalNotRole(document, t)) {
                    if (lines == 0 && topicsAbove(document, lineStart)) {
                        return false; // "| Orateur | Thème |" over "| Paul MARTIN | La BPCO en 2025 |": a programme
                    }
                    lastLine = lineStart;
                    if (++lines >= 2) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** Whether the line above the line from {@code lineStart} (a table's header, a list's heading) names topics or roles. */
    private static boolean topicsAbove(Document document, int lineStart) {
        int above = lineAbove(document, lineStart);
        if (above >= 0 && document.isSymbol(above, '|') && document.isSymbol(above + 1, '-')) {
            above = lineAbove(document, above); // a Markdown table's rule, under its header
        }
        for (int t = above; t >= 0 && t < lineStart; t++) {
            if (document.tokenIsAny(t, TOPIC_COLUMNS)) {
                return true;
            }
        }
        return false;
    }


    /**
     * Whether a title stands before a lone initial and its dot that no name follows ("M. R., 27
     * ans"; not "M. R. Smith", a name), or initials follow their word ("ses initiales M.-L. D."):
     * a person known by an initial, a pseudonym of sorts.
     */
    private static boolean titledInitial(Document document) {
        for (String title : PersonNameRecognizer.CIVIL_TITLES) {
            int id = document.wordId(title);
            for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
                int t = document.occurrence(id, i);
                int initial = document.isSymbol(t + 1, '.') ? t + 2 : t + 1;
                if (document.startsUpper(t) && document.tokenLength(initial) == 1 && document.startsUpper(initial)
                        && document.isSymbol(initial + 1, '.') && !document.startsUpper(initial + 2)) {
                    return true;
                }
            }
        }
        // or said to be known by them: "identifiée par ses initiales M.-L. D., 58 ans", "initials: J.B."
        for (String word : INITIALS) {
            for (int said : document.positions(word)) {
                int initial = said + 1;
                if (document.isSymbol(initial, ':')) {
                    initial++;
                }
                if (document.tokenLength(initial) == 1 && document.startsUpper(initial) && document.isSymbol(initial + 1, '.')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] INITIALS = {"initiales", "initials"};

    /** Whether a hospital system's record of a patient (an HL7 segment, a DICOM header) was found: health data by what it is. */
    private static boolean clinicalRecord(List<Finding> findings) {
        for (Finding finding : findings) {
            String recognizer = finding.explanation().recognizer();
            if (recognizer.equals(Hl7SegmentRecognizer.ID) || recognizer.equals(DicomHeaderRecognizer.ID)) {
                return true;
            }
        }
        return false;
    }

    /** The words that may stand between a relative and their number: "fille : 06 ...", "tél. de son fils au 06 ...". */
    private static final String[] CONTACT_WORDS = {"de", "du", "d", "sa", "son", "ses", "la", "le", "l", "au", "à", "a",
        "tel", "tél", "téléphone", "telephone", "portable", "mobile", "numéro", "numero", "n", "joignable", "joindre",
        "contact", "mail", "email", "e", "courriel", "phone", "number", "cell", "her", "his"};
    private static final String[] RELATIVES = {"fille", "fils", "épouse", "epouse", "époux", "epoux", "mari", "femme",
        "conjoint", "conjointe", "mère", "mere", "père", "pere", "frère", "frere", "sœur", "soeur", "compagne", "compagnon",
        "parents", "tuteur", "tutrice", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "spouse",
        "partner", "guardian"};

    private static boolean aRelativesContact(Document document, List<Finding> findings) {
        for (Finding finding : findings) {
            if ((finding.label() == Label.PHONE || finding.label() == Label.EMAIL) && ofARelative(document, finding)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phone number or e-mail address is given as a relative's: the nearest word before it,
     * past symbols and the words that introduce a number, names one ("tel de sa fille 06 ...",
     * "épouse : 06 ..."). A service's number in a leaflet ("le patient ou son épouse contacte le
     * service au 01 ...") is not: "service" stands nearer.
     */
    private static boolean ofARelative(Document document, Finding contact) {
        int first = document.tokenAt(contact.start());
        int otherWords = 0;
        for (int t = first - 1; t >= 0 && t >= first - 12 && !document.newlineBefore(t + 1); t--) {
            if (document.isSymbol(t)) {
                continue;
            }
            if (!document.isWord(t) || document.tokenIsAny(t, INSTITUTIONS)) {
                return false;
            }
            if (document.tokenIsAny(t, RELATIVES)) {
                return true;
            }
            if (!document.tokenIsAny(t, CONTACT_WORDS) && ++otherWords > OTHER_WORDS) {
                return false;
            }
        }
        return false;
    }

    /**
     * Words of a relative's wish between them and their number: "son mari souhaite être présent
     * (tél. 06 …)". A service's number is told by its name ({@link #INSTITUTIONS}).
     */
    private static final int OTHER_WORDS = 4;
    /** Whose number it is when these stand between a relative and the number: a service's, not the relative's. */
    private static final String[] INSTITUTIONS = {"service", "services", "secrétariat", "secretariat", "standard", "accueil",
        "cabinet", "hôpital", "hopital", "centre", "clinique", "unité", "laboratoire", "permanence", "urgences", "samu",
        "ligne", "plateforme", "ward", "clinic", "hospital", "office", "desk", "helpline"};

    /**
     * The word lists the sentence rules read many tokens against, in the order of their bits in
     * {@link #WORD_LISTS}: those of {@link #illnessAfterName}, then the words of work of {@link
     * #nameAndIllnessInASentence}, then those {@link #anEvent} and {@link #recordOfName} read
     * (declared last: every list must be made before them). Every word of every list is one vocabulary ({@link
     * #LISTED_WORDS}: one of the 63 bits for all), and a map gives the lists a word is in. A text
     * then costs a bit test per token read and a map look-up per listed word met, not a look-up per
     * listed word in every text: with "a", "son" and "his" among them, most texts hold one, and
     * the two hundred-odd look-ups were most of a short text's classification.
     */
    private static final String[][] ILLNESS_LISTS = {ILL, CARED_FOR, PASSIVE, ATTENDED, PRESENTED, CAME, PRESENTS, HAD_ANY,
        HAS_FRENCH, THEIR, CONDITIONS, UNDERGOES, STAYING, java.util.Arrays.stream(SICK_LEAVE).map(words -> words[0]).toArray(String[]::new)};
    /** The bit of {@link #WORK_WORDS} and {@link #WORK_NOUNS}, after those of {@link #ILLNESS_LISTS}. */
    private static final int WORK_LIST = 1 << ILLNESS_LISTS.length;
    /** The bits of lists {@link #anEvent} and {@link #recordOfName} read at every clinical word or name. */
    private static final int NOT_AN_EVENT_LIST = WORK_LIST << 1;
    private static final int ROLES_LIST = WORK_LIST << 2;
    private static final int WORK_NOUNS_LIST = WORK_LIST << 3;
    private static final int STUDIED_LIST = WORK_LIST << 4;
    private static final int DOSE_LIST = WORK_LIST << 5;
    private static final int THIRD_PERSON_LIST = WORK_LIST << 6;
    private static final int AUDIENCE_LIST = WORK_LIST << 7;
    private static final java.util.Map<String, Integer> WORD_LISTS = wordLists();
    private static final Vocabulary LISTED_WORDS = Vocabulary.of(WORD_LISTS.keySet());
    /** The lists of words that say an illness themselves: all of {@link #ILLNESS_LISTS} but {@link #PASSIVE}, read beside them. */
    private static final int SAYING_LISTS = (WORK_LIST - 1) & ~listBit(PASSIVE);

    /** The bit of one of {@link #ILLNESS_LISTS} (the array itself, not an equal one). */
    private static int listBit(String[] list) {
        for (int i = 0; i < ILLNESS_LISTS.length; i++) {
            if (ILLNESS_LISTS[i] == list) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("not one of the illness lists");
    }

    private static java.util.Map<String, Integer> wordLists() {
        java.util.Map<String, Integer> lists = new java.util.HashMap<>();
        for (int list = 0; list < ILLNESS_LISTS.length; list++) {
            for (String word : ILLNESS_LISTS[list]) {
                lists.merge(word, 1 << list, (a, b) -> a | b);
            }
        }
        String[][] others = {WORK_WORDS, WORK_NOUNS, NOT_AN_EVENT, ROLES_AND_RESEARCH, STUDIED, DOSE_FORMS, THIRD_PERSON};
        // a dose's form is no illness: "merci de ranger les comprimés et gélules" says nothing of anyone's health
        int[] bits = {WORK_LIST, WORK_LIST | WORK_NOUNS_LIST, NOT_AN_EVENT_LIST, ROLES_LIST, STUDIED_LIST, DOSE_LIST | NOT_AN_EVENT_LIST,
            THIRD_PERSON_LIST};
        for (int list = 0; list < others.length; list++) {
            for (String word : others[list]) {
                lists.merge(word, bits[list], (a, b) -> a | b);
            }
        }
        for (String word : AUDIENCES) {
            lists.computeIfPresent(word, (w, b) -> b & ~WORK_LIST | AUDIENCE_LIST);
        }
        return java.util.Map.copyOf(lists);
    }

    /** The bits of the lists of {@link #WORD_LISTS} the token's word is in; 0 for a word of none. */
    private static int listsOf(Document document, int token) {
        return document.tokenIn(token, LISTED_WORDS) ? WORD_LISTS.getOrDefault(document.word(document.wordId(token)), 0) : 0;
    }
}
