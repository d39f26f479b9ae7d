package org.passerelle.detect;

import java.util.List;
import java.util.Set;

/**
 * Given names and family names of contemporary people, from several cues combined:
 * <ul>
 *   <li>a title ({@code M.}, {@code Mme}, {@code Dr}, {@code Pr}, {@code Mrs}...) before a name;</li>
 *   <li>a role word ({@code patient}, {@code épouse}, {@code fils de}, {@code Auteurs :},
 *       {@code Rédigé par}, {@code Dear}...) before a name that has a second cue;</li>
 *   <li>typography: a known given name beside an UPPER-CASE family name, in either order
 *       ({@code Jean DUPONT}, {@code JALONNET Christine}), or an initial ({@code V. DUPONT});</li>
 *   <li>a known given name followed by a capitalised word that is not a common word
 *       ({@code Rémi Foliet}).</li>
 * </ul>
 * Eponyms ({@code maladie de Parkinson}), famous scientists ({@code Marie Curie}) and names
 * inside places ({@code rue Pasteur}, {@code Collège Jean-Moulin}) are not reported; names inside
 * hospital or address spans lose to those spans when overlaps are resolved.
 */
final class PersonNameRecognizer implements Recognizer {

    static final Vocabulary FIRST_NAMES = Vocabulary.load("first-names.txt");
    private static final Vocabulary LAST_NAMES = Vocabulary.load("last-names.txt");
    private static final Vocabulary NOT_PERSONS = Vocabulary.load("not-person-names.txt");
    static final Vocabulary COMMON = Vocabulary.load("common-capitalized-words.txt");
    static final Vocabulary ACRONYMS = Vocabulary.load("acronyms.txt");
    /** Titles before which a lone initial stands for a person: "M. R.", "Mme G.". */
    static final String[] CIVIL_TITLES = {"m", "mme", "mlle", "melle", "mr", "mrs", "ms"};
    /**
     * The titles of a person who is not named as a practitioner: those a letter gives the person
     * it writes to, and before which an eponym is a family name ("M. Benedict").
     */
    static final String[] CIVIL_ADDRESS = java.util.stream.Stream.concat(java.util.Arrays.stream(CIVIL_TITLES),
            java.util.stream.Stream.of("madame", "monsieur", "mademoiselle", "miss")).toArray(String[]::new);
    static final Vocabulary TITLES = Vocabulary.of("m", "mme", "mmes", "mlle", "melle", "mr", "mrs", "ms", "miss",
            "dr", "dre", "drs", "docteur", "docteure", "doctor", "pr", "prof", "professeur", "professeure", "professor",
            "madame", "monsieur", "mademoiselle", "me", "maître", "sr", "sir");
    /**
     * Relatives, colleagues and the people one writes about, all of them {@link #ROLES} too: in
     * lower case before two capitalised words, they name a person ("votre père, Henryk
     * Zielinski"), where "le Père Noël" and "le cimetière du Père-Lachaise" are written with a
     * capital. Not "femme"; "son" ("his", in French) and "fille" only after a possessive.
     */
    private static final java.util.Set<String> KIN = java.util.Set.of("père", "mère", "father", "mother", "frère", "sœur",
        "soeur", "brother", "sister", "époux", "épouse", "mari", "husband", "wife", "conjoint", "conjointe", "compagne",
        "compagnon", "daughter", "fils", "fille", "son", "collègue", "colleague", "neighbour", "neighbor", "voisin",
        "voisine", "friend", "ami", "amie", "cousin", "cousine", "oncle", "tante", "uncle", "aunt", "nephew", "niece",
        "neveu", "nièce", "grandson", "granddaughter", "partner", "boyfriend", "girlfriend", "copain", "copine",
        "grandmother", "grandfather", "grandma", "grandpa", "granny", "grandad",
        // the people one lives with: "ma coloc Léa", "my flatmate Dan"
        "coloc", "colocataire", "flatmate", "roommate", "housemate", "mate", "pote",
        // what children call their parents: "my dad Ray has just been diagnosed", "ma maman Josiane"
        "dad", "mum", "mom", "papa", "maman", "mamie", "papi", "papy");
    /** Whether the token is a relative's word in lower case ({@link #KIN}): "partner", "fille", "mum". */
    static boolean kin(Document document, int token) {
        return document.isWord(token) && !document.startsUpper(token) && KIN.contains(document.lowerToken(token));
    }

    /** Adjectives between a possessive and a relative's word: "my best friend", "ma petite sœur", "his late wife". */
    private static final String[] KIN_ADJECTIVES = {"best", "little", "big", "older", "younger", "eldest", "oldest",
        "youngest", "late", "dear", "meilleur", "meilleure", "petit", "petite", "grand", "grande", "cher", "chère",
        "vieux", "vieil", "vieille", "défunt", "défunte"};
    /** Sign-offs after which the next line's capitalised words are the signatory's name: "Best wishes,\nRhona Baillie". */
    static final String[] SIGN_OFFS = {"cordialement", "amitiés", "amicalement", "salutations", "sincèrement",
        "respectueusement", "affectueusement", "confraternellement", "regards", "cheers", "sincerely", "warmly", "wishes"};
    private static final Vocabulary ROLES = Vocabulary.of(java.util.stream.Stream.of(java.util.stream.Stream.of("patient",
            "patiente", "femme", "enfant", "bébé", "auteurs", "auteur", "authors", "author", "pi", "investigateur",
            // an invention disclosure's "Inventors: Ji-woo Han, Ruth Adebayo"
            "inventeurs", "inventeur", "inventrice", "inventors", "inventor",
            "investigatrice", "investigator", "dear", "cher", "chère", "interne", "internes", "externe",
            "ide", "infirmière", "infirmier", "nurse", "pharmacien", "pharmacienne", "rédigé", "signé", "contact",
            "référent", "référente", "cadre", "confrère", "consœur", "nom", "surname", "forename", "forenames",
            "name", "prénom", "coordinateur", "coordinatrice", "arc", "tec", "ash", "as", "aide", "kiné", "psychologue",
            "orthophoniste", "sage", "témoin", "tuteur", "tutrice", "représentant", "légal", "aidant", "aidante",
            "bonjour", "hello", "hi", "merci", "thanks", "salut", "coucou", "bonsoir", "hey", "objet", "destinataire", "expéditeur", "signataire",
            "participant", "participante", "subject", "mr", "monsieur", "madame", "née", "né", "ép", "born", "alias",
            "usager", "usagère", // a Quebec CLSC's or a French social service's patient: "Usager : Tremblay, Gilles"
            "appelle", // "je m'appelle Marc Petit", "sa mère s'appelle Jeanne"
            "woman", "girl", "boy", "homme", // "a 34 y/o woman, Emily Watson"
            "bises", "bisous"), // a letter's sign-off, then its signatory, as those of SIGN_OFFS: "Bises, Claire"
            // relatives, colleagues and the people one writes about ("my neighbour Doreen Pilkington"), and sign-offs
            KIN.stream(), java.util.Arrays.stream(SIGN_OFFS)).flatMap(words -> words).toArray(String[]::new));
    /**
     * Possessives before a relative's word ("mon fils Elyes", "my son Oliver"): then one capitalised
     * word the lexicon lacks is the relative's given name. "son" and "fille" are relatives only
     * after one ("sa fille Inès"; "son Parkinson" is "his").
     */
    private static final String[] POSSESSIVES = {"mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur", "my",
        "your", "his", "her", "our", "their"};
    /** Words that sign for a service, not a person: "Kind regards,\nResearch Office". */
    private static final String[] ORGANISATION = {"office", "team", "unit", "department", "secretariat", "service", "committee",
        "group", "centre", "center", "programme", "program", "research", "administration", "support", "staff", "équipe",
        "secrétariat", "bureau", "direction", "comité", "groupe", "unité", "laboratoire", "recherche", "cellule", "pôle"};
    /** E-mail and letter headers: a name after "De :", "À :", "From:", "Cc:", "Par :". */
    private static final Vocabulary HEADER_ROLES = Vocabulary.of("de", "à", "a", "from", "to", "cc", "par", "by", "pour", "for",
            "pt"); // "Pt: Smith, John": the patient, in a header
    static final Vocabulary NUMBERED_WORDS = Vocabulary.of("phase", "type", "stade", "stage", "grade", "classe",
            "class", "niveau", "level", "annexe", "annex", "partie", "part", "bras", "arm", "groupe", "group", "cohorte",
            "vitamine", "vitamin", "hépatite", "hepatitis", "lot", "bloc", "salle", "chambre", "secteur", "zone");
    private static final Vocabulary OF = Vocabulary.of("de", "du", "d");
    private static final Vocabulary SALUTATIONS = Vocabulary.of("dear", "hi", "hello", "bonjour", "cher", "chère",
            "salut", "coucou", "merci", "thanks", "bonsoir", "hey");
    private static final Vocabulary PARTICLES = Vocabulary.of("de", "du", "des", "le", "la", "van", "von", "der", "den",
            "ben", "el", "al", "di", "da", "dos", "das", "del", "della", "mac", "mc", "ter", "ten", "bou", "abou", "ould", "ibn");
    /** Words before an eponym's "de": "maladie de Parkinson", "score de Glasgow" name no person and no place. */
    static final Vocabulary EPONYM_WORDS = Vocabulary.of("maladie", "syndrome", "signe", "signes", "critères",
            "critère", "score", "test", "tests", "loi", "échelle", "classification", "doigts", "cellules", "cellule",
            "méthode", "estimateur", "théorème", "disease", "sign", "criteria", "scale", "method", "estimator",
            "manœuvre", "manoeuvre", "réflexe", "reflex", "triade", "tétralogie", "kyste", "ganglion", "diverticule",
            "fracture", "lymphome", "sarcome", "tumeur", "phénomène", "effet", "effect", "law", "index", "indice",
            "formule", "formula", "corps", "bacille", "vaccin", "institut", "pasteurisation", "prix", "prize");
    static final Vocabulary PLACE_WORDS = Vocabulary.of("rue", "avenue", "boulevard", "bd", "place", "quai",
            "allée", "impasse", "chemin", "cours", "square", "collège", "lycée", "école", "amphithéâtre", "amphi",
            "salle", "bâtiment", "pavillon", "institut", "université", "campus", "fondation", "résidence", "hôpital",
            "hopital", "clinique", "centre", "site", "gare", "station", "métro", "musée", "parc", "pont", "stade",
            "street", "road", "lane", "hall", "building", "college", "university", "school", "saint", "sainte", "st",
            "ste", "espace", "maison", "foyer", "crèche", "groupe", "ehpad", "prix", "prize");
    /** The word lists that keep a capitalised word from being a name, for one look-up ({@link #nameLike}). */
    private static final long NOT_NAME_WORDS = COMMON.bit() | TITLES.bit() | PLACE_WORDS.bit() | NOT_PERSONS.bit()
            | ACRONYMS.bit() | DocumentSignals.HEALTH.bit();
    private static final Explanation TITLE = new Explanation("person-name", "title");
    private static final Explanation ROLE = new Explanation("person-name", "role-word");
    private static final Explanation TYPOGRAPHY = new Explanation("person-name", "given-name-and-upper-case-family-name");
    private static final Explanation UNKNOWN_GIVEN = new Explanation("person-name", "capitalised-word-and-upper-case-family-name");
    private static final Vocabulary PREPOSITIONS = Vocabulary.of("à", "avec", "chez", "par", "pour", "vers", "with", "for", "to",
            "from", "de", "et", "and", "ask", "demander");
    static final Explanation SIGNATURE = new Explanation("person-name", "signature-line");
    /** A known given name before a colon, opening a line of a chat or a transcript: its speaker. */
    static final Explanation SPEAKER = new Explanation("person-name", "speaker-of-a-line");
    private static final Explanation KNOWN_PAIR = new Explanation("person-name", "known-given-name-pair");

    /** Whether words in running text are passed over before the rules ({@link #wordInProse}). */
    private final boolean passOverProse;

    PersonNameRecognizer() {
        this(true);
    }

    /** Without the pass-over ({@code false}) every word goes through the rules, which the tests compare with it. */
    PersonNameRecognizer(boolean passOverProse) {
        this.passOverProse = passOverProse;
    }

