package org.passerelle.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The authors of a reference, as the Vancouver style writes them: a family name, its initials,
 * a comma, the next ({@code Dupont A, Lambert C, Moreau F, et al.}, {@code Smith JA, Jones B.}).
 * Authors are persons to mask like any other (detection-labels.md), though a list of them does
 * not make a text sensitive. Three authors or more, or one or two and {@code et al}: "classe A,
 * type B" is no list of authors.
 */
final class CitationAuthorRecognizer implements Recognizer {

    private static final Explanation AUTHOR = new Explanation("citation-author", "family-name-and-initials-in-a-reference");
    private static final int MAX_INITIALS = 3;
    /**
     * Above a role word's names (0.85): after "Auteurs :" the list's order, family name then
     * initials, is surer than the reading of the first two words as a given and a family name.
     */
    private static final double SCORE = 0.86;
    /** Words before a letter that are no author ("classe A", "stade C", "Mme B", "hôpital C"). */
    private static final long NOT_FAMILY_NAMES = PersonNameRecognizer.COMMON.bit() | PersonNameRecognizer.NUMBERED_WORDS.bit()
            | PersonNameRecognizer.PLACE_WORDS.bit() | PersonNameRecognizer.TITLES.bit() | DocumentSignals.HEALTH.bit();

    @Override
    public String id() {
        return "citation-author";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.FIRST_NAME, Label.LAST_NAME);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        int done = -1;
        for (int token : document.capitalized()) {
            if (token <= done || initialsAfter(document, token) < 0) {
                continue;
            }
            // the run of authors from here: [family, last initials token] pairs
            List<int[]> authors = new ArrayList<>();
            int t = token;
            while (true) {
                int initials = initialsAfter(document, t);
                if (initials < 0) {
                    break;
                }
                authors.add(new int[] {t, initials});
                int comma = initials + 1;
                if (!document.isSymbol(comma, ',') || document.newlineBefore(comma + 1) || !document.isWord(comma + 1)) {
                    break;
                }
                t = comma + 1;
            }
            int last = authors.getLast()[1];
            int after = document.isSymbol(last + 1, ',') ? last + 2 : last + 1;
            boolean etAl = document.tokenIs(after, "et") && document.tokenIs(after + 1, "al");
            if (authors.size() >= 3 || etAl) {
                for (int[] author : authors) {
                    out.add(new Finding(Label.LAST_NAME, document.start(author[0]), document.end(author[0]), SCORE, AUTHOR));
                    out.add(new Finding(Label.FIRST_NAME, document.start(author[0] + 1), document.end(author[1]), SCORE, AUTHOR));
                }
                done = last;
            }
        }
        citedInText(document, done, out);
    }

    private static final Explanation CITED = new Explanation("citation-author", "family-name-before-et-al");

    /**
     * A reference cited in the text, by its first author's family name and "et al.": "(McMurray et
     * al., NEJM 2019)", "Dupont et al. ont montré". After {@code done}, the last token of a
     * Vancouver list already read.
     */
    private static void citedInText(Document document, int done, List<Finding> out) {
        int id = document.wordId("al");
        for (int i = 0; id >= 0 && i < document.occurrences(id); i++) {
            int family = document.occurrence(id, i) - 2;
            if (family > done && document.tokenIs(family + 1, "et") && document.isWord(family) && document.startsUpper(family)
                    && document.tokenLength(family) >= 2 && !document.newlineBefore(family + 1)
                    && document.bitsOf(family, NOT_FAMILY_NAMES) == 0) {
                out.add(new Finding(Label.LAST_NAME, document.start(family), document.end(family), SCORE, CITED));
            }
        }
    }

    /**
     * The last token of the initials after the family name at {@code family} ("A", "JA", "J.-P."
     * read as "J", ".", "-", "P", "."), or -1 when {@code family} is no author's family name.
     */
    private static int initialsAfter(Document document, int family) {
        int first = family + 1;
        // the letters first: most capitalised words are followed by a lower-case word
        if (!document.startsUpper(first) || document.tokenLength(first) > MAX_INITIALS
                || document.tokenLength(first) > 1 && !document.isUpperCase(first) || document.newlineBefore(first)
                || !document.startsUpper(family) || document.tokenLength(family) < 2 || document.touchesNext(family)
                || document.bitsOf(family, NOT_FAMILY_NAMES) != 0) {
            return -1;
        }
        int last = first;
        while (true) {
            // "J.-P.", "J.P.", "T-L": a dot, a hyphen or both, touching, then another capital letter
            int next = last;
            if (document.touchesNext(next) && document.isSymbol(next + 1, '.')) {
                next++;
            }
            int dot = next;
            if (document.touchesNext(next) && document.isSymbol(next + 1, '-')) {
                next++;
            }
            if (next > last && document.touchesNext(next) && document.tokenLength(next + 1) == 1
                    && document.startsUpper(next + 1)) {
                last = next + 1;
                continue;
            }
            last = dot; // the closing dot, if any
            break;
        }
        return document.touchesNext(last) && !(document.isSymbol(last + 1, ',') || document.isSymbol(last + 1, '.')
                || document.isSymbol(last + 1, ';')) ? -1 : last;
    }
}
