package org.passerelle.detect;

import java.util.List;
import java.util.Set;

/**
 * Street addresses (the street line only; postcode and city are separate spans): a number
 * (with bis/ter) and a French street type ({@code 12 rue des Lilas}, {@code 3 bis place du
 * Marché}), a British one ({@code 22 Jesmond Vale Terrace}), a {@code lieu-dit}, or whatever
 * follows an address keyword ({@code Adresse : Le Bourg, 31540 ...}) up to the postcode.
 */
final class AddressRecognizer implements Recognizer {

    static final Vocabulary STREET_TYPES = Vocabulary.of("rue", "avenue", "av", "bd", "boulevard", "place", "pl",
            "chemin", "allée", "allee", "impasse", "route", "rte", "quai", "cours", "square", "passage", "voie",
            "sentier", "cité", "rond", "parvis", "esplanade", "promenade", "hameau", "faubourg", "montée", "chaussée",
            "villa", "lotissement", "lieu", "domaine", "parc", "clos", "mail", "traverse", "ruelle", "résidence",
            "zone", "za", "zi", "bp", "cs", "tsa", "impasse", "sente", "venelle", "carrefour", "rocade", "port");
    private static final Vocabulary BRITISH_TYPES = Vocabulary.of("road", "street", "st", "avenue", "lane", "terrace",
            "crescent", "drive", "close", "way", "gardens", "grove", "court", "row", "vale", "hill", "square", "place",
            "mews", "walk", "park");
    /** Adjectives a French street's type may follow: "12 Grande Rue", "2 petite rue du Four", "8 vieille route de Lyon". */
    private static final String[] QUALIFIERS = {"grande", "grand", "petite", "petit", "vieille", "vieux", "ancienne",
        "ancien", "nouvelle", "haute", "basse"};
    private static final Vocabulary NUMBER_SUFFIXES = Vocabulary.of("bis", "ter", "quater", "b", "t");
    private static final Vocabulary ADDRESS_KEYWORDS = Vocabulary.of("adresse", "address", "domicile", "demeurant",
            "domicilié", "domiciliée", "domicilie", "habitant");
    private static final Explanation NUMBERED = new Explanation("address", "number-and-street-type");
    private static final Explanation BRITISH = new Explanation("address", "british-street");
    private static final Explanation KEYWORD = new Explanation("address", "address-keyword");
    private static final Explanation LIEU_DIT = new Explanation("address", "lieu-dit");
    /** The town of an address, after its street and a comma: "7 chemin des Vignes, Gaillac." */
    static final Explanation TOWN = new Explanation("address", "town-after-street");
    /** The articles a town's name may open with: "Le Puy-en-Velay", "La Ferté-Macé". */
    private static final String[] TOWN_ARTICLES = {"le", "la", "les", "l"};
    /** The words before a flat's number: "Flat 6, Oakwood Court". */
    private static final String[] FLATS = {"flat", "apartment", "apt"};
    /** The shortest town written in capitals after a street: shorter ones are a floor's or a building's initials. */
    private static final int MIN_TOWN_IN_CAPITALS = 4;