    @Override
    public String id() {
        return "person-name";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.FIRST_NAME, Label.LAST_NAME);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        // A name follows a title (capitalised), a role or a header's role word, or starts with a capital.
        long cues = TITLES.bit() | ROLES.bit() | HEADER_ROLES.bit();
        int[] candidates = Document.union(document.capitalized(),
                Document.union(document.positions(ROLES.bit() | TITLES.bit()), headerRolesBeforeAColon(document)));
        int done = -1;
        int before = out.size();
        for (int token : candidates) {
            if (token <= done) {
                continue;
            }
            long cue = document.bitsOf(token, cues);
            if ((cue & ROLES.bit()) != 0 && document.tokenIsAny(token, INITIALS_ROLES) && !document.isUpperCase(token)) {
                cue &= ~ROLES.bit(); // "identified as MRSA", "tu as Marie au téléphone ?": not an aide-soignante
            }
            int next;
            if ((cue & TITLES.bit()) != 0 && document.startsUpper(token) && !sexAfterAge(document, token)) {
                int name = nameAfterTitle(document, token);
                next = afterCue(document, name, out, TITLE, true, -1);
                if (next < 0 && lowerCaseCue(document, token)) {
                    next = lowerCaseName(document, token, out); // "Mme leblanc suzanne"
                }
            } else if ((cue & ROLES.bit()) != 0 && (next = nameField(document, token, out)) >= 0) {
                // "Nom : BERTRAND", "Nom d'usage : MARTIN": the field says which name it holds
            } else if ((cue & (ROLES.bit() | TITLES.bit())) == ROLES.bit()
                    || ((cue & HEADER_ROLES.bit()) != 0 && document.isSymbol(token + 1, ':'))) {
                next = afterRole(document, token, out);
            } else if (document.startsUpper(token)) {
                next = typography(document, token, out);
            } else if ((cue & TITLES.bit()) != 0 && lowerCaseCue(document, token)) {
                // "j'ai revu madame Lefort": in a sentence, a title spelled out is written in lower case
                int name = nameAfterTitle(document, token);
                next = document.tokenIsAny(token, SPELLED_OUT_TITLES) && document.startsUpper(name)
                        ? afterCue(document, name, out, TITLE, true, -1) : -1;
                if (next < 0) {
                    next = lowerCaseName(document, token, out);
                }
            } else {
                next = -1;
            }
            if (next > token) {
                done = next;
            }
        }
        for (String naming : NAMING) {
            for (int token : document.positions(naming)) {
                lowerCaseName(document, token, out); // "a 54 year old male named kevin o'brien"
            }
        }
        givenAfterComma(document, out, before);
    }

    private static final int NO_PAIR = 0;
    private static final int PAIR = 1;
    private static final int RELATIVE_AFTER_POSSESSIVE = 2;

    /**
     * Whether two capitalised words after this role word are a name though the lexicons know
     * neither: after a relative's word in lower case ("your father, Henryk Zielinski"; "son" and
     * "fille" after a possessive only), or on the line after a sign-off ("Best wishes,\nRhona
     * Baillie"; not a service's). {@link #RELATIVE_AFTER_POSSESSIVE} when a possessive stands before
     * the relative's word, whose one given name then counts too. Kept out of line: most role words
     * are none of these.
     */
    private static int pairCue(Document document, int token) {
        if (!document.startsUpper(token) && KIN.contains(document.word(document.wordId(token)))) {
            // "mon fils", and "my best friend", "ma petite sœur": a possessive, an adjective of kin between at most
            boolean possessive = document.tokenIsAny(token - 1, POSSESSIVES)
                    || document.tokenIsAny(token - 1, KIN_ADJECTIVES) && document.tokenIsAny(token - 2, POSSESSIVES)
                    // a genitive: "our neighbour's son, Kieran"
                    || document.tokenIs(token - 1, "s") && document.isApostrophe(token - 2);
            if (possessive) {
                return RELATIVE_AFTER_POSSESSIVE;
            }
            return document.tokenIs(token, "son") || document.tokenIs(token, "fille") ? NO_PAIR : PAIR;
        }
        return document.isSymbol(token + 1, ',') && document.newlineBefore(token + 2) && document.tokenIsAny(token, SIGN_OFFS)
                && !document.tokenIsAny(token + 3, ORGANISATION) && !document.tokenIsAny(token + 2, ORGANISATION) ? PAIR : NO_PAIR;
    }

    /** Whether {@link #pairCue} accepts the role word at {@code role} (-1: none). */
    private static boolean paired(Document document, int role) {
        return role >= 0 && pairCue(document, role) != NO_PAIR;
    }

    /** Reads a name after a role word or a header's ("Patient : …", "sa fille Inès", "De : …"); returns the last token used, or -1. */
    private int afterRole(Document document, int token, List<Finding> out) {
        int listed = nameList(document, token, out);
        if (listed >= 0) {
            return listed;
        }
        int name = myNameIs(document, token) ? token + 2 : token + 1;
        while (document.isSymbol(name, ':') || document.isSymbol(name, ',') || document.isSymbol(name, '(')
                || document.isSymbol(name, '-') || document.isSymbol(name, '–')) {
            name++;
        }
        int next = afterCue(document, name, out, ROLE, false, token);
        if (next < 0 && (document.startsUpper(name) || lowerCaseWord(document, name))
                && pairCue(document, token) == RELATIVE_AFTER_POSSESSIVE) {
            // "mon fils Elyes a 6 ans"; typed in lower case, "ma coloc léa dubreuil", "my son jayden"
            next = document.startsUpper(name) ? relativesGivenName(document, name, out)
                    : relativesLowerCaseName(document, name, out);
        }
        if (next < 0 && lowerCaseCue(document, token)) {
            next = lowerCaseName(document, token, out);
        }
        return next;
    }

    /**
     * Role words that are initials, and words of English or French in lower case: an aide-soignante
     * ("AS Martine"), an agent de service ("ASH Karim") only in capitals.
     */
    private static final String[] INITIALS_ROLES = {"as", "ash"};

    /** Role words that head a line listing people by name: "Inventors: Ji-woo Han, Ruth Adebayo". */
    private static final String[] LIST_ROLES = {"inventeurs", "inventors", "auteurs", "authors"};

    /**
     * The names a list role word heads, after its colon, when the rest of its line is all names of a
     * given and a family name, capitalised, between commas, semicolons or "and": the lexicons need
     * know none of them ("Inventors: Ji-woo Han, Ruth Adebayo"). Returns the last name's last
     * token, or -1 (another shape: the names are read one by one, as after any role word).
     */
    private int nameList(Document document, int token, List<Finding> out) {
        if (!document.tokenIsAny(token, LIST_ROLES) || !document.isSymbol(token + 1, ':')) {
            return -1;
        }
        int before = out.size();
        int t = token + 2;
        while (true) {
            if (!document.isCapitalized(t) || document.newlineBefore(t) || document.tokenIn(t, COMMON)) {
                return dropFrom(out, before);
            }
            int given = hyphenated(document, t);
            if (given == t && document.isSymbol(t + 1, '-') && document.touchesNext(t) && document.touchesNext(t + 1)
                    && document.isWord(t + 2)) {
                given = t + 2; // a given name's second part in lower case: "Ji-woo"
            }
            int family = given + 1;
            if (!document.startsUpper(family) || document.newlineBefore(family) || document.tokenIn(family, COMMON)) {
                return dropFrom(out, before);
            }
            int last = hyphenated(document, family);
            emit(document, out, Label.FIRST_NAME, t, given, ROLE);
            emit(document, out, Label.LAST_NAME, family, last, ROLE);
            int next = last + 1;
            if (next >= document.tokenCount() || document.newlineBefore(next)) {
                return last;
            }
            boolean comma = document.isSymbol(next, ',') || document.isSymbol(next, ';');
            t = comma ? next + 1 : next;
            if (document.tokenIs(t, "and") || document.tokenIs(t, "et")) {
                t++;
            } else if (!comma) {
                return dropFrom(out, before);
            }
        }
    }

    /** Drops the findings a rule added from {@code before} on, when the rest of its shape failed; returns -1. */
    private static int dropFrom(List<Finding> out, int before) {
        out.subList(before, out.size()).clear();
        return -1;
    }

    /**
     * The header's role words ("de", "à", "pour"…) followed by a colon ("De : Dr Martin"), in order:
     * such a word is a cue only there (with a capital it is read as any capitalised word), and
     * these are among the commonest words of French, which listed whole would be most candidates.
     */
    private static int[] headerRolesBeforeAColon(Document document) {
        int[] found = new int[8];
        int count = 0;
        for (String word : HEADER_ROLES.words()) {
            int id = document.wordId(word);
            for (int i = 0; id >= 0 && i < document.occurrences(id); i++) {
                int token = document.occurrence(id, i);
                if (document.isSymbol(token + 1, ':')) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = token;
                }
            }
        }
        found = java.util.Arrays.copyOf(found, count);
        java.util.Arrays.sort(found);
        return found;
    }

    /** The person a letter or an e-mail greets ("Dear Géraldine,", "Salut Nico !"): a correspondent, not its subject. */
    static final Explanation ADDRESSEE = new Explanation("person-name", "addressee");
    static final Explanation NAME_FIELD = new Explanation("person-name", "form-name-field");
    /**
     * What may stand between "nom" and the colon of a form's field of a family name: "Nom de
     * naissance :", "Nom d'usage :", "Nom de jeune fille :", "Nom marital :".
     */
    private static final List<String[]> FAMILY_FIELDS = List.of(new String[] {}, new String[] {"de", "naissance"},
            new String[] {"d", "'", "usage"}, new String[] {"d", "’", "usage"}, new String[] {"de", "famille"},
            new String[] {"de", "jeune", "fille"}, new String[] {"marital"}, new String[] {"patronymique"},
            new String[] {"usuel"}, new String[] {"naissance"});

    /**
     * A form's name field, whose label says which name its value is ("Nom : BERTRAND" is a family
     * name although Bertrand is also a given name; "Prénom : Sylvie", "Last name: Smith"): the
     * value's words up to the end of the line or the next field. Returns the value's last token,
     * or -1 when the token heads no such field or its value is not a name.
     */
    private int nameField(Document document, int token, List<Finding> out) {
        Label label = null;
        int colon = -1;
        if (document.tokenIs(token, "nom")) {
            for (String[] qualifier : FAMILY_FIELDS) {
                int after = wordsAfter(document, token + 1, qualifier);
                if (after > 0 && document.isSymbol(after, ':')) {
                    label = Label.LAST_NAME;
                    colon = after;
                    break;
                }
            }
        } else if (document.tokenIs(token, "prénom") || document.tokenIs(token, "prénoms") || document.tokenIs(token, "forename")
                || document.tokenIs(token, "forenames")) {
            label = Label.FIRST_NAME;
            colon = token + 1;
        } else if (document.tokenIs(token, "surname")) {
            label = Label.LAST_NAME; // a British form's "Surname: NAKAMURA   Forename: Yuki"
            colon = token + 1;
        } else if (document.tokenIs(token, "name") && !document.touchesNext(token - 1)) {
            label = document.tokenIs(token - 1, "last") || document.tokenIs(token - 1, "family") ? Label.LAST_NAME
                    : document.tokenIs(token - 1, "first") || document.tokenIs(token - 1, "given") ? Label.FIRST_NAME : null;
            colon = token + 1;
            if (label == null && document.isSymbol(colon, ':') && !document.newlineBefore(colon + 1)) {
                return familyCommaGivenField(document, colon + 1, out); // "Name: QUARSHIE, Kwabena"
            }
        }
        if (label == null || !document.isSymbol(colon, ':') || document.newlineBefore(colon + 1)) {
            return -1;
        }
        int value = colon + 1;
        int last = label == Label.LAST_NAME ? familyName(document, value, true) : givenInField(document, value);
        if (last < 0 || document.isSymbol(last, '.') || document.tokenLength(value) < 2) {
            return -1; // an initial is left to the rules that know what follows it
        }
        if (label == Label.LAST_NAME && (!(document.isUpperCase(last) || document.tokenIn(last, LAST_NAMES)
                || document.tokenIn(last, FIRST_NAMES)) || document.tokenIn(last, DocumentSignals.HEALTH))) {
            return -1; // "Nom : Commentaire", "Nom : Paracétamol": a form's other fields are named too
        }
        if (label == Label.LAST_NAME) {
            last = familyGoingOn(document, last);
        }
        int after = last + 1;
        boolean valueEnds = after >= document.tokenCount() || document.newlineBefore(after) || document.isSymbol(after)
                || document.isWord(after) && document.isSymbol(after + 1, ':');
        if (!valueEnds) {
            // "Nom : JEAN-JOSE WANOU" holds the whole name, read by the rules of names in a run;
            // "Nom : Dupont est venu…" is prose, not a field
            return -1;
        }
        emit(document, out, label, value, last, NAME_FIELD);
        return last;
    }

    /**
     * A plain "Name:" field written family name first, then a comma and the given name ("Name:
     * QUARSHIE, Kwabena", "Name: MacLeod, Ewan"): the field says both, the lexicons knowing them
     * or not. Returns the given name's last token, or -1.
     */
    private int familyCommaGivenField(Document document, int value, List<Finding> out) {
        int family = familyName(document, value, true);
        int given = family + 2;
        if (family < 0 || !document.isSymbol(family + 1, ',') || document.newlineBefore(given) || !document.isCapitalized(given)
                || document.tokenLength(given) < 2 || document.tokenIn(given, TITLES)) { // "Name: SMITH, Mrs"
            return -1;
        }
        int end = hyphenated(document, given);
        emit(document, out, Label.LAST_NAME, value, family, NAME_FIELD);
        emit(document, out, Label.FIRST_NAME, given, end, NAME_FIELD);
        return end;
    }

    /** A "Prénom :" field's value: a given name, known or not ("Prénom : Ilse": the field says what the lexicon does not know). */
    private int givenInField(Document document, int value) {
        int last = givenName(document, value, false);
        return last < 0 && unknownGiven(document, value) ? hyphenated(document, value) : last;
    }

    /**
     * Whether a capitalised word may be a given name the lexicon lacks, where a field or a
     * relative's word says one stands: not a common word, an eponym or a clinical word ("mon fils
     * Covid positif").
     */
    private static boolean unknownGiven(Document document, int token) {
        return document.isCapitalized(token) && !document.tokenIn(token, COMMON) && !document.tokenIn(token, NOT_PERSONS)
                && !document.tokenIn(token, DocumentSignals.HEALTH);
    }

    /** The last token of a "Nom :" field's family name ending at {@code last}, or further when a particle goes on with it ("FERREIRA DA SILVA"). */
    private int familyGoingOn(Document document, int last) {
        int after = last + 1;
        if (last >= 0 && document.tokenIn(after, PARTICLES) && !document.newlineBefore(after)) {
            int rest = familyName(document, after, true);
            return rest > after ? rest : last;
        }
        return last;
    }

    /** The token after {@code words} read from {@code token} on, or -1 when they do not stand there. */
    private static int wordsAfter(Document document, int token, String[] words) {
        int t = token;
        for (String word : words) {
            if (!document.tokenIs(t, word)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private static final Explanation FAMILY_COMMA_GIVEN = new Explanation("person-name", "family-name-comma-given-name");
    private static final Explanation LOWER_CASE = new Explanation("person-name", "lower-case-name-after-title-or-patient");

    /** Titles and patient words before which a name typed in lower case is looked for ("patient jean dupont"). */
    private static final List<String> LOWER_CASE_CUES = List.of("patient", "patiente", "mme", "mlle", "melle", "m", "mr",
            "monsieur", "madame", "mademoiselle", "dr", "docteur", "docteure", "pr",
            // a dictation's "male named kevin o'brien", "patiente nommée" (read apart: NAMING)
            "named", "nommé", "nommée",
            // a name said in lower case: "elle s'appelle josiane perrin"
            "appelle");
    /** Words that name who follows, in lower case too: neither titles nor roles, they are looked for apart. */
    private static final String[] NAMING = {"named", "nommé", "nommée"};
    /**
     * Titles that stay titles in lower case, before a capitalised name ("madame Lefort", "le
     * docteur Martin"): not "m" (a metre), "me" (a pronoun) or "miss" (a verb).
     */
    private static final String[] SPELLED_OUT_TITLES = {"madame", "monsieur", "mademoiselle", "mme", "mlle", "melle",
        "docteur", "docteure", "professeur", "professeure"};

    private static boolean lowerCaseCue(Document document, int token) {
        for (String cue : LOWER_CASE_CUES) {
            if (document.tokenIs(token, cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name typed in lower case after a title or a patient word: a known given name and a known
     * family name in either order, or a given name and a word followed by an age ("jean kowalczyk
     * 72 ans"), or a known family name alone after a title ("mme martin"). Lower-case words are
     * names only with such a cue and the lexicons: "rose", "claire" and "petit" are words too.
     */
    private int lowerCaseName(Document document, int cue, List<Finding> out) {
        if (document.tokenIs(cue, "m") && !(document.isSymbol(cue + 1, '.') && !document.touchesNext(cue + 1))
                || cue > 0 && document.touchesNext(cue - 1) && !document.isApostrophe(cue - 1)) {
            return -1; // "5 m" and "m.dupont@…", not "m. dupont" nor "s'appelle josiane"
        }
        int name = document.isSymbol(cue + 1, '.') ? cue + 2 : cue + 1;
        if (!lowerCaseWord(document, name) || document.newlineBefore(name)) {
            return -1;
        }
        int firstEnd = hyphenated(document, name);
        int second = firstEnd + 1;
        int secondEnd = lowerCaseWord(document, second) && !document.newlineBefore(second) && !document.touchesNext(firstEnd)
                ? hyphenated(document, second) : -1;
        boolean given = knownGivenCompound(document, name, firstEnd) && !document.tokenIn(name, COMMON);
        if (given && secondEnd < 0 && elidedParticle(document, second) && lowerCaseWord(document, second + 2)) {
            emit(document, out, Label.FIRST_NAME, name, firstEnd, LOWER_CASE); // "kevin o'brien", "marie d'almeida"
            emit(document, out, Label.LAST_NAME, second, second + 2, LOWER_CASE);
            return second + 2;
        }
        if (given && secondEnd >= 0 && !document.tokenIn(second, COMMON) && !document.tokenIn(second, DocumentSignals.HEALTH)
                && (document.tokenIn(second, LAST_NAMES) || yearsOfAgeAt(document, secondEnd + 1))) {
            emit(document, out, Label.FIRST_NAME, name, firstEnd, LOWER_CASE);
            emit(document, out, Label.LAST_NAME, second, secondEnd, LOWER_CASE);
            return secondEnd;
        }
        boolean family = document.tokenIn(name, LAST_NAMES) && !document.tokenIn(name, COMMON) && firstEnd == name;
        if (family && secondEnd >= 0 && knownGivenCompound(document, second, secondEnd) && !document.tokenIn(second, COMMON)) {
            emit(document, out, Label.LAST_NAME, name, name, LOWER_CASE);
            emit(document, out, Label.FIRST_NAME, second, secondEnd, LOWER_CASE);
            return secondEnd;
        }
        if (family && !document.tokenIs(cue, "patient") && !document.tokenIs(cue, "patiente")
                || firstEnd == name && unknownAfterTitle(document, cue, name) && inARoom(document, name + 1)) {
            emit(document, out, Label.LAST_NAME, name, name, LOWER_CASE);
            return name;
        }
        return -1;
    }

    /** The oldest age read in words. */
    private static final int OLDEST = 120;

    /**
     * Whether an age in years starts at {@code token}, in digits or in words as dictation writes it:
     * "72 ans", "quarante-six ans".
     */
    private static boolean yearsOfAgeAt(Document document, int token) {
        if (document.isNumber(token)) {
            return document.tokenIs(token + 1, "ans");
        }
        int[] value = new int[1];
        int last = document.isWord(token) ? DateRecognizer.spelledNumber(document, token, value) : -1;
        return last >= 0 && value[0] > 1 && value[0] <= OLDEST && document.tokenIs(last + 1, "ans");
    }

    /** Whether an elided particle of a family name stands at {@code token}: the "o'" of "o'brien", the "d'" of "d'almeida". */
    private static boolean elidedParticle(Document document, int token) {
        return document.tokenIsAny(token, "o", "d") && document.isApostrophe(token + 1) && document.touchesNext(token)
                && document.touchesNext(token + 1);
    }

    /** Civil titles in lower case, before a family name the lexicon may lack: "mme rabier en 12". */
    private static final String[] LOWER_CASE_TITLES = {"mme", "mlle", "melle", "mr", "mrs", "madame", "monsieur",
        "mademoiselle"};
    /** Verbs a title's person is the subject of, before a place: "monsieur passe en 12", "madame rentre en 3". */
    private static final String[] MOVES = {"passe", "rentre", "retourne", "part", "repart", "sort", "arrive", "revient",
        "descend", "monte", "remonte", "redescend", "reste", "est", "va", "goes", "went", "is", "was", "stays"};

    /**
     * Whether the lower-case word at {@code name}, after a civil title at {@code cue}, is no word the
     * detector knows (not a common word, a clinical one, a title, a verb of moving): a family name
     * the lexicon lacks, if what follows says so.
     */
    private static boolean unknownAfterTitle(Document document, int cue, int name) {
        return document.tokenIsAny(cue, LOWER_CASE_TITLES) && document.tokenLength(name) >= 3
                && !document.tokenIn(name, COMMON) && !document.tokenIn(name, DocumentSignals.HEALTH)
                && !document.tokenIn(name, TITLES) && !document.tokenIsAny(name, MOVES) && !document.tokenIsAny(name, ROOMS);
    }

    /**
     * Whether a ward's room or bed starts at {@code token} and ends its clause: "en 12 ?", "chambre
     * 4,", "au lit 3.", "in bed 5"; not "en 12 jours", "en 12h", "en 12/05".
     */
    private static boolean inARoom(Document document, int token) {
        int room = document.tokenIsAny(token, "au", "in") ? token + 1 : token;
        boolean word = (document.tokenIs(room, "en") && room == token || document.tokenIsAny(room, ROOMS))
                && !document.newlineBefore(token);
        int number = room + 1;
        return word && document.isNumber(number) && document.tokenLength(number) <= 4 && !document.newlineBefore(number)
                && (document.newlineBefore(number + 1) || !document.isWord(number + 1) && !document.isNumber(number + 2));
    }

    /** Whether the role word at {@code token} is the "name" of "My name is Ifeoma Chukwu": the writer's own. */
    static boolean myNameIs(Document document, int token) {
        return document.tokenIs(token, "name") && document.tokenIs(token + 1, "is") && document.tokenIs(token - 1, "my");
    }

    /** Whether the title at {@code token} is a sex glued to an age: "72M. Admitted …", "a 45M with chest pain". */
    private static boolean sexAfterAge(Document document, int token) {
        return token > 0 && document.isNumber(token - 1) && document.touchesNext(token - 1);
    }

    private static boolean lowerCaseWord(Document document, int token) {
        return document.isWord(token) && !document.startsUpper(token) && document.tokenLength(token) >= 2;
    }

    /**
     * "Patient: DUBREUIL, Margaux", "DOE, John": a known given name right after an upper-case
     * family name found here and a comma, on the same line, is that person's given name; so is one
     * after a family name in Title case that a title or a role word introduced ("Patient: Smith,
     * John A.", "Pt: Durand, Marie").
     */
    private void givenAfterComma(Document document, List<Finding> out, int from) {
        for (int f = from, found = out.size(); f < found; f++) {
            Finding family = out.get(f);
            if (family.label() != Label.LAST_NAME || family.end() >= document.length()
                    || document.charAt(family.end()) != ',') {
                continue;
            }
            int last = document.tokenAt(family.end()) - 1; // the family name's last token
            int given = last + 2;
            boolean cued = family.explanation() == TITLE || family.explanation() == ROLE;
            if (last < 0 || !(document.isUpperCase(last) || cued) || !document.isCapitalized(given)
                    || document.newlineBefore(given) || document.tokenIn(given, COMMON)) {
                continue;
            }
            int end = hyphenated(document, given);
            if (knownGivenCompound(document, given, end)) {
                emit(document, out, Label.FIRST_NAME, given, end, FAMILY_COMMA_GIVEN);
            }
        }
    }

    /**
     * Reads a name after a title or role word; returns the last token used, or -1. After a strong
     * cue (a title) or a role word that {@link #pairCue} accepts ({@code role}, -1 for none), two
     * capitalised words are a name even when the lexicons know neither. The role word's lists are
     * read only where they decide: role words are many in a long text.
     */
    private int afterCue(Document document, int name, List<Finding> out, Explanation why, boolean strongCue, int role) {
        if (name >= document.tokenCount() || document.newlineBefore(name) && !strongCue && !document.isSymbol(name - 1, ':')
                && !paired(document, role)) {
            return -1;
        }
        if (!plausibleStart(document, name) || (!strongCue && document.tokenIn(name, TITLES))) {
            return -1;
        }
        if (!strongCue && document.tokenIn(name - 1, SALUTATIONS) && document.isCapitalized(name)
                && !document.tokenIn(name, COMMON) && !notAPerson(document, name)
                && (document.isSymbol(name + 1, ',') || document.isSymbol(name + 1, '!'))) {
            emit(document, out, Label.FIRST_NAME, name, hyphenated(document, name), ADDRESSEE); // "Dear Géraldine,"
            return name;
        }
        if (strongCue && document.tokenLength(name) == 1 && document.startsUpper(name) && !document.touchesNext(name)
                && document.isCapitalized(name + 1) && document.tokenLength(name + 1) >= 3 && !document.newlineBefore(name + 1)) {
            int last = familyName(document, name + 1, false);
            if (last >= 0) {
                emit(document, out, Label.FIRST_NAME, name, name, why); // "Dr L Rostain": an initial without its dot
                emit(document, out, Label.LAST_NAME, name + 1, last, why);
                return last;
            }
        }
        List<Unit> run = nameRun(document, name);
        if (run.size() >= 2 && (strongCue || anyGiven(run) || anyUpperLast(document, run) || paired(document, role))) {
            return labelRun(document, run, out, why);
        }
        int firstEnd = givenName(document, name, true);
        if (firstEnd >= 0 && document.isUpperCase(name) && firstEnd == name && knownGiven(document, name + 1)
                && document.isCapitalized(name + 1)) {
            firstEnd = -1; // "SIMON Danielle": family name first
        }
        if (firstEnd >= 0) {
            int last = familyName(document, firstEnd + 1, true);
            if (last < 0 && document.isCapitalized(firstEnd + 1) && notAPerson(document, firstEnd + 1)
                    && document.tokenIsAny(titleBefore(document, name), CIVIL_ADDRESS)) {
                last = hyphenated(document, firstEnd + 1); // "Mr Keith Barlow": an eponym after a civil title and a given name
            }
            if (last >= 0 && !document.newlineBefore(firstEnd + 1)) {
                emit(document, out, Label.FIRST_NAME, name, firstEnd, why);
                emit(document, out, Label.LAST_NAME, firstEnd + 1, last, why);
                return maidenName(document, last, out, why);
            }
        }
        int last = familyName(document, name, strongCue);
        if (last < 0 && notAPerson(document, name) && document.tokenIsAny(titleBefore(document, name), CIVIL_ADDRESS)) {
            // "M. Benedict", "Mademoiselle Parkinson": a civil title makes an eponym a person's family
            // name (a practitioner's title does not: "Pr Charcot" is more often history)
            last = hyphenated(document, name);
        }
        if (last >= 0) {
            int given = givenName(document, last + 1, false);
            if (given >= 0 && document.isUpperCase(last) && !document.newlineBefore(last + 1)) {
                emit(document, out, Label.LAST_NAME, name, last, why);
                emit(document, out, Label.FIRST_NAME, last + 1, given, why);
                return given;
            }
            // "Patient: Ortiz, Raymond   MRN": a family name the lexicon lacks, known by the given name after its
            // comma, where a form's field ends (not "Patient: Stable, Paul to review", a sentence going on)
            int afterComma = last + 2;
            int after = hyphenated(document, afterComma) + 1;
            boolean givenAfterComma = document.isSymbol(last + 1, ',') && !document.newlineBefore(afterComma)
                    && knownGiven(document, afterComma) && document.isCapitalized(afterComma)
                    && (after >= document.tokenCount() || document.newlineBefore(after) || !document.isWord(after)
                    || document.startsUpper(after));
            if (strongCue || document.isUpperCase(last) || document.tokenIn(last, LAST_NAMES) || givenAfterComma) {
                if (firstEnd >= 0 && !strongCue && firstEnd == last) {
                    emit(document, out, Label.FIRST_NAME, name, firstEnd, why);
                    return firstEnd;
                }
                emit(document, out, Label.LAST_NAME, name, last, why);
                return maidenName(document, last, out, why);
            }
        }
        if (firstEnd >= 0 && !strongCue) {
            emit(document, out, Label.FIRST_NAME, name, firstEnd, why);
            return firstEnd;
        }
        return -1;
    }

    /**
     * "MARIE-LOUISE COUSQUER, 06/04/01, J. Delorenzi, 27/04/01": in a list of people (after a
     * comma or a semicolon, with a name found earlier on the line), an initial and one Title-case
     * word that is not a common word are a person. Lettered items ("A. Questionnaire, B.
     * Consentement") have no name before them; numbering (I., V., X.) is never a person.
     */
    private static boolean initialInAList(Document document, int token, List<Unit> run, List<Finding> out) {
        if (run.size() != 2 || !(document.isSymbol(token - 1, ',') || document.isSymbol(token - 1, ';'))) {
            return false;
        }
        Unit family = run.get(1);
        if (family.first() != family.last() || romanNumeral(document, token)
                || !document.isCapitalized(family.first()) || document.tokenLength(family.first()) < 4
                || document.tokenIn(family.first(), COMMON) || document.tokenIn(family.first(), NOT_PERSONS)) {
            return false;
        }
        if (out.isEmpty()) {
            return false;
        }
        Finding previous = out.getLast();
        return (previous.label() == Label.LAST_NAME || previous.label() == Label.FIRST_NAME)
                && document.text().indexOf('\n', previous.end(), document.start(token)) < 0;
    }

    /** Given names commonly abbreviated by two letters and a dot. */
    private static final Set<String> ABBREVIATED_GIVEN = Set.of("ph", "ch", "th", "fr", "gu", "cl", "st", "jh");

    /** Words in a name run: forms list up to four or five given names before the family name. */
    private static final int MAX_RUN = 6;

    /** One word of a name run: its tokens, and whether it is a known given name or an initial. */
    private record Unit(int first, int last, boolean given, boolean particle) {
    }

    /**
     * Up to six name-like words on one line starting at {@code token}: capitalised or upper-case
     * words (compound with hyphens, with their particles: {@code LE BIHAN}, {@code de MONTCLAIR}),
     * and initials ({@code V.}, {@code M.-L.}). Common words, acronyms and eponyms end the run.
     */
    private List<Unit> nameRun(Document document, int token) {
        List<Unit> units = List.of(); // most capitalised words start no run: a list only once there is a word
        int t = token;
        while (units.size() < MAX_RUN && t < document.tokenCount()) {
            if (!units.isEmpty() && document.newlineBefore(t)) {
                break;
            }
            int initial = initialEnd(document, t);
            if (initial >= 0) {
                units = added(units, new Unit(t, initial, true, false));
                t = initial + 1;
                continue;
            }
            if (loneInitial(document, t, units)) {
                units = added(units, new Unit(t, t, true, false));
                t++;
                continue;
            }
            int start = t;
            boolean particle = false;
            while (document.tokenIn(t, PARTICLES) && document.isWord(t + 1) && document.startsUpper(t + 1)
                    && !document.newlineBefore(t + 1) && t - start < 2 && !document.tokenIn(t + 1, COMMON)) {
                t++;
                particle = true;
            }
            if (!nameLike(document, t)) {
                break;
            }
            int end = hyphenated(document, t);
            if (!units.isEmpty() && document.isSymbol(end + 1, ':') && (document.touchesNext(end)
                    || !document.isUpperCase(t) && !knownGivenCompound(document, t, end))) {
                break; // "Clémence BRUNET   DOB:", "DESHAYES  Prénom :": a field label ("Dr Jean RINJONNEAU :" is a name)
            }
            boolean given = !particle && knownGivenCompound(document, t, end);
            if (units.size() >= 2 && !given && !familyMayFollow(document, units, t)) {
                break; // "BOFFIN Lily Prélever": past the family name, only given names continue a run
            }
            units = added(units, new Unit(start, end, given, particle));
            t = end + 1;
        }
        return units;
    }

    private static List<Unit> added(List<Unit> units, Unit unit) {
        List<Unit> list = units.isEmpty() ? new java.util.ArrayList<>(4) : units;
        list.add(unit);
        return list;
    }

    /**
     * Whether a word that is not a known given name may still join a run of two or more: an
     * upper-case word in a run that is all upper case (a form: "YVONNE ERNA GERMAINE RIVET") or all
     * Title case (the family name in capitals: "Pr Lydia Rolande LOFFROY"); a Title-case word only
     * while no family name has been seen ("Dr Ida Jacqueline Aubert"). "BOFFIN Lily Prélever" stops
     * before the verb; so does a citation's "Leroy S. Effect of…" (a known family name, then an
     * initial).
     */
    private static boolean familyMayFollow(Document document, List<Unit> units, int token) {
        boolean anyUpper = false;
        boolean allUpper = true;
        boolean familySeen = false;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            boolean upper = upper(document, unit);
            anyUpper |= upper;
            allUpper &= upper || unit.particle() || isInitial(document, unit);
            familySeen |= !unit.given() && !unit.particle() && !isInitial(document, unit) && (i > 0 || upper
                    || units.size() > 1 && isInitial(document, units.get(1)) && document.tokenIn(unit.first(), LAST_NAMES));
        }
        if (document.isUpperCase(token)) {
            return allUpper || !anyUpper;
        }
        return !familySeen;
    }

    private boolean nameLike(Document document, int token) {
        if (!document.isWord(token) || !document.startsUpper(token) || document.tokenLength(token) < 2
                && !document.isSymbol(token + 1, '\'') || document.tokenLength(token) >= 2 && romanNumeral(document, token)) {
            return false;
        }
        long bits = document.bitsOf(token, NOT_NAME_WORDS);
        if ((bits & (COMMON.bit() | TITLES.bit() | PLACE_WORDS.bit() | DocumentSignals.HEALTH.bit())) != 0
                || (bits & NOT_PERSONS.bit()) != 0 && document.isCapitalized(token)
                || (bits & ACRONYMS.bit()) != 0 && document.isUpperCase(token)) {
            return false; // COMMON, TITLES, PLACE_WORDS, clinical terms, notAPerson and ACRONYMS, in one look-up
        }
        return !(document.isSymbol(token + 1, '-') && document.touchesNext(token) && document.isNumber(token + 2));
    }

    /**
     * Whether the words from {@code first} to {@code last} make a known given name: each of its
     * words of two letters or more is one ("Jean-Pierre", "Marie-Laure"; not "Grand-Jean", a
     * family name with a given name in it).
     */
    private boolean knownGivenCompound(Document document, int first, int last) {
        if (last > first && document.tokenLength(first) == 1 && document.isApostrophe(first + 1)) {
            return false; // "O'Connor", "D'Almeida": a family name's elided particle, whatever name follows it
        }
        boolean known = false;
        for (int t = first; t <= last; t++) {
            if (document.isWord(t) && document.tokenLength(t) >= 2) {
                if (!document.tokenIn(t, FIRST_NAMES)) {
                    return false;
                }
                known = true;
            }
        }
        return known;
    }

    /**
     * A capital letter with no dot that stands for a given name: before an upper-case family name
     * ({@code D SAMCHA}) or right after a family name at the end of the run: an upper-case one
     * ({@code BLERY P,}) or one just after a title ({@code Monsieur Protat D}).
     */
    private boolean loneInitial(Document document, int token, List<Unit> units) {
        if (!document.isWord(token) || !document.startsUpper(token) || document.tokenLength(token) != 1
                || document.touchesNext(token) && !(document.isSymbol(token + 1, ',') || document.isSymbol(token + 1, ';')
                || document.isSymbol(token + 1, ')') || document.isSymbol(token + 1, '.') && !document.isWord(token + 2))
                || token > 0 && document.touchesNext(token - 1)) {
            return false;
        }
        if (romanNumeral(document, token) || document.tokenIn(token - 1, NUMBERED_WORDS)) {
            return false; // "phase I", "stade IV", "annexe B": numbering, not a person
        }
        int next = token + 1;
        boolean beforeFamily = document.isUpperCase(next) && document.tokenLength(next) >= 3 && !document.tokenIn(next, ACRONYMS)
                && !document.tokenIn(next, COMMON) && !document.newlineBefore(next);
        boolean afterFamily = !units.isEmpty() && !units.getLast().given()
                && (document.isUpperCase(units.getLast().last())
                || units.size() == 1 && document.tokenIn(titleBefore(document, units.getFirst().first()), TITLES))
                && (next >= document.tokenCount() || document.newlineBefore(next) || document.isSymbol(next));
        return beforeFamily || afterFamily;
    }

    /**
     * "V.", "M.-L.", "J.-P.", "J.D", "N.Y.", "J-Y", "Ph." : the last token of an initial, or -1. An
     * initial that is not closed by a dot must be followed by a name on the same line.
     */
    private static int initialEnd(Document document, int token) {
        if (document.tokenLength(token) > 2) {
            return -1; // a word: an initial has a letter or two
        }
        if (!document.isWord(token) || !document.startsUpper(token) || romanNumeral(document, token)
                && document.tokenIn(token - 1, NUMBERED_WORDS)) {
            return -1; // "phase I.", "stade IV."
        }
        if (document.tokenLength(token) == 2 && document.isCapitalized(token) && document.isSymbol(token + 1, '.')
                && document.touchesNext(token) && ABBREVIATED_GIVEN.contains(document.lowerToken(token))
                && document.startsUpper(token + 2) && !document.newlineBefore(token + 2)) {
            return token + 1; // "Ph.", "Ch.": given names abbreviated by their first letters
        }
        if (document.tokenLength(token) != 1) {
            return -1;
        }
        // "J.D", "A.L", "N.Y.", "J.-J", "M.-A", "F-M", "J-Y": two letters, then a name
        int second = document.isSymbol(token + 1, '.') && document.isSymbol(token + 2, '-') ? token + 3
                : document.isSymbol(token + 1, '.') || document.isSymbol(token + 1, '-') ? token + 2 : -1;
        if (second > 0 && document.touchesNext(token) && document.touchesNext(second - 1) && document.isWord(second)
                && document.tokenLength(second) == 1 && document.startsUpper(second)
                && !(document.isSymbol(second + 1, '-') && document.touchesNext(second))) {
            if (document.isSymbol(second + 1, '.') && document.touchesNext(second)) {
                return second + 1;
            }
            if (!document.touchesNext(second) && document.isWord(second + 1) && document.startsUpper(second + 1)
                    && document.tokenLength(second + 1) >= 3 && !document.newlineBefore(second + 1)) {
                return second;
            }
        }
        // "J-P.", "P-A.": two letters joined by a hyphen, the dot after the second
        if (document.isSymbol(token + 1, '-') && document.touchesNext(token) && document.touchesNext(token + 1)
                && document.isWord(token + 2) && document.tokenLength(token + 2) == 1 && document.startsUpper(token + 2)
                && document.isSymbol(token + 3, '.') && document.touchesNext(token + 2)) {
            return token + 3;
        }
        if (!document.isSymbol(token + 1, '.') || !document.touchesNext(token)) {
            return -1;
        }
        int end = token + 1;
        if (document.isSymbol(end + 1, '-') && document.touchesNext(end) && document.isWord(end + 2)
                && document.tokenLength(end + 2) == 1 && document.isSymbol(end + 3, '.')) {
            end += 3;
        }
        return end;
    }

    /**
     * Labels a run of two or more name words: known given names and initials are given names,
     * the others family names; when every word is a known given name, an upper-case one (or else
     * the last) is the family name. Returns the last token used.
     */
    private int labelRun(Document document, List<Unit> run, List<Finding> out, Explanation why) {
        int givenUnits = 0;
        int unknown = 0;
        boolean anyUpper = false;
        boolean anyTitleCase = false;
        for (Unit unit : run) {
            givenUnits += unit.given() ? 1 : 0;
            unknown += !unit.given() && !unit.particle() ? 1 : 0;
            anyUpper |= upper(document, unit);
            anyTitleCase |= !upper(document, unit) && !unit.particle() && !isInitial(document, unit);
        }
        boolean allGiven = givenUnits == run.size();
        boolean noneGiven = givenUnits == 0;
        int family = -1;
        if (allGiven) {
            // "Dr Laurent Noelle", "Jean-Luc Martin": of given names only, the one that is also a
            // frequent family name; else an upper-case one; else the last
            int surnames = 0;
            for (int i = 0; i < run.size(); i++) {
                if (!isInitial(document, run.get(i)) && document.tokenIn(run.get(i).first(), LAST_NAMES)) {
                    family = i;
                    surnames++;
                }
            }
            if (surnames != 1) {
                family = -1;
                for (int i = 0; i < run.size(); i++) {
                    if (document.isUpperCase(run.get(i).last()) && !isInitial(document, run.get(i))) {
                        family = i;
                    }
                }
            }
            if (family < 0) {
                family = run.size() - 1;
            }
        }
        // French typography: in a run mixing cases, Title-case words are given names and UPPER-CASE
        // words family names ("Grâce MBOUMBA"), unless the lexicon leaves one word only that is not
        // a given name ("Dr Doucen MARIO", "Dr JIM CAMILLE FERNAND Clocher").
        boolean mixedCase = anyUpper && anyTitleCase && !(unknown == 1 && run.size() >= 2);
        for (int i = 0; i < run.size(); i++) {
            Unit unit = run.get(i);
            boolean given = mixedCase ? !upper(document, unit) && !unit.particle()
                    : noneGiven ? i == 0 && run.size() > 1 && !unit.particle() // "Mme Simonetta Giordano"
                    : unit.given() && i != family;
            emit(document, out, given ? Label.FIRST_NAME : Label.LAST_NAME, unit.first(), unit.last(), why);
        }
        return maidenName(document, run.getLast().last(), out, why);
    }

    private static boolean anyGiven(List<Unit> run) {
        for (Unit unit : run) {
            if (unit.given()) {
                return true;
            }
        }
        return false;
    }

    private static boolean allGiven(List<Unit> run) {
        for (Unit unit : run) {
            if (!unit.given()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the run ends in upper case ("Jean DUPONT"). */
    private static boolean anyUpperLast(Document document, List<Unit> run) {
        for (Unit unit : run) {
            if (document.isUpperCase(unit.last())) {
                return true;
            }
        }
        return false;
    }

    private static boolean upper(Document document, Unit unit) {
        return document.isUpperCase(unit.last()) || document.isUpperCase(unit.first());
    }

    private static boolean isInitial(Document document, Unit unit) {
        return document.isSymbol(unit.last(), '.');
    }

    /**
     * Form lines that write the family name first and a comma: {@code Duponchel, Roger Paul},
     * {@code AID MERGHAD, ZINEDINE}, {@code Nivor, S.}. Only at the start of a line (a list or a
     * form), with at least one known given name or initial after the comma. Returns the last
     * token used, or -1.
     */
    private int familyCommaGiven(Document document, int token, List<Unit> family, List<Finding> out) {
        if (!(document.newlineBefore(token) || afterALinesTime(document, token)) || family.isEmpty() || family.size() > 2
                || anyGiven(family)) {
            return -1;
        }
        int comma = family.getLast().last() + 1;
        boolean cell = (document.isSymbol(comma, '|') || document.isSymbol(comma, ';'))
                && family.stream().allMatch(unit -> upper(document, unit) || unit.particle());
        if (!(document.isSymbol(comma, ',') || cell) || document.newlineBefore(comma + 1)) {
            return -1; // "DUPONCHEL, Roger", or in cells "MARTINEZ | Lucie | 1979-08-14" (the family name in capitals)
        }
        List<Unit> given = nameRun(document, comma + 1);
        if (!anyGiven(given)) {
            return -1;
        }
        for (Unit unit : family) {
            emit(document, out, Label.LAST_NAME, unit.first(), unit.last(), TYPOGRAPHY);
        }
        for (Unit unit : given) {
            emit(document, out, unit.given() ? Label.FIRST_NAME : Label.LAST_NAME, unit.first(), unit.last(), TYPOGRAPHY);
        }
        return given.getLast().last();
    }

    /**
     * Whether a clock time opens the line before {@code token}, as a clinic's list writes it:
     * "09:30 Hughes, Roger", "9h30 Roux, Anne".
     */
    private static boolean afterALinesTime(Document document, int token) {
        int hours = token - 3;
        return hours >= 0 && document.newlineBefore(hours) && document.isNumber(hours) && document.isNumber(token - 1)
                && (document.isSymbol(hours + 1, ':') || document.tokenIs(hours + 1, "h"));
    }

    /** "FONTAINE née GIRAUD": a second family name after née / épouse / born. */
    private int maidenName(Document document, int last, List<Finding> out, Explanation why) {
        int cue = last + 1;
        if (document.tokenIs(cue, "née") || document.tokenIs(cue, "épouse") || document.tokenIs(cue, "ép")
                || document.tokenIs(cue, "born") || document.tokenIs(cue, "nee")) {
            int name = document.isSymbol(cue + 1, '.') ? cue + 2 : cue + 1;
            int maiden = familyName(document, name, true);
            if (maiden >= 0) {
                emit(document, out, Label.LAST_NAME, name, maiden, why);
                int given = givenName(document, maiden + 1, false);
                if (given >= 0 && !document.newlineBefore(maiden + 1)) {
                    emit(document, out, Label.FIRST_NAME, maiden + 1, given, why);
                    return given;
                }
                return maiden;
            }
        }
        return last;
    }

    /**
     * A common word with a capital (a sentence's first word: "Les", "Patient") that no rule below
     * can take for a name: not a given name, a particle or an initial, not in capitals, not the
     * first part of a compound. Most capitalised words are these; they are passed over at once.
     */
    private static boolean commonWordAlone(Document document, int token) {
        return document.bitsOf(token, COMMON.bit() | FIRST_NAMES.bit() | PARTICLES.bit()) == COMMON.bit()
                && document.tokenLength(token) >= 2 && !document.isSymbol(token + 1, '.') && !document.isUpperCase(token)
                && hyphenated(document, token) == token;
    }

    /**
     * A word with a capital in running text that no rule below can take for a name: not a known
     * given name, not at a line's start (nor after its clock time), and followed by what no name
     * goes on with: the text's end,
     * a number, a lower-case word that is not a particle, or a symbol that neither joins a compound
     * nor closes an initial. Each rule below needs one of these: a known given name, a line's start,
     * or a name, an initial or a particle next (a family name in capitals is read with the given
     * name after it). In the benchmarks' mix, two in five of the words that reach the rules are these.
     */
    private static boolean wordInProse(Document document, int token) {
        if (document.newlineBefore(token) || document.tokenIn(token, FIRST_NAMES) || afterALinesTime(document, token)) {
            return false;
        }
        int next = token + 1;
        if (document.isWord(next)) {
            return !document.startsUpper(next) && !document.tokenIn(next, PARTICLES);
        }
        return !(document.isSymbol(next, '-') || document.isApostrophe(next)
                || document.isSymbol(next, '.')); // or a number, or the text's end
    }

    /**
     * Whether the word at {@code token}, the last of a text, is a message's signature though the
     * lexicon lacks it: alone on the last line, after a blank line, in a text that opens with a
     * salutation ("Hi Gareth, … \n\nJoanna"); not a service ("Secretariat"), nor a common word.
     */
    private boolean messageSignature(Document document, int token) {
        if (!document.tokenIn(0, SALUTATIONS) || document.tokenLength(token) < 3 || document.tokenIn(token, COMMON)
                || document.tokenIsAny(token, ORGANISATION) || notAPerson(document, token) || token < 1) {
            return false;
        }
        return document.blankLineBetween(token - 1, token);
    }

    /**
     * Whether a known given name signs a quoted message: after its last sentence and before the
     * closing quote that ends the text or its line ("« Coucou, je ne viendrai pas jeudi … pour
     * l'instant. Aurore »").
     */
    private boolean signsAQuotedMessage(Document document, int token) {
        if (!knownGiven(document, token) || !document.isCapitalized(token)
                || !(document.isSymbol(token - 1, '.') || document.isSymbol(token - 1, '!'))) {
            return false;
        }
        int quote = hyphenated(document, token) + 1;
        boolean closes = document.isSymbol(quote, '»') || document.isSymbol(quote, '"') || document.isSymbol(quote, '”');
        return closes && (quote + 1 >= document.tokenCount() || document.newlineBefore(quote + 1));
    }

    /**
     * Whether a known given name before a colon opens a line, or follows a chat's time stamp that
     * opens it: the speaker of the line ("Sylvie : papa est retourné aux urgences", "[21/11 08:12]
     * Franck : encore son cœur ?", "21/11/2026 08:20 - Sylvie: oui"). Not a town ("Nancy : 3 lits").
     */
    private boolean speaksALine(Document document, int token) {
        int colon = hyphenated(document, token) + 1;
        if (!document.isSymbol(colon, ':') || !knownGiven(document, token) || !document.isCapitalized(token)
                || document.tokenLength(token) < 3 || document.tokenIn(token, COMMON) || notAPerson(document, token)
                || document.tokenIn(token, CityRecognizer.CITIES)) {
            return false;
        }
        if (document.newlineBefore(token) || token == 0) {
            return true;
        }
        int lineFirst = document.tokenAt(document.lineStart(document.start(token), STAMP_CHARS));
        boolean bracketed = document.isSymbol(token - 1, ']') && document.isSymbol(lineFirst, '[');
        boolean dashed = document.isSymbol(token - 1, '-') && document.isNumber(token - 2) && document.isNumber(lineFirst);
        return (bracketed || dashed) && token - lineFirst <= STAMP_TOKENS;
    }

    /** A known given name in a chat's message, whose line and the line next to it open with a speaker. */
    static final Explanation IN_A_CHAT = new Explanation("person-name", "given-name-in-a-chat");

    /**
     * Whether a known given name is said in a chat's message: after the speaker who opens its line,
     * when the line before or after it also opens with a speaker ("Jess: anyone seen Aidan?\nRob:
     * he's off", "Samir : Baptiste l'a"). In a chat a known given name names a colleague; not a word
     * every text has capitalised, nor a town.
     */
    private boolean namedInAChat(Document document, int token) {
        if (!knownGiven(document, token) || !document.isCapitalized(token) || document.tokenLength(token) < 3
                || document.newlineBefore(token) || document.tokenIn(token, COMMON) || notAPerson(document, token)
                || document.tokenIn(token, CityRecognizer.CITIES) || document.tokenIn(token, DocumentSignals.HEALTH)) {
            return false;
        }
        int lineStart = document.lineStart(document.start(token), CHAT_LINE_CHARS);
        if (lineStart > 0 && document.charAt(lineStart - 1) != '\n') {
            return false; // a line longer than a chat's message
        }
        int speaker = document.tokenAt(lineStart);
        if (speaker >= token || !speaksALine(document, speaker)) {
            return false;
        }
        int lineEnd = document.lineEnd(document.start(token), CHAT_LINE_CHARS);
        int below = lineEnd < document.length() ? document.tokenAt(lineEnd + 1) : -1;
        if (below > token && below < document.tokenCount() && speaksALine(document, below)) {
            return true;
        }
        if (lineStart < 2) {
            return false;
        }
        int above = document.tokenAt(document.lineStart(lineStart - 1, CHAT_LINE_CHARS));
        return above < speaker && speaksALine(document, above);
    }

    /** How long a chat's message may be, in characters either side of a name in it. */
    private static final int CHAT_LINE_CHARS = 300;

    /** The longest initials of a service after a signature's name and its comma ("Nathalie, RH", "Sam, IT"). */
    private static final int SERVICE_INITIALS = 4;

    /** Whether {@code token} is the last of its line, or of the text. */
    private static boolean lineEndsAfter(Document document, int token) {
        return token + 1 >= document.tokenCount() || document.newlineBefore(token + 1);
    }

    /** How far back a chat line's time stamp may start, in characters and in tokens ("[21/11/2026, 08:12:45]"). */
    private static final int STAMP_CHARS = 40;
    private static final int STAMP_TOKENS = 14;

    /** Names without a cue word: typography and known given names. */
    private int typography(Document document, int token, List<Finding> out) {
        if ((document.isSymbol(token - 1, ':') || document.isSymbol(token - 1, '–') || document.isSymbol(token - 1, '-'))
                && document.isNumber(token - 2) && document.tokenIsAny(token - 3, ROOMS)
                && !document.newlineBefore(token) && document.tokenLength(token) >= 3 && !document.tokenIn(token, COMMON)
                && !document.tokenIn(token, DocumentSignals.HEALTH) && !notAPerson(document, token)) {
            int end = hyphenated(document, token);
            // a ward's board: "Bay 3: Okafor – IV abx day 3", "Bay 4: Derek – confused overnight" (a given name),
            // "Bed 8 – Gill, 66: stable"; a whole name is left to the rules below ("Bed 3 – Ethan Price, 19")
            if (!document.startsUpper(end + 1) || document.newlineBefore(end + 1)) {
                emit(document, out, knownGiven(document, token) ? Label.FIRST_NAME : Label.LAST_NAME, token, end, ROLE);
                return end;
            }
            // two words the lexicons may lack, closed by a comma, a dash or the line's end: "Room 4: Chantelle
            // Okoro, G1P0, 39+2", "Lit 3 : DIALLO Awa – J2"; the family name first when it alone is in capitals
            int second = end + 1;
            int secondEnd = hyphenated(document, second);
            int after = secondEnd + 1;
            if (document.isWord(second) && document.tokenLength(second) >= 2 && !document.tokenIn(second, COMMON)
                    && !document.tokenIn(second, DocumentSignals.HEALTH) && !notAPerson(document, second)
                    && (after >= document.tokenCount() || document.newlineBefore(after) || document.isSymbol(after, ',')
                    || document.isSymbol(after, '–') || document.isSymbol(after, '-') && !document.touchesNext(secondEnd))
                    && clinicalOnTheLine(document, after)) {
                boolean familyFirst = document.isUpperCase(token) && !document.isUpperCase(second);
                emit(document, out, familyFirst ? Label.LAST_NAME : Label.FIRST_NAME, token, end, ROLE);
                emit(document, out, familyFirst ? Label.FIRST_NAME : Label.LAST_NAME, second, secondEnd, ROLE);
                return secondEnd;
            }
        }
        if (commonWordAlone(document, token) || passOverProse && wordInProse(document, token)
                || !plausibleStart(document, token)) {
            return -1;
        }
        if (document.newlineBefore(token) && document.isCapitalized(token)) {
            int end = hyphenated(document, token);
            if (knownGiven(document, token) && (end + 1 >= document.tokenCount() || document.newlineBefore(end + 1)
                    || document.isSymbol(end + 1, '(')
                    || document.isSymbol(end + 1, ',') && document.isWord(end + 2) && !document.startsUpper(end + 2)
                    // a service's initials after the name, ending the line: "Nathalie, RH", "Tom, HR"
                    || document.isSymbol(end + 1, ',') && document.isUpperCase(end + 2)
                    && document.tokenLength(end + 2) <= SERVICE_INITIALS && lineEndsAfter(document, end + 2))
                    || end + 1 >= document.tokenCount() && messageSignature(document, token)) {
                emit(document, out, Label.FIRST_NAME, token, end, SIGNATURE); // a signature line
                return end;
            }
        }
        // a message's last line signed after a dash: "Cover for his clinics is sorted.\n– Becky"
        if (document.isCapitalized(token) && !document.newlineBefore(token) && document.newlineBefore(token - 1)
                && (document.isSymbol(token - 1, '–') || document.isSymbol(token - 1, '—')) && knownGiven(document, token)) {
            int end = hyphenated(document, token);
            if (end + 1 >= document.tokenCount() && !listAbove(document, token - 1)) {
                emit(document, out, Label.FIRST_NAME, token, end, SIGNATURE);
                return end;
            }
        }
        if (speaksALine(document, token)) {
            int end = hyphenated(document, token);
            emit(document, out, Label.FIRST_NAME, token, end, SPEAKER); // "[21/11 08:12] Sylvie : papa est…"
            return end;
        }
        if (namedInAChat(document, token)) {
            int end = hyphenated(document, token);
            emit(document, out, Label.FIRST_NAME, token, end, IN_A_CHAT); // "Jess: anyone seen Aidan?"
            return end;
        }
        if (signsAQuotedMessage(document, token)) {
            int end = hyphenated(document, token);
            emit(document, out, Label.FIRST_NAME, token, end, SIGNATURE); // "… pour l'instant. Aurore »"
            return end;
        }
        int given = givenName(document, token, false);
        if (given >= 0) {
            int family = familyName(document, given + 1, false);
            // "GERARD LOUIS LOYNET": a second given name in capitals, the family name after it; the
            // run below reads such names whole
            boolean secondGiven = family == given + 1 && document.isUpperCase(family) && knownGiven(document, family)
                    && document.isUpperCase(family + 1) && !document.newlineBefore(family + 1);
            if (family >= 0 && !secondGiven && !document.newlineBefore(given + 1)
                    && (document.isUpperCase(family) || document.isUpperCase(given + 1))) {
                emit(document, out, Label.FIRST_NAME, token, given, TYPOGRAPHY);
                emit(document, out, Label.LAST_NAME, given + 1, family, TYPOGRAPHY);
                return maidenName(document, family, out, TYPOGRAPHY);
            }
            if (family >= 0 && !document.newlineBefore(given + 1) && knownGiven(document, token)
                    && !document.tokenIn(given + 1, FIRST_NAMES) && !notAPerson(document, given + 1)) {
                // a known pair before a birth, a hospital's number or a bed is a patient's, as an unknown one is there
                Explanation why = (document.isSymbol(family + 1, ',') || document.isSymbol(family + 1, '('))
                        && identifyingAt(document, family + 2) ? PAIR_PARTICULARS : KNOWN_PAIR;
                emit(document, out, Label.FIRST_NAME, token, given, why);
                emit(document, out, Label.LAST_NAME, given + 1, family, why);
                return family;
            }
        }
        List<Unit> run = nameRun(document, token);
        int commaForm = familyCommaGiven(document, token, run, out);
        if (commaForm >= 0) {
            return commaForm;
        }
        if (!run.isEmpty() && isInitial(document, run.getFirst()) && (run.size() < 2 || !upper(document, run.get(1)))
                && !initialInAList(document, token, run, out)) {
            run = List.of(); // "type I. Arrêt": an initial needs an upper-case family name after it
        }
        if (run.size() == 2 && !document.isSymbol(token - 1, '-') && !isInitial(document, run.getFirst()) && !isInitial(document, run.getLast())
                && (run.getLast().given() && document.tokenIn(run.getLast().last(), LAST_NAMES) && run.getFirst().given()
                || inNearbyEmail(document, run.getFirst(), run.getLast()))) {
            // "Jean-Luc Martin": the second given name is a frequent family name; "Berengère Vilbert"
            // above "be.vilbert@...": the e-mail address repeats the family name
            emit(document, out, Label.FIRST_NAME, run.getFirst().first(), run.getFirst().last(), KNOWN_PAIR);
            emit(document, out, Label.LAST_NAME, run.getLast().first(), run.getLast().last(), KNOWN_PAIR);
            return run.getLast().last();
        }
        if (run.size() == 2 && allGiven(run) && !document.isSymbol(token - 1, '-') && !isInitial(document, run.getLast())
                && givenNameWithParticulars(document, run.getLast().first()) >= 0) {
            // two given names before an age: the second is the family name ("Zainab Ali, 29, G3P2"), as many are
            emit(document, out, Label.FIRST_NAME, run.getFirst().first(), run.getFirst().last(), KNOWN_PAIR);
            emit(document, out, Label.LAST_NAME, run.getLast().first(), run.getLast().last(), KNOWN_PAIR);
            return run.getLast().last();
        }
        if (run.size() >= 2 && anyGiven(run) && !document.isSymbol(token - 1, '-')
                && (!allGiven(run) || run.size() >= 3 || anyUpperLast(document, run))) {
            return labelRun(document, run, out, anyUpperLast(document, run)
                    ? TYPOGRAPHY : KNOWN_PAIR);
        }
        // a given name ends in a small letter: not an antibody's class ("IgG EBNA négatives")
        if (document.isCapitalized(token) && !document.tokenIn(token, COMMON) && !notAPerson(document, token)
                && document.tokenLength(token) >= 3 && Character.isLowerCase(document.charAt(document.end(token) - 1))) {
            int end = hyphenated(document, token);
            int family = end + 1;
            if (document.isUpperCase(family) && document.tokenLength(family) >= 4 && !document.tokenIn(family, ACRONYMS)
                    && !document.tokenIn(family, COMMON) && !document.newlineBefore(family)
                    && !document.isUpperCase(token - 1) && familyName(document, family, false) >= 0) {
                int last = familyName(document, family, false);
                emit(document, out, Label.FIRST_NAME, token, end, UNKNOWN_GIVEN);
                emit(document, out, Label.LAST_NAME, family, last, UNKNOWN_GIVEN);
                return last;
            }
        }
        int beforeBirth = pairBeforeBirth(document, token, out);
        if (beforeBirth >= 0) {
            return beforeBirth;
        }
        if (knownGiven(document, token) && document.isCapitalized(token) && !document.newlineBefore(token)
                && (document.startsUpper(token - 1) && document.tokenIsAny(token - 1, FAMILY_CALLS)
                        // a child called by her given name: "la petite Jade de la 4", "little Alfie"
                        || document.tokenIsAny(token - 1, LITTLE) && document.tokenIsAny(token - 2, "le", "la", "the", "our"))) {
            int end = hyphenated(document, token);
            emit(document, out, Label.FIRST_NAME, token, end, ROLE); // "nouvelles de Mamie Denise", "Uncle Bert"
            return end;
        }
        int withParticulars = givenNameWithParticulars(document, token);
        if (withParticulars >= 0) {
            emit(document, out, Label.FIRST_NAME, token, withParticulars, PARTICULARS);
            return withParticulars;
        }
        int acting = givenNameActing(document, token);
        if (acting >= 0) {
            emit(document, out, Label.FIRST_NAME, token, acting, document.isSymbol(acting + 1, ',') ? CALLED : ACTING);
            return acting;
        }
        int familyInitial = familyInitialAfter(document, token);
        if (familyInitial >= 0) {
            emit(document, out, Label.FIRST_NAME, token, familyInitial - 2, TYPOGRAPHY);
            emit(document, out, Label.LAST_NAME, familyInitial - 1, familyInitial, TYPOGRAPHY);
            return familyInitial;
        }
        if (knownGiven(document, token) && document.isCapitalized(token) && document.tokenIn(token - 1, PREPOSITIONS)
                && !document.startsUpper(hyphenated(document, token) + 1) && document.tokenLength(token) >= 3
                && !document.tokenIn(token, CityRecognizer.CITIES)) { // "à Nancy", "de Florence": a town's name first
            int end = hyphenated(document, token);
            emit(document, out, Label.FIRST_NAME, token, end, KNOWN_PAIR); // "à montrer à Catherine"
            return end;
        }
        if (document.isUpperCase(token) && !document.tokenIn(token, ACRONYMS)) {
            int family = familyName(document, token, false);
            if (family >= 0) {
                int first = givenName(document, family + 1, false);
                if (first >= 0 && knownGiven(document, family + 1) && !document.newlineBefore(family + 1)
                        && !document.isUpperCase(family + 1)) {
                    emit(document, out, Label.LAST_NAME, token, family, TYPOGRAPHY);
                    int end = first;
                    if (knownGiven(document, first + 1) && !document.newlineBefore(first + 1) && !document.isUpperCase(first + 1)) {
                        end = givenName(document, first + 1, false);
                    }
                    emit(document, out, Label.FIRST_NAME, family + 1, end, TYPOGRAPHY);
                    return end;
                }
            }
        }
        return -1;
    }

    /** The person a given name stands for, told by what follows it: an age or a room. */
    static final Explanation PARTICULARS = new Explanation("person-name", "given-name-then-age-or-room");
    /** The person a pair of names stands for, told by what follows it: a birth, a hospital's number or a bed. */
    static final Explanation PAIR_PARTICULARS = new Explanation("person-name", "name-then-birth-number-or-bed");
    /** Words after a number that make it an age ("3 ans", "58 yo", "6 months"). */
    static final String[] AGE_UNITS = {"ans", "an", "mois", "yo", "y", "years", "year", "months"};
    /** Words of a ward's bed, before its number: a hospital's by themselves. */
    static final String[] BEDS = {"lit", "bed", "box", "bay"};
    /** Words of a room, before its number: a ward's room, or a hall of residence's. */
    static final String[] NUMBERED_ROOMS = {"chambre", "ch", "room"};
    private static final String[] ROOMS = java.util.stream.Stream.concat(java.util.Arrays.stream(BEDS),
            java.util.Arrays.stream(NUMBERED_ROOMS)).toArray(String[]::new);

    /**
     * A relative's given name after a possessive and their word, the lexicon knowing it or not:
     * "mon fils Elyes a 6 ans", "my daughter Saoirse". Returns its last token, or -1.
     */
    private int relativesGivenName(Document document, int name, List<Finding> out) {
        if (!unknownGiven(document, name) || document.tokenLength(name) < 2 || document.newlineBefore(name)
                || document.tokenIn(name, TITLES)) { // "my colleague, Dr Sarah Klein": the title's rules read it
            return -1;
        }
        int end = hyphenated(document, name);
        emit(document, out, Label.FIRST_NAME, name, end, ROLE);
        return end;
    }

    /**
     * Given names of the lexicon that are everyday words too, and follow a relative's word as words
     * when typed in lower case: "my friend said", "my sister will", "ma sœur claire" (clear),
     * "mon ami pierre" (stone) is still read as a word.
     */
    private static final String[] EVERYDAY_GIVEN_NAMES = {"said", "will", "may", "can", "mark", "sue", "bob", "guy", "ray",
        "grace", "hope", "joy", "rose", "ruby", "lily", "jade", "olive", "poppy", "line", "jean", "marc", "pierre",
        "claire", "aurore", "ambre", "ange", "aimé", "ravi", "noël", "maxime", "serge", "marine", "frank", "nick", "matt",
        "jack", "jay", "kim", "ken", "tom", "sam", "carol", "robin", "colin", "randy", "billy", "duc", "milan", "nancy"};

    /**
     * A relative's known given name typed in lower case after their word and a possessive ("ma
     * coloc léa dubreuil", "my son jayden"), with a known family name after it if there is one.
     * Returns the last token, or -1.
     */
    private int relativesLowerCaseName(Document document, int name, List<Finding> out) {
        if (document.newlineBefore(name) || document.tokenIn(name, COMMON) || document.tokenIsAny(name, EVERYDAY_GIVEN_NAMES)) {
            return -1;
        }
        int end = hyphenated(document, name);
        if (!knownGivenCompound(document, name, end)) {
            return -1;
        }
        emit(document, out, Label.FIRST_NAME, name, end, LOWER_CASE);
        int family = end + 1;
        if (lowerCaseWord(document, family) && !document.newlineBefore(family) && !document.touchesNext(end)
                && document.tokenIn(family, LAST_NAMES) && !document.tokenIn(family, COMMON)
                && !document.tokenIn(family, DocumentSignals.HEALTH)) {
            emit(document, out, Label.LAST_NAME, family, family, LOWER_CASE);
            return family;
        }
        return end;
    }

    /** Words before a place's or a work's name, not a person's. */
    private static final String[] DETERMINERS = {"le", "la", "les", "l", "the", "un", "une", "des", "du", "a", "an"};
    /**
     * Words that introduce a birth date after a name and a comma or a bracket: "Kacper Nowicki, DOB
     * 14/07/2013". An age there ({@link #AGE_UNITS}) says the same.
     */
    private static final String[] BIRTH_CUES = {"né", "née", "nee", "born", "dob", "ddn"};
    /** Words before an age's number: "Thaddeus Olawale, aged 34", "Ewan Kerrigan (age 7)". */
    private static final String[] AGED = {"aged", "age", "âgé", "âgée"};

    /**
     * Two capitalised words the lexicons lack, then a comma or a bracket and a birth date's word,
     * an age or a hospital's number ("Re: Kacper Nowicki, DOB …", "Kacper Nowicki (né le …)",
     * "Winifred Thistlewood, 88 ans", "Desmond Achterberg, hospital no. K4417820"): a person's name, the family name first when it alone is in capitals. Returns the last
     * token, or -1.
     */
    private int pairBeforeBirth(Document document, int token, List<Finding> out) {
        if (!document.startsUpper(token + 1) && !document.isSymbol(token + 1, '-')) {
            return -1; // most capitalised words: no second one after them
        }
        int firstEnd = hyphenated(document, token);
        int second = firstEnd + 1;
        if (!document.startsUpper(second) || document.newlineBefore(second)) {
            return -1;
        }
        int secondEnd = hyphenated(document, second);
        int sign = secondEnd + 1;
        if (document.isSymbol(sign, ',') || document.isSymbol(sign, '(')
                || (document.isSymbol(sign, '-') || document.isSymbol(sign, '–')) && !document.touchesNext(secondEnd)) {
            return bornAfter(document, token, firstEnd, second, secondEnd, sign + 1, out);
        }
        // a form's next field on the same line: "Patient: Rosalind Pettigrew   DOB: 30/07/1961"
        return nextFieldOnTheLine(document, secondEnd) ? bornAfter(document, token, firstEnd, second, secondEnd, sign, out) : -1;
    }

    /**
     * Whether the token after {@code token} is a field label on the same line, then a colon and a
     * number ("   DOB: 30/07/1961"; not "   DOB: non renseignée").
     */
    private static boolean nextFieldOnTheLine(Document document, int token) {
        int next = token + 1;
        return next < document.tokenCount() && !document.newlineBefore(next) && document.isSymbol(next + 1, ':')
                && document.isNumber(next + 2);
    }

    /** The rest of {@link #pairBeforeBirth}, out of line: a pair before a comma, a bracket or a form's next field, its cue at {@code cue}. */
    private int bornAfter(Document document, int token, int firstEnd, int second, int secondEnd, int cue, List<Finding> out) {
        if (!particularsAt(document, token, cue)
                || document.tokenIn(second, COMMON) || document.tokenIn(token, COMMON) || notAPerson(document, token)
                || notAPerson(document, second) || document.tokenLength(token) < 2 || document.tokenLength(second) < 2) {
            return -1;
        }
        boolean familyFirst = document.isUpperCase(token) && !document.isUpperCase(second); // "NOWICKI Kacper, DOB …"
        Explanation why = identifyingAt(document, cue) ? PAIR_PARTICULARS : TYPOGRAPHY;
        emit(document, out, familyFirst ? Label.LAST_NAME : Label.FIRST_NAME, token, firstEnd, why);
        emit(document, out, familyFirst ? Label.FIRST_NAME : Label.LAST_NAME, second, secondEnd, why);
        return secondEnd;
    }

    /**
     * Whether what starts at {@code cue}, after a name starting at {@code token} and a comma, a
     * bracket or a dash, singles out a person: a birth ("né le …", "DOB …"), an age ("88 ans", "aged
     * 34"; not "Les Grands Moulins, 100 ans d'histoire"), a hospital's number or a ward's bed.
     */
    private static boolean particularsAt(Document document, int token, int cue) {
        // or an age: "Winifred Thistlewood, 88 ans", "Arthur Penhaligon (84 years)"
        boolean aged = (document.isNumber(cue) && document.tokenLength(cue) <= 3 && document.tokenIsAny(cue + 1, AGE_UNITS)
                // "Thaddeus Olawale, aged 34"
                || document.tokenIsAny(cue, AGED) && document.isNumber(cue + 1) && document.tokenLength(cue + 1) <= 3
                || bareAge(document, cue))
                && !document.tokenIsAny(token - 1, DETERMINERS); // not "Les Grands Moulins, 100 ans d'histoire"
        return aged || identifyingAt(document, cue);
    }

    /**
     * Whether a bare age starts at {@code cue}, after a name and its comma, as English notes write
     * it: a number of at most three digits up to {@link #MAX_AGE}, then a comma and a word, or the
     * line's end ("Dean Foster, 47, HGV driver", "Re: Olivia Grant, 27"). Not a journal's volume
     * and pages ("Brain Research, 12, 45-67").
     */
    private static boolean bareAge(Document document, int cue) {
        if (!document.isNumber(cue) || document.tokenLength(cue) > 3 || Integer.parseInt(document.tokenText(cue)) > MAX_AGE) {
            return false;
        }
        int next = cue + 1;
        return next >= document.tokenCount() || document.newlineBefore(next)
                || document.isSymbol(next, ',') && document.isWord(next + 1) && !document.newlineBefore(next + 1);
    }

    /**
     * Whether what starts at {@code cue} after a name identifies a patient by itself: a birth, a
     * hospital's number or a ward's bed (an age does not: "Claire Dupont, 52 ans, connue pour ses
     * travaux" is a researcher's).
     */
    private static boolean identifyingAt(Document document, int cue) {
        boolean born = document.tokenIsAny(cue, BIRTH_CUES) && (document.tokenIsAny(cue, "dob", "ddn")
                || document.tokenIsAny(cue + 1, "le", "en", "on", "in") || document.isNumber(cue + 1)); // not "née de la réforme"
        return born || document.tokenIs(cue, "date") && document.tokenIsAny(cue + 2, "naissance", "birth")
                || hospitalNumber(document, cue)
                // or a ward's bed: "Re: Bartholomew Quayle - bed 14 - discharge delayed", "Léon Marchal, lit 3"
                || document.tokenIsAny(cue, ROOMS) && document.isNumber(cue + 1);
    }

    /** A hospital's number for its patient, after a name and a comma: "Desmond Achterberg, hospital no. K4417820". */
    private static final String[] HOSPITAL_NUMBERS = {"ipp", "mrn", "nip", "nda"};
    /** Words that a number's word after them makes a patient's number: "hospital no.", "NHS number". */
    private static final String[] NUMBERED_BY = {"hospital", "nhs", "patient", "unit"};

    private static boolean hospitalNumber(Document document, int cue) {
        int value;
        if (document.tokenIsAny(cue, HOSPITAL_NUMBERS)) {
            value = cue + 1;
        } else if (document.tokenIsAny(cue, NUMBERED_BY) && document.tokenIsAny(cue + 1, "no", "number", "id")) {
            value = cue + 2;
        } else {
            return false;
        }
        while (document.isSymbol(value, '.') || document.isSymbol(value, ':')) {
            value++;
        }
        // or an NHS number in its three groups: "NHS no. 485 777 3456"
        return aCode(document, value) || document.isNumber(value) && document.isNumber(value + 1) && document.isNumber(value + 2)
                && document.tokenLength(value) == 3 && document.tokenLength(value + 1) == 3 && document.tokenLength(value + 2) == 4;
    }

    /** Whether a code of four characters or more, three of them digits, starts at {@code token}: "K4417820", "4417820". */
    private static boolean aCode(Document document, int token) {
        if (token >= document.tokenCount()) {
            return false;
        }
        String text = document.text();
        int digits = 0;
        int end = document.start(token);
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            digits += Character.isDigit(text.charAt(end)) ? 1 : 0;
            end++;
        }
        return digits >= 3 && end - document.start(token) >= 4;
    }

    /** What a family calls its members before their given name, capitalised as a title is: "Mamie Denise", "Uncle Bert". */
    private static final String[] FAMILY_CALLS = {"mamie", "mami", "papi", "papy", "mémé", "pépé", "grandma", "grandpa",
        "granny", "grandad", "granddad", "nana", "nanny", "tonton", "tata", "tatie", "auntie", "aunt", "uncle", "tante",
        "oncle", "cousin", "cousine"};

    /** What a child is called before her given name: "la petite Jade", "little Alfie". */
    private static final String[] LITTLE = {"petit", "petite", "little"};

    /** The oldest age read in a bare number after a given name. */
    static final int MAX_AGE = 110;

    /** A known given name alone, the subject of a verb: "Luca will present", "Nadia le remplacera". */
    static final Explanation ACTING = new Explanation("person-name", "given-name-then-verb");
    /** A known given name alone, then a comma and the second person: the one spoken to, "Declan, your results". */
    static final Explanation CALLED = new Explanation("person-name", "given-name-then-you");
    /** What follows a person's given name as its subject: auxiliaries, verbs of saying, object pronouns. */
    private static final String[] VERBS_AFTER_A_NAME = {"will", "would", "can", "could", "has", "had", "is", "was",
        "says", "said", "asked", "told", "called", "wants", "sent", "agreed", "thinks", "sera", "est", "était", "a", "avait",
        "va", "fera", "pourra", "viendra", "dit", "demande", "pense", "le", "la", "lui", "nous", "vous",
        // the same auxiliaries, negated: "Yuki won't be at standup", "Tom isn't coming"
        "won", "isn", "hasn", "wasn", "doesn", "didn", "couldn", "wouldn",
        // what happened to someone: "Harvey took a knock", "Jade fell off the swing"
        "took", "fell", "got", "felt", "tripped", "slipped", "collapsed", "fainted", "broke",
        // what a resident or a patient did, in a carer's daily notes: "Doris ate half her breakfast"
        "ate", "drank", "slept", "refused", "seemed", "complained", "vomited", "remains", "remained", "dort",
        "refuse", "semble", "assurera",
        // what a person does or has, and their death: "Inès fait de l'épilepsie", "Mathieu présentera sa thèse",
        // "Ted passed away on Saturday"
        "fait", "présentera", "passed", "died", "décédé", "décédée",
        // an illness suffered: "« Samuel souffre d'une épilepsie traitée par Dépakine »"
        "souffre", "souffrait", "suffers", "suffered",
        // a return: "vous savez si Rachid revient lundi ?"
        "revient", "reviendra", "rentre", "reprend", "reprendra",
        // a call: "Ewan rang from the hospital"
        "rang", "phoned", "texted", "messaged"};
    /** What an eponym's genitive names: "Wilson's disease", "Bell's palsy", "Hodgkin's lymphoma". */
    private static final String[] EPONYM_NOUNS = {"disease", "syndrome", "palsy", "sign", "law", "test", "lymphoma",
        "sarcoma", "tumour", "tumor", "phenomenon", "reflex", "triad", "ulcer"};
    /** The second person after a name and its comma: "Declan, your blood tests came back", "Inès, tu peux…". */
    private static final String[] YOU = {"you", "your", "vous", "votre", "vos", "tu", "ton", "ta", "tes", "te", "t"};
    /** A relative pronoun after a name and its comma: the person a clause is said of, "Bob, who ran our mouse facility". */
    private static final String[] WHO = {"who", "qui"};

    /**
     * A known given name alone, followed by a verb it is the subject of ("Luca will present", "Nadia
     * le remplacera", "Sandrine ne viendra pas", after an aside: "Inès (CM2 B) a fait") or by a comma
     * and the second person ("Declan, your results") or a relative pronoun ("Bob, who ran…"), or
     * introduced by the writer as themself ("I'm Priya and…"). Not a word
     * every text has capitalised, nor a place's name. Returns the name's last token, or -1.
     */
    private int givenNameActing(Document document, int token) {
        if (!knownGiven(document, token) || !document.isCapitalized(token) || document.tokenLength(token) < 3
                || document.tokenIn(token, COMMON) || notAPerson(document, token)
                || document.tokenIn(token, CityRecognizer.CITIES)) { // "Nancy est une belle ville"
            return -1;
        }
        int end = hyphenated(document, token);
        int next = afterAside(document, end + 1);
        // the person's team between: "Marcus from finance is in the cardiac unit", "Julie de la compta a appelé"
        int team = teamAfter(document, next);
        if (team > next && document.tokenIsAny(team, VERBS_AFTER_A_NAME) && !document.newlineBefore(team)) {
            next = team;
        }
        boolean acting = document.tokenIsAny(next, VERBS_AFTER_A_NAME) && !document.newlineBefore(next)
                // a reflexive verb: "Bastien s'est coupé avec un scalpel", "Léa se remet bien"
                || reflexive(document, next)
                // a bone broken: "Jenny fractured her ankle skiing"
                || DocumentSignals.breaksABone(document, next) && !document.newlineBefore(next)
                // negated: "Sandrine ne viendra pas", "Tom n'a pas pu venir"
                || document.tokenIsAny(next, NOT) && !document.newlineBefore(next)
                && document.isWord(document.isApostrophe(next + 1) ? next + 2 : next + 1);
        // "is" or "has" contracted: "Jamal's in hospital", "Ruth's been off since Monday" (not "Jamal's clinic");
        // a relative of theirs: "Fiona's mum died of sepsis", "Tom's little girl"
        boolean genitive = document.isApostrophe(next) && document.tokenIs(next + 1, "s") && !document.touchesNext(next + 1);
        int kin = document.tokenIsAny(next + 2, KIN_ADJECTIVES) ? next + 3 : next + 2;
        acting = acting || genitive && (document.tokenIsAny(next + 2, CONTRACTED_IS)
                || kin < document.tokenCount() && KIN.contains(document.lowerToken(kin))
                // their care: "Graham's surgery went well" (not an eponym's disease: "Wilson's disease")
                || DocumentSignals.clinicalWord(document, next + 2) && !document.tokenIsAny(next + 2, EPONYM_NOUNS));
        // a clause said of the person: "Bob, who ran our mouse facility, passed away"; the writer, introduced
        acting = acting || document.isSymbol(next, ',') && document.tokenIsAny(next + 1, WHO) || introducedAsMe(document, token);
        boolean called = document.isSymbol(next, ',') && document.tokenIsAny(next + 1, YOU);
        return acting || called ? end : -1;
    }

    /** Whether a French reflexive verb starts at {@code token}: "s'est", "s'était", "se" then a word. */
    private static boolean reflexive(Document document, int token) {
        return !document.newlineBefore(token) && (document.tokenIs(token, "s") && document.isApostrophe(token + 1)
                && (document.tokenIs(token + 2, "est") || document.tokenIs(token + 2, "était"))
                || document.tokenIs(token, "se") && document.isWord(token + 1) && !document.startsUpper(token + 1));
    }

    /**
     * The token after a team named after a person's given name ("from finance", "from HR", "de la
     * compta", "du labo", "from the genomics core", "de l'équipe qualité": one or two words, after a
     * determiner or not) where a verb the name is the subject of follows, or {@code token} itself
     * when there is none.
     */
    private static int teamAfter(Document document, int token) {
        int word = document.tokenIs(token, "from") ? token + 1
                : document.tokenIs(token, "du") ? token + 1
                : document.tokenIs(token, "de") && document.tokenIs(token + 1, "la") ? token + 2
                : document.tokenIs(token, "de") && document.tokenIs(token + 1, "l") && document.isApostrophe(token + 2) ? token + 3
                : -1;
        if (word < 0) {
            return token;
        }
        word = document.tokenIsAny(word, TEAM_DETERMINERS) ? word + 1 : word;
        for (int after = word + 1; after <= word + TEAM_WORDS && document.isWord(after - 1)
                && !document.newlineBefore(after - 1); after++) {
            if (document.tokenIsAny(after, VERBS_AFTER_A_NAME)) {
                return after;
            }
        }
        return token;
    }

    /** The determiners of a team after a given name: "Leila from the genomics core". */
    private static final String[] TEAM_DETERMINERS = {"the", "our", "my"};
    /** How many words a team's name after a given name may have. */
    private static final int TEAM_WORDS = 2;

    /**
     * Whether a given name follows the words the writer introduces themself with: "I'm Priya and…",
     * "I am Tom", "je suis Inès", "je m'appelle Inès", "my name is Priya", "it's Stella", "this is Sam".
     */
    private static boolean introducedAsMe(Document document, int token) {
        // not "c'est", said of others too ("c'est Marie qui présentera")
        int introduction = selfIntroduction(document, token);
        return introduction >= 0 && !document.tokenIs(introduction, "c")
                || document.tokenIs(token - 1, "appelle") && document.isApostrophe(token - 2) && document.tokenIs(token - 3, "m")
                || myNameIs(document, token - 2);
    }

    /** The first token of "this is", "I'm", "I am", "it's", "c'est" or "je suis" right before {@code name}, or -1: a self-introduction. */
    static int selfIntroduction(Document document, int name) {
        if (document.tokenIs(name - 1, "is") && document.tokenIs(name - 2, "this")) {
            return name - 2;
        }
        if (document.tokenIs(name - 1, "m") && document.isApostrophe(name - 2) && document.tokenIs(name - 3, "i")) {
            return name - 3;
        }
        if (document.tokenIs(name - 1, "est") && document.isApostrophe(name - 2) && document.tokenIs(name - 3, "c")) {
            return name - 3; // "Bonjour docteur, c'est Mariana Ribeiro."
        }
        if (document.tokenIs(name - 1, "s") && document.isApostrophe(name - 2) && document.tokenIs(name - 3, "it")) {
            return name - 3; // a voicemail: "Hi, it's Margaret Boyle from Flat 3, I've had chest pain…"
        }
        if (document.tokenIs(name - 1, "suis") && document.tokenIs(name - 2, "je")) {
            return name - 2; // "Je suis Kevin Morel, j'ai 34 ans et on vient de me diagnostiquer…"
        }
        if (document.tokenIs(name - 1, "im") && !document.startsUpper(name - 1)) {
            return name - 1; // typed in a hurry, "im" for "I'm": "im Shauna Doyle, 41, my ferritin is 8"
        }
        return document.tokenIs(name - 1, "am") && document.tokenIs(name - 2, "i") ? name - 2 : -1;
    }


    /** Whether the line above the one starting at {@code lineStart} opens with a dash or a bullet too: a list's item, no signature. */
    private static boolean listAbove(Document document, int lineStart) {
        // (read once a text at most: only for a text's last token)
        int t = lineStart - 1;
        while (t > 0 && !document.newlineBefore(t)) {
            t--;
        }
        return t >= 0 && t < lineStart && (document.isSymbol(t, '–') || document.isSymbol(t, '—') || document.isSymbol(t, '-')
                || document.isSymbol(t, '•') || document.isSymbol(t, '*'));
    }

    /** How many tokens after a bed's two unknown words a clinical word is looked for on their line. */
    private static final int BED_LINE_REACH = 30;

    /**
     * Whether a clinical word stands on the line from {@code token}, within {@link #BED_LINE_REACH}
     * tokens: what a bed's occupant has ("Room 4: Chantelle Okoro, G1P0, epidural in situ"; not
     * "Room 4: Journal Club, 12:30").
     */
    private static boolean clinicalOnTheLine(Document document, int token) {
        for (int t = token; t < token + BED_LINE_REACH && t < document.tokenCount() && (t == token || !document.newlineBefore(t)); t++) {
            if (DocumentSignals.clinicalWord(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Words after a given name's "'s" that make it "is" or "has": "Jamal's in hospital", "Ruth's been off". */
    private static final String[] CONTRACTED_IS = {"in", "off", "been", "back", "got", "having", "had", "not", "still",
        "recovering", "gone", "being", "now", "just", "home", "going"};
    /** The negation that opens a French verb: "ne viendra pas", "n'est pas". */
    private static final String[] NOT = {"ne", "n"};
    /** How many tokens a bracketed aside after a given name may have: "Inès (CM2 B) a fait un malaise". */
    private static final int ASIDE_REACH = 6;

    /**
     * The token after a short bracketed aside that starts at {@code token} on its line ("Inès (CM2
     * B) a fait…": a class, a ward, a role), or {@code token} where there is none.
     */
    private static int afterAside(Document document, int token) {
        if (!document.isSymbol(token, '(')) {
            return token;
        }
        for (int t = token + 1; t <= token + ASIDE_REACH && !document.newlineBefore(t); t++) {
            if (document.isSymbol(t, ')')) {
                return t + 1;
            }
        }
        return token;
    }

    /**
     * "Léna, 3 ans, amenée par sa mère", "Callum, 15, with…", "Kevin (chambre 214)": a known given
     * name followed by an age or a room is a person's, on its own. Returns the name's last token, or -1.
     */
    private int givenNameWithParticulars(Document document, int token) {
        if (!knownGiven(document, token) || !document.isCapitalized(token) || document.tokenLength(token) < 3) {
            return -1;
        }
        int end = hyphenated(document, token);
        int next = end + 1;
        boolean age = document.isSymbol(next, ',') && document.isNumber(next + 1) && document.tokenLength(next + 1) <= 3
                && (document.tokenIsAny(next + 2, AGE_UNITS)
                        // a bare age between commas, as English notes write it: "Callum, 15, with cystic fibrosis",
                        // or ending the sentence: "Callum Ross, 22. Attended after…"
                        || (document.isSymbol(next + 2, ',') || document.isSymbol(next + 2, '.')) && !document.isNumber(next + 3)
                        && Integer.parseInt(document.tokenText(next + 1)) <= MAX_AGE);
        boolean room = document.isSymbol(next, '(') && document.tokenIsAny(next + 1, ROOMS);
        return age || room ? end : -1;
    }

    /**
     * "Sarah K., 34 ans", "Julien D. a appelé": a known given name and the initial of a family name,
     * closed by a dot, with no name after it on the line (then it is a middle initial, "John A.
     * Smith", read as a run). Returns the initial's dot, or -1. Not a numeral ("Louis XIV", "phase
     * I.").
     */
    private int familyInitialAfter(Document document, int token) {
        if (!knownGiven(document, token) || !document.isCapitalized(token) || document.tokenLength(token) < 3) {
            return -1;
        }
        int initial = hyphenated(document, token) + 1;
        int dot = initial + 1;
        if (document.tokenLength(initial) != 1 || !document.startsUpper(initial) || document.newlineBefore(initial)
                || !document.isSymbol(dot, '.') || !document.touchesNext(initial) || document.startsUpper(dot + 1)
                && !document.newlineBefore(dot + 1)) {
            return -1;
        }
        return romanNumeral(document, initial) ? -1 : dot;
    }

    /** Whether a word is made of the numerals I, V and X only, in capitals ("IV", "XIV"): no name's letters. */
    private static boolean romanNumeral(Document document, int token) {
        if (!document.isWord(token)) {
            return false;
        }
        for (int i = document.start(token); i < document.end(token); i++) {
            char c = document.charAt(i);
            if (c != 'I' && c != 'V' && c != 'X') {
                return false;
            }
        }
        return true;
    }

    /** How far after a name its owner's e-mail address may stand (a signature block, a list of contacts). */
    private static final int EMAIL_WINDOW = 80;

    /**
     * Whether an e-mail address in the next characters is made of this family name (four letters
     * or more) and the start of this given name: "Fredérique Cohen" above "fred.cohen@aphp.com",
     * "Berengère Vilbert" above "be.vilbert@..." or "bvilbert@...".
     */
    private static boolean inNearbyEmail(Document document, Unit given, Unit family) {
        if (family.first() != family.last() || document.tokenLength(family.first()) < 4 || !document.isCapitalized(family.first())
                || given.first() != given.last()) {
            return false;
        }
        String text = document.text();
        int from = document.end(family.last());
        int to = Math.min(text.length(), from + EMAIL_WINDOW);
        int firstAt = document.atSign(from, to);
        if (firstAt < 0) {
            return false; // no address nearby: the names are not even spelled without accents
        }
        String name = Lexicon.withoutAccents(document.lowerToken(family.first()));
        String first = Lexicon.withoutAccents(document.lowerToken(given.first()));
        for (int at = firstAt; at >= 0; at = document.atSign(at + 1, to)) {
            int start = at;
            while (start > from && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                    || text.charAt(start - 1) == '-' || text.charAt(start - 1) == '_')) {
                start--;
            }
            String local = Lexicon.withoutAccents(text.substring(start, at).toLowerCase(java.util.Locale.ROOT));
            int found = local.indexOf(name);
            if (found >= 0) {
                String rest = lettersOnly(local.substring(0, found) + local.substring(found + name.length()));
                if (!rest.isEmpty() && first.startsWith(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lettersOnly(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    private static boolean plausibleStart(Document document, int token) {
        if (!document.isWord(token)) {
            return false;
        }
        int before = token - 1;
        if (document.isApostrophe(before)) {
            before--;
        }
        if (document.isSymbol(before, '-') && document.touchesNext(before)) {
            return false; // "Georges-Pompidou" after a facility word is handled by the facility
        }
        // a place or an eponym's word names what follows on its line ("Centre Georges Pompidou"), not
        // the name that opens the next ("… Mortimer Market Centre\nJason Blake, 23, …")
        if (!document.newlineBefore(token) && (document.tokenIn(before, PLACE_WORDS) || (document.tokenIn(before, OF)
                && document.tokenIn(before - 1, EPONYM_WORDS)) || document.tokenIn(before, EPONYM_WORDS))) {
            return false;
        }
        // a word its bracket touches is code, a call or a type: "nom VARCHAR(80)", "Name: COUNT(*)"
        return !(document.touchesNext(token) && document.isSymbol(token + 1, '('))
                // a numbered place of a hospital: "From: Ward 7 Admin", "Pavillon 4"
                && !(document.isNumber(token + 1) && document.tokenIsAny(token, NUMBERED_PLACES));
    }

    /**
     * Places of a hospital known by their number, not a name ("Ward 7"), though "Ward" is a family
     * name too: the rooms and beds of {@link #ROOMS}, and the wards, floors and buildings.
     */
    private static final String[] NUMBERED_PLACES = java.util.stream.Stream.concat(java.util.Arrays.stream(ROOMS),
            java.util.stream.Stream.of("ward", "unit", "floor", "salle", "pavillon", "bâtiment", "étage", "aile"))
            .toArray(String[]::new);

    /** A given name: known, or an initial ("V."); compound with hyphens. Returns its last token or -1. */
    private int givenName(Document document, int token, boolean lenient) {
        if (!document.isWord(token) || !document.startsUpper(token)) {
            return -1;
        }
        if (document.tokenLength(token) == 1 && document.isSymbol(token + 1, '.') && document.touchesNext(token)) {
            return token + 1; // initial
        }
        int end = hyphenated(document, token);
        boolean known = false;
        for (int t = token; t <= end; t += 2) {
            known |= document.tokenIn(t, FIRST_NAMES);
        }
        if (known || lenient && document.isCapitalized(token) && !document.tokenIn(token, COMMON)
                && !document.tokenIn(token, NOT_PERSONS) && document.isUpperCase(end + 1)
                && !document.tokenIn(end + 1, ACRONYMS) && !document.tokenIn(end + 1, COMMON)
                && document.tokenLength(end + 1) >= 2 && !document.newlineBefore(end + 1)) {
            return end;
        }
        return -1;
    }

    private boolean knownGiven(Document document, int token) {
        return document.isWord(token) && document.startsUpper(token) && document.tokenIn(token, FIRST_NAMES);
    }

    /**
     * A family name: optional particles (de, LE, van den...), then an upper-case or capitalised
     * word, compound with hyphens. Common words, acronyms and eponyms are refused.
     */
    private int familyName(Document document, int token, boolean lenient) {
        int t = token;
        int particles = 0;
        while (particles < 2 && document.tokenIn(t, PARTICLES) && (document.startsUpper(t + 1)
                || document.tokenIn(t + 1, PARTICLES)) && !document.newlineBefore(t + 1)) {
            t++;
            particles++;
        }
        if (document.tokenIs(t, "d") && document.isApostrophe(t + 1)) {
            t += 2;
        }
        boolean elided = document.tokenLength(t) == 1 && document.isApostrophe(t + 1) && elisionOfAName(document, t)
                && document.touchesNext(t) && document.touchesNext(t + 1); // N'GUESSAN, O'SULLIVAN; not "C'est"
        if (!document.isWord(t) || !document.startsUpper(t) || (document.tokenLength(t) < 2 && !elided)) {
            return -1;
        }
        if (document.tokenLength(t) >= 2 && romanNumeral(document, t)) {
            return -1; // "Louis XIV", "Jean XXIII": a numeral after a name
        }
        if (document.isSymbol(t + 1, '-') && document.touchesNext(t) && document.isNumber(t + 2)) {
            return -1; // a reference such as "YB-201"
        }
        if (document.tokenIn(t, COMMON) && !(lenient && document.isUpperCase(t) && particles > 0)) {
            return -1;
        }
        if (document.isUpperCase(t) && document.tokenIn(t, ACRONYMS)) {
            return -1;
        }
        if (!lenient && document.tokenLength(t) <= 2 && !elided) {
            return -1;
        }
        if (notAPerson(document, t)) {
            return -1;
        }
        int end = hyphenated(document, t);
        // Upper-case family names of several words: "LE BIHAN", "DE LA BOURDONNAYE" (particles first).
        return end;
    }

    /** The token before a name, past the dot of an abbreviated title ("M. Benedict"). */
    private static int titleBefore(Document document, int name) {
        return document.isSymbol(name - 1, '.') ? name - 2 : name - 1;
    }

    /** The token of the name after a title, past the title's dot ("M. Benedict"). */
    private static int nameAfterTitle(Document document, int title) {
        int name = document.isSymbol(title + 1, '.') ? title + 2 : title + 1;
        // an honour between the title and the name: "Professor Dame June Hartley", "Pr Sir Magdi Yacoub"
        return document.isCapitalized(name) && document.tokenIsAny(name, HONOURS) ? name + 1 : name;
    }

    private static final String[] HONOURS = {"dame", "sir"};

    private boolean notAPerson(Document document, int token) {
        return document.isCapitalized(token) && document.tokenIn(token, NOT_PERSONS);
    }

    /**
     * Parts a compound name has at most ("Marie-Thérèse-Louise", "N'Guessan-Kouassi"): a walk from
     * each capitalised word of an endless chain ("O'O'O'…", pasted or forged) stays short instead of
     * making the text quadratic.
     */
    private static final int MAX_COMPOUND_PARTS = 6;

    /** The last token of a hyphen- or apostrophe-compound word starting at {@code token}. */
    static int hyphenated(Document document, int token) {
        int end = token;
        int last = token + 2 * (MAX_COMPOUND_PARTS - 1); // a part and its joining symbol: two tokens
        while (end < last
                && (document.isSymbol(end + 1, '-') || document.isApostrophe(end + 1) && elisionOfAName(document, end))
                && document.touchesNext(end) && document.touchesNext(end + 1) && document.isWord(end + 2)
                && (document.startsUpper(end + 2) || document.tokenLength(end) == 1)) {
            end += 2;
        }
        return end;
    }

    /**
     * Whether the word before an apostrophe may start a name: a word of two letters or more
     * ("Ma'ruf"), or the elided particle of a family name ("O'Brien", "N'Guessan", "M'Bappé",
     * "D'Almeida"); not the elided pronoun or article of a French sentence's first word ("C'est
     * Marie qui…", "J'ai vu", "L'équipe").
     */
    private static boolean elisionOfAName(Document document, int token) {
        if (document.tokenLength(token) > 1) {
            return true;
        }
        char letter = Character.toLowerCase(document.charAt(document.start(token)));
        return letter == 'o' || letter == 'd' || letter == 'n' || letter == 'm';
    }

    private static void emit(Document document, List<Finding> out, Label label, int first, int last, Explanation why) {
        int end = document.end(last);
        if (label == Label.FIRST_NAME && document.isSymbol(last, '.')) {
            end = document.end(last); // the initial keeps its dot
        }
        double score = why == TITLE || why == TYPOGRAPHY || why == NAME_FIELD || why == PAIR_PARTICULARS ? 0.9
                : why == ROLE || why == LOWER_CASE || why == ADDRESSEE ? 0.85 : 0.75;
        out.add(new Finding(label, document.start(first), end, score, why));
    }
}
