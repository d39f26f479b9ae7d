package org.passerelle.detect;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Towns tied to a person without a postcode: after a residence or birthplace phrase
 * ({@code né à Lyon}, {@code réside à Angers}, {@code lives in Cardiff}, {@code près de
 * Toulouse}) and on the place line of a letter ({@code Rennes, le 14 mars 2024}). Towns of
 * congresses, regions and epidemiology are not tied to a person and not reported.
 */
final class CityRecognizer implements Recognizer {

    /** Words that tie a town to a person: where they live or were born. */
    private static final Set<String> LIVING = Set.of("né", "née", "nee", "réside", "résidant", "résidente", "habite",
            "habitant", "vit", "domicilié", "domiciliée", "demeurant", "originaire", "born", "lives", "living", "resident",
            "resides", "hébergé", "hébergée", "installé", "installée");
    private static final Vocabulary LIVES = Vocabulary.of(LIVING);
    /** The words before a place that may be a person's, an unknown town's cue: where they live, and where they go. */
    private static final Vocabulary RESIDENCE = Vocabulary.of(Stream.concat(LIVING.stream(), Stream.of("chez", "près",
            "near", "village", "travaille", "scolarisé", "scolarisée", "école", "vacances", "holiday", "visite", "moved",
            "déménagé")).collect(Collectors.toUnmodifiableSet()));
    private static final Vocabulary PREPOSITIONS = Vocabulary.of("à", "a", "in", "of", "de", "d", "au", "en", "près",
            "to", "from");
    static final Vocabulary CITIES = Vocabulary.load("cities.txt");
    /** The first word of each known town ("saint" for Saint-Étienne), for a quick first check. */
    private static final Vocabulary CITY_FIRST_WORDS = Vocabulary.of(CITIES.words().stream()
            .map(city -> new Document(city)).map(d -> d.lowerToken(0)).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    private static final Vocabulary ARTICLES = Vocabulary.of("l", "la", "le", "les");
    private static final Vocabulary PLACE_CUES = Vocabulary.of("à", "a", "au", "in", "near", "from", "to", "of", "de", "d",
            "près", "vers", "sur", "at");
    private static final Explanation KNOWN_TOWN = new Explanation("city", "known-town-after-place-cue");
    private static final Explanation RESIDENCE_PHRASE = new Explanation("city", "residence-phrase");
    private static final Explanation LIVES_IN = new Explanation("city", "known-town-where-a-person-lives");
    private static final Explanation PLACE_LINE = new Explanation("city", "letter-place-line");
    private static final Explanation TOWN_FIELD = new Explanation("city", "town-field");
    /** A form's field that holds a town: "Ville :", "Commune du décès :", "Lieu de naissance :", "Town:". */
    private static final String[] TOWN_FIELDS = {"ville", "commune", "city", "town", "naissance", "birth"};
    /** How many tokens a town's field label may have before its colon ("Commune du décès :"). */
    private static final int FIELD_LABEL_REACH = 4;

    /** The last token of a known town starting at {@code token}, or -1. */
    static int knownTown(Document document, int token) {
        if (!document.tokenIn(token, CITY_FIRST_WORDS)) {
            return -1;
        }
        int end = PostcodeCityRecognizer.townEnd(document, token);
        if (end < token) {
            return -1;
        }
        if (end == token && document.latin1(token)) {
            return document.tokenIn(token, CITIES) ? token : -1; // one word: its vocabulary bit, no string
        }
        String name = document.text().substring(document.start(token), document.end(end)).toLowerCase(java.util.Locale.ROOT);
        if (CITIES.contains(name)) {
            return end;
        }
        return end == token || !document.tokenIn(token, CITIES) ? -1 : token;
    }

    /**
     * The town a form's field holds, alone up to its line's end, a comma or a column's spaces:
     * "Commune du décès : Amiens", "Ville : Saint-Quentin", "Place of birth: Leeds". Returns its
     * last token, or -1.
     */
    private static int townInAField(Document document, int token) {
        if (!document.isSymbol(token - 1, ':') || document.newlineBefore(token)) {
            return -1;
        }
        boolean labelled = false;
        for (int t = token - 2; t >= 0 && t >= token - 1 - FIELD_LABEL_REACH && !labelled; t--) {
            labelled = document.tokenIsAny(t, TOWN_FIELDS);
            if (document.newlineBefore(t)) {
                break;
            }
        }
        if (!labelled || document.isUpperCase(token) && document.tokenIn(token, PersonNameRecognizer.ACRONYMS)) {
            return -1;
        }
        int end = PostcodeCityRecognizer.townEnd(document, token);
        int after = end + 1;
        boolean alone = after >= document.tokenCount() || document.newlineBefore(after) || document.isSymbol(after, ',')
                || document.isSymbol(after, ';') || document.isSymbol(after, '|')
                || document.start(after) - document.end(end) >= 2; // the next field of its line: "Amiens   Pays : France"
        return end >= token && alone ? end : -1;
    }

    @Override
    public String id() {
        return "city";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.CITY);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        int done = -1;
        for (int token : document.capitalized()) {
            if (token <= done) {
                continue;
            }
            if (document.newlineBefore(token) && document.isSymbol(token + 1, ',') && document.tokenIs(token + 2, "le")
                    && (document.isNumber(token + 3))) {
                int end = PostcodeCityRecognizer.townEnd(document, token);
                if (end == token) {
                    out.add(new Finding(Label.CITY, document.start(token), document.end(end), 0.8, PLACE_LINE));
                }
                continue;
            }
            int field = townInAField(document, token);
            if (field >= token) {
                out.add(new Finding(Label.CITY, document.start(token), document.end(field), 0.8, TOWN_FIELD));
                done = field;
                continue;
            }
            int known = knownTown(document, token);
            if (known >= token) {
                int before = token - 1;
                if (document.isApostrophe(before)) {
                    before--;
                }
                boolean cue = document.tokenIn(before, PLACE_CUES) || document.isSymbol(before, ',')
                        || document.isSymbol(before, '(') || document.isSymbol(before, '–') || document.isSymbol(before, '|')
                        || document.isSymbol(before, ';');
                // "score de Glasgow", "critères de Rome": an eponym, no place
                boolean eponym = document.tokenIn(before, PLACE_CUES) && document.tokenIn(before - 1, PersonNameRecognizer.EPONYM_WORDS);
                if (cue && !eponym && !document.newlineBefore(token)) {
                    out.add(new Finding(Label.CITY, document.start(token), document.end(known), 0.7,
                            document.wordBefore(token, 6, LIVES) ? LIVES_IN : KNOWN_TOWN));
                    done = known;
                    continue;
                }
            }
            int preposition = token - 1;
            if (document.isApostrophe(preposition)) {
                preposition--;
            }
            if (!document.tokenIn(preposition, PREPOSITIONS)
                    || document.tokenIn(preposition - 1, PersonNameRecognizer.EPONYM_WORDS)) {
                continue; // "suivi chez vous pour sa maladie de Parkinson": an eponym, no place
            }
            if (!document.wordBefore(preposition + (document.tokenIs(preposition, "près") ? 1 : 0), 9, RESIDENCE)
                    || document.isUpperCase(token) && document.tokenIn(token, PersonNameRecognizer.ACRONYMS)) {
                continue; // "vit en EHPAD", "atteints de BPCO": an acronym in capitals, no town
            }
            if (document.tokenIsAny(token, DateRecognizer.WEEKDAYS)
                    || DateRecognizer.MONTHS.containsKey(document.lowerToken(token))) {
                continue; // "visit moved to Monday", "reporté à Mars": a day or a month, no town
            }
            int end = PostcodeCityRecognizer.townEnd(document, token);
            if (end >= token && !document.tokenIn(token, ARTICLES) || end > token) {
                out.add(new Finding(Label.CITY, document.start(token), document.end(end), 0.75, RESIDENCE_PHRASE));
                done = end;
            }
        }
    }
}
