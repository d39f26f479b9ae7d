package org.passerelle.detect;

import java.util.List;
import java.util.Map;

/**
 * Markers that a text is confidential, unpublished, under embargo, under a confidentiality
 * agreement or patent-sensitive ({@code CONFIDENTIEL}, {@code sous embargo}, {@code manuscrit
 * soumis}, {@code brevet en cours de dépôt}, {@code under NDA}...), in French and English. The
 * rule of each finding names its category ({@code unpublished}, {@code confidential},
 * {@code intellectual-property}), which the classifier turns into reasons. Markers separated only
 * by punctuation are merged into one span.
 */
final class ConfidentialMarkerRecognizer implements Recognizer {

    static final String UNPUBLISHED = "unpublished";
    static final String CONFIDENTIAL = "confidential";
    static final String INTELLECTUAL_PROPERTY = "intellectual-property";
    /**
     * Markers that ask to keep a text among its readers without saying why ("ne pas diffuser",
     * "brouillon", "nobody outside the lab"): the classifier reads them as unpublished in a text
     * of research results, confidential elsewhere.
     */
    static final String RESTRICTED = "restricted";
    /** The categories in the order a merged marker's rule names them, joined by "+". */
    static final List<String> CATEGORIES = List.of(UNPUBLISHED, INTELLECTUAL_PROPERTY, CONFIDENTIAL, RESTRICTED);