    @Override
    public String id() {
        return "address";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.ADDRESS, Label.CITY);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        // An address starts at a street number, at "lieu-dit" or after an address keyword.
        int[] candidates = Document.union(document.numbers(),
                Document.union(document.positions("lieu"), document.positions(ADDRESS_KEYWORDS, ADDRESS_KEYWORDS.words())));
        int done = -1;
        for (int token : candidates) {
            if (token <= done) {
                continue;
            }
            // a street number is followed by a word (its type, "bis", a British street), a comma or a hyphen (a range)
            int after = token + 1;
            if (document.isNumber(token) && document.tokenLength(token) <= 4
                    && (document.isWord(after) || document.isSymbol(after, ',') || document.isSymbol(after, '-'))
                    && !(token > 0 && document.touchesNext(token - 1) && !document.isSymbol(token - 1, '('))) {
                int type = token + 1;
                if (document.isSymbol(type, '-') && document.touchesNext(token) && document.touchesNext(type)
                        && document.isNumber(type + 1) && document.tokenLength(type + 1) <= 4) {
                    type += 2; // "47-83 boulevard de l'Hôpital": a range of numbers
                }
                if (document.tokenIn(type, NUMBER_SUFFIXES)) {
                    type++;
                }
                if (document.isSymbol(type, ',')) {
                    type++;
                }
                int street = document.isSymbol(type + 1, '-') && document.touchesNext(type) && document.touchesNext(type + 1)
                        ? type + 2 : type + 1; // "12 Grande-Rue"
                boolean qualified = document.tokenIsAny(type, QUALIFIERS) && document.isWord(street)
                        && document.tokenIn(street, STREET_TYPES) && !document.newlineBefore(street);
                if (qualified) {
                    type = street; // "103 grande rue de la Croix-Rousse", "2 petite rue du Four", "5 Grande Rue"
                }
                if (document.isWord(type) && document.tokenIn(type, STREET_TYPES) && !document.newlineBefore(type)
                        && !(document.tokenIs(type, "pl") || document.tokenIs(type, "av")) || abbreviated(document, type)) {
                    int end = streetEnd(document, type + 1);
                    if (end > type || qualified || document.tokenIs(type, "bp") || document.tokenIs(type, "cs")) {
                        int last = qualified && end <= type ? type : Math.max(end, type + 1);
                        out.add(new Finding(Label.ADDRESS, document.start(token), document.end(last), 0.9, NUMBERED));
                        done = Math.max(Math.max(end, type), townAfter(document, last, out));
                        continue;
                    }
                }
                // a flat's number, a comma, then its building or street: "Flat 6, Oakwood Court"
                boolean flat = document.tokenIsAny(token - 1, FLATS) && document.isSymbol(token + 1, ',');
                int british = britishStreet(document, flat ? token + 2 : token + 1);
                if (british > 0) {
                    out.add(new Finding(Label.ADDRESS, document.start(flat ? token - 1 : token), document.end(british), 0.85,
                            BRITISH));
                    done = Math.max(british, townAfter(document, british, out));
                    continue;
                }
            }
            if (document.isWord(token) && document.tokenIs(token, "lieu") && document.isSymbol(token + 1, '-')
                    && document.tokenIs(token + 2, "dit")) {
                int end = streetEnd(document, token + 3);
                if (end > token + 2) {
                    out.add(new Finding(Label.ADDRESS, document.start(token), document.end(end), 0.85, LIEU_DIT));
                    done = end;
                    continue;
                }
            }
            if (document.isWord(token) && document.tokenIn(token, ADDRESS_KEYWORDS)) {
                int first = token + 1;
                while (document.isSymbol(first, ':') || document.isSymbol(first, '(')) {
                    first++;
                }
                int end = untilPostcode(document, first);
                if (end >= first && !numberedStreetIn(document, first, end)) {
                    out.add(new Finding(Label.ADDRESS, document.start(first), document.end(end), 0.75, KEYWORD));
                    done = end;
                } // else "l'adresse suivante : 12 rue du Docteur Gachet": the numbered street is read from its number

            }
        }
    }

    /**
     * The town after a street, a comma and nothing else on its line or in its sentence: "7 chemin des
     * Vignes, Gaillac.", "14 Mill Lane, Wymondham" at a line's end, "3 rue Haute, Saint-Jean-de-Luz,"
     * (a known town is read anywhere, an unknown one only here). Not a flat or a building ("12 rue des
     * Lilas, Appartement 4"), nor initials ("RDC"). Returns the town's last token, or -1.
     */
    private static int townAfter(Document document, int street, List<Finding> out) {
        int first = street + 2;
        if (!document.isSymbol(street + 1, ',') || !document.isWord(first) || document.newlineBefore(first)) {
            return -1;
        }
        int town = document.tokenIsAny(first, TOWN_ARTICLES) && document.startsUpper(first) ? first + 1 : first;
        if (document.isApostrophe(town)) {
            town++; // "L'Isle-Adam"
        }
        boolean capitals = document.isUpperCase(town) && document.tokenLength(town) >= MIN_TOWN_IN_CAPITALS; // "GAILLAC", not "RDC"
        if (!document.isWord(town) || !(document.isCapitalized(town) || capitals)
                || document.tokenIn(town, PersonNameRecognizer.COMMON)) {
            return -1;
        }
        int end = PostcodeCityRecognizer.townEnd(document, first); // "Saint-Jean-de-Luz", "Le Puy-en-Velay"
        if (end < town) {
            return -1;
        }
        int after = end + 1;
        boolean alone = after >= document.tokenCount() || document.newlineBefore(after) || document.isSymbol(after, '.')
                || document.isSymbol(after, ',') || document.isSymbol(after, ';') || document.isSymbol(after, ')');
        if (!alone) {
            return -1;
        }
        out.add(new Finding(Label.CITY, document.start(first), document.end(end), 0.8, TOWN));
        return end;
    }

    private static boolean abbreviated(Document document, int token) {
        return document.isSymbol(token + 1, '.') // one flag byte, before three comparisons
                && (document.tokenIs(token, "av") || document.tokenIs(token, "pl") || document.tokenIs(token, "bd"));
    }

    /** Words after which the street's name has ended: a phone or e-mail follows. */
    private static final Vocabulary CONTACT_WORDS = Vocabulary.of("tel", "tél", "téléphone", "telephone", "fax", "mail",
            "email", "courriel", "portable", "phone");

    /** Whether a number followed by a street type stands between {@code from} and {@code to}. */
    private static boolean numberedStreetIn(Document document, int from, int to) {
        for (int t = from; t < to; t++) {
            if (numberedStreetAt(document, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code token} is a number followed by a street type ("7 rue", "12 Avenue"). */
    static boolean numberedStreetAt(Document document, int token) {
        return document.isNumber(token) && document.tokenIn(token + 1, STREET_TYPES);
    }

    /** The street name: words, numbers, hyphens and apostrophes up to the end of the line or a comma. */
    static int streetEnd(Document document, int from) {
        int last = from - 1;
        int count = 0;
        for (int t = from; t < document.tokenCount() && count < 10; t++, count++) {
            if (document.newlineBefore(t)) {
                break;
            }
            if (document.isWord(t)) {
                if (document.tokenIs(t, "à") || document.tokenIs(t, "cedex") || document.tokenIs(t, "et")
                        || document.tokenIs(t, "to") || document.tokenIs(t, "in") || document.tokenIn(t, CONTACT_WORDS)) {
                    break; // "123 av. Jean Jaurès Tel. 05 45 …": the phone is not the street's
                }
                last = t;
            } else if (document.isNumber(t)) {
                if (document.tokenLength(t) == 5 || PostcodeCityRecognizer.printedWithASpace(document, t)) {
                    break; // the postcode, "69003" or "44 825"
                }
                last = t;
            } else {
                char c = document.charAt(document.start(t));
                if (c == '-' && document.touchesNext(t) && document.touchesNext(t - 1) || c == '\'' || c == '’'
                        || c == '.' && document.touchesNext(t - 1)) {
                    continue;
                }
                break;
            }
        }
        return last;
    }

    /** "Jesmond Vale Terrace", "Stroud Green Road": capitalised words ending with a street type. */
    private static int britishStreet(Document document, int from) {
        int found = -1;
        for (int t = from; t < from + 5 && t < document.tokenCount(); t++) {
            if (!document.isCapitalized(t) || document.newlineBefore(t)) {
                break;
            }
            if (t > from && document.tokenIn(t, BRITISH_TYPES)) {
                found = t; // the last street word: "Jesmond Vale Terrace"
            }
        }
        return found;
    }

    private static int untilPostcode(Document document, int from) {
        int last = -1;
        for (int t = from; t < document.tokenCount() && t < from + 20; t++) {
            if (t > from && document.newlineBefore(t)) {
                return -1;
            }
            if (document.isNumber(t) && document.tokenLength(t) == 5) {
                return last;
            }
            if (document.isWord(t) || document.isNumber(t)) {
                last = t;
            }
        }
        return -1;
    }
}
