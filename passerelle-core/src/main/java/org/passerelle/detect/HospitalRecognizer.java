package org.passerelle.detect;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named care facilities: a facility word followed by its name ({@code CHU de Rennes},
 * {@code hôpital Necker}, {@code Hôpital neurologique Pierre-Wertheimer}, {@code Centre de
 * réadaptation cardiaque de Saint-Grégoire}, {@code Clinique Saint-Jean}), British names ending
 * with the facility word ({@code Addenbrooke's Hospital}), and institutions that are names on their
 * own ({@code AP-HP}, {@code Hospices Civils de Lyon}, {@code Institut Curie}). Research
 * institutes and companies are not care facilities ({@code Institut Pasteur}).
 */
final class HospitalRecognizer implements Recognizer {

    private static final String HEAD = "head";
    private static final String STANDALONE = "standalone";
    private static final String TRAILING = "trailing";
    private static final PhraseMatcher FACILITIES = new PhraseMatcher(Map.of(
            HEAD, List.of("chu", "chr", "chru", "ch", "chi", "chic", "chs", "ghu", "gh", "hôpital", "hopital", "hôpitaux",
                    "clinique", "maternité", "centre antipoison", "centre anti-poison", "polyclinique", "centre hospitalier", "centre hospitalo-universitaire",
                    "centre de réadaptation", "centre de rééducation", "centre de lutte contre le cancer", "ehpad",
                    "cmp", "csapa", "had", "ssiad", "cic", "cegidd", "usld", "ssr", "groupe hospitalier",
                    "groupe hospitalo-universitaire", "nouvel hôpital", "laboratoire", "laboratoire de biologie médicale",
                    "imagerie", "cabinet de radiologie", "centre d'imagerie", "maison de santé", "centre de santé",
                    "fondation", "centre médical", "centre médico-psychologique", "institut de cancérologie",
                    "centre de soins", "unité de soins", "foyer d'accueil médicalisé", "ime",
                    "centre de dialyse", "centre de radiothérapie", "centre de consultation",
                    // a prenatal diagnosis centre, early medico-social care for children, a cystic fibrosis centre
                    "cpdpn", "camsp", "cmpp", "sessad", "crcm",
                    // a memory centre (CMRR, "centre mémoire de ressources et de recherche"), a teenagers' health centre
                    "cmrr", "centre mémoire", "maison des adolescents",
                    // Quebec's local community health centre
                    "clsc"),
            STANDALONE, List.of("ap-hp", "aphp", "ap-hm", "hcl", "hospices civils de lyon", "institut curie",
                    "gustave roussy", "institut gustave roussy", "institut bergonié", "institut paoli-calmettes",
                    "centre léon bérard", "centre oscar lambret", "centre antoine lacassagne", "centre françois baclesse",
                    "institut mutualiste montsouris", "hôpitaux universitaires de strasbourg", "hôpitaux de paris",
                    "hôpitaux universitaires de genève", "institut godinot", "institut jean godinot",
                    "institut de cancérologie de l'ouest", "centre eugène marquis", "centre georges-françois leclerc",
                    "institut claudius regaud", "institut sainte-catherine", "hôpital femme mère enfant",
                    // the other cancer centres (CLCC) named after a person, with or without their hyphen
                    "centre jean perrin", "centre jean-perrin", "centre henri becquerel", "centre henri-becquerel",
                    "centre paul strauss", "centre paul-strauss", "centre alexis vautrin", "centre alexis-vautrin",
                    "centre léon-bérard", "centre oscar-lambret", "centre françois-baclesse",
                    "centre antoine-lacassagne", "centre eugène-marquis", "centre georges-françois-leclerc",
                    "institut de cancérologie de lorraine", "institut du cancer de montpellier",
                    "institut régional du cancer de montpellier", "centre val d'aurelle"),
            TRAILING, List.of("hospital", "infirmary", "medical centre", "medical center", "nhs foundation trust", "nhs trust",
                    "care home", "nursing home", "health centre", "health center")));
    private static final Vocabulary CONNECTORS = Vocabulary.of("de", "du", "des", "d", "la", "le", "l", "les", "sur",
            "en", "lès", "lez", "et", "of", "saint", "sainte");
    private static final Vocabulary ADJECTIVES = Vocabulary.of("neurologique", "cardiaque", "cardiologique", "privé",
            "privée", "universitaire", "universitaires", "psychiatrique", "pédiatrique", "gériatrique", "spécialisé",
            "régional", "régionale", "intercommunal", "intercommunale", "général", "générale", "départemental",
            "mutualiste", "européen", "militaire", "instruction", "des", "armées", "médicale", "médical", "privés",
            "fondation", "gérontologique", "psychothérapique", "pédopsychiatrique", "respiratoire", "public",
            "publique", "nord", "sud", "est", "ouest", "civil", "civils", "interarmées");
    /** What follows "Hospital" when it labels a form's field: "Hospital no:", "Hospital number", "Hospital ID". */
    private static final String[] FIELD_WORDS = {"no", "number", "id", "n°", "num"};
    private static final Explanation NAMED = new Explanation("hospital", "facility-word-and-name");
    private static final Explanation KNOWN = new Explanation("hospital", "known-institution");
    private static final Explanation BRITISH = new Explanation("hospital", "name-then-facility-word");

    /** Words before which "clinique" is an adjective or part of a title: "chef de clinique", "réunion clinique". */
    private static final Vocabulary CLINICAL_BEFORE = Vocabulary.of("chef", "chefs", "cheffe", "réunion", "staff",
            "examen", "recherche", "étude", "essai", "cas");

    /**
     * Heads that name a care facility written in lower case too: "le centre hospitalier de
     * Compiègne", "centre hospitalo-universitaire", "centre anti-poison" (the first word of a
     * compound).
     */
    private static final Vocabulary LOWER_CASE_HEADS = Vocabulary.of("hospitalier", "hospitalo", "antipoison", "anti");

    private static boolean lowerCaseHead(Document document, PhraseMatcher.Match match) {
        return document.tokenIs(match.firstToken(), "centre") && match.lastToken() > match.firstToken()
                && document.tokenIn(match.firstToken() + 1, LOWER_CASE_HEADS);
    }

    /** "www.aphp.fr", "recherche.aphp.fr/eds": a web or e-mail address, not the institution. */
    private static boolean inAWebAddress(Document document, int first, int last) {
        int start = document.start(first);
        int end = document.end(last);
        return start > 0 && (document.charAt(start - 1) == '.' || document.charAt(start - 1) == '@' || document.charAt(start - 1) == '/')
                || end + 1 < document.length() && document.charAt(end) == '.' && Character.isLetter(document.charAt(end + 1));
    }

    /** "Chefs de Clinique Assistants", "Réunion Clinique Multidisciplinaire": no facility. */
    private static boolean clinicalAdjective(Document document, int token) {
        if (!document.tokenIs(token, "clinique")) {
            return false;
        }
        int before = document.tokenIs(token - 1, "de") ? token - 2 : token - 1;
        return document.tokenIn(before, CLINICAL_BEFORE);
    }

    @Override
    public String id() {
        return "hospital";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.HOSPITAL);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        int done = -1;
        for (PhraseMatcher.Match match : FACILITIES.findAll(document)) {
            int token = match.firstToken();
            if (token <= done) {
                continue;
            }
            boolean acronym = document.tokenLength(match.firstToken()) <= 4 && match.firstToken() == match.lastToken();
            if (acronym && document.isSymbol(match.lastToken() + 1, '-') && document.touchesNext(match.lastToken())
                    && document.touchesNext(match.lastToken() + 1)) {
                continue; // "HCL-2009-481726" is an identifier, not the institution
            }
            if (acronym && !document.isUpperCase(match.firstToken()) && !match.tag().equals(STANDALONE)) {
                continue; // "ch" or "had" as ordinary words
            }
            if (inAWebAddress(document, token, match.lastToken()) || clinicalAdjective(document, token)) {
                continue;
            }
            if (!acronym && !document.startsUpper(match.firstToken()) && !document.tokenIs(match.firstToken(), "hôpital")
                    && !document.tokenIs(match.firstToken(), "clinique") && !lowerCaseHead(document, match)) {
                continue;
            }
            int end = nameEnd(document, match.lastToken() + 1);
            switch (match.tag()) {
                case STANDALONE -> {
                    out.add(new Finding(Label.HOSPITAL, document.start(token), document.end(Math.max(end, match.lastToken())),
                            0.95, KNOWN));
                    done = Math.max(end, match.lastToken());
                }
                case TRAILING -> {
                    if (document.tokenIsAny(match.lastToken() + 1, FIELD_WORDS)) {
                        continue; // a form's field, "Hospital no: S2291047", not a facility
                    }
                    int start = britishStart(document, token);
                    if (start < token && document.startsUpper(token)) {
                        out.add(new Finding(Label.HOSPITAL, document.start(start), document.end(match.lastToken()), 0.88, BRITISH));
                    } else if (end > match.lastToken()) {
                        out.add(new Finding(Label.HOSPITAL, document.start(token), document.end(end), 0.88, NAMED));
                        done = end;
                    }
                }
                default -> {
                    if (end > match.lastToken()) {
                        out.add(new Finding(Label.HOSPITAL, document.start(token), document.end(end), 0.9, NAMED));
                        done = end;
                    }
                }
            }
        }
    }

    /**
     * The last token of the facility's name after its head word: optional adjectives, then
     * capitalised words joined by hyphens, connectors or quotes; {@code from - 1} when no name follows.
     */
    private static int nameEnd(Document document, int from) {
        int t = from;
        int last = from - 1;
        boolean named = false;
        for (int steps = 0; steps < 14 && t < document.tokenCount(); steps++) {
            if (document.newlineBefore(t)) {
                break;
            }
            if (document.isWord(t) && document.startsUpper(t)) {
                last = t;
                named = true;
                t++;
            } else if (document.isWord(t) && document.tokenIn(t, ADJECTIVES) && !named) {
                last = t;
                t++;
            } else if (document.isWord(t) && document.tokenIn(t, CONNECTORS)
                    && (document.startsUpper(t + 1) || document.isApostrophe(t + 1)
                    || document.tokenIn(t + 1, CONNECTORS) && document.startsUpper(t + 2)
                    // inside a hyphenated name: "CLSC Côte-des-Neiges"
                    || document.isSymbol(t + 1, '-') && document.touchesNext(t) && document.touchesNext(t + 1)
                    && document.startsUpper(t + 2))) {
                t++;
            } else if (document.isWord(t) && document.tokenIn(t, ADJECTIVES) && document.isUpperCase(t - 1)) {
                last = t;
                t++;
            } else if (document.isSymbol(t) && (document.charAt(document.start(t)) == '-' && document.touchesNext(t)
                    || document.charAt(document.start(t)) == '\'' || document.charAt(document.start(t)) == '’')
                    && document.isWord(t + 1)) {
                t++;
            } else if (document.isSymbol(t, '«') || document.isSymbol(t, '"')) {
                t++;
            } else if ((document.isSymbol(t, '»') || document.isSymbol(t, '"')) && named) {
                last = t;
                t++;
            } else if (document.isNumber(t) && named && document.tokenLength(t) <= 2) {
                last = t;
                t++;
            } else {
                break;
            }
        }
        return named ? last : from - 1;
    }

    /** "St Bartholomew's Hospital": capitalised words (and 's) before the facility word. */
    private static int britishStart(Document document, int token) {
        int start = token;
        int t = token - 1;
        for (int steps = 0; steps < 6 && t >= 0; steps++) {
            if (document.newlineBefore(t + 1)) {
                break;
            }
            if (document.start(t + 1) - document.end(t) > 1) {
                break; // columns apart: "Patient: Aisha Begum   Hospital no: …"
            }
            if (document.isWord(t) && document.startsUpper(t)) {
                start = t;
                t--;
            } else if (document.tokenIs(t, "s") && document.isApostrophe(t - 1)) {
                t -= 2;
            } else if (document.isApostrophe(t)) {
                t--;
            } else {
                break;
            }
        }
        return start;
    }
}