    private static final PhraseMatcher MARKERS = new PhraseMatcher(Map.of(
            UNPUBLISHED, List.of(
                    "non publié", "non publiés", "non publiée", "non publiées", "non encore publié", "non encore publiés",
                    "non encore publiée", "non encore publiées", "pas encore publié", "pas encore publiés",
                    "pas encore publiée", "pas encore publiées", "données non publiées", "résultats non publiés",
                    "manuscrit soumis", "sous embargo", "en cours d'évaluation", "en cours de relecture",
                    // on its way to a journal: "Article en cours de soumission"
                    "en cours de soumission", "being submitted",
                    "unpublished", "not yet published", "not for publication", "under embargo", "embargoed",
                    // "Rien n'est encore publié, on en reparle à la réunion"
                    "rien n'est encore publié", "nothing is published yet", "nothing has been published yet",
                    "manuscript submitted", "submitted manuscript", "under review", "résultats préliminaires confidentiels",
                    // "avant publication" alone is left out: the publication of a patent application, of
                    // a trial's registration, is no unpublished result
                    "en attente de publication", "pas encore soumis", "pas encore soumise", "pas encore soumises",
                    "soumis pour publication", "submitted for publication", "not yet submitted",
                    // results whose paper is still being written
                    "manuscrit en préparation", "manuscrit en cours de rédaction", "article en préparation",
                    "article en cours de rédaction", "avant soumission", "manuscript in preparation", "paper in preparation",
                    "before submission", "soumission prévue", "à soumettre", "submission planned", "planned submission",
                    // results kept for the paper the writer's team is writing (not "not yet replicated",
                    // which a published paper's limitations say too)
                    "paper we are writing", "manuscript we are writing", "article que nous rédigeons",
                    "article qu'on rédige", "article que nous écrivons",
                    // said as a sentence: "l'article est en cours de rédaction", "the manuscript is in preparation"
                    "article est en cours de rédaction", "manuscrit est en cours de rédaction", "article est en préparation",
                    "manuscrit est en préparation", "manuscript is in preparation", "paper is in preparation",
                    "manuscript is being written", "paper is being written",
                    // before the paper is sent: "ne les dépose pas sur GenBank avant qu'on ait soumis le papier"
                    "avant qu'on ait soumis", "avant que nous ayons soumis", "avant d'avoir soumis", "until we've submitted",
                    "until we have submitted", "before we've submitted",
                    "to be submitted", "ne pas citer", "ne pas les citer", "ne pas le citer", "do not cite", "do not quote",
                    // "Preliminary – not for citation"
                    "not for citation", "not to be cited", "not to be quoted",
                    "draft manuscript", "manuscript draft",
                    // kept until the paper is out: "merci de garder ces chiffres pour vous jusqu'à la publication"
                    "jusqu'à la publication", "jusqu'à publication", "until publication", "until it is published",
                    // in the passé composé: "ces données n'ont pas encore été soumises"
                    "pas encore été soumis", "pas encore été soumise", "pas encore été soumises", "pas encore été publié",
                    "pas encore été publiée", "pas encore été publiés", "pas encore été publiées", "not yet been published",
                    "not yet been submitted",
                    // nothing of it sent to a journal yet: "Rien n'est soumis, je préfère que ça ne circule pas"
                    "rien n'est soumis", "rien n'est encore soumis", "rien n'a été soumis", "rien n'a encore été soumis",
                    "nothing has been submitted", "nothing is submitted", "nothing submitted yet",
                    // neither shown nor sent: "on n'a rien présenté ni soumis pour l'instant"
                    "rien présenté ni soumis", "ni présenté ni soumis", "ni présentés ni soumis", "ni présentées ni soumises",
                    "not presented or submitted", "neither presented nor submitted"),
            INTELLECTUAL_PROPERTY, List.of(
                    "brevet en cours de dépôt", "dépôt de brevet", "pré-dépôt de brevet", "brevet pas encore déposé",
                    "demande de brevet", "dépôt de brevet envisagé", "patent pending", "patent application",
                    "patent application in preparation", "propriété de", "propriété du promoteur", "proprietary",
                    "property of", "the property of",
                    "avant dépôt", "avant le dépôt", "secret industriel", "savoir-faire confidentiel", "trade secret",
                    // an invention before its filing (a disclosure form's title alone is its type: the
                    // corpora's annotators leave "DÉCLARATION D'INVENTION" unmarked)
                    "not been disclosed publicly", "not been publicly disclosed", "not yet been disclosed",
                    "pas encore divulgué", "pas encore divulguée", "non encore divulgué", "non encore divulguée",
                    "prior to filing", "before filing", "not yet filed", "before we file",
                    "priority filing", "dépôt prioritaire",
                    // "Can you hold off posting the preprint? Tech transfer want to file on the phage cocktail first"
                    "want to file on", "wants to file on",
                    // what is yet to be filed: "structure to be included in the priority application", "tant que le
                    // brevet n'est pas déposé"
                    "in the priority application", "dans la demande prioritaire", "brevet n'est pas déposé",
                    "brevet ne soit déposé",
                    // an invention not yet patented ("la nouvelle formulation, non encore brevetée")
                    "non encore breveté", "non encore brevetée", "non encore brevetés", "non encore brevetées",
                    "pas encore breveté", "pas encore brevetée", "pas encore brevetés", "pas encore brevetées",
                    "not yet patented",
                    // a disclosure form's statement and its plan: "No public disclosure has been made; a patent
                    // filing is planned" (not "no public disclosure of individual data will be made")
                    "no public disclosure has been made", "no public disclosure has yet been made",
                    "aucune divulgation publique n'a été faite", "aucune divulgation publique n'a encore été faite",
                    "patent filing is planned", "patent filing planned", "filing expected", "filing is expected",
                    // "We would like to discuss protecting this before we present at AACR"
                    "protecting this before we present", "protecting this before we publish",
                    "protect this before we present", "protect this before we publish", "protect it before we present",
                    "protect it before we publish",
                    // "Aucune publication ni communication n'a été faite à ce jour" (not an information sheet's "aucune
                    // publication ni communication ne permettra de vous identifier")
                    "aucune publication ni communication n'a été faite",
                    "aucune publication ni communication n'a encore été faite",
                    "no publication or presentation has been made", "not been published or presented",
                    // an invention whose filing is still to come: "aucun dépôt n'a encore été fait"
                    "aucun dépôt n'a encore été fait", "aucun dépôt n'a été fait", "aucun brevet n'a encore été déposé",
                    "no patent has been filed", "no patent application has been filed", "not yet been filed",
                    // a protection the writers will seek first: "We intend to seek patent protection before any
                    // publication" (not "how do I seek patent protection?", nor "les étapes pour déposer un brevet")
                    "intend to seek patent protection", "plan to seek patent protection", "will seek patent protection",
                    // an invention the transfer office is asked to judge first: "would like the TTO to assess patentability"
                    "assess patentability", "assess its patentability", "assess the patentability", "évaluer la brevetabilité",
                    "évaluer sa brevetabilité", "no prior disclosure", "aucune divulgation antérieure",
                    "are seeking patent protection", "nous allons déposer un brevet", "nous comptons déposer un brevet",
                    // "Nothing has been filed yet, so please do not present the prototype"
                    "nothing has been filed", "nothing has yet been filed", "d'aucun dépôt", "aucun dépôt de brevet", "nothing filed yet", "rien n'a été déposé",
                    "rien n'a encore été déposé", "rien n'est déposé",
                    "pas encore fait l'objet d'un dépôt", "pas fait l'objet d'un dépôt",
                    // a patent being drafted: "rewrite this claim for our patent attorney" (the profession in
                    // a signature, "Conseil en propriété industrielle", is no marker)
                    "our patent attorney", "our patent attorneys", "the patent attorney", "our patent counsel",
                    "notre conseil en propriété industrielle", "notre conseil en brevets", "draft claims",
                    "projet de revendications", "projet de brevet", "draft patent"),
            CONFIDENTIAL, List.of(
                    "confidentiel", "confidentielle", "confidentiels", "confidentielles", "strictement confidentiel",
                    "strictement interne", "usage interne", "usage restreint", "document interne", "diffusion restreinte",
                    "accord de confidentialité",
                    "réservés aux investigateurs", "réservé aux investigateurs", "réservé au promoteur", "données protégées",
                    "couvert par l'accord", "confidential", "strictly confidential", "sponsor confidential",
                    "non-disclosure agreement", "confidentiality agreement",
                    // the agreement by its initials, in English only (a French NDA is a stay's number)
                    "under nda", "under the nda", "under an nda", "under our nda", "covered by the nda", "covered by our nda",
                    "sous nda", "internal use only", "for internal use", "draft – internal", "commentaires confidentiels",
                    "commercial in confidence", "in strict confidence",
                    // a contract's figures: "the pricing schedule in annex 4 is commercially sensitive"
                    "commercially sensitive", "commercialement sensible", "commercialement sensibles",
                    // kept from others until it is announced: "strictement réservée au comité de pilotage"
                    "strictement réservé", "strictement réservée", "strictement réservés", "strictement réservées",
                    // kept for a board: "Proposed merger of the two units – draft for the board only"
                    "for the board only", "for board members only", "for the committee only", "for committee members only",
                    // a reviewer's assessment: "these comments are for the panel only", "Reviewer comments – in confidence"
                    "for the panel only", "for panel members only", "for the reviewers only", "for the jury only",
                    "in confidence",
                    "réservé au conseil", "réservée au conseil", "réservé au bureau", "réservée au bureau",
                    "réservé au comité de direction", "réservée au comité de direction"),
            RESTRICTED, concat(List.of(
                    "ne pas diffuser", "ne pas circuler", "ne pas transmettre", "ne pas divulguer", "ne pas copier",
                    "document de travail", "brouillon", "do not distribute", "do not copy", "must not be shared",
                    // until it is announced: "stays within the steering group until the press release" (the group's
                    // words are generated: {@link #keptAmongUs})
                    "until the press release", "before the press release", "jusqu'au communiqué de presse",
                    "avant le communiqué de presse",
                    "not for distribution", "do not forward", "should not be forwarded", "must not be forwarded",
                    // "Please don't forward this yet"
                    "please don't forward", "don't forward this", "don't forward it",
                    "not to be forwarded", "should not be circulated", "must not be circulated",
                    // results before their announcement: "Not for public release until the press conference"
                    "not for public release", "not for release", "ne pas rendre public", "ne pas rendre publics",
                    // kept within a committee ("asked us not to share the interim tables outside the committee")
                    "outside the committee", "outside the steering committee", "en dehors du comité",
                    "outside this group", "outside the group", "outside this team", "outside the team",
                    "outside the consortium", "en dehors de l'équipe", "en dehors du groupe", "hors de l'équipe",
                    "hors du comité de pilotage",
                    // or among a few: "We haven't told anyone outside the three of us yet"
                    "outside the two of us", "outside the three of us", "outside the four of us", "en dehors de nous trois",
                    // no one else has seen it: "nobody outside the lab has seen it yet" (not "coats outside the lab")
                    "nobody outside the lab", "no one outside the lab", "anyone outside the lab", "nobody outside our lab",
                    "personne en dehors du labo", "personne en dehors du laboratoire", "personne hors du labo",
                    // kept within a team: "we are not allowed to share unblinded results", "ces chiffres restent
                    // entre nous" (the corpus leaves "ce manuscrit est en cours d'évaluation et ne doit pas être
                    // partagé" one marker: its first)
                    "not allowed to share", "not to be shared", "not for circulation", "not for wider circulation",
                    "not for disclosure",
                    // "We can't share this outside the sponsor yet"
                    "can't share this outside", "cannot share this outside", "can't share this yet", "cannot share this yet",
                    // not to be shown before it may be: "merci de ne pas présenter ces données en congrès"
                    "ne pas présenter ces données", "ne pas présenter ces résultats", "do not present these data",
                    "do not present these results", "please do not present", "please don't present",
                    "reste entre nous", "restent entre nous", "strictly between us",
                    // said as a wish: "résultats préliminaires – à garder entre nous", "je préfère que ça ne
                    // circule pas" (not "le sang ne circule pas", a symptom: the pronoun of a thing said is
                    // read); the wishes to keep something among us are generated ({@link #keptAmongUs})
                    "que ça ne circule pas", "que cela ne circule pas", "que ces résultats ne circulent pas",
                    "que ces données ne circulent pas", "que ces chiffres ne circulent pas", "ne doit pas circuler",
                    "ne doivent pas circuler",
                    // until it is announced
                    "avant l'annonce officielle", "avant la communication officielle", "jusqu'à la communication officielle",
                    "jusqu'à l'annonce officielle", "before the official announcement", "until the official announcement",
                    // not public yet: "Ce n'est pas encore public, on en parle au comité avant toute communication"
                    "pas encore public", "pas encore publics", "pas encore publique", "pas encore publiques",
                    "not yet public", "not public yet", "avant toute communication",
                    // not to be passed on: "merci de ne pas transférer ce message", "please do not share this"
                    "ne pas transférer", "ne pas faire suivre", "merci de ne pas partager", "please do not share",
                    "please don't share", "à ne pas communiquer", "a ne pas communiquer",
                    // "ne le faites pas suivre avant le conseil", "Don't share this until the letter arrives"
                    "ne le faites pas suivre", "ne les faites pas suivre", "don't share this until",
                    "do not share this until", "don't share this yet", "do not share this yet",
                    // with the pronoun of what was just said: "Merci de ne pas les communiquer avant la présentation"
                    // kept within a group: "ces éléments ne doivent pas sortir de l'équipe juridique"
                    "ne doivent pas sortir de", "ne doit pas sortir de", "must not leave the",
                    // "pour l'instant ça ne sort pas du labo", "ces données ne doivent pas sortir du service"
                    "ne doit pas sortir du", "ne doivent pas sortir du", "ne sort pas du labo", "ne sort pas du laboratoire",
                    "ne sortent pas du labo", "ne sortent pas du laboratoire", "ne sort pas de l'équipe",
                    "ne sortent pas de l'équipe",
                    // "d'ici là rien ne doit sortir", "do not disclose before the priority filing"
                    "rien ne doit sortir", "rien ne sort", "do not disclose", "must not be disclosed",
                    "ne pas les communiquer", "ne pas le communiquer",
                    // "on ne communique rien sur les résultats avant cette date", "merci de ne rien communiquer avant le dépôt"
                    "ne rien communiquer", "on ne communique rien", "ne communiquez rien", "rien ne doit être communiqué", "ne pas les diffuser", "ne pas le diffuser",
                    "ne pas les partager", "ne pas le partager", "ne pas les transmettre", "ne pas les faire circuler",
                    "please do not circulate", "do not circulate",
                    "ne pas en parler",
                    // "Pour information et sans diffusion : la plateforme sera fermée", "merci de ne rien dire aux
                    // doctorants" (not "sans restriction de diffusion", an MRI's)
                    "sans diffusion", "ne rien dire aux", "ne rien dire à", "ne dites rien aux", "ne dites rien à",
                    // "Please don't mention this to the postdocs until we know", "n'en parlez pas aux équipes"
                    "don't mention this to", "do not mention this to", "don't mention it to", "do not mention it to",
                    "n'en parle pas aux", "n'en parlez pas aux", "n'en parle pas à", "n'en parlez pas à",
                    // a closed session's tables: "Obviously this doesn't leave the closed session"
                    "doesn't leave the", "does not leave the", "mustn't leave the", "won't leave the",
                    "working draft", "under wraps",
                    // "For your eyes only: the board will not renew the contract. Nothing has been announced."
                    "for your eyes only", "nothing has been announced", "rien n'a été annoncé", "rien n'est annoncé",
                    "between the three of us", "entre nous trois", "between you and me", "entre vous et moi",
                    // "Je vous transmets, à titre strictement personnel, le rapport d'audit … Ne le diffusez pas."
                    "à titre strictement personnel", "ne le diffusez pas", "ne les diffusez pas",
                    // "Off the record: the funder has told us…", "Je compte sur votre discrétion", "Draft for co-authors only"
                    "off the record", "compte sur votre discrétion", "compte sur ta discrétion", "merci de votre discrétion",
                    "merci pour votre discrétion", "rien n'est officiel", "nothing is official", "co-authors only",
                    "coauthors only",
                    // "Patent search done, filing expected Q1; do not publish the algorithm"
                    "do not publish the", "don't publish the",
                    // "Please don't put this in the progress report yet"
                    "don't put this in the", "do not put this in the",
                    // "On attend la réplication avant d'en parler à qui que ce soit"
                    "en parler à qui que ce soit", "before we tell anyone", "before telling anyone",
                    // kept aside for now: "Garde-les sous le coude, le papier n'est pas encore parti"
                    "garde-les sous le coude", "gardez-les sous le coude", "garde-le sous le coude", "gardez-le sous le coude",
                    "garde ça sous le coude", "gardez ça sous le coude",
                    // "Please do not discuss this with staff before the consultation opens"
                    "do not discuss this with", "don't discuss this with", "do not discuss this outside",
                    "don't discuss this outside",
                    // shown to no one: "Ne les montre à personne avant la réunion", "don't show anyone yet"
                    "ne les montre à personne", "ne le montre à personne", "ne les montrez à personne",
                    "ne le montrez à personne", "ne montre ça à personne", "ne montrez ça à personne",
                    "n'en parle à personne", "n'en parlez à personne", "don't show anyone", "do not show anyone",
                    "don't show this to anyone", "do not show this to anyone", "don't share this with anyone",
                    "do not share this with anyone",
                    // silence asked for: "donc motus jusqu'au congrès"
                    "motus"), keptAmongUs())));

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /**
     * The wishes to keep something among a few, each verb, each thing kept, with or without
     * "strictly", each group: "Merci de garder ces chiffres strictement entre nous", "à garder pour
     * nous", "please keep these results to yourselves", "keep it strictly between us", "Please keep
     * these figures within the committee", "this stays within the steering group". Not "garder le
     * patient en observation", "keep them warm", "keep them within the normal range": the words of
     * the group end every phrase.
     */
    private static List<String> keptAmongUs() {
        // (locals: the markers above are built before the class's later fields are set)
        List<String> french = among(List.of("garder", "gardez", "gardons", "garde"), List.of("", "ça", "cela",
                "ces chiffres", "ces résultats", "ces données", "ces informations", "ce document", "les chiffres",
                "les résultats"), List.of("", "strictement"), List.of("entre nous", "pour nous", "pour vous", "pour toi"));
        List<String> kept = List.of("this", "it", "them", "these figures", "these results", "these data", "these numbers",
                "the results", "the figures");
        List<String> groups = List.of("team", "committee", "steering committee", "steering group", "group", "consortium",
                "panel", "board", "trial management group", "management group", "executive team", "project team");
        List<String> withinGroups = groups.stream().map(group -> "within the " + group).toList();
        List<String> beyondGroups = groups.stream().map(group -> "beyond the " + group).toList();
        // kept, or said to stay: "the sponsor asked that this stays within the steering group", "This stays within the
        // trial management group until the DSMB has met"; or not to go further: "this must not go beyond the executive team"
        List<String> within = concat(concat(among(List.of("keep"), kept, List.of(""), withinGroups),
                among(List.of("stays", "stay"), List.of(""), List.of(""), withinGroups)),
                among(List.of("must not go", "should not go", "not to go", "mustn't go", "shouldn't go"), List.of(""),
                        List.of(""), beyondGroups));
        // "Let's keep it in-house until we've repeated it"
        List<String> between = List.of("between us", "between ourselves", "in-house", "in house");
        List<String> english = concat(among(List.of("keep"), kept, List.of("", "strictly"),
                concat(between, List.of("to yourself", "to yourselves", "to ourselves"))),
                // "This stays between us until HR has made the offer"
                among(List.of("stays", "stay"), List.of(""), List.of("", "strictly"), between));
        return concat(concat(within, french), english);
    }

