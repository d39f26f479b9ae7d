package org.passerelle.routing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises, from a request's instruction (French or English), what it asks for: its
 * {@link Task}, for a code request the {@link CodeTopic}s it touches, and whether it looks like
 * tabular prediction or clustering, which classical machine learning does better and far more
 * frugally than a language model (R2).
 *
 * <p>Cues are word beginnings of the accent-folded, lower-cased instruction ({@code resum} finds
 * "résumé", "résumer", "resume"); a cue written {@code =sql} must be a whole word. Each task adds
 * the weights of its cues, doubled in the first {@value #LEAD} characters, where instructions
 * usually stand; the highest total wins, ties going to the earlier task in {@link #PRIORITY}; with
 * no cue the task is question answering. Only the head and tail of a long message are read:
 * instructions stand before or after the document they are about. Stateless; thread-safe.
 */
public final class TaskRecognizer {

    /** What was recognised. */
    public record Recognition(Task task, Set<CodeTopic> codeTopics, boolean classicalMachineLearning) {
        public Recognition {
            codeTopics = codeTopics.isEmpty() ? Set.of() : Set.copyOf(codeTopics);
        }
    }

    private record Cue(String text, boolean wholeWord, int weight) {
    }

    private static final int LEAD = 200;
    private static final int HEAD = 3000;
    private static final int TAIL = 1000;
    private static final int TABLE_WINDOW = 64 * 1024;

    private static final List<Task> PRIORITY = List.of(Task.CODE, Task.TRANSLATION, Task.CORRECTION, Task.SUMMARY,
            Task.EXTRACTION, Task.CLASSIFICATION, Task.CREATIVE_WRITING, Task.QUESTION_ANSWERING);

    private static final Map<Task, List<Cue>> TASK_CUES = new EnumMap<>(Task.class);
    private static final Map<CodeTopic, List<Cue>> TOPIC_CUES = new EnumMap<>(CodeTopic.class);
    private static final List<Cue> PREDICTION_CUES = cues("predi", "regression", "clustering", "=cluster", "=clusters",
            "k-means", "kmeans", "random forest", "foret aleatoire", "xgboost", "score de risque", "risk score",
            "apprentissage supervise", "supervised learning", "classer les patients", "classify the patients",
            "segmenter les", "segmentation des patients");
    private static final List<Cue> TABLE_CUES = cues("=csv", "tableau", "=table", "colonnes", "columns", "dataset",
            "jeu de donnees", "jeux de donnees", "=variables", "tableur", "spreadsheet", "=xlsx");

    static {
        TASK_CUES.put(Task.SUMMARY, cues("resum", "summar", "synthe", "tl;dr", "points cles", "key points", "condense",
                "en bref", "=abstract"));
        TASK_CUES.put(Task.TRANSLATION, cues("tradui", "traduction", "translat", "en anglais", "in english",
                "en francais", "into french", "into english", "vers l'anglais", "vers le francais", "en espagnol",
                "en allemand", "in german", "in spanish"));
        TASK_CUES.put(Task.CORRECTION, cues("corrig", "correct the", "correct this", "=relis", "relire", "relecture",
                "proofread", "orthograph", "grammai", "grammar", "spelling", "reformul", "rephrase", "=fautes", "=typos",
                "ameliore le style", "improve the style", "polish"));
        TASK_CUES.put(Task.CODE, List.of(
                new Cue("```", false, 2), new Cue("script", false, 1), new Cue("python", false, 1),
                new Cue("code", true, 1), new Cue("coder", true, 1), new Cue("programme", false, 1),
                new Cue("program", true, 1), new Cue("function", false, 1), new Cue("fonction", false, 1),
                new Cue("javascript", false, 1), new Cue("java", true, 1), new Cue("sql", true, 1),
                new Cue("requete sql", false, 1), new Cue("regex", false, 1), new Cue("expression reguliere", false, 1),
                new Cue("bash", true, 1), new Cue("debug", false, 1), new Cue("stack trace", false, 1),
                new Cue("traceback", false, 1), new Cue("compil", false, 1), new Cue("def ", false, 1),
                new Cue("import ", false, 1), new Cue("pandas", true, 1), new Cue("numpy", true, 1),
                new Cue("dplyr", true, 1), new Cue("ggplot", false, 1), new Cue("implement", false, 1),
                new Cue("en r", true, 1), new Cue("in r", true, 1), new Cue("snakemake", true, 1),
                new Cue("dockerfile", true, 1), new Cue("api rest", false, 1), new Cue("rest api", false, 1)));
        TASK_CUES.put(Task.EXTRACTION, cues("extrai", "extract", "recupere les", "liste les", "list all", "list the",
                "identifie les", "identify the", "en json", "as json", "format json", "remplis", "fill in", "releve les"));
        TASK_CUES.put(Task.CLASSIFICATION, cues("=classe", "classer", "classif", "categori", "etiquet", "=label",
                "=labels", "sort into", "=sentiment", "=trie", "=tag"));
        TASK_CUES.put(Task.CREATIVE_WRITING, cues("poeme", "=poem", "histoire", "=story", "slogan", "chanson", "=song",
                "invente", "imagine", "fiction", "=conte", "haiku", "discours", "blague", "=joke", "creati"));
        TASK_CUES.put(Task.QUESTION_ANSWERING, cues("qu'est-ce", "pourquoi", "=comment", "what is", "=why", "=how",
                "explique", "explain", "quelle est", "quel est", "quels sont", "quelles sont"));

        TOPIC_CUES.put(CodeTopic.ACCESS_RIGHTS, cues("droits d'acces", "droit d'acces", "controle d'acces",
                "access control", "access right", "permission", "=rbac", "=acl", "=acls", "habilitation", "authoriz",
                "authoris", "autorisation", "privilege", "role-based", "gestion des droits"));
        TOPIC_CUES.put(CodeTopic.AUTHENTICATION, cues("authentif", "authentic", "=login", "mot de passe", "mots de passe",
                "password", "oauth", "openid", "=jwt", "=sso", "=2fa", "=mfa", "=ldap", "kerberos", "=saml",
                "session token", "jeton de session"));
        TOPIC_CUES.put(CodeTopic.CRYPTOGRAPHY, cues("chiffr", "dechiffr", "encrypt", "decrypt", "cryptograph", "=crypto",
                "=aes", "=rsa", "=hash", "hachage", "sha-", "=sha256", "=tls", "certificat", "certificate",
                "signature numerique", "digital signature", "cle privee", "private key", "=hmac", "=salt"));
        TOPIC_CUES.put(CodeTopic.SENSITIVE_DATA_PROCESSING, cues("donnees de sante", "health data", "patient",
                "dossier medical", "dossiers medicaux", "medical record", "=nir", "securite sociale", "social security",
                "pseudonymi", "anonymi", "desidentif", "de-identif", "=snds", "donnees personnelles", "personal data",
                "=rgpd", "=gdpr", "=ehr", "entrepot de donnees", "=phi", "compte rendu", "comptes rendus"));
    }

    private static List<Cue> cues(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(text -> text.startsWith("=") ? new Cue(text.substring(1), true, 1) : new Cue(text, false, 1))
                .toList();
    }

    /**
     * Every cue once, numbered, indexed by its first three characters (as one number, see
     * {@link #prefix}): one pass over the text finds them all, with no string or boxed number made
     * per position. Cues are plain ASCII, which {@link #PAIRS} relies on: for each pair of first
     * characters, where its prefixes begin among the sorted {@link #PREFIXES} (plus one; 0 for a
     * pair no cue begins with), so that most positions are passed over with one look-up and the
     * others compare their third character with a few prefixes.
     */
    private static final List<Cue> ALL = new java.util.ArrayList<>();
    private static final long[] PREFIXES;
    private static final int[][] CUES_OF_PREFIX;
    private static final short[] PAIRS = new short[128 * 128];

    static {
        TASK_CUES.values().forEach(ALL::addAll);
        TOPIC_CUES.values().forEach(ALL::addAll);
        ALL.addAll(PREDICTION_CUES);
        ALL.addAll(TABLE_CUES);
        java.util.TreeMap<Long, List<Integer>> prefixes = new java.util.TreeMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            String text = ALL.get(i).text();
            if (text.length() < 3) {
                throw new IllegalStateException("a cue needs three characters at least: " + text);
            }
            if (!text.chars().allMatch(c -> c < 128 && foldChar((char) c) == c)) {
                throw new IllegalStateException("a cue is written folded, in ASCII: " + text);
            }
            prefixes.computeIfAbsent(prefix(text, 0), key -> new java.util.ArrayList<>()).add(i);
        }
        PREFIXES = prefixes.keySet().stream().mapToLong(Long::longValue).toArray();
        CUES_OF_PREFIX = prefixes.values().stream().map(cues -> cues.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        for (int p = PREFIXES.length - 1; p >= 0; p--) {
            PAIRS[(int) (PREFIXES[p] >>> 32) * 128 + (int) (PREFIXES[p] >>> 16 & 0xFFFF)] = (short) (p + 1);
        }
    }

    /** Three characters from {@code at} as one number. */
    private static long prefix(String text, int at) {
        return ((long) text.charAt(at) << 32) | ((long) text.charAt(at + 1) << 16) | text.charAt(at + 2);
    }

    /** Recognises the task of an instruction, usually the request's last user message. */
    public Recognition recognize(String instruction) {
        String text = fold(instruction);
        int[] found = find(text);
        Task best = Task.QUESTION_ANSWERING;
        int bestScore = 0;
        for (Task task : PRIORITY) {
            int score = score(found, TASK_CUE_INDICES.get(task));
            if (score > bestScore) {
                best = task;
                bestScore = score;
            }
        }
        Set<CodeTopic> topics = EnumSet.noneOf(CodeTopic.class);
        if (best == Task.CODE) {
            TOPIC_CUE_INDICES.forEach((topic, cues) -> {
                if (score(found, cues) > 0) {
                    topics.add(topic);
                }
            });
        }
        boolean classicalMl = score(found, PREDICTION_CUE_INDICES) > 0
                && (score(found, TABLE_CUE_INDICES) > 0 || looksTabular(instruction));
        return new Recognition(best, topics, classicalMl);
    }

    /**
     * Where each cue first occurs in the folded text ({@code -1}: nowhere), in one pass: at every
     * word start (and every symbol), the cues beginning with the next three characters are tried.
     */
    private static int[] find(String text) {
        int[] first = new int[ALL.size()];
        java.util.Arrays.fill(first, -1);
        int length = text.length();
        for (int at = 0; at + 3 <= length; at++) {
            char c = text.charAt(at);
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue; // inside a word: cues start at word beginnings only
            }
            if (c == ' ' || c == '\n') {
                continue;
            }
            char next = text.charAt(at + 1);
            int pair = c < 128 && next < 128 ? PAIRS[c * 128 + next] : 0;
            if (pair == 0) {
                continue;
            }
            long key = prefix(text, at);
            int found = pair - 1;
            while (found < PREFIXES.length && PREFIXES[found] < key && (PREFIXES[found] ^ key) >>> 16 == 0) {
                found++;
            }
            if (found == PREFIXES.length || PREFIXES[found] != key) {
                continue;
            }
            int[] candidates = CUES_OF_PREFIX[found];
            for (int index : candidates) {
                Cue cue = ALL.get(index);
                if (first[index] >= 0 || !text.startsWith(cue.text(), at)) {
                    continue;
                }
                int end = at + cue.text().length();
                if (!cue.wholeWord() || end == length || !Character.isLetterOrDigit(text.charAt(end))) {
                    first[index] = at;
                }
            }
        }
        return first;
    }

    /** The weights of the cues found, doubled for those in the first {@value #LEAD} characters. */
    private static int score(int[] found, int[] cues) {
        int total = 0;
        for (int index : cues) {
            int at = found[index];
            if (at >= 0) {
                total += at < LEAD ? 2 * ALL.get(index).weight() : ALL.get(index).weight();
            }
        }
        return total;
    }

    /** The numbers in {@link #ALL} of a list's cues. */
    private static int[] indices(List<Cue> cues) {
        Map<Cue, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            index.put(ALL.get(i), i);
        }
        return cues.stream().mapToInt(index::get).toArray();
    }

    private static final Map<Task, int[]> TASK_CUE_INDICES = new EnumMap<>(Task.class);
    private static final Map<CodeTopic, int[]> TOPIC_CUE_INDICES = new EnumMap<>(CodeTopic.class);
    private static final int[] PREDICTION_CUE_INDICES = indices(PREDICTION_CUES);
    private static final int[] TABLE_CUE_INDICES = indices(TABLE_CUES);

    static {
        TASK_CUES.forEach((task, cues) -> TASK_CUE_INDICES.put(task, indices(cues)));
        TOPIC_CUES.forEach((topic, cues) -> TOPIC_CUE_INDICES.put(topic, indices(cues)));
    }

    /** The head and tail of the instruction, lower-cased, accents folded, apostrophes made straight. */
    static String fold(String instruction) {
        String window = instruction.length() <= HEAD + TAIL ? instruction
                : instruction.substring(0, HEAD) + "\n" + instruction.substring(instruction.length() - TAIL);
        char[] chars = window.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = FOLDED[chars[i]];
        }
        return new String(chars);
    }

    /** Every character folded, read by one look-up (a table of 64 K, of which a text touches a few lines). */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = foldChar((char) c);
        }
    }

    private static char foldChar(char c) {
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'à', 'â', 'ä', 'á' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'î', 'ï', 'í' -> 'i';
            case 'ô', 'ö', 'ó', 'œ' -> 'o';
            case 'ù', 'û', 'ü', 'ú' -> 'u';
            case 'ç' -> 'c';
            case '’', '‘', 'ʼ' -> '\'';
            default -> lower;
        };
    }

    /**
     * Whether the message holds a table: at least five lines in a row with the same number (two or
     * more) of one separator among tab, semicolon, comma and vertical bar.
     */
    static boolean looksTabular(String message) {
        int limit = Math.min(message.length(), TABLE_WINDOW);
        for (char separator : new char[] {'\t', ';', ',', '|'}) {
            int run = 0;
            int previous = -1;
            int count = 0;
            for (int i = 0; i <= limit; i++) {
                char c = i < limit ? message.charAt(i) : '\n';
                if (c == separator) {
                    count++;
                } else if (c == '\n') {
                    run = count >= 2 && count == previous ? run + 1 : (count >= 2 ? 1 : 0);
                    if (run >= 5) {
                        return true;
                    }
                    previous = count;
                    count = 0;
                }
            }
        }
        return false;
    }
}