    /** Every phrase of one verb, one thing (or none), one adverb (or none) and one end, in that order. */
    private static List<String> among(List<String> verbs, List<String> things, List<String> adverbs, List<String> ends) {
        List<String> phrases = new java.util.ArrayList<>();
        for (String verb : verbs) {
            for (String thing : things) {
                for (String adverb : adverbs) {
                    for (String end : ends) {
                        phrases.add(String.join(" ", java.util.stream.Stream.of(verb, thing, adverb, end)
                                .filter(word -> !word.isEmpty()).toList()));
                    }
                }
            }
        }
        return phrases;
    }

    @Override
    public String id() {
        return "confidential-marker";
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.CONFIDENTIAL);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        List<PhraseMatcher.Match> matches = withPapersToSubmit(document, MARKERS.findAll(document));
        int i = 0;
        while (i < matches.size()) {
            PhraseMatcher.Match first = matches.get(i);
            if (notAboutTheText(document, first.firstToken(), first.lastToken())
                    || first.tag().equals(INTELLECTUAL_PROPERTY) && askedInGeneral(document, first.firstToken())) {
                i++;
                continue;
            }
            int start = document.start(first.firstToken());
            int lastToken = first.lastToken();
            int categories = 1 << CATEGORIES.indexOf(first.tag());
            // "under NDA": the marker is the acronym ("under embargo", "under review" are markers whole)
            if ((document.tokenIs(first.firstToken(), "under") || document.tokenIs(first.firstToken(), "sous"))
                    && document.tokenIs(first.lastToken(), "nda")) {
                start = document.start(first.lastToken());
            }
            int j = i + 1;
            while (j < matches.size() && onlyPunctuationBetween(document, lastToken, matches.get(j).firstToken())) {
                lastToken = matches.get(j).lastToken();
                categories |= 1 << CATEGORIES.indexOf(matches.get(j).tag());
                j++;
            }
            out.add(new Finding(Label.CONFIDENTIAL, start, document.end(lastToken), 0.9, EXPLANATIONS[categories]));
            i = j;
        }
    }

    /**
     * The explanation of a marker by the set of its categories (a bit each, in the order of {@link
     * #CATEGORIES}): "confidential", or "intellectual-property+confidential" for "CONFIDENTIEL –
     * propriété du promoteur", whose two markers are merged into one span.
     */
    private static final Explanation[] EXPLANATIONS = explanations();

    /**
     * The bits of a marker's categories, in the order of {@link #CATEGORIES}, from its explanation
     * (one of {@link #EXPLANATIONS}); 0 for another recognizer's.
     */
    static int categories(Explanation explanation) {
        for (int set = 1; set < EXPLANATIONS.length; set++) {
            if (EXPLANATIONS[set] == explanation) {
                return set;
            }
        }
        return 0;
    }

    private static Explanation[] explanations() {
        Explanation[] all = new Explanation[1 << CATEGORIES.size()];
        for (int set = 1; set < all.length; set++) {
            java.util.StringJoiner rule = new java.util.StringJoiner("+");
            for (int i = 0; i < CATEGORIES.size(); i++) {
                if ((set & 1 << i) != 0) {
                    rule.add(CATEGORIES.get(i));
                }
            }
            all[set] = new Explanation("confidential-marker", rule.toString());
        }
        return all;
    }

    /** A verb of submitting in the present or the future, as one says a paper is about to go to a journal. */
    private static final String[] SUBMITTING = {"soumet", "soumettons", "soumettre", "soumettra", "soumettrons", "submit",
        "submitting"};
    /** Who submits: the writer, or the writer's team. */
    private static final String[] FIRST_PERSONS = {"on", "nous", "je", "j", "we", "i"};
    /** The writer's own, before what is submitted: "soumettre notre article", "submit our paper". */
    private static final String[] OUR = {"notre", "nos", "mon", "our", "my"};
    private static final String[] PAPERS = {"article", "manuscrit", "papier", "paper", "manuscript"};
    /** How many tokens before its verb a paper may be named ("notre article, qu'on soumet"). */
    private static final int PAPER_REACH = 6;
    /** How many tokens before its verb its subject may stand ("we are planning to submit"). */
    private static final int SUBJECT_REACH = 4;

    /**
     * Adds a paper the writer is about to submit, which is unpublished: "notre article, qu'on
     * soumet à JAMA la semaine prochaine", "the manuscript we will submit in May", "avant de
     * soumettre notre article". The writer must be the one submitting: "submit your paper before
     * 15 March", "how do I submit a manuscript to PLOS?" are a call and a question.
     *
     * @return {@code matches} itself when there is none, else a new list with them, in order of their first token
     */
    private static List<PhraseMatcher.Match> withPapersToSubmit(Document document, List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> all = matches;
        for (String verb : SUBMITTING) {
            int id = document.wordId(verb);
            for (int i = 0, count = id < 0 ? 0 : document.occurrences(id); i < count; i++) {
                int token = document.occurrence(id, i);
                int first = -1;
                int last = token;
                if (document.tokenIsAny(token + 1, OUR) && document.tokenIsAny(token + 2, PAPERS)) {
                    first = token;
                    last = token + 2;
                } else if (byTheWriter(document, token)) {
                    for (int t = token - 1; t >= 0 && t >= token - PAPER_REACH && !document.newlineBefore(t + 1); t--) {
                        if (document.tokenIsAny(t, PAPERS)) {
                            first = t;
                            break;
                        }
                    }
                }
                if (first >= 0) {
                    if (all == matches) {
                        all = new java.util.ArrayList<>(matches);
                    }
                    all.add(new PhraseMatcher.Match(first, last, UNPUBLISHED));
                }
            }
        }
        if (all != matches) {
            all.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::firstToken));
        }
        return all;
    }

    /** Whether the verb at {@code token} has the writer for subject: "qu'on soumet", "we will submit". */
    private static boolean byTheWriter(Document document, int token) {
        for (int t = token - 1; t >= 0 && t >= token - SUBJECT_REACH && !document.newlineBefore(t + 1); t--) {
            if (document.tokenIsAny(t, FIRST_PERSONS)) {
                return true;
            }
        }
        return false;
    }

    /** What a germ's spread is told in: "ne pas transmettre le virus" is hygiene, not secrecy. */
    private static final String[] GERMS = {"virus", "maladie", "infection", "germe", "germes", "bactérie", "bactéries",
        "microbe", "microbes", "grippe", "covid", "hépatite", "vih", "ist", "pathogène", "pathogènes", "infections"};

    /** Verbs of signing: an agreement one must sign is a procedure, not the text's own status. */
    private static final String[] SIGN = {"sign", "signing", "signer", "signez", "signent", "signe"};

    /**
     * Whether a marker matched from {@code first} to {@code last} is about something else than the
     * text: "ne pas copier-coller les résultats" (a way of working), "ne pas transmettre le virus à
     * ses proches" (a germ, within three words), "researchers must sign a confidentiality agreement"
     * (a procedure: "covered by the confidentiality agreement" is the text's status).
     */
    private static boolean notAboutTheText(Document document, int first, int last) {
        int before = document.isApostrophe(first - 1) ? first - 2 : first - 1;
        if (document.tokenIsAny(before, "a", "an", "un", "une", "l", "the")) {
            before--; // "sign a confidentiality agreement", "signer l'accord"
        }
        if (document.tokenIsAny(before, SIGN)) {
            return true;
        }
        if (document.tokenIs(last, "copier") && document.isSymbol(last + 1, '-') && document.tokenIs(last + 2, "coller")) {
            return true;
        }
        if (document.tokenIs(first, "in") && document.tokenIsAny(last + 1, INTERVALS)) {
            return true; // "the difference in confidence intervals": statistics, not a marker
        }
        if (first == last && document.tokenIsAny(last + 1, CONFIDENTIAL_SERVICES)) {
            return true; // "free confidential counselling sessions", "une écoute confidentielle": a service's kind
        }
        if (first == last && document.tokenIsAny(before, TO_BE) && document.tokenIsAny(before - 1, SERVICE_EXCHANGES)) {
            return true; // "Conversations are confidential and you do not need a referral": a service's promise
        }
        if (document.tokenIsAny(before, REVIEWED_MATTERS) && document.tokenIs(last, "review")) {
            return true; // "Hy's law case under review by the sponsor": a safety case's review, not a paper's
        }
        if (!document.tokenIs(last, "transmettre")) {
            return false;
        }
        for (int t = last + 1; t <= last + 3; t++) {
            if (document.tokenIsAny(t, GERMS)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a question asked in general: "Can we publish a preprint before filing a patent?". */
    private static final String[] QUESTIONS = {"can", "could", "should", "how", "when", "what", "is", "are", "do", "does",
        "peut", "peut-on", "comment", "faut", "doit", "quand", "est"};

    /** The writer's possessives, and the person a request is made of: "our patent application", "can you…". */
    private static final String[] OURS = {"our", "my", "notre", "nos", "mon", "ma", "mes", "you", "u", "tu", "vous"};

    /**
     * Whether the marker at {@code token} stands in a question that one of {@link #QUESTIONS}
     * opens, with none of the writer's possessives nor a request to the reader ({@link #OURS}): a
     * question about patents in general ("Can we publish a preprint before filing a patent in
     * Europe?") tells no invention of the writer's; "Can you improve this claim before our patent
     * application goes out?" does.
     */
    private static boolean askedInGeneral(Document document, int token) {
        int start = token;
        while (start > 0 && !document.newlineBefore(start) && !sentenceEnd(document, start - 1)) {
            start--;
        }
        if (!document.tokenIsAny(start, QUESTIONS)) {
            return false;
        }
        for (int t = start + 1; t < document.tokenCount() && !document.newlineBefore(t); t++) {
            if (document.tokenIsAny(t, OURS)) {
                return false;
            }
            if (document.isSymbol(t, '?')) {
                return t > token;
            }
            if (sentenceEnd(document, t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean sentenceEnd(Document document, int token) {
        return document.isSymbol(token, '.') || document.isSymbol(token, '!') || document.isSymbol(token, ';');
    }

    /** What is under review when no paper is: a safety case, a signal, a request, a complaint. */
    private static final String[] REVIEWED_MATTERS = {"case", "cases", "signal", "signals", "event", "events", "request",
        "requests", "complaint", "complaints", "incident", "incidents", "policy", "claim", "claims"};

    /** What a service offers confidentially: "confidential counselling", "a confidential helpline". */
    /** What "in confidence" names in statistics: "overlap in confidence intervals". */
    private static final String[] INTERVALS = {"interval", "intervals", "level", "levels", "limit", "limits", "band", "bands",
        "region", "regions"};
    /** What a service promises to keep confidential, before "are confidential": its users' exchanges. */
    private static final String[] SERVICE_EXCHANGES = {"conversations", "calls", "discussions", "consultations",
        "sessions", "appointments", "contacts", "échanges", "appels", "entretiens"};
    /** A form of "be" between a service's exchanges and "confidential". */
    private static final String[] TO_BE = {"are", "remain", "stay", "sont", "restent", "resteront", "seront"};
    private static final String[] CONFIDENTIAL_SERVICES = {"counselling", "counseling", "helpline", "support", "advice",
        "service", "services", "listening", "line", "sessions", "session", "consultation", "consultations", "écoute",
        "accompagnement", "entretien", "entretiens"};

    private static boolean onlyPunctuationBetween(Document document, int last, int next) {
        // a request that goes on the sentence's marker is one with it: "These data are not yet published;
        // please keep them within the consortium" (the corpora mark the first)
        int end = document.tokenIs(next - 1, "please") && next - 1 > last + 1 && document.isSymbol(next - 2, ';') ? next - 1 : next;
        for (int t = last + 1; t < end; t++) {
            if (!document.isSymbol(t) || document.newlineBefore(t)) {
                return false;
            }
        }
        return !document.newlineBefore(next) && end - last <= 3;
    }
}
